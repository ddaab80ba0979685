import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpsError } from '@ops-actions/core';

/** An `<action>` argument that names no action; `known` lists the actions under actions/. */
export class ActionNotFoundError extends OpsError {
  override name = 'ActionNotFoundError';
  constructor(
    readonly action: string,
    readonly actionsDir: string,
    readonly known: readonly string[],
  ) {
    const hint = known.length > 0 ? `; the actions in ${actionsDir} are: ${known.join(', ')}` : '';
    super(`No action '${action}': not a name under actions/, nor a directory with action.yml${hint}.`);
  }
}

/** The repository root: this file is packages/cli/src/resolve-action-dir.ts. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The actions/ directories that hold an action.yml, sorted by name. */
export function listRepoActions(root: string = REPO_ROOT): string[] {
  const actionsDir = join(root, 'actions');
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir)
    .filter((name) => hasManifest(join(actionsDir, name)))
    .sort();
}

/**
 * Turns the `<action>` argument into a directory: a bare name under `<root>/actions/` wins,
 * otherwise a path (relative to `cwd`) to a directory with action.yml. An unknown name fails
 * with the list of actions there are.
 */
export function resolveActionDir(action: string, cwd: string, root: string = REPO_ROOT): string {
  if (!/[\\/]/.test(action) && action !== '.' && action !== '..' && hasManifest(join(root, 'actions', action))) {
    return join(root, 'actions', action);
  }
  const path = resolve(cwd, action);
  if (hasManifest(path)) return path;
  throw new ActionNotFoundError(action, join(root, 'actions'), listRepoActions(root));
}

function hasManifest(dir: string): boolean {
  return ['action.yml', 'action.yaml'].some((file) => {
    const path = join(dir, file);
    return existsSync(path) && statSync(path).isFile();
  });
}
