import { describe, expect, it } from 'vitest';
import { GPU_REPORT_DEFAULTS, inputSourceFrom, parseGpuReportSettings, planNvidiaSmiCandidates, findExecutable } from '../../src/index.js';

describe('parseGpuReportSettings', () => {
  it('reads the defaults: watch the job, bash, Ran, 1000 ms, GPU optional', () => {
    const settings = parseGpuReportSettings(inputSourceFrom(GPU_REPORT_DEFAULTS), 'linux');
    expect(settings).toMatchObject({ run: undefined, defaultShell: true, workingDirectory: '', label: 'Ran', intervalMs: 1000, requireGpu: false, nvidiaSmi: undefined });
    expect(settings.shell.command).toBe('bash');
    expect(parseGpuReportSettings(inputSourceFrom(GPU_REPORT_DEFAULTS), 'win32').shell.command).toBe('pwsh');
  });

  it('keeps a multi-line script as written', () => {
    const settings = parseGpuReportSettings(inputSourceFrom({ ...GPU_REPORT_DEFAULTS, run: 'python render.py\npython check.py\n', label: 'Rendered' }), 'linux');
    expect(settings.run).toBe('python render.py\npython check.py\n');
    expect(settings.label).toBe('Rendered');
  });

  it.each([
    ['interval-ms', '99', "Input 'interval-ms' has the value '99', but it must be a whole number of milliseconds from 100 to 600000."],
    ['interval-ms', '1.5', "Input 'interval-ms' has the value '1.5'"],
    ['require-gpu', 'yes', "Input 'require-gpu' has the value 'yes', but it must be true or false."],
    ['label', 'a\nb', "Input 'label' has the value 'a\nb', but it must be one line"],
    ['shell', 'fish', "Input 'shell' has the value 'fish'"],
  ])('refuses %s=%j, naming the input and what is allowed', (name, value, message) => {
    expect(() => parseGpuReportSettings(inputSourceFrom({ ...GPU_REPORT_DEFAULTS, [name]: value }), 'linux')).toThrow(message);
  });
});

describe('where nvidia-smi is looked for', () => {
  it('on Windows: PATH, then System32 (DCH drivers), then NVIDIA Corporation\\NVSMI (standard drivers)', () => {
    expect(planNvidiaSmiCandidates({ SystemRoot: 'C:\\Windows', ProgramW6432: 'C:\\Program Files', ProgramFiles: 'C:\\Program Files (x86)' }, 'win32')).toEqual([
      'nvidia-smi',
      'C:\\Windows\\System32\\nvidia-smi.exe',
      'C:\\Program Files\\NVIDIA Corporation\\NVSMI\\nvidia-smi.exe',
    ]);
    expect(planNvidiaSmiCandidates({}, 'linux')).toEqual(['nvidia-smi']);
  });

  it('finds a program on PATH as a shell does (PATHEXT on Windows)', () => {
    const files = new Set(['/opt/nv/bin/nvidia-smi', 'C:\\Tools\\nvidia-smi.exe']);
    const exists = (path: string) => files.has(path);
    expect(findExecutable('nvidia-smi', { PATH: '/usr/bin:/opt/nv/bin' }, 'linux', exists)).toBe('/opt/nv/bin/nvidia-smi');
    expect(findExecutable('nvidia-smi', { Path: 'C:\\Windows;C:\\Tools', PATHEXT: '.COM;.EXE' }, 'win32', exists)).toBe('C:\\Tools\\nvidia-smi.exe');
    expect(findExecutable('/opt/nv/bin/nvidia-smi', {}, 'linux', exists)).toBe('/opt/nv/bin/nvidia-smi');
    expect(findExecutable('nvidia-smi', { PATH: '/usr/bin' }, 'linux', exists)).toBeUndefined();
  });
});
