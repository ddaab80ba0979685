// The changelog action's `regenerate` on a generated 10,000-commit history with 40 annotated
// release tags (the last 400 commits unreleased), run as the GitHub runner runs it (node24,
// INPUT_* from action.yml defaults, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against the full
// changelog of the same repository from `git-cliff` (native binary, its keepachangelog
// preset) and `conventional-changelog` (conventional-changelog-cli, conventionalcommits
// preset, `-r 0`).
//
// Targets: git-cliff / ours >= 10 and conventional-changelog / ours >= 10 (medians of the same
// run); the action's peak RSS is printed for information. Every run is verified: exit 0 and a
// changelog with a heading for each of the 40 versions.
//
// Until actions/changelog/dist/index.js exists the peers are still measured and printed, and
// both targets fail with "actions/changelog/dist/index.js not built yet".
//
// A second case reads a large CHANGELOG.md (bench/lib/big-changelog.mjs: a project that released
// often for years) and writes one new release into it, at 10 MB and at 50 MB, with a 0.1 MB
// file as the baseline for what every run costs (node, git, the bundle). Targets: the time and
// the peak RSS above that baseline grow at most 1.2x faster than the file, i.e.
// (t50 - t0.1) / (t10 - t0.1) <= 6 and the same for RSS (linear is 5).
//
// Environment: BENCH_RUNS (measured runs of every case; default ours 5, peers 3),
// BENCH_WARMUP (default 1), BENCH_RSS_RUNS (extra runs for peak memory; default 1),
// BENCH_NODE24 (path of a Node 24 binary; default the root's node-<os>-<arch> package),
// BENCH_PEER_NODE (the node that runs conventional-changelog; default the machine's node),
// BENCH_CHANGELOG_CASES (comma-separated: regenerate, scaling; default both).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { bigChangelog } from './lib/big-changelog.mjs';
import { KEEP_A_CHANGELOG_HEADER, ensureHistoryRepo } from './lib/history.mjs';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases, median } from './lib/timing.mjs';
import { GIT_CLIFF_VERSION, ensureGitCliff, ensureNpmTool, findMachineNode, findNode24, toolVersion } from './lib/tools.mjs';

