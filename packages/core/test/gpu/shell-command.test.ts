import { describe, expect, it } from 'vitest';
import { InputError, fixUpScript, planShell, planShellArgs, splitCommandLine } from '../../src/index.js';

describe('planShell', () => {
  it("uses the runner's templates (actions/runner ScriptHandlerHelpers; GitHub's workflow syntax docs)", () => {
    const plan = (shell: string, platform: NodeJS.Platform = 'linux') => {
      const p = planShell(shell, platform);
      return `${p.command} ${p.argsTemplate} ${p.extension}`.trim();
    };
    expect(plan('')).toBe('bash --noprofile --norc -eo pipefail {0} .sh');
    expect(plan('', 'win32')).toBe(`pwsh -command ". '{0}'" .ps1`);
    expect(plan('bash', 'win32')).toBe('bash --noprofile --norc -eo pipefail {0} .sh');
    expect(plan('sh')).toBe('sh -e {0} .sh');
    expect(plan('powershell', 'win32')).toBe(`powershell -command ". '{0}'" .ps1`);
    expect(plan('python')).toBe('python {0} .py');
    expect(plan('cmd', 'win32')).toBe('cmd /D /E:ON /V:OFF /S /C "CALL "{0}"" .cmd');
    expect(plan('perl -w {0}')).toBe('perl -w {0}');
  });

  it('refuses a shell that is neither built in nor a template, naming the input', () => {
    expect(() => planShell('zsh', 'linux')).toThrow(InputError);
    expect(() => planShell('zsh', 'linux')).toThrow("Input 'shell' has the value 'zsh'");
    expect(() => planShell('{0} x', 'linux')).toThrow('first word');
  });
});

describe('fixUpScript', () => {
  it('adds what the runner adds: @echo off for cmd, fail-fast and the exit code for PowerShell, CRLF on Windows', () => {
    expect(fixUpScript(planShell('cmd', 'win32'), 'dir\necho hi', 'win32')).toBe('@echo off\r\ndir\r\necho hi');
    expect(fixUpScript(planShell('pwsh', 'linux'), 'Write-Host hi', 'linux')).toBe(
      "$ErrorActionPreference = 'stop'\nWrite-Host hi\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }",
    );
    expect(fixUpScript(planShell('bash', 'linux'), 'echo hi\n', 'linux')).toBe('echo hi\n');
  });
});

describe('planShellArgs', () => {
  it('puts the script file where {0} is, split as .NET splits a command line', () => {
    expect(planShellArgs(planShell('bash', 'linux'), '/tmp/a b.sh')).toEqual(['--noprofile', '--norc', '-eo', 'pipefail', '/tmp/a b.sh']);
    expect(planShellArgs(planShell('pwsh', 'win32'), 'C:\\t\\x.ps1')).toEqual(['-command', ". 'C:\\t\\x.ps1'"]);
    expect(planShellArgs(planShell('cmd', 'win32'), 'C:\\t\\x.cmd')).toEqual(['/D /E:ON /V:OFF /S /C "CALL "C:\\t\\x.cmd""']);
  });

  it('splits quoted and escaped arguments', () => {
    expect(splitCommandLine('a "b c" d\\"e ""  f')).toEqual(['a', 'b c', 'd"e', '', 'f']);
  });
});
