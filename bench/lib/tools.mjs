// Third-party tools for benchmarks, installed once from npm under .bench/tools (pinned).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { delimiter, join } from 'node:path';
import { runProcess } from './process.mjs';

function installedVersion(toolsDir, name) {
  const manifest = join(toolsDir, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `name@version` is installed under <root>/.bench/tools (running
 * `npm install --prefix` only when missing or another version), and returns a `require`
 * rooted in that package, to resolve its files and its optional platform packages.
 */
export async function ensureNpmTool({ root, name, version, log = () => {} }) {
  const toolsDir = join(root, '.bench', 'tools');
  if (installedVersion(toolsDir, name) !== version) {
    mkdirSync(toolsDir, { recursive: true });
    log(`installing ${name}@${version} into ${toolsDir} ...`);
    const result = await runProcess(
      'npm',
      ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--save-exact', `${name}@${version}`],
      { capture: true },
    );
    if (result.code !== 0) throw new Error(`npm install ${name}@${version} failed (${result.code}):\n${result.stderr}`);
    const got = installedVersion(toolsDir, name);
    if (got !== version) throw new Error(`npm installed ${name}@${got ?? 'nothing'}, expected ${version}`);
  }
  return { toolsDir, require: createRequire(join(toolsDir, 'node_modules', name, 'package.json')) };
}

/** `command --version` (or other args), trimmed; throws when it fails. */
export async function toolVersion(command, args = ['--version']) {
  const result = await runProcess(command, args, { capture: true });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The Node 24 binary that `runs.using: node24` means: BENCH_NODE24, the root's node-<os>-<arch> package, or this node. */
export async function findNode24(root) {
  const candidates = [
    process.env.BENCH_NODE24,
    join(root, 'node_modules', `node-${platform()}-${arch()}`, 'bin', 'node'),
    process.execPath,
  ].filter((candidate) => candidate && existsSync(candidate));
  for (const candidate of candidates) {
    const version = await toolVersion(candidate);
    if (version.startsWith('v24.')) return { path: candidate, version };
  }
  throw new Error(
    `no Node 24 binary found (tried ${candidates.join(', ') || 'nothing'}); ` +
      'install the root optional dependency node-<os>-<arch> or set BENCH_NODE24',
  );
}

/** The machine's own `node`: the first on PATH outside any node_modules (pnpm puts the repo's Node 24 first). */
export async function findMachineNode() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (existsSync(candidate)) {
      try {
        return { path: candidate, version: await toolVersion(candidate) };
      } catch {
        // Not runnable: keep looking.
      }
    }
  }
  return { path: process.execPath, version: process.version };
}

/** git-cliff's version the benches compare with. */
export const GIT_CLIFF_VERSION = '2.14.2';

/**
 * Installs git-cliff from npm under .bench/tools (once) and returns its native binary, checked
 * to report the pinned version: the benches run the binary, not its Node wrapper.
 */
export async function ensureGitCliff({ root, log = () => {} }) {
  const tool = await ensureNpmTool({ root, name: 'git-cliff', version: GIT_CLIFF_VERSION, log });
  const os = platform() === 'win32' ? 'windows' : platform();
  const binary = tool.require.resolve(`git-cliff-${os}-${arch()}/bin/git-cliff${os === 'windows' ? '.exe' : ''}`);
  const version = await toolVersion(binary);
  if (!version.includes(GIT_CLIFF_VERSION)) throw new Error(`git-cliff binary reports '${version}', expected ${GIT_CLIFF_VERSION}`);
  return { binary, version };
}