const COMMITS = 10_000;
const TAG_COUNT = 40;
const TAG_EVERY = 240; // tags at commits 240, 480, ... 9,600: 400 unreleased commits after the last
const REPOSITORY_URL = 'https://github.com/acme/sample';
const CC_CLI_VERSION = '5.0.0';
const CC_PRESET_VERSION = '8.0.0'; // the conventionalcommits preset conventional-changelog 6 (the CLI's) takes
const TARGET_CLIFF_RATIO = 10;
const TARGET_CC_RATIO = 10;
const NOT_BUILT = 'actions/changelog/dist/index.js not built yet';
const SCALING_SIZES_MB = [0.1, 10, 50];
const TARGET_SCALING = 6; // (50 MB - baseline) / (10 MB - baseline); linear is 5
const SCALING_GENERATOR_VERSION = 1;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function plainEnv() {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' };
}

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Checks that a generated changelog has a Markdown heading naming each release (with or
 * without the tag prefix, in any of the tools' heading styles). Returns its size in bytes.
 */
function checkVersions(tool, text, versions) {
  const missing = versions.filter((version) => {
    const bare = escapeRegExp(version.replace(/^v/, ''));
    return !new RegExp(`^#{1,6} [^\\n]*(?<![\\d.])v?${bare}(?![\\d.])`, 'm').test(text);
  });
  check(
    missing.length === 0,
    `${tool}: the changelog has no heading for ${missing.length} of ${versions.length} versions (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}); ` +
      `${Buffer.byteLength(text)} bytes, starting:\n${text.slice(0, 400)}`,
  );
  return Buffer.byteLength(text);
}

async function git(cwd, args) {
  const result = await runProcess('git', args, { cwd, env: plainEnv(), capture: true });
  check(result.code === 0, `git ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout.trim();
}

/** Where the action stands: { manifest } when its bundle can run, else { missing: reason }. */
function locateAction(root) {
  const actionYml = join(root, 'actions', 'changelog', 'action.yml');
  const main = join(root, 'actions', 'changelog', 'dist', 'index.js');
  if (!existsSync(main)) return { missing: NOT_BUILT };
  check(existsSync(actionYml), `${relative(root, actionYml)} is missing (the bench reads the inputs' defaults from it)`);
  const manifest = readActionManifest(actionYml);
  check(manifest.using === 'node24', `action.yml runs.using is '${manifest.using}', the bench expects node24`);
  check(manifest.main === main, `action.yml runs.main is ${manifest.main}, the bench expects ${main}`);
  return { manifest };
}

export default {
  name: 'changelog',
  description: 'changelog regenerate vs git-cliff vs conventional-changelog, 10k commits and 40 tags; a 10 MB vs 50 MB CHANGELOG.md',
  async run({ root, log }) {
    const wanted = (process.env.BENCH_CHANGELOG_CASES ?? 'regenerate,scaling').split(',').map((name) => name.trim());
    const unknown = wanted.filter((name) => name !== 'regenerate' && name !== 'scaling');
    check(unknown.length === 0, `BENCH_CHANGELOG_CASES: unknown case ${unknown.join(', ')} (regenerate, scaling)`);
    const parts = [];
    if (wanted.includes('regenerate')) parts.push(await runRegenerate({ root, log }));
    if (wanted.includes('scaling')) parts.push(await runScaling({ root, log }));
    return { lines: parts.flatMap((part, i) => [...(i > 0 ? [''] : []), ...part.lines]), targets: parts.flatMap((part) => part.targets) };
  },
};

/** The changelog repository for one size: one commit with the file, its release tag, then a fix. Cached under .bench. */
async function ensureBigChangelogRepo(root, megabytes, log) {
  const dir = join(root, '.bench', 'repos', `changelog-big-${megabytes}mb`);
  const stamp = join(dir, '.git', 'bench-big-changelog.json');
  const key = JSON.stringify({ version: SCALING_GENERATOR_VERSION, megabytes });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) {
    return JSON.parse(readFileSync(join(dir, '.git', 'bench-big-changelog-facts.json'), 'utf8'));
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { text, releases } = bigChangelog(megabytes * 1e6);
  writeFileSync(join(dir, 'CHANGELOG.md'), text);
  const env = { ...plainEnv(), GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_CONFIG_NOSYSTEM: '1' };
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', 'CHANGELOG.md'],
    ['commit', '--quiet', '-m', 'docs: the changelog so far'],
    ['tag', '--annotate', '--no-sign', '-m', 'release', `v0.${releases}.0`],
    ['commit', '--quiet', '--allow-empty', '-m', 'fix(parser): handle empty input'],
  ]) {
    const result = await runProcess('git', args, { cwd: dir, env, capture: true });
    check(result.code === 0, `git ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  }
  const facts = { dir, bytes: Buffer.byteLength(text), releases, next: `0.${releases + 1}.0` };
  writeFileSync(join(dir, '.git', 'bench-big-changelog-facts.json'), JSON.stringify(facts));
  writeFileSync(stamp, key);
  log(`  generated ${dir}: ${(facts.bytes / 1e6).toFixed(1)} MB, ${releases} releases`);
  return facts;
}

/** The changelog action writing one release into a 0.1 MB, a 10 MB and a 50 MB CHANGELOG.md. */
async function runScaling({ root, log }) {
  const runs = envCount('BENCH_RUNS', 5);
  const warmup = envCount('BENCH_WARMUP', 1);
  const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 1));
  const action = locateAction(root);
  if (action.missing) {
    const targets = ['time', 'peak RSS'].map((what) =>
      target({ name: `50 MB vs 10 MB CHANGELOG.md, ${what} above the baseline`, measured: NaN, op: '<=', limit: TARGET_SCALING, unit: 'x', note: action.missing }),
    );
    return { lines: [`scaling: ${action.missing}`], targets };
  }
  const node24 = await findNode24(root);
  const repos = [];
  for (const megabytes of SCALING_SIZES_MB) repos.push({ megabytes, ...(await ensureBigChangelogRepo(root, megabytes, log)) });

  const runOne = async (repo, extra = { nodeArgs: [], env: {} }) => {
    await git(repo.dir, ['checkout', '--', 'CHANGELOG.md']);
    const step = prepareActionStep({
      manifest: action.manifest,
      workspace: repo.dir,
      inputs: { version: repo.next, date: '2025-01-01', 'repository-url': REPOSITORY_URL },
      extraEnv: extra.env,
    });
    try {
      const result = await runProcess(node24.path, [...extra.nodeArgs, action.manifest.main], { cwd: repo.dir, env: step.env });
      check(result.code === 0, `the action exited ${result.code ?? result.signal} on the ${repo.megabytes} MB changelog:\n${result.stdout}\n${result.stderr}`);
      const written = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
      const heading = `## [${repo.next}] - 2025-01-01`;
      check(written.includes(`\n${heading}\n`) && written.indexOf(heading) < written.indexOf(`## [0.${repo.releases}.0]`), `${repo.megabytes} MB: the new section ${heading} is not above the previous release`);
      check(Buffer.byteLength(written) > repo.bytes, `${repo.megabytes} MB: the file did not grow`);
      return result.seconds;
    } finally {
      step.cleanup();
    }
  };
  log(`scaling: CHANGELOG.md of ${repos.map((r) => `${(r.bytes / 1e6).toFixed(1)} MB (${r.releases} releases)`).join(', ')}; warm-up ${warmup}, runs ${runs}, interleaved ...`);
  let results;
  const peaks = {};
  try {
    results = await measureCases(
      repos.map((repo) => ({ key: String(repo.megabytes), label: `${repo.megabytes} MB`, runs, warmup, run: () => runOne(repo) })),
      { log },
    );
    for (const repo of repos) {
      peaks[repo.megabytes] = [];
      for (let i = 0; i < rssRuns; i += 1) {
        const probe = peakRssProbe();
        await runOne(repo, probe);
        const peak = probe.read();
        check(peak !== undefined, 'the action did not report its peak RSS');
        peaks[repo.megabytes].push(peak);
      }
      log(`  peak RSS ${repo.megabytes} MB: ${median(peaks[repo.megabytes]).toFixed(1)} MB (median of ${rssRuns})`);
    }
  } finally {
    for (const repo of repos) await git(repo.dir, ['checkout', '--', 'CHANGELOG.md']);
  }
  const [base, ten, fifty] = SCALING_SIZES_MB.map((mb) => ({ seconds: results[String(mb)].median, rss: median(peaks[mb]) }));
  const timeRatio = (fifty.seconds - base.seconds) / (ten.seconds - base.seconds);
  const rssRatio = (fifty.rss - base.rss) / (ten.rss - base.rss);
  const lines = [
    formatTable(
      ['CHANGELOG.md', 'releases', 'runs', 'median s', 'min s', 'max s', 'peak RSS MB', 'above baseline s', 'above baseline MB'],
      repos.map((repo) => {
        const s = results[String(repo.megabytes)];
        const rss = median(peaks[repo.megabytes]);
        return [`${(repo.bytes / 1e6).toFixed(1)} MB`, repo.releases, s.runs, s.median.toFixed(3), s.min.toFixed(3), s.max.toFixed(3), rss.toFixed(1), (s.median - base.seconds).toFixed(3), (rss - base.rss).toFixed(1)];
      }),
    ),
    '',
    formatTable(
      ['measure', 'measured', 'target'],
      [
        ['(t50 - t0.1) / (t10 - t0.1), median time', `${timeRatio.toFixed(2)}x`, `<= ${TARGET_SCALING}x (linear: 5x)`],
        ['(m50 - m0.1) / (m10 - m0.1), peak RSS', `${rssRatio.toFixed(2)}x`, `<= ${TARGET_SCALING}x (linear: 5x)`],
      ],
    ),
    '',
    `ours: ${action.manifest.main} under node ${node24.version}, INPUT_VERSION=<next> INPUT_DATE=2025-01-01, other inputs at action.yml defaults; ` +
      `each run checked: exit 0, the new section above the previous release, the file grown; peak RSS is getrusage maxRSS of the node process, MB = 2^20 bytes`,
  ];
  const targets = [
    target({ name: '50 MB vs 10 MB CHANGELOG.md, time above the baseline', measured: timeRatio, op: '<=', limit: TARGET_SCALING, unit: 'x' }),
    target({ name: '50 MB vs 10 MB CHANGELOG.md, peak RSS above the baseline', measured: rssRatio, op: '<=', limit: TARGET_SCALING, unit: 'x' }),
  ];
  return { lines, targets };
}

/** git-cliff and conventional-changelog against `regenerate` on a 10,000-commit history. */
async function runRegenerate({ root, log }) {
  const runs = envCount('BENCH_RUNS', 5);
  const peerRuns = process.env.BENCH_RUNS ? runs : 3;
  const warmup = envCount('BENCH_WARMUP', 1);
  const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 1));
  check(runs >= 1, 'BENCH_RUNS must be at least 1');

  // --- Setup: history, tools, action ------------------------------------------------
  const repo = await ensureHistoryRepo({
    root,
    name: 'changelog-10k-40tags',
    commits: COMMITS,
    flavor: 'release-notes',
    tags: { every: TAG_EVERY, count: TAG_COUNT },
    extraFiles: [['CHANGELOG.md', KEEP_A_CHANGELOG_HEADER]],
    log,
  });
  const versions = repo.tags;
  check(versions.length === TAG_COUNT, `the repository has ${versions.length} tags, expected ${TAG_COUNT}`);
  const unreleased = Number(await git(repo.dir, ['rev-list', '--count', `${versions.at(-1)}..HEAD`]));
  check(unreleased > 0, `the last tag ${versions.at(-1)} is at HEAD: the history needs unreleased commits`);
  log(
    `repository: ${repo.dir} (${repo.cached ? 'cached' : 'generated'}, HEAD ${repo.head.slice(0, 12)}, ` +
      `${versions.length} tags ${versions[0]} .. ${versions.at(-1)}, ${unreleased} unreleased commits)`,
  );

  const { binary: cliffBinary, version: cliffVersion } = await ensureGitCliff({ root, log });
  const configDir = join(root, '.bench', 'config');
  mkdirSync(configDir, { recursive: true });
  // git-cliff's own keepachangelog preset (Conventional Commits parsing, Keep a Changelog
  // layout), written by the binary itself so it matches the pinned version.
  const cliffConfig = join(configDir, 'cliff-changelog-keepachangelog.toml');
  rmSync(cliffConfig, { force: true });
  const init = await runProcess(cliffBinary, ['--init', 'keepachangelog', '--config', cliffConfig], {
    cwd: configDir,
    env: plainEnv(),
    capture: true,
  });
  check(init.code === 0 && existsSync(cliffConfig), `git-cliff --init keepachangelog failed (${init.code}): ${stripAnsi(init.stderr)}`);
  check(/conventional_commits\s*=\s*true/.test(readFileSync(cliffConfig, 'utf8')), `${cliffConfig} does not parse Conventional Commits`);

  // conventional-changelog-cli loads the preset by name: the conventionalcommits package must
  // be installed and resolvable from conventional-changelog (pinned here explicitly).
  const ccTool = await ensureNpmTool({ root, name: 'conventional-changelog-cli', version: CC_CLI_VERSION, log });
  const presetTool = await ensureNpmTool({ root, name: 'conventional-changelog-conventionalcommits', version: CC_PRESET_VERSION, log });
  const ccCli = ccTool.require.resolve('conventional-changelog-cli/cli.js');
  // Resolved the way conventional-changelog itself finds the preset (its package `exports`
  // hide package.json, so the manifests are read next to the resolved entry points).
  const ccMain = ccTool.require.resolve('conventional-changelog');
  const presetMain = createRequire(ccMain).resolve('conventional-changelog-conventionalcommits');
  const manifestOf = (entry, name) => {
    let dir = dirname(entry);
    while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
      check(dirname(dir) !== dir, `no package.json of ${name} above ${entry}`);
      dir = dirname(dir);
    }
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  };
  const ccVersion = manifestOf(ccMain, 'conventional-changelog').version;
  const presetVersion = manifestOf(presetMain, 'conventional-changelog-conventionalcommits').version;
  check(
    presetVersion === CC_PRESET_VERSION && presetMain.startsWith(realpathSync(presetTool.toolsDir)),
    `conventional-changelog resolves conventional-changelog-conventionalcommits@${presetVersion} at ${presetMain}, expected ${CC_PRESET_VERSION} under ${presetTool.toolsDir}`,
  );
  // Without -k it would read the nearest package.json above the repository (this monorepo's):
  // give it the sample project's, with the same repository URL ours gets.
  const ccPackageJson = join(configDir, 'conventional-changelog-package.json');
  writeFileSync(
    ccPackageJson,
    `${JSON.stringify({ name: 'bench-project', version: versions.at(-1).replace(/^v/, ''), repository: { type: 'git', url: REPOSITORY_URL } }, null, 2)}\n`,
  );

  const node24 = await findNode24(root);
  const machineNode = await findMachineNode();
  const peerNode = process.env.BENCH_PEER_NODE
    ? { path: process.env.BENCH_PEER_NODE, version: await toolVersion(process.env.BENCH_PEER_NODE) }
    : machineNode;
  const gitVersion = await toolVersion('git');
  const action = locateAction(root);
  const distHash = action.manifest ? createHash('sha256').update(readFileSync(action.manifest.main)).digest('hex').slice(0, 12) : '';
  log(
    `node (machine): ${machineNode.version} (${machineNode.path}); conventional-changelog under ${peerNode.version}; ` +
      `node24: ${node24.version} (${node24.path}); ${gitVersion}; ${cliffVersion}; conventional-changelog-cli ${CC_CLI_VERSION} ` +
      `(conventional-changelog ${ccVersion}, conventionalcommits preset ${presetVersion})`,
  );
  if (action.missing) log(`ours: ${action.missing}: measuring the peers only`);

  // --- The measured executions, each verified ------------------------------------------
  const outDir = mkdtempSync(join(tmpdir(), 'bench-changelog-'));
  const sizes = {};
  let ourOutputs = {};
  const changelogPath = join(repo.dir, 'CHANGELOG.md');
  const runOurs = async (extra = { nodeArgs: [], env: {} }) => {
    await git(repo.dir, ['checkout', '--', 'CHANGELOG.md']);
    check(readFileSync(changelogPath, 'utf8') === KEEP_A_CHANGELOG_HEADER, 'CHANGELOG.md was not reset to its committed header');
    const step = prepareActionStep({
      manifest: action.manifest,
      workspace: repo.dir,
      inputs: { regenerate: 'true', 'dry-run': 'false', 'repository-url': REPOSITORY_URL },
      extraEnv: extra.env,
    });
    try {
      const result = await runProcess(node24.path, [...extra.nodeArgs, action.manifest.main], { cwd: repo.dir, env: step.env });
      check(result.code === 0, `the action exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
      sizes.ours = checkVersions('changelog action', readFileSync(changelogPath, 'utf8'), versions);
      const head = await git(repo.dir, ['rev-parse', 'HEAD']);
      check(head === repo.head, `the action moved HEAD to ${head} (expected ${repo.head}): the bench needs the history unchanged`);
      ourOutputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
      sizes.summary = readFileSync(step.summaryPath).length;
      return result.seconds;
    } finally {
      step.cleanup();
    }
  };
  const cliffOut = join(outDir, 'git-cliff.md');
  const runCliff = async () => {
    rmSync(cliffOut, { force: true });
    const result = await runProcess(cliffBinary, ['--config', cliffConfig, '-o', cliffOut], { cwd: repo.dir, env: plainEnv(), capture: true });
    check(result.code === 0, `git-cliff exited ${result.code ?? result.signal}:\n${stripAnsi(result.stderr)}`);
    check(existsSync(cliffOut), `git-cliff wrote no ${cliffOut}`);
    sizes.cliff = checkVersions('git-cliff', readFileSync(cliffOut, 'utf8'), versions);
    return result.seconds;
  };
  const ccOut = join(outDir, 'conventional-changelog.md');
  const ccArgs = [ccCli, '-p', 'conventionalcommits', '-r', '0', '-k', ccPackageJson, '-o', ccOut];
  const runCc = async () => {
    rmSync(ccOut, { force: true });
    const result = await runProcess(peerNode.path, ccArgs, { cwd: repo.dir, env: plainEnv(), capture: true });
    check(result.code === 0, `conventional-changelog exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
    check(existsSync(ccOut), `conventional-changelog wrote no ${ccOut}`);
    sizes.cc = checkVersions('conventional-changelog', readFileSync(ccOut, 'utf8'), versions);
    return result.seconds;
  };

  const cases = [
    { key: 'cliff', label: 'git-cliff', runs: peerRuns, warmup, run: runCliff },
    { key: 'cc', label: 'conventional-changelog', runs: peerRuns, warmup, run: runCc },
  ];
  if (action.manifest) cases.unshift({ key: 'ours', label: 'changelog regenerate (dist, node24)', runs, warmup, run: () => runOurs() });
  log(`timing (warm-up ${warmup}, runs: ours ${runs}, peers ${peerRuns}; interleaved) ...`);
  let results;
  const peaks = [];
  try {
    results = await measureCases(cases, { log });
    // Peak memory: separate runs with the maxRSS preload, so timed runs stay exactly `node main`.
    for (let i = 0; action.manifest && i < rssRuns; i += 1) {
      const probe = peakRssProbe();
      const seconds = await runOurs(probe);
      const peak = probe.read();
      check(peak !== undefined, 'the action did not report its peak RSS');
      peaks.push(peak);
      log(`  peak RSS run ${i + 1}/${rssRuns}: ${peak.toFixed(1)} MB (${seconds.toFixed(3)} s)`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    if (action.manifest) await git(repo.dir, ['checkout', '--', 'CHANGELOG.md']);
  }

  // --- Report --------------------------------------------------------------------------
  const { ours, cliff, cc } = results;
  const ratio = (peer, of) => (ours ? peer[of] / ours[of] : NaN);
  const cliffRatio = ratio(cliff, 'median');
  const ccRatio = ratio(cc, 'median');
  const fmt = (value, digits = 2, unit = 'x') => (Number.isFinite(value) ? `${value.toFixed(digits)}${unit}` : 'n/a');
  const kib = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(0)} KiB`);
  const row = (label, s, note, bytes) => [label, s.runs, s.median.toFixed(3), s.min.toFixed(3), s.max.toFixed(3), kib(bytes), note];
  const peakMb = peaks.length > 0 ? Math.max(...peaks) : NaN;
  const lines = [
    formatTable(
      ['case', 'runs', 'median s', 'min s', 'max s', 'output', 'vs ours (median)'],
      [
        ours ? row('changelog regenerate (dist, node24)', ours, '1.00x', sizes.ours) : ['changelog regenerate (dist, node24)', 0, '-', '-', '-', '-', NOT_BUILT],
        row(`git-cliff ${GIT_CLIFF_VERSION} (keepachangelog)`, cliff, ours ? `${fmt(cliffRatio)} slower` : 'n/a', sizes.cliff),
        row(`conventional-changelog -p conventionalcommits -r 0`, cc, ours ? `${fmt(ccRatio)} slower` : 'n/a', sizes.cc),
      ],
    ),
    '',
    formatTable(
      ['measure', 'median-based', 'min-based', 'target'],
      [
        ['git-cliff / ours', fmt(cliffRatio), fmt(ratio(cliff, 'min')), `>= ${TARGET_CLIFF_RATIO}x`],
        ['conventional-changelog / ours', fmt(ccRatio), fmt(ratio(cc, 'min')), `>= ${TARGET_CC_RATIO}x`],
        ['ours peak RSS (node process)', fmt(peakMb, 1, ' MB'), peaks.length > 0 ? `median ${median(peaks).toFixed(1)} MB` : 'n/a', 'informational'],
      ],
    ),
    '',
    `history: ${COMMITS} commits, ${versions.length} annotated tags ${versions[0]} .. ${versions.at(-1)} every ${TAG_EVERY} commits ` +
      `(${unreleased} unreleased after the last), HEAD ${repo.head.slice(0, 12)} (${repo.dir})`,
    action.manifest
      ? `ours: ${action.manifest.main} (sha256 ${distHash}) under node ${node24.version}, INPUT_REGENERATE=true INPUT_DRY-RUN=false ` +
        `INPUT_REPOSITORY-URL=${REPOSITORY_URL}, other inputs at action.yml defaults; outputs ${Object.entries(ourOutputs).map(([name, value]) => (value.length > 40 || value.includes('\n') ? `${name}=<${value.length} chars>` : `${name}=${value}`)).join(' ')}; ` +
        `step summary ${kib(sizes.summary)}`
      : `ours: ${NOT_BUILT} (build it with \`node scripts/build-dist.mjs\`); peers measured only`,
    `git-cliff ${GIT_CLIFF_VERSION} (native binary): --config ${cliffConfig} (its keepachangelog preset) -o <file>`,
    `conventional-changelog-cli ${CC_CLI_VERSION} (conventional-changelog ${ccVersion}, conventional-changelog-conventionalcommits ${presetVersion}) ` +
      `under node ${peerNode.version}: ${ccArgs.slice(1).join(' ').replace(ccOut, '<file>')}`,
    `each run checked: exit 0 and a heading for all ${versions.length} versions in the written changelog; ` +
      `machine: node ${machineNode.version}; bench runner node ${process.version}; ${gitVersion}; ${platform()}-${arch()}`,
    ours
      ? `peak RSS is getrusage maxRSS of the action's node process (git children not included), max over ${rssRuns} extra run(s); MB = 2^20 bytes`
      : `peak RSS: not measured (${NOT_BUILT})`,
  ];
  const note = ours ? undefined : NOT_BUILT;
  const targets = [
    target({ name: 'git-cliff / ours (median time)', measured: cliffRatio, op: '>=', limit: TARGET_CLIFF_RATIO, unit: 'x', note }),
    target({ name: 'conventional-changelog / ours (median time)', measured: ccRatio, op: '>=', limit: TARGET_CC_RATIO, unit: 'x', note }),
  ];
  return { lines, targets };
}
