import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Small real actions for the runner tests: plain ESM files without dependencies that speak the
 * runner protocol by hand (INPUT_ variables, heredoc GITHUB_OUTPUT entries, workflow commands),
 * so the tests exercise the runner and nothing else.
 */

const WRITE_HELPERS = `
import { appendFileSync } from 'node:fs';
const put = (file, name, value) => {
  const delimiter = 'ghadelimiter_' + Math.random().toString(16).slice(2);
  appendFileSync(process.env[file], name + '<<' + delimiter + '\\n' + value + '\\n' + delimiter + '\\n');
};
`;

/** Declares inputs of every kind and reports what it was given as outputs and a summary. */
export const ECHO_ACTION = {
  'action.yml': `name: Echo inputs
description: Reports its inputs and context.
inputs:
  release-type:
    description: major, minor or patch
    default: patch
  token:
    default: \${{ github.token }}
  workspace-dir:
    default: \${{ github.workspace }}
  tag-prefix:
    default: v-\${{ runner.os }}-\${{ github.repository }}
  dry run:
    default: false
  version:
    default: 1.10
  needed:
    required: true
  old-name:
    deprecationMessage: use release-type
outputs:
  inputs:
    description: the INPUT_ variables as JSON
runs:
  using: node24
  main: dist/index.js
`,
  'dist/index.js': `${WRITE_HELPERS}
const pick = (test) => JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([name]) => test(name)).sort()));
put('GITHUB_OUTPUT', 'inputs', pick((name) => name.startsWith('INPUT_')));
put('GITHUB_OUTPUT', 'context', pick((name) => /^(GITHUB|RUNNER)_|^CI$/.test(name)));
put('GITHUB_OUTPUT', 'multi', 'line one\\nline two');
put('GITHUB_OUTPUT', 'node-version', process.version);
appendFileSync(process.env.GITHUB_OUTPUT, 'simple=hello=world\\r\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## Release\\n\\n| input | value |\\n| --- | ---: |\\n| release-type | ' + process.env['INPUT_RELEASE-TYPE'] + ' |\\n\\n- **dry run**: ' + process.env.INPUT_DRY_RUN + '\\n');
console.log('released ' + process.env['INPUT_RELEASE-TYPE']);
`,
};

/**
 * pre → main → post: pre saves state, sets an env variable and a PATH entry; main reads them,
 * masks a secret, raises annotations and exits with the `exit-code` input; post reports what
 * it saw. `postIf` sets `post-if`.
 */
export function lifecycleAction(postIf?: string): Record<string, string> {
  return {
    'action.yml': `name: Lifecycle
inputs:
  exit-code:
    default: '0'
runs:
  using: node20
  pre: dist/pre.js
  main: dist/main.js
  post: dist/post.js
${postIf === undefined ? '' : `  post-if: ${postIf}\n`}`,
    'dist/pre.js': `${WRITE_HELPERS}
put('GITHUB_STATE', 'started', 'yes');
appendFileSync(process.env.GITHUB_ENV, 'FROM_PRE=pre value\\n');
put('GITHUB_ENV', 'MULTI_ENV', 'a\\nb');
appendFileSync(process.env.GITHUB_PATH, process.env.RUNNER_TEMP + '/pre-bin\\n');
console.log('pre ran');
`,
    'dist/main.js': `${WRITE_HELPERS}
const firstPath = process.env.PATH.split(process.platform === 'win32' ? ';' : ':')[0];
put('GITHUB_OUTPUT', 'seen', JSON.stringify({ started: process.env.STATE_started, fromPre: process.env.FROM_PRE, multi: process.env.MULTI_ENV, firstPath }));
put('GITHUB_STATE', 'cleanup', 'from main');
console.log('::add-mask::s3cret/value');
console.log('the secret is s3cret/value, encoded s3cret%2Fvalue');
console.log('::group::Setup');
console.log('inside the group');
console.log('::endgroup::');
console.log('::error file=src/app.py,line=3,title=Bad thing::went wrong%0Asecond line with s3cret/value');
console.log('::warning::careful%25 here');
console.log('::debug::only when debugging');
console.log('::stop-commands::pause-123');
console.log('::error::not a command while stopped');
console.log('::pause-123::');
console.log('::unknown-command::printed as is');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'main summary with s3cret/value\\n');
process.exitCode = Number(process.env['INPUT_EXIT-CODE']);
`,
    'dist/post.js': `${WRITE_HELPERS}
put('GITHUB_OUTPUT', 'post-saw', process.env.STATE_started + ',' + process.env.STATE_cleanup);
appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'post summary\\n');
console.log('post ran');
console.error('::notice title=FYI::from stderr');
`,
  };
}

/** Writes an action's files into a fresh temporary directory and returns it. */
export async function writeFixtureAction(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ops-actions-fixture-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** A fresh empty directory, for a workspace. */
export function makeTempDir(prefix = 'ops-actions-workspace-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes directories the tests made. */
export async function removeDirs(dirs: readonly string[]): Promise<void> {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A small environment without the caller's GITHUB_* and CI variables, so runs are the same everywhere. */
export function hermeticEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'SystemRoot', 'TEMP', 'TMP', 'TMPDIR'];
  return Object.fromEntries(keep.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]]));
}

/** Makes `dir` a git repository on branch `feature/x` with one commit at a fixed date; returns the commit. */
export function makeGitRepo(dir: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z' };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'feature/x');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '--allow-empty', '-m', 'feat: start');
  return git('rev-parse', 'HEAD');
}
