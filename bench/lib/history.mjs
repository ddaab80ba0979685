// Deterministic synthetic git histories for benchmarks, written with one `git fast-import`
// stream and cached under .bench/repos/<name>, keyed by GENERATOR_VERSION and the options.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from './process.mjs';
import { prng } from './prng.mjs';

/** Bump whenever the generated history changes, so cached repositories are rebuilt. */
export const GENERATOR_VERSION = 3;

const STAMP_FILE = 'bench-generator.json';

/** Bump whenever a `flavor` history or the tags change (it keys only repositories that use them). */
export const FLAVOR_VERSION = 1;

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

// --- The 'release-notes' flavor: what a changelog generator meets in a real repository ----
// GitHub squash merges with `(#123)` PR suffixes, squash bodies listing `* fix: ...` lines,
// breaking changes (`!` and BREAKING CHANGE footers), `git revert` and `revert:` commits,
// non-conventional subjects. Used only when a bench asks for it, so the default history
// (and its cached repositories) stays byte for byte what it was.
const RICH_TYPES = [
  ['feat', 20],
  ['fix', 26],
  ['perf', 4],
  ['refactor', 9],
  ['docs', 9],
  ['chore', 12],
  ['ci', 4],
  ['test', 6],
  ['build', 2],
  ['style', 1],
  ['git-revert', 0.6],
  ['revert', 0.4],
  // Not a Conventional Commit at all.
  [null, 6],
];
const RICH_TOTAL = RICH_TYPES.reduce((sum, [, weight]) => sum + weight, 0);

function weighted(random, table, total) {
  let roll = random() * total;
  for (const [name, weight] of table) {
    roll -= weight;
    if (roll < 0) return name;
  }
  return table[table.length - 1][0];
}

function fakeSha(random) {
  let hex = '';
  for (let i = 0; i < 5; i += 1) hex += Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');
  return hex;
}

/**
 * A 'release-notes' commit message. `state` carries the PR counter and recent subjects (for
 * reverts) across calls.
 */
