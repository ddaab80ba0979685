import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GitError, ReleaseError, formatError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import { refExists } from '../git/read-history.js';
import { authEnvironment } from '../git/auth-environment.js';
import type { ReleaseState } from './read-release-state.js';
import type { VersionBumpPlan } from './plan-version-bump.js';
import type { VersionBumpSettings } from './version-bump-settings.js';
import { fillTemplate } from './version-bump-settings.js';
import { UndoLog, describeRollback } from './rollback.js';

/** What apply needs from the run's context. */
export interface ApplyContext {
  /** GITHUB_SERVER_URL: the push credential is scoped to this host only. */
  readonly serverUrl: string;
  readonly remote: string;
}

/** What apply did, for the outputs and the summary. */
export interface ApplyResult {
  readonly filesWritten: readonly string[];
  readonly commit: string | undefined;
  readonly branchCreated: string | undefined;
  readonly tagCreated: string | undefined;
  readonly pushed: readonly string[];
}

// The identity GitHub's own bot commits as, for runners where git has none configured.
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/**
 * Carries out a plan: branch, files, commit, tag, push, in that order. Every check that can
 * fail runs first; if a later step still fails, what was done is undone in reverse, so the
 * working tree, branches and tags are left as they were, and the error says so, or says exactly
 * what could not be undone.
 */
