// The version-bump action on a generated 100,000-commit history with no tags, run as the
// GitHub runner runs it (node24, INPUT_* from action.yml defaults, dry-run), against
// `git-cliff --bumped-version` and a bare `git log --format=%B` on the same repository.
//
// Targets: git-cliff / ours >= 30, ours / git log <= 1.5 (issue 8; medians of the same run), and
// the action's peak RSS < 300 MB.
//
// Environment: BENCH_RUNS (measured runs of every case; default 5, git-cliff 3),
// BENCH_WARMUP (default 1), BENCH_RSS_RUNS (extra runs for peak memory; default 2),
// BENCH_NODE24 (path of a Node 24 binary; default the root's node-<os>-<arch> package).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { ensureHistoryRepo } from './lib/history.mjs';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases, median } from './lib/timing.mjs';
import { GIT_CLIFF_VERSION, ensureGitCliff, findMachineNode, findNode24, toolVersion } from './lib/tools.mjs';

const COMMITS = 100_000;
const TARGET_CLIFF_RATIO = 30;
const TARGET_GIT_LOG_RATIO = 1.5;
const TARGET_PEAK_MB = 300;

// The exact record format packages/core/src/git/read-history.ts asks git for.
const OUR_LOG_FORMAT = '--format=%H\x1f%P\x1f%B\x1e';

// Minimal conventional configuration, so that no user or project cliff.toml changes what is
// measured. `-v` makes git-cliff log how many commits it processed, which the bench checks.
const CLIFF_CONFIG = `# Written by bench/version-bump.bench.mjs: minimal Conventional Commits setup.
[changelog]
body = "{% for commit in commits %}{{ commit.message }}\\n{% endfor %}"

[git]
conventional_commits = true
filter_unconventional = false
filter_commits = false

[bump]
features_always_bump_minor = true
breaking_always_bump_major = true
initial_tag = "0.1.0"
`;

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function plainEnv() {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
}

