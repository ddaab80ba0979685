import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** One commit of a scripted history. */
export interface CommitSpec {
  readonly message: string;
  /** Files to write before committing (path → content); by default one file changes. */
  readonly files?: Readonly<Record<string, string>>;
  /** Lightweight tags would not do: releases are annotated tags, as version-bump makes them. */
  readonly tag?: string;
}

/** A throwaway repository made with the real git binary, with fixed identities and dates. */
export interface TestRepo {
  readonly dir: string;
  /** Runs git in the repository and returns trimmed stdout. */
  git(...args: string[]): string;
  /** Commits the given files (or a counter file) and returns the new hash. */
  commit(spec: CommitSpec | string): string;
  write(path: string, content: string): void;
  remove(): void;
}

const EPOCH = 1_704_067_200; // 2024-01-01T00:00:00Z: fixed so hashes and dates are stable.

/** Environment for git with no user or system config, so the machine's settings cannot leak in. */
export function isolatedGitEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    ...extra,
  };
}

/** Makes an empty repository on branch `main` in a new temp dir. */
export function createTestRepo(options: { readonly prefix?: string } = {}): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'ops-actions-repo-'));
  const home = mkdtempSync(join(tmpdir(), 'ops-actions-home-'));
  writeFileSync(join(home, '.gitconfig'), '[init]\n\tdefaultBranch = main\n[tag]\n\tgpgSign = false\n[commit]\n\tgpgSign = false\n');
  let tick = 0;
  const env = (): NodeJS.ProcessEnv => {
    const date = `@${EPOCH + tick * 3600} +0000`;
    return isolatedGitEnv(home, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const write = (path: string, content: string): void => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    write,
    commit(spec) {
      const commit = typeof spec === 'string' ? { message: spec } : spec;
      tick++;
      const files = commit.files ?? { 'history.txt': `change ${tick}\n` };
      for (const [path, content] of Object.entries(files)) write(path, content);
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '--cleanup=verbatim', '-m', commit.message);
      if (commit.tag) git('tag', '--annotate', commit.tag, '-m', `Release ${commit.tag}`);
      return git('rev-parse', 'HEAD');
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
