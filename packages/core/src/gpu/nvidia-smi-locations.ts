import { join, win32 } from 'node:path';

/**
 * Where to look for nvidia-smi when the `nvidia-smi` input is empty: PATH first, then, on
 * Windows, where the driver installs it, which is not on PATH for every driver: the DCH driver
 * puts it in %SystemRoot%\System32, the older "standard" driver in
 * %ProgramW6432%\NVIDIA Corporation\NVSMI (NVIDIA's NVML API Reference names both folders for
 * nvml.dll, which ships beside nvidia-smi.exe; PyTorch's torch/utils/collect_env.py tries the same
 * two). Returns names to find on PATH and absolute paths to test, in order.
 */
export function planNvidiaSmiCandidates(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return ['nvidia-smi'];
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  const programFiles = env.ProgramW6432 ?? env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files';
  return [
    'nvidia-smi',
    win32.join(systemRoot, 'System32', 'nvidia-smi.exe'),
    win32.join(programFiles, 'NVIDIA Corporation', 'NVSMI', 'nvidia-smi.exe'),
  ];
}

/**
 * Finds a program the way a shell does: a name with a path separator is taken as a path;
 * otherwise each PATH entry is tried (on Windows with each PATHEXT extension, unless the name
 * has one). `exists` tells whether a file exists; it is passed in to keep this pure.
 */
export function findExecutable(
  name: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  exists: (path: string) => boolean,
): string | undefined {
  const windows = platform === 'win32';
  const separators = windows ? /[\\/]/ : /\//;
  if (separators.test(name)) return exists(name) ? name : undefined;
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const dirs = (env[pathKey] ?? '').split(windows ? ';' : ':').filter((dir) => dir !== '');
  const extensions = windows && !/\.[^\\/.]+$/.test(name) ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
  for (const dir of dirs) {
    for (const extension of extensions) {
      const candidate = windows ? win32.join(dir, name + extension.toLowerCase()) : join(dir, name);
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}
