// Third-party tools for benchmarks, installed once from npm under .bench/tools (pinned).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