export default {
  name: 'version-bump',
  description: 'version-bump dry-run vs git-cliff --bumped-version vs git log on 100k commits',
  async run({ root, log }) {
    const runs = envCount('BENCH_RUNS', 5);
    const cliffRuns = process.env.BENCH_RUNS ? runs : 3;
    const warmup = envCount('BENCH_WARMUP', 1);
    const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 2));
    check(runs >= 1, 'BENCH_RUNS must be at least 1');

    // --- Setup: history, tools, action ------------------------------------------------
    const repo = await ensureHistoryRepo({ root, name: 'history-100k', commits: COMMITS, log });
    log(`repository: ${repo.dir} (${repo.cached ? 'cached' : 'generated'}, HEAD ${repo.head.slice(0, 12)}, no tags)`);

    const { binary: cliffBinary, version: cliffVersion } = await ensureGitCliff({ root, log });
    const configDir = join(root, '.bench', 'config');
    mkdirSync(configDir, { recursive: true });
    const cliffConfig = join(configDir, 'cliff-version-bump.toml');
    writeFileSync(cliffConfig, CLIFF_CONFIG);

    const node24 = await findNode24(root);
    const manifest = readActionManifest(join(root, 'actions', 'version-bump', 'action.yml'));
    check(manifest.using === 'node24', `action.yml runs.using is '${manifest.using}', the bench expects node24`);
    check(existsSync(manifest.main), `${manifest.main} is missing: build it with \`node scripts/build-dist.mjs\``);
    const distHash = createHash('sha256').update(readFileSync(manifest.main)).digest('hex').slice(0, 12);
    const gitVersion = await toolVersion('git');
    const machineNode = await findMachineNode();
    log(`node (machine): ${machineNode.version} (${machineNode.path}); bench runner ${process.version}; node24: ${node24.version} (${node24.path}); ${gitVersion}; ${cliffVersion}`);

    // --- The measured executions, each verified ------------------------------------------
    let ourOutputs;
    let summaryBytes = 0;
    const runOurs = async (extra = { nodeArgs: [], env: {} }) => {
      const step = prepareActionStep({ manifest, workspace: repo.dir, inputs: { 'dry-run': 'true' }, extraEnv: extra.env });
      try {
        const result = await runProcess(node24.path, [...extra.nodeArgs, manifest.main], { cwd: repo.dir, env: step.env });
        check(result.code === 0, `the action exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
        const outputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
        check(outputs.version, `the action set no version output (outputs: ${JSON.stringify(outputs)})`);
        check(
          outputs['commit-count'] === String(COMMITS),
          `the action counted ${outputs['commit-count']} commits, expected ${COMMITS}`,
        );
        summaryBytes = readFileSync(step.summaryPath).length;
        check(summaryBytes > 0, 'the action wrote no step summary');
        ourOutputs = outputs;
        return result.seconds;
      } finally {
        step.cleanup();
      }
    };
    const runGitLog = (format) => async () => {
      const result = await runProcess('git', ['log', format], { cwd: repo.dir, env: plainEnv(), stdout: 'drain' });
      check(result.code === 0, `git log ${format} exited ${result.code}: ${result.stderr}`);
      check(result.bytes > COMMITS * 10, `git log ${format} printed only ${result.bytes} bytes`);
      return result.seconds;
    };
    let cliffOutput;
    const runCliff = async () => {
      const result = await runProcess(cliffBinary, ['--config', cliffConfig, '--bumped-version', '-v'], {
        cwd: repo.dir,
        env: { ...plainEnv(), NO_COLOR: '1' },
        capture: true,
      });
      const stderr = stripAnsi(result.stderr);
      check(result.code === 0, `git-cliff exited ${result.code ?? result.signal}:\n${stderr}`);
      cliffOutput = result.stdout.trim();
      check(/^v?\d+\.\d+\.\d+/.test(cliffOutput), `git-cliff printed '${cliffOutput}', not a version`);
      const processed = /Processed (\d+) commit\(s\)/.exec(stderr);
      check(processed && Number(processed[1]) === COMMITS, `git-cliff did not report processing ${COMMITS} commits:\n${stderr}`);
      return result.seconds;
    };

    log(`timing (warm-up ${warmup}, runs: ours/git log ${runs}, git-cliff ${cliffRuns}; interleaved) ...`);
    const results = await measureCases(
      [
        { key: 'gitLog', label: 'git log --format=%B', runs, warmup, run: runGitLog('--format=%B') },
        { key: 'ours', label: 'version-bump (dist, node24)', runs, warmup, run: () => runOurs() },
        { key: 'gitLogOurs', label: 'git log (our format)', runs, warmup, run: runGitLog(OUR_LOG_FORMAT) },
        { key: 'cliff', label: 'git-cliff --bumped-version', runs: cliffRuns, warmup, run: runCliff },
      ],
      { log },
    );

    // Peak memory: separate runs with the maxRSS preload, so timed runs stay exactly `node main`.
    const peaks = [];
    for (let i = 0; i < rssRuns; i += 1) {
      const probe = peakRssProbe();
      const seconds = await runOurs(probe);
      const peak = probe.read();
      check(peak !== undefined, 'the action did not report its peak RSS');
      peaks.push(peak);
      log(`  peak RSS run ${i + 1}/${rssRuns}: ${peak.toFixed(1)} MB (${seconds.toFixed(3)} s)`);
    }
    const peakMb = Math.max(...peaks);

    // --- Report --------------------------------------------------------------------------
    const { ours, gitLog, gitLogOurs, cliff } = results;
    const cliffRatio = cliff.median / ours.median;
    const gitLogRatio = ours.median / gitLog.median;
    const roundRatios = ours.samples.map((seconds, round) => seconds / gitLog.samples[round]);
    const row = (label, s, note) => [label, s.runs, s.median.toFixed(3), s.min.toFixed(3), s.max.toFixed(3), note];
    const lines = [
      formatTable(
        ['case', 'runs', 'median s', 'min s', 'max s', 'vs ours (median)'],
        [
          row('version-bump dry-run (dist, node24)', ours, '1.00x'),
          row('git-cliff --bumped-version', cliff, `${cliffRatio.toFixed(2)}x slower`),
          row('git log --format=%B', gitLog, `ours is ${gitLogRatio.toFixed(2)}x`),
          row('git log --format=%H%x1f%P%x1f%B%x1e', gitLogOurs, `ours is ${(ours.median / gitLogOurs.median).toFixed(2)}x`),
        ],
      ),
      '',
      formatTable(
        ['measure', 'median-based', 'min-based', 'target'],
        [
          ['git-cliff / ours', `${cliffRatio.toFixed(2)}x`, `${(cliff.min / ours.min).toFixed(2)}x`, `>= ${TARGET_CLIFF_RATIO}x`],
          ['ours / git log %B', `${gitLogRatio.toFixed(2)}x`, `${(ours.min / gitLog.min).toFixed(2)}x`, `<= ${TARGET_GIT_LOG_RATIO}x`],
          ['ours peak RSS (node process)', `${peakMb.toFixed(1)} MB`, `median ${median(peaks).toFixed(1)} MB`, `< ${TARGET_PEAK_MB} MB`],
        ],
      ),
      '',
      `ours / git log %B round by round (each round runs git log, then ours): ${roundRatios.map((r) => r.toFixed(2)).join(' ')}; ` +
        `median ${median(roundRatios).toFixed(2)}x`,
      `history: ${COMMITS} commits, no tags, HEAD ${repo.head.slice(0, 12)} (${repo.dir})`,
      `ours: ${manifest.main} (sha256 ${distHash}) under node ${node24.version}; outputs version=${ourOutputs.version} ` +
        `bump=${ourOutputs.bump} commit-count=${ourOutputs['commit-count']} non-conventional-count=${ourOutputs['non-conventional-count']}; step summary ${(summaryBytes / 1024).toFixed(0)} KiB`,
      `git-cliff ${GIT_CLIFF_VERSION} (native binary, --config ${cliffConfig}): printed ${cliffOutput} ` +
        '(with no tags it prints its initial_tag, after processing every commit)',
      `machine: node ${machineNode.version} (${machineNode.path}); bench runner node ${process.version}; ${gitVersion}; ${platform()}-${arch()}`,
      'peak RSS is getrusage maxRSS of the action\'s node process (git children not included), max over ' +
        `${rssRuns} extra run(s) with --import ${'bench/lib/maxrss-preload.mjs'}; MB = 2^20 bytes`,
    ];
    const targets = [
      target({ name: 'git-cliff / ours (median time)', measured: cliffRatio, op: '>=', limit: TARGET_CLIFF_RATIO, unit: 'x' }),
      target({ name: 'ours / git log --format=%B (median time)', measured: gitLogRatio, op: '<=', limit: TARGET_GIT_LOG_RATIO, unit: 'x' }),
      target({ name: 'ours peak RSS', measured: peakMb, op: '<', limit: TARGET_PEAK_MB, unit: ' MB', digits: 1 }),
    ];
    return { lines, targets };
  },
};
