// Spawning child processes for benchmarks: wall time from spawn to close, with stdout
// captured, drained (read and thrown away), or sent to /dev/null.
import { spawn } from 'node:child_process';

/**
 * Runs `command args` without a shell. `stdout`: 'capture' (default when capture: true),
 * 'drain' (read through a pipe and discarded: the reader pays for the pipe, as a real
 * consumer would) or 'ignore' (/dev/null). Resolves with { code, signal, seconds, exitSeconds,
 * stdout, stderr, bytes }: `seconds` from spawn to close (its pipes read to the end),
 * `exitSeconds` from spawn to exit; never rejects on a non-zero exit (callers check `code`).
 */
export function runProcess(command, args, { cwd, env, capture = false, stdout = capture ? 'capture' : 'drain' } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let bytes = 0;
    let exitSeconds;
    child.once('exit', () => (exitSeconds = Number(process.hrtime.bigint() - started) / 1e9));
    if (child.stdout) {
      child.stdout.on('data', (chunk) => {
        bytes += chunk.length;
        if (stdout === 'capture') out.push(chunk);
      });
    }
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({
        code,
        signal,
        seconds,
        exitSeconds: exitSeconds ?? seconds,
        bytes,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
