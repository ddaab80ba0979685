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
      // git log flushes stdout after every commit when it is a pipe (write-or-die.c): 100,000
      // writes, and as many wake-ups of this process. GIT_FLUSH=0 asks for fully buffered
      // output (git(1), ENVIRONMENT); the records are the same, in 4 KiB writes.
      env: this.environment({ GIT_FLUSH: '0', ...options.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdout.setEncoding('utf8');
    const splitter = splitRecords(separator, onRecord);
    child.stdout.on('data', splitter.push);
    const exitCode = await waitForExit(child, args);
    if (exitCode !== 0) {
      throw new GitError(args, exitCode, Buffer.concat(stderr).toString('utf8'), options.hint);
    }
    splitter.end();
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

/**
 * Cuts a stream of text into records at `separator`. A record is a slice of the chunk it ends
 * in, and only a record that spans chunks is joined: no chunk is copied to be searched, and a
 * record of many chunks is joined once (linear, however long it is).
 */
export function splitRecords(separator: string, onRecord: (record: string) => void): { push: (chunk: string) => void; end: () => void } {
  if (separator === '') throw new TypeError('splitRecords: the separator must not be empty');
  const overlap = separator.length - 1;
  let pending = '';
  // The last `overlap` characters of `pending`, where a separator that ends in the next chunk begins.
  let tail = '';
  return {
    push(chunk: string): void {
      let start = 0;
      if (pending !== '') {
        const edge = overlap > 0 ? (tail + chunk.slice(0, overlap)).indexOf(separator) : -1;
        let end: number;
        if (edge !== -1 && edge < tail.length) {
          onRecord(pending.slice(0, pending.length - tail.length + edge));
          end = edge - tail.length + separator.length;
        } else {
          const at = chunk.indexOf(separator);
          if (at === -1) {
            pending += chunk;
            if (overlap > 0) tail = (chunk.length >= overlap ? chunk : tail + chunk).slice(-overlap);
            return;
          }
          onRecord(pending + chunk.slice(0, at));
          end = at + separator.length;
        }
        pending = '';
        start = end;
      }
      let at = chunk.indexOf(separator, start);
      while (at !== -1) {
        onRecord(chunk.slice(start, at));
        start = at + separator.length;
        at = chunk.indexOf(separator, start);
      }
      pending = chunk.slice(start);
      tail = overlap > 0 ? pending.slice(-overlap) : '';
    },
    end(): void {
      if (pending.trim() !== '') onRecord(pending);
      pending = '';
      tail = '';
    },
  };
}
