import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';

/** What one git invocation returned. */
export interface GitResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Options for one git invocation. */
export interface GitRunOptions {
  /** Resolve with the result instead of throwing when git exits non-zero. */
  readonly allowFailure?: boolean;
  /** Extra environment for this call only (e.g. GIT_CONFIG_* for an auth header). */
  readonly env?: Readonly<Record<string, string>>;
  /** Appended to the GitError message when the call fails. */
  readonly hint?: string;
}

/**
 * The one seam between ops-actions and git: the real git binary, run without a shell.
 * The environment is passed in (core never reads `process.env`), and every call gets
 * `GIT_TERMINAL_PROMPT=0` so a missing credential fails instead of hanging the job.
 */
export class GitClient {
  constructor(
    readonly cwd: string,
    private readonly baseEnv: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Runs `git <args>` and collects its output; throws GitError on a non-zero exit unless allowed. */
  async run(args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
    const child = spawn('git', args, {
      cwd: this.cwd,
      env: this.environment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exitCode = await waitForExit(child, args);
    const result = {
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      exitCode,
    };
    if (exitCode !== 0 && !options.allowFailure) {
      throw new GitError(args, exitCode, result.stderr, options.hint);
    }
    return result;
  }

  /**
   * Runs `git <args>` and hands each record (text between `separator`s) to `onRecord`
   * as it streams in, so a 100,000-commit log is never held as one string.
   */
  async stream(
    args: readonly string[],
    separator: string,
    onRecord: (record: string) => void,
    options: GitRunOptions = {},
  ): Promise<void> {
    const child = spawn('git', args, {
      cwd: this.cwd,
      env: this.environment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdout.setEncoding('utf8');
    let pending = '';
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let at = pending.indexOf(separator);
      let start = 0;
      while (at !== -1) {
        onRecord(pending.slice(start, at));
        start = at + separator.length;
        at = pending.indexOf(separator, start);
      }
      pending = pending.slice(start);
    });
    const exitCode = await waitForExit(child, args);
    if (exitCode !== 0) {
      throw new GitError(args, exitCode, Buffer.concat(stderr).toString('utf8'), options.hint);
    }
    if (pending.trim() !== '') onRecord(pending);
  }

  private environment(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
    return { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
  }
}

function waitForExit(child: ReturnType<typeof spawn>, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
      reject(new GitError(args, null, why));
    });
    child.once('close', (code) => resolve(code ?? 1));
  });
}
