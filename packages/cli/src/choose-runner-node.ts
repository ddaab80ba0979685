import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeRuntime } from './action-manifest.js';

/** How `ops-actions run` picks the node binary when --node is not given. */
export interface RunnerNodeChoice {
  /** The binary; undefined means this process's own node. */
  readonly path?: string;
  /** One line for the log when the choice is worth knowing about. */
  readonly note?: string;
}

/**
 * The GitHub runner runs a `node24` action with Node 24. When this process's node is another
 * major, use the repository's `node-<platform>-<arch>` package (a root optional dependency)
 * if it is that major, checked by running `--version`; otherwise run with this node and say so.
 */
export function chooseRunnerNode(using: NodeRuntime, root: string): RunnerNodeChoice {
  const wanted = using.slice('node'.length);
  if (process.versions.node.split('.')[0] === wanted) return {};
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const binary = join(root, 'node_modules', `node-${platform}-${process.arch}`, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary)) {
    const version = readVersion(binary);
    if (version?.startsWith(`v${wanted}.`)) {
      return { path: binary, note: `Running with Node ${version} from ${binary} (runs.using: ${using}).` };
    }
  }
  return { note: `Note: the action declares ${using} but runs under node ${process.version}; pass --node to use Node ${wanted}.` };
}

function readVersion(binary: string): string | undefined {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch {
    // A binary that does not run is no choice at all; the caller falls back to this node.
    return undefined;
  }
}
