import { execFile } from 'node:child_process';
import { OpsError } from '@ops-actions/core';
import type { OwnPin } from './plan-init.js';

/** The ref given to `init --ref` could not be turned into a commit of ops-actions with a version tag. */
export class OwnPinError extends OpsError {
  override name = 'OwnPinError';
  constructor(
    readonly ref: string,
    readonly repository: string,
    reason: string,
  ) {
    super(`Cannot pin ops-actions to '${ref}': ${reason}. Name a release tag of ${repository} (--ref v1.4.2), or pass --no-pin to keep '@${ref}' as written.`);
  }
}

const FULL_SHA = /^[0-9a-f]{40}$/;
const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?$/;

/**
 * The commit `ref` names among the tags `git ls-remote <repository> 'refs/tags/*'` printed, and the version written
 * beside it: the most specific release tag at that commit (v1 at the same commit as v1.4.2 is written `# v1.4.2`,
 * so that the comment says which release it is and Dependabot can update it). A SHA must carry such a tag too.
 * Pure: `listing` is git's output.
 */
export function chooseOwnPin(listing: string, ref: string, repository: string): OwnPin {
  const tags = new Map<string, string>();
  for (const line of listing.split('\n')) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha === undefined || name === undefined || !name.startsWith('refs/tags/')) continue;
    const tag = name.slice('refs/tags/'.length);
    // An annotated tag is listed twice: the tag object, then the commit it points at (^{}), which wins.
    if (tag.endsWith('^{}')) tags.set(tag.slice(0, -3), sha);
    else if (!tags.has(tag)) tags.set(tag, sha);
  }
  const sha = FULL_SHA.test(ref) ? ref : tags.get(ref);
  if (sha === undefined) throw new OwnPinError(ref, repository, `${repository} has no tag '${ref}'`);
  const versions = [...tags].filter(([tag, commit]) => commit === sha && VERSION_TAG.test(tag)).map(([tag]) => tag);
  const version = versions.sort((a, b) => b.split('.').length - a.split('.').length || Number(b === ref) - Number(a === ref))[0];
  if (version === undefined) throw new OwnPinError(ref, repository, `no release tag of ${repository} points at ${sha}`);
  return { sha, version };
}

/** Asks `repository` (a URL or a path) for its tags, and chooses the pin of `ref` among them. */
export async function resolveOwnPin(repository: string, ref: string, env: NodeJS.ProcessEnv): Promise<OwnPin> {
  const listing = await new Promise<string>((resolve, reject) => {
    execFile('git', ['ls-remote', repository, 'refs/tags/*'], { env: { ...env, GIT_TERMINAL_PROMPT: '0' }, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new OwnPinError(ref, repository, `git ls-remote failed: ${stderr.trim().split('\n').at(-1) ?? error.message}`));
    });
  });
  return chooseOwnPin(listing, ref, repository);
}
