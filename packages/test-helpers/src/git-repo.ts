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
  /**
   * Adds one empty commit per message on top of HEAD with a single `git fast-import` stream
   * (tens of thousands in a second), dated one second apart after the last commit.
   */
  commitMany(messages: readonly string[]): void;
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

/** Options for {@link createTestRepo}. */
export interface TestRepoOptions {
  readonly prefix?: string;
  /**
   * Start as a copy of this repository (a local clone, without a remote), for tests that each
   * need their own copy of a history that is slow to make. Later commits are dated after its HEAD.
   */
  readonly from?: TestRepo;
}

/** Makes an empty repository on branch `main` in a new temp dir (or a copy of `options.from`). */
export function createTestRepo(options: TestRepoOptions = {}): TestRepo {
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
  if (options.from === undefined) {
    git('init', '--quiet', '--initial-branch=main');
  } else {
    git('clone', '--quiet', options.from.dir, '.');
    git('remote', 'remove', 'origin');
    tick = Math.ceil((Number(git('log', '-1', '--format=%ct')) - EPOCH) / 3600) + 1;
  }
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
    commitMany(messages) {
      tick++;
      const head = git('rev-parse', 'HEAD');
      const branch = git('symbolic-ref', 'HEAD');
      const chunks: Buffer[] = [];
      messages.forEach((message, index) => {
        const data = Buffer.from(message, 'utf8');
        const who = `Ada Lovelace <ada@example.com> ${EPOCH + tick * 3600 + index} +0000`;
        chunks.push(Buffer.from(`commit ${branch}\nauthor ${who}\ncommitter ${who}\ndata ${data.length}\n`), data);
        chunks.push(Buffer.from(index === 0 ? `\nfrom ${head}\n\n` : '\n\n'));
      });
      // glibc's malloc otherwise returns memory to the kernel after every commit: 160,000 brk calls
      // for 40,000 commits, 1 s of system time and 4-6 s of wall time; with 64 MiB of top pad, 0.7 s.
      const importEnv = { ...env(), MALLOC_TOP_PAD_: String(64 * 1024 * 1024) };
      execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, env: importEnv, input: Buffer.concat(chunks), stdio: ['pipe', 'pipe', 'pipe'] });
      // The commits are empty: the branch moved, and the index and working tree still match it.
      tick += Math.ceil(messages.length / 3600);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
