import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A node binary the end-to-end tests run actions under. */
export interface NodeRuntime {
  /** `node v24.21.0`: for test names. */
  readonly label: string;
  readonly path: string;
}

// This file is packages/test-helpers/src/node-runtimes.ts.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNNER_NODE_MAJOR = '24';

let cached: NodeRuntime[] | undefined;

/**
 * The runtimes to test actions under: this machine's node, and Node 24 (what the GitHub
 * runner uses for `runs.using: node24`) from the root's `node-<platform>-<arch>` optional
 * dependency, checked by running `--version`. When that package is missing, CI fails (it must
 * test both); a local run warns once and tests under the machine's node only.
 */
export function nodeRuntimes(): NodeRuntime[] {
  if (cached !== undefined) return cached;
  const machine: NodeRuntime = { label: `node ${process.version}`, path: process.execPath };
  const bundled = findBundledNode();
  if (bundled === undefined) {
    const problem =
      `Node ${RUNNER_NODE_MAJOR} was not found in node_modules/node-${process.platform}-${process.arch} ` +
      `(an optional dependency of the repository root; run pnpm install).`;
    if (process.env.CI) throw new Error(`${problem} CI must test the actions under both runtimes.`);
    process.stderr.write(`warning: ${problem} Testing under ${machine.label} only.\n`);
    cached = [machine];
  } else {
    cached = bundled.label === machine.label ? [machine] : [machine, bundled];
  }
  return cached;
}

function findBundledNode(): NodeRuntime | undefined {
  const packageDir = join(REPO_ROOT, 'node_modules', `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`);
  const candidates = process.platform === 'win32'
    ? [join(packageDir, 'bin', 'node.exe'), join(packageDir, 'node.exe')]
    : [join(packageDir, 'bin', 'node')];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path === undefined) return undefined;
  let version: string;
  try {
    version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch (error) {
    throw new Error(`${path} is there but does not run: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!version.startsWith(`v${RUNNER_NODE_MAJOR}.`)) {
    throw new Error(`${path} reports ${version}, but the runner's node${RUNNER_NODE_MAJOR} is wanted.`);
  }
  return { label: `node ${version}`, path };
}
