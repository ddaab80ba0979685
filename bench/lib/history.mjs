// Deterministic synthetic git histories for benchmarks, written with one `git fast-import`
// stream and cached under .bench/repos/<name>, keyed by GENERATOR_VERSION and the options.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from './process.mjs';

/** Bump whenever the generated history changes, so cached repositories are rebuilt. */
export const GENERATOR_VERSION = 3;

const STAMP_FILE = 'bench-generator.json';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same history. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  ['feat', 18],
  ['fix', 24],
  ['docs', 10],
  ['chore', 13],
  ['refactor', 9],
  ['perf', 4],
  ['test', 9],
  ['ci', 5],
  // Not a Conventional Commit at all.
  [null, 8],
];
const TYPE_TOTAL = TYPES.reduce((sum, [, weight]) => sum + weight, 0);
const SCOPES = ['api', 'cli', 'core', 'parser', 'auth', 'db', 'deps', 'build', 'config', 'http', 'cache', 'ui'];
const VERBS = ['add', 'handle', 'support', 'remove', 'rework', 'validate', 'cache', 'document', 'speed up', 'simplify', 'guard', 'expose'];
const NOUNS = [
  'retry policy', 'config loader', 'token refresh', 'wheel metadata', 'empty input', 'unicode paths',
  'lock file', 'plugin hooks', 'timeout handling', 'error messages', 'pagination', 'dependency pins',
  'logging format', 'CLI flags', 'connection pool', 'schema migration', 'release notes', 'type hints',
];
const WORDS = (
  'the a this that when while because so it we now also before after each every request response ' +
  'value cache user file path module function error result parser option default build test check ' +
  'returns handles avoids keeps makes reads writes skips uses fails passes runs with without for in on ' +
  'of to from into than instead correctly quickly safely again only still already never always'
).split(' ');
const NON_CONVENTIONAL = [
  'Update README', 'WIP', 'Fix typo in docs', 'Bump version', 'More tests', 'Address review comments',
  'Initial import of the scheduler', 'Revert "experiment"', 'cleanup', 'Small fixes after review',
];
const PEOPLE = ['Ada Lovelace <ada@example.com>', 'Grace Hopper <grace@example.com>', 'Alan Turing <alan@example.com>'];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function sentence(random) {
  const length = 6 + Math.floor(random() * 14);
  const words = [];
  for (let i = 0; i < length; i += 1) words.push(pick(random, WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random) {
  const count = 1 + Math.floor(random() * 3);
  const sentences = [];
  for (let i = 0; i < count; i += 1) sentences.push(sentence(random));
  // Wrap at ~72 columns like a real commit body.
  const lines = [];
  let line = '';
  for (const word of sentences.join(' ').split(' ')) {
    if (line.length + word.length + 1 > 72) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** One realistic commit message (without trailing newline handling: fast-import takes it verbatim). */
function commitMessage(random, index) {
  let roll = random() * TYPE_TOTAL;
  let type = null;
  for (const [name, weight] of TYPES) {
    roll -= weight;
    if (roll < 0) {
      type = name;
      break;
    }
  }
  if (type === null) return `${pick(random, NON_CONVENTIONAL)}\n`;
  const scope = random() < 0.7 ? `(${pick(random, SCOPES)})` : '';
  const bang = (type === 'feat' || type === 'refactor') && random() < 0.004 ? '!' : '';
  const subject = `${type}${scope}${bang}: ${pick(random, VERBS)} ${pick(random, NOUNS)}`;
  const parts = [subject];
  const bodies = random() < 0.65 ? 1 + Math.floor(random() * 3) : 0;
  for (let i = 0; i < bodies; i += 1) parts.push(paragraph(random));
  const footers = [];
  if (random() < 0.003) footers.push(`BREAKING CHANGE: ${pick(random, NOUNS)} ${sentence(random).toLowerCase()}`);
  if (random() < 0.25) footers.push(`Refs: #${1 + (index % 5000)}`);
  if (random() < 0.08) footers.push(`Co-authored-by: ${pick(random, PEOPLE)}`);
  if (random() < 0.05) footers.push(`Reviewed-by: ${pick(random, PEOPLE)}`);
  if (footers.length > 0) parts.push(footers.join('\n'));
  return `${parts.join('\n\n')}\n`;
}

const PYPROJECT = '[project]\nname = "bench-project"\nversion = "0.1.0"\nrequires-python = ">=3.9"\n';

/**
 * Yields the fast-import stream in chunks. Every commit is on refs/heads/main; side branches
 * are made by rewinding main with `from` and joined back with a `merge` commit, so exactly
 * `commits` commits are reachable from HEAD and no other ref exists.
 */
function* fastImportStream({ commits, seed, mergeEvery }) {
  const random = prng(seed);
  const startDate = 1_600_000_000;
  let mark = 0;
  let date = startDate;
  let mainTip = 0;
  let made = 0;
  let chunk = [];

  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = ({ message, from, merge, files }) => {
    mark += 1;
    made += 1;
    date += 60 + Math.floor(random() * 600);
    const author = pick(random, PEOPLE);
    let out = `commit refs/heads/main\nmark :${mark}\nauthor ${author} ${date} +0000\ncommitter ${author} ${date} +0000\n`;
    out += data(message);
    if (from) out += `from :${from}\n`;
    if (merge) out += `merge :${merge}\n`;
    for (const [path, content] of files) out += `M 100644 inline ${path}\n${data(content)}`;
    chunk.push(out);
    return mark;
  };
  const sourceFile = (index) => {
    const module = Math.floor(random() * 40);
    return [`src/bench_project/module_${module}.py`, `# revision ${index}\nVALUE = ${Math.floor(random() * 1e6)}\n`];
  };

  mainTip = commit({
    message: 'chore: initial project layout\n',
    files: [
      ['pyproject.toml', PYPROJECT],
      ['README.md', '# bench-project\n'],
      ['src/bench_project/__init__.py', ''],
    ],
  });
  while (made < commits) {
    const remaining = commits - made;
    if (mergeEvery > 0 && made % mergeEvery === mergeEvery - 1 && remaining >= 3) {
      // A pull request: 1-3 commits on a branch from main's tip, then a merge commit on main.
      // Meanwhile main gets one more commit so the merge is a real (non fast-forward) one.
      const sideCount = Math.min(1 + Math.floor(random() * 3), remaining - 2);
      let sideTip = mainTip;
      for (let i = 0; i < sideCount; i += 1) {
        sideTip = commit({ message: commitMessage(random, made), from: sideTip, files: [sourceFile(made)] });
      }
      mainTip = commit({ message: commitMessage(random, made), from: mainTip, files: [sourceFile(made)] });
      const number = 1 + Math.floor(made / mergeEvery);
      mainTip = commit({
        message: `Merge pull request #${number} from example/topic-${number}\n\n${commitMessage(random, made)}`,
        from: mainTip,
        merge: sideTip,
        files: [],
      });
    } else {
      mainTip = commit({ message: commitMessage(random, made), from: mainTip, files: [sourceFile(made)] });
    }
    if (chunk.length >= 500) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

function write(stream, text) {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
}

async function git(cwd, args) {
  const result = await runProcess('git', args, { cwd, capture: true });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * Returns the path of a cached repository holding the generated history, creating it
 * (in a temporary directory, renamed into place) when missing or stale.
 */
export async function ensureHistoryRepo({ root, name, commits, seed = 42, mergeEvery = 97, log = () => {} }) {
  const dir = join(root, '.bench', 'repos', name);
  const key = { generator: GENERATOR_VERSION, commits, seed, mergeEvery };
  const stampPath = join(dir, '.git', STAMP_FILE);
  if (existsSync(stampPath)) {
    try {
      const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
      if (JSON.stringify(stamp.key) === JSON.stringify(key)) return { dir, head: stamp.head, cached: true };
    } catch {
      // Unreadable stamp: regenerate.
    }
  }
  log(`generating ${commits} commits into ${dir} (generator v${GENERATOR_VERSION}) ...`);
  const started = process.hrtime.bigint();
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await git(tmp, ['init', '--quiet', '--initial-branch=main']);
  // No background gc, fixed identity: the repository must not change between timed runs.
  await git(tmp, ['config', 'gc.auto', '0']);
  await git(tmp, ['config', 'user.name', 'Bench']);
  await git(tmp, ['config', 'user.email', 'bench@example.com']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: tmp, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => (stderr += text));
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  for (const text of fastImportStream({ commits, seed, mergeEvery })) await write(child.stdin, text);
  await write(child.stdin, 'done\n');
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import failed (${code}): ${stderr}`);
  await git(tmp, ['reset', '--quiet', '--hard', 'main']);
  const count = Number(await git(tmp, ['rev-list', '--count', 'HEAD']));
  if (count !== commits) throw new Error(`generated ${count} commits, expected ${commits}`);
  const head = await git(tmp, ['rev-parse', 'HEAD']);
  writeFileSync(join(tmp, '.git', STAMP_FILE), `${JSON.stringify({ key, head }, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`generated ${count} commits in ${seconds.toFixed(1)} s (HEAD ${head.slice(0, 12)})`);
  return { dir, head, cached: false };
}
