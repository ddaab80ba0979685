import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestRepo, startFakeGitHub, startGitHttpServer } from '../../../test-helpers/src/index.js';
import type { FakeGitHub, GitHttpServer, TestRepo } from '../../../test-helpers/src/index.js';

/**
 * A repository as a release workflow meets it on GitHub, made of real parts: a bare git repository served by
 * `git http-backend` behind token auth (the `origin` of every checkout), the fake GitHub REST API on 127.0.0.1 for
 * releases and pull requests, and fresh checkouts as actions/checkout makes them (one per job attempt, without
 * persisted credentials).
 */

export const OWNER = 'octo';
export const REPOSITORY = `${OWNER}/app`;
export const TOKEN = 'ghs_release_test_token';

export interface ReleaseRemote {
  /** The developer's clone the history was made in. */
  readonly work: TestRepo;
  readonly bare: string;
  readonly git: GitHttpServer;
  readonly github: FakeGitHub;
  /** The environment the runner gives every step. */
  runner(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /**
   * A fresh checkout of `sha` on `branch`, as actions/checkout with fetch-depth: 0 and persist-credentials: false
   * leaves it. Asynchronous: the git server runs in this process, so a blocking git call would never be answered.
   */
  checkout(sha: string, branch: string): Promise<string>;
  /** Runs git in the bare repository (what GitHub has). */
  remote(...args: string[]): string;
  /** Someone else's commit on `branch`, pushed straight to the bare repository; returns its hash. */
  pushCommit(branch: string, message: string, files: Readonly<Record<string, string>>): string;
  /** A pre-receive hook refusing pushes to `ref` (every time, or the next `times` pushes), as branch protection does. */
  protect(ref: string, times?: number): void;
  close(): Promise<void>;
}

export async function createReleaseRemote(build: (work: TestRepo) => void): Promise<ReleaseRemote> {
  const work = createTestRepo({ prefix: 'ops-actions-release-' });
  build(work);
  const root = mkdtempSync(join(tmpdir(), 'ops-actions-remote-'));
  const bare = join(root, `${REPOSITORY}.git`);
  mkdirSync(join(root, OWNER), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', work.dir, bare]);
  // Only what was pushed: no remote-tracking refs of the developer's clone.
  execFileSync('git', ['-C', bare, 'config', 'http.receivepack', 'true']);
  const git = await startGitHttpServer(root, TOKEN);
  const remoteGit = (...args: string[]): string => execFileSync('git', ['-C', bare, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const github = await startFakeGitHub({
    repository: REPOSITORY,
    tokens: { [TOKEN]: 'write' },
    hasCommits: (base, head) => remoteGit('rev-list', '--count', `refs/heads/${base}..refs/heads/${head}`) !== '0',
  });
  const home = mkdtempSync(join(tmpdir(), 'ops-actions-runner-home-'));
  writeFileSync(join(home, '.gitconfig'), '[init]\n\tdefaultBranch = main\n');
  const checkouts: string[] = [root, home];
  const hooks: string[] = [];
  const runner = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0',
    GITHUB_SERVER_URL: git.url,
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: OWNER,
    ...extra,
  });
  return {
    work,
    bare,
    git,
    github,
    runner,
    remote: remoteGit,
    pushCommit(branch, message, files) {
      const other = createTestRepo({ prefix: 'ops-actions-other-' });
      try {
        other.git('remote', 'add', 'origin', bare);
        other.git('fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
        other.git('checkout', '--quiet', '-B', branch, `origin/${branch}`);
        const commit = other.commit({ message, files });
        other.git('push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
        return commit;
      } finally {
        other.remove();
      }
    },
    async checkout(sha, branch) {
      const dir = mkdtempSync(join(tmpdir(), 'ops-actions-checkout-'));
      checkouts.push(dir);
      const env = runner();
      const run = async (...args: string[]): Promise<void> => {
        await run_(args, dir, env);
      };
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
      await run('init', '--quiet');
      await run('remote', 'add', 'origin', `${git.url}/${REPOSITORY}.git`);
      // actions/checkout fetches with the token as a header for this command only when persist-credentials is false.
      await run('-c', `http.extraheader=${header}`, 'fetch', '--quiet', '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
      await run('checkout', '--quiet', '--force', '-B', branch, sha);
      return dir;
    },
    protect(ref, times) {
      const hook = join(bare, 'hooks', 'pre-receive');
      const counter = join(bare, 'hooks', `refuse-${ref.replace(/\W/g, '-')}`);
      if (times !== undefined) writeFileSync(counter, `${times}\n`);
      hooks.push(`refuse "${ref}" "${times === undefined ? '' : counter}"`);
      writeFileSync(
        hook,
        `#!/bin/sh
# Refuses updates of protected refs, as GitHub's branch protection does ("protected branch hook declined").
refs=$(cat)
refuse() {
  echo "$refs" | grep -qx ".* $1" || return 0
  if [ -n "$2" ]; then
    left=$(cat "$2")
    [ "$left" -gt 0 ] || return 0
    echo $((left - 1)) > "$2"
  fi
  echo "error: GH006: Protected branch update failed for $1." >&2
  exit 1
}
${hooks.join('\n')}
exit 0
`,
      );
      chmodSync(hook, 0o755);
    },
    async close() {
      await git.close();
      await github.close();
      work.remove();
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const execFileAsync = promisify(execFile);
function run_(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  return execFileAsync('git', args, { cwd, env });
}

/** Copies `files` (name → content) into `dir/dist`, as download-artifact leaves them. */
export function writeDist(dir: string, files: Readonly<Record<string, string>>): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'dist', name), content);
}

