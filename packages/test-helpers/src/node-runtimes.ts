import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
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
  const bundled = findBundledNode();
  const machine = findMachineNode(bundled);
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

/**
 * process.execPath, unless that is the bundled Node 24 itself: `pnpm exec` and pnpm scripts put
 * node_modules/.bin first on PATH, and the node-<platform>-<arch> package installs a `node` there,
 * so vitest itself runs under Node 24. The machine's node is then the first one on PATH outside
 * node_modules.
 */
function findMachineNode(bundled: NodeRuntime | undefined): NodeRuntime {
  const current: NodeRuntime = { label: `node ${process.version}`, path: process.execPath };
  if (bundled === undefined || realpathSync(process.execPath) !== realpathSync(bundled.path)) return current;
  const name = process.platform === 'win32' ? 'node.exe' : 'node';
  for (const dir of (process.env.PATH ?? process.env.Path ?? '').split(delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    const path = join(dir, name);
    if (!existsSync(path) || realpathSync(path) === realpathSync(bundled.path)) continue;
    return { label: `node ${readVersion(path)}`, path };
  }
  return current;
}

function readVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch (error) {
    throw new Error(`${path} is there but does not run: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function findBundledNode(): NodeRuntime | undefined {
  const packageDir = join(REPO_ROOT, 'node_modules', `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`);
  const candidates = process.platform === 'win32'
    ? [join(packageDir, 'bin', 'node.exe'), join(packageDir, 'node.exe')]
    : [join(packageDir, 'bin', 'node')];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path === undefined) return undefined;
  const version = readVersion(path);
  if (!version.startsWith(`v${RUNNER_NODE_MAJOR}.`)) {
    throw new Error(`${path} reports ${version}, but the runner's node${RUNNER_NODE_MAJOR} is wanted.`);
  }
  return { label: `node ${version}`, path };
}
