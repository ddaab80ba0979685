#!/usr/bin/env node
// Builds every action's dist/ with @vercel/ncc, and the root alias action.yml that lets users
// write `uses: <owner>/ops-actions/<action>@v1`. With --check, builds into memory and fails
// when any committed file differs, is missing, or is extra: a stale bundle never ships.
import ncc from '@vercel/ncc';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { compareDist } from './dist-freshness.mjs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

async function bundle(actionDir) {
  const entry = join(actionDir, 'src', 'index.ts');
  const { code, assets, stats } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    transpileOnly: true,
  });
  const files = new Map([['index.js', code]]);
  for (const [name, asset] of Object.entries(assets ?? {})) files.set(name, asset.source);
  // ncc writes one licenses.txt a chunk, each over the last: a bundle split by a lazy import()
  // (quality-gate's @actions/github) kept only the lazy chunk's. Written here from every module.
  // Only modules in a chunk: the compilation also lists those that tree shaking left out.
  const { modules, chunkGraph } = stats.compilation;
  const bundled = [...modules].filter((module) => chunkGraph.getNumberOfModuleChunks(module) > 0);
  files.set('licenses.txt', licensesOf(bundled.flatMap((module) => [module.resource, ...(module.modules ?? []).map((inner) => inner.resource)])));
  // The bundle is ESM; this makes Node load it as such wherever the folder is copied.
  files.set('package.json', '{\n  "type": "module"\n}\n');
  return files;
}

/**
 * The licences of every package a bundle holds, as ncc writes them (name, licence, licence file;
 * a blank line between), sorted by name. `resources` are the bundled modules' file paths.
 */
function licensesOf(resources) {
  const packages = new Map();
  for (const resource of resources) {
    if (typeof resource !== 'string') continue;
    // The package a module belongs to: the nearest folder above it with a package.json that names one.
    for (let dir = dirname(resource); dir !== dirname(dir); dir = dirname(dir)) {
      if (packages.has(dir)) break;
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, license } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (typeof name !== 'string') continue;
      packages.set(dir, { name, license: typeof license === 'string' ? license : '', dir });
      break;
    }
  }
  const byName = new Map();
  for (const entry of packages.values()) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return [...byName.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, license, dir }) => {
      const file = readdirSync(dir).filter((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry)).sort()[0];
      const text = file === undefined ? '' : readFileSync(join(dir, file), 'utf8').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
      return `${[name, license, text].filter((part) => part !== '').join('\n')}\n`;
    })
    .join('\n');
}

/** The root alias: the same action.yml with paths pointing into actions/<name>/. */
function aliasManifest(name) {
  const source = readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8');
  const rewritten = source.replace(/^(\s+(?:main|pre|post):\s*)'?([^'\n]+)'?\s*$/gm, (_, key, path) => `${key}'../actions/${name}/${path}'`);
  return `# Generated from actions/${name}/action.yml by \`pnpm build\`: edit that file, not this one.\n# It lets workflows say \`uses: <owner>/ops-actions/${name}@v1\`.\n${rewritten}`;
}

const problems = [];
const actions = readdirSync(join(root, 'actions')).filter(
  (name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')) && (only.length === 0 || only.includes(name)),
);
for (const name of actions) {
  const actionDir = join(root, 'actions', name);
  const distDir = join(actionDir, 'dist');
  const built = await bundle(actionDir);
  built.set(join('..', '..', '..', name, 'action.yml'), aliasManifest(name));
  if (check) {
    problems.push(...compareDist(distDir, built).map((problem) => relative(root, join(distDir, problem.file)) + ' ' + problem.what));
  } else {
    rmSync(distDir, { recursive: true, force: true });
    for (const [file, content] of built) {
      const path = join(distDir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    console.log(`built actions/${name}/dist (${built.size - 1} files) and ${name}/action.yml`);
  }
}
if (check) {
  if (problems.length > 0) {
    console.error(`dist/ is stale; run \`pnpm build\` and commit the result:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ is fresh for ${actions.length} action(s): ${actions.join(', ')}`);
}