function releaseNotesMessage(random, index, state) {
  const type = weighted(random, RICH_TYPES, RICH_TOTAL);
  const conventionalSubject = (kind) => {
    const scope = random() < 0.65 ? `(${pick(random, SCOPES)})` : '';
    return `${kind}${scope}: ${pick(random, VERBS)} ${pick(random, NOUNS)}`;
  };
  const withPr = (subject) => {
    if (random() >= 0.7) return subject;
    state.pr += 1 + Math.floor(random() * 3);
    return `${subject} (#${state.pr})`;
  };
  if (type === null) return `${withPr(pick(random, NON_CONVENTIONAL))}\n`;
  if (type === 'git-revert' || type === 'revert') {
    const reverted = state.recent.length > 0 ? pick(random, state.recent) : conventionalSubject('feat');
    const body = `This reverts commit ${fakeSha(random)}.`;
    return type === 'git-revert'
      ? `Revert "${reverted}"\n\n${body}\n`
      : `${withPr(`revert: ${reverted.replace(/ \(#\d+\)$/, '')}`)}\n\n${body}\n`;
  }
  const bang = ['feat', 'refactor', 'fix'].includes(type) && random() < 0.0015 ? '!' : '';
  const subject = withPr(conventionalSubject(type).replace(':', `${bang}:`));
  state.recent.push(subject);
  if (state.recent.length > 50) state.recent.shift();
  const parts = [subject];
  if (random() < 0.08) {
    // A squash merge of a multi-commit pull request: GitHub lists the branch's commits.
    const items = 2 + Math.floor(random() * 5);
    const lines = [];
    for (let i = 0; i < items; i += 1) {
      const kind = random() < 0.8 ? pick(random, ['fix', 'feat', 'chore', 'docs', 'test', 'refactor']) : null;
      lines.push(`* ${kind ? conventionalSubject(kind) : pick(random, NON_CONVENTIONAL)}`);
    }
    parts.push(lines.join('\n\n'));
  } else {
    const bodies = random() < 0.6 ? 1 + Math.floor(random() * 3) : 0;
    for (let i = 0; i < bodies; i += 1) parts.push(paragraph(random));
  }
  const footers = [];
  if (random() < 0.002) footers.push(`BREAKING CHANGE: ${pick(random, NOUNS)} ${sentence(random).toLowerCase()}`);
  if (random() < 0.2) footers.push(`Refs: #${1 + (index % 5000)}`);
  if (random() < 0.08) footers.push(`Co-authored-by: ${pick(random, PEOPLE)}`);
  if (random() < 0.05) footers.push(`Signed-off-by: ${pick(random, PEOPLE)}`);
  if (footers.length > 0) parts.push(footers.join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** How a message moves a 0.x version: 'minor' (feat or breaking) or 'patch'. */
function zeroVersionBump(message) {
  const header = message.slice(0, message.indexOf('\n'));
  if (/^feat(\([^)]*\))?!?:/.test(header) || /^\w+(\([^)]*\))?!:/.test(header) || /^BREAKING[ -]CHANGE:/m.test(message)) {
    return 'minor';
  }
  return 'patch';
}

/** The Keep a Changelog header a project starts its CHANGELOG.md with. */
export const KEEP_A_CHANGELOG_HEADER =
  '# Changelog\n\n' +
  'All notable changes to this project will be documented in this file.\n\n' +
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\n' +
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n' +
  '## [Unreleased]\n';

const PYPROJECT = '[project]\nname = "bench-project"\nversion = "0.1.0"\nrequires-python = ">=3.9"\n';

/**
 * Yields the fast-import stream in chunks. Every commit is on refs/heads/main; side branches
 * are made by rewinding main with `from` and joined back with a `merge` commit, so exactly
 * `commits` commits are reachable from HEAD and no other ref exists.
 */
function* fastImportStream({ commits, seed, mergeEvery, flavor, tags, extraFiles = [] }) {
  const random = prng(seed);
  const richState = { pr: 1000, recent: [] };
  const nextMessage =
    flavor === 'release-notes' ? (index) => releaseNotesMessage(random, index, richState) : (index) => commitMessage(random, index);
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
    if (tags) releaseBump = releaseBump === 'minor' ? 'minor' : zeroVersionBump(message);
    return mark;
  };
  // Annotated release tags on main every `tags.every` commits (at most `tags.count`): the
  // first is `${prefix}0.1.0`, then 0.x semver from the commits since (feat/breaking: minor).
  let releaseBump = 'patch';
  let tagged = 0;
  let minor = 0;
  let patch = 0;
  // A tag never lands on a merge commit (it waits for the next one on main): tools reading
  // `git log --no-merges` (conventional-changelog's default) would lose that release.
  const maybeTag = (onMerge) => {
    if (!tags || onMerge || tagged >= tags.count || made < (tagged + 1) * tags.every) return;
    if (tagged === 0 || releaseBump === 'minor') {
      minor += 1;
      patch = 0;
    } else {
      patch += 1;
    }
    tagged += 1;
    releaseBump = 'patch';
    const name = `${tags.prefix ?? 'v'}0.${minor}.${patch}`;
    const tagger = pick(random, PEOPLE);
    chunk.push(`tag ${name}\nfrom :${mainTip}\ntagger ${tagger} ${date + 1} +0000\n${data(`Release ${name}\n`)}`);
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
      ...extraFiles,
    ],
  });
  while (made < commits) {
    const remaining = commits - made;
    const merging = mergeEvery > 0 && made % mergeEvery === mergeEvery - 1 && remaining >= 3;
    if (merging) {
      // A pull request: 1-3 commits on a branch from main's tip, then a merge commit on main.
      // Meanwhile main gets one more commit so the merge is a real (non fast-forward) one.
      const sideCount = Math.min(1 + Math.floor(random() * 3), remaining - 2);
      let sideTip = mainTip;
      for (let i = 0; i < sideCount; i += 1) {
        sideTip = commit({ message: nextMessage(made), from: sideTip, files: [sourceFile(made)] });
      }
      mainTip = commit({ message: nextMessage(made), from: mainTip, files: [sourceFile(made)] });
      const number = 1 + Math.floor(made / mergeEvery);
      mainTip = commit({
        message: `Merge pull request #${number} from example/topic-${number}\n\n${nextMessage(made)}`,
        from: mainTip,
        merge: sideTip,
        files: [],
      });
    } else {
      mainTip = commit({ message: nextMessage(made), from: mainTip, files: [sourceFile(made)] });
    }
    maybeTag(merging);
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
 *
 * Optional (absent: the plain history every earlier cache holds):
 * - flavor: 'release-notes' for changelog-style messages (PR suffixes, squash bodies,
 *   reverts, breaking changes; see releaseNotesMessage);
 * - tags: { every, count, prefix = 'v' }: annotated 0.x release tags on main every `every`
 *   commits, at most `count` (commits after the last one stay unreleased);
 * - extraFiles: [path, content] pairs added by the first commit (e.g. a CHANGELOG.md).
 * Resolves with { dir, head, cached, tags } (tags: names, oldest first).
 */
export async function ensureHistoryRepo({
  root,
  name,
  commits,
  seed = 42,
  mergeEvery = 97,
  flavor,
  tags,
  extraFiles,
  log = () => {},
}) {
  const dir = join(root, '.bench', 'repos', name);
  const key = { generator: GENERATOR_VERSION, commits, seed, mergeEvery };
  // Only present options join the key, so caches made before they existed stay valid.
  if (flavor !== undefined) key.flavor = { name: flavor, version: FLAVOR_VERSION };
  if (tags !== undefined) key.tags = { every: tags.every, count: tags.count, prefix: tags.prefix ?? 'v' };
  if (extraFiles !== undefined) key.extraFiles = createHash('sha256').update(JSON.stringify(extraFiles)).digest('hex');
  const stampPath = join(dir, '.git', STAMP_FILE);
  if (existsSync(stampPath)) {
    try {
      const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
      if (JSON.stringify(stamp.key) === JSON.stringify(key)) return { dir, head: stamp.head, cached: true, tags: stamp.tags ?? [] };
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
  for (const text of fastImportStream({ commits, seed, mergeEvery, flavor, tags: key.tags, extraFiles })) await write(child.stdin, text);
  await write(child.stdin, 'done\n');
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import failed (${code}): ${stderr}`);
  await git(tmp, ['reset', '--quiet', '--hard', 'main']);
  const count = Number(await git(tmp, ['rev-list', '--count', 'HEAD']));
  if (count !== commits) throw new Error(`generated ${count} commits, expected ${commits}`);
  const head = await git(tmp, ['rev-parse', 'HEAD']);
  const tagNames = (await git(tmp, ['for-each-ref', '--sort=creatordate', '--format=%(refname:short)', 'refs/tags'])).split('\n').filter(Boolean);
  if (tagNames.length !== (tags ? Math.min(tags.count, Math.floor(commits / tags.every)) : 0)) {
    throw new Error(`generated ${tagNames.length} tags, expected ${tags?.count ?? 0}`);
  }
  const stamp = tags ? { key, head, tags: tagNames } : { key, head };
  writeFileSync(join(tmp, '.git', STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`generated ${count} commits in ${seconds.toFixed(1)} s (HEAD ${head.slice(0, 12)})`);
  return { dir, head, cached: false, tags: tagNames };
}