export async function applyVersionBump(
  git: GitClient,
  state: ReleaseState,
  plan: VersionBumpPlan,
  settings: VersionBumpSettings,
  context: ApplyContext,
): Promise<ApplyResult> {
  if (plan.skipped) return { filesWritten: [], commit: undefined, branchCreated: undefined, tagCreated: undefined, pushed: [] };
  const auth = settings.push ? authEnvironment(settings.token, context.serverUrl) : {};
  await checkNothingIsOverwritten(git, state, plan, settings, context, auth);

  const undo = new UndoLog();
  const result = {
    filesWritten: [] as string[],
    commit: undefined as string | undefined,
    branchCreated: undefined as string | undefined,
    tagCreated: undefined as string | undefined,
    pushed: [] as string[],
  };
  try {
    if (plan.releaseBranch) {
      const branch = plan.releaseBranch;
      await git.run(['switch', '--quiet', '--create', branch]);
      // Undone in reverse: back to the starting point first, then the branch deleted. HEAD is moved
      // without checking anything out: by then the files and the index are as they were, and a
      // checkout would need the index lock that may be what stopped the run (a stale index.lock).
      undo.add(`the branch ${branch} still exists`, () => git.run(['branch', '--quiet', '-D', '--', branch]));
      undo.add(
        `HEAD is still on the branch ${branch}, not ${state.branch ? `on ${state.branch}` : `at ${state.head.slice(0, 7)}`}`,
        () => (state.branch ? git.run(['symbolic-ref', 'HEAD', `refs/heads/${state.branch}`]) : git.run(['update-ref', '--no-deref', 'HEAD', state.head])),
      );
      result.branchCreated = branch;
    }
    for (const edit of plan.edits) {
      const full = edit.location.real;
      undo.add(
        edit.created ? `${edit.path} was created and is still there` : `${edit.path} still has the new version`,
        () => (edit.created ? rm(full, { force: true }) : writeFile(full, edit.before)),
      );
      if (edit.created) await mkdir(dirname(full), { recursive: true });
      await writeFile(full, edit.after);
      result.filesWritten.push(edit.path);
    }
    const identity = await commitIdentity(git);
    if (settings.commit && plan.edits.length > 0) {
      const message = fillTemplate(settings.commitMessage, plan.templateValues);
      const paths = plan.edits.map((edit) => edit.location.relative);
      await git.run(['add', '--', ...paths]);
      undo.add('the version files are still staged', () => git.run(['reset', '--quiet', state.head, '--', ...paths]));
      await git.run([...identity, 'commit', '--quiet', '--no-verify', '-m', message, '--', ...paths]);
      undo.add('the release commit is still on the branch', () => git.run(['reset', '--quiet', '--soft', state.head]));
      result.commit = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    if (settings.tag) {
      await git.run([...identity, 'tag', '--annotate', '--no-sign', '-m', `Release ${plan.version}`, '--', plan.tag]);
      undo.add(`the tag ${plan.tag} still exists`, () => git.run(['tag', '--delete', '--', plan.tag]));
      result.tagCreated = plan.tag;
    }
    if (settings.push) {
      const refspecs: string[] = [];
      if (result.branchCreated) refspecs.push(`refs/heads/${result.branchCreated}:refs/heads/${result.branchCreated}`);
      else if (result.commit && state.branch) refspecs.push(`HEAD:refs/heads/${state.branch}`);
      if (result.tagCreated) refspecs.push(`refs/tags/${result.tagCreated}:refs/tags/${result.tagCreated}`);
      if (refspecs.length > 0) {
        // --atomic: the branch and the tag land together or not at all.
        await git.run(['push', '--quiet', '--atomic', '--porcelain', context.remote, ...refspecs], { env: auth });
        result.pushed = refspecs.map((spec) => spec.slice(spec.indexOf(':') + 1));
      }
    }
  } catch (error) {
    const failures = await undo.rollback();
    const start = state.branch ? `HEAD is on ${state.branch}` : `HEAD is at ${state.head.slice(0, 7)}`;
    throw new ReleaseError(`${formatError(error)}\n${describeRollback(failures, `${start} as before, and the files are as they were`)}`, { cause: error });
  }
  return result;
}

async function checkNothingIsOverwritten(
  git: GitClient,
  state: ReleaseState,
  plan: VersionBumpPlan,
  settings: VersionBumpSettings,
  context: ApplyContext,
  auth: Readonly<Record<string, string>>,
): Promise<void> {
  if (settings.tag && (await refExists(git, `refs/tags/${plan.tag}`))) {
    throw new ReleaseError(`The tag ${plan.tag} already exists in this repository; it is never moved or overwritten.`);
  }
  if (plan.releaseBranch) {
    const check = await git.run(['check-ref-format', '--branch', plan.releaseBranch], { allowFailure: true });
    if (check.exitCode !== 0) throw new ReleaseError(`release-branch gives '${plan.releaseBranch}', which is not a valid branch name.`);
    if (await refExists(git, `refs/heads/${plan.releaseBranch}`)) {
      throw new ReleaseError(`The branch ${plan.releaseBranch} already exists in this repository; it is never overwritten.`);
    }
  }
  if (settings.push) {
    if (settings.commit && !plan.releaseBranch && !state.branch) {
      throw new ReleaseError('push: HEAD is detached, so there is no branch to push the release commit to; set release-branch.');
    }
    const refs = [
      ...(settings.tag ? [`refs/tags/${plan.tag}`] : []),
      ...(plan.releaseBranch ? [`refs/heads/${plan.releaseBranch}`] : []),
    ];
    if (refs.length === 0) return;
    let remote;
    try {
      remote = await git.run(['ls-remote', context.remote, ...refs], { env: auth });
    } catch (error) {
      if (error instanceof GitError) throw new ReleaseError(`Could not reach the remote '${context.remote}' to check before pushing: ${error.stderr.trim()}`);
      throw error;
    }
    const existing = remote.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[1]);
    if (existing.length > 0) {
      throw new ReleaseError(`Already on the remote '${context.remote}', never overwritten: ${existing.join(', ')}.`);
    }
  }
}

/** `-c user.name/-c user.email` for the bot when git has no identity (a fresh GitHub runner). */
async function commitIdentity(git: GitClient): Promise<string[]> {
  const name = await git.run(['config', 'user.name'], { allowFailure: true });
  const email = await git.run(['config', 'user.email'], { allowFailure: true });
  if (name.stdout.trim() !== '' && email.stdout.trim() !== '') return [];
  return ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`];
}
