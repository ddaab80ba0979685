import { parseDocument } from 'yaml';
import type { PinTable } from './pin-table.js';
import { FULL_SHA, isRecord } from './workflow-model.js';
import type { WorkflowProblem } from './workflow-model.js';

/**
 * Rules for the two configuration templates that are not workflows: `.github/dependabot.yml` (zizmor's
 * dependabot-cooldown and dependabot-execution) and `.pre-commit-config.yaml` (zizmor's insecure-url-scheme, and
 * revisions frozen to commits that the pin table lists, which is what impostor-commit asks of pre-commit configs).
 */

/** zizmor's default minimum cooldown, in days. */
const MIN_COOLDOWN_DAYS = 7;

function parseConfig(text: string, path: string): Readonly<Record<string, unknown>> {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new Error(`${path}:${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0] ?? ''}`);
  const value: unknown = doc.toJS();
  if (!isRecord(value)) throw new Error(`${path}: not a mapping`);
  return value;
}

/** dependabot-cooldown (every updater waits at least 7 days) and dependabot-execution (never `allow`). */
export function checkDependabotConfig(text: string, path = 'dependabot.yml'): WorkflowProblem[] {
  const config = parseConfig(text, path);
  const problems: WorkflowProblem[] = [];
  if (config.version !== 2) problems.push({ rule: 'dependabot-config', where: 'version', message: 'Dependabot reads version: 2' });
  const updates = Array.isArray(config.updates) ? config.updates : [];
  if (updates.length === 0) problems.push({ rule: 'dependabot-config', where: 'updates', message: 'no updates configured' });
  updates.forEach((update: unknown, index) => {
    const where = `updates[${index}]`;
    if (!isRecord(update)) return;
    const days = isRecord(update.cooldown) ? update.cooldown['default-days'] : undefined;
    if (typeof days !== 'number' || days < MIN_COOLDOWN_DAYS) {
      problems.push({ rule: 'dependabot-cooldown', where, message: `set cooldown.default-days to ${MIN_COOLDOWN_DAYS} or more` });
    }
    if (update['insecure-external-code-execution'] === 'allow') {
      problems.push({ rule: 'dependabot-execution', where, message: 'insecure-external-code-execution: allow runs dependency code during updates' });
    }
  });
  return problems;
}

/**
 * insecure-url-scheme (every `repo:` is https), and frozen revisions: each remote repo's `rev:` is a commit SHA with
 * its tag in a `# frozen: vX` comment (as `pre-commit autoupdate --freeze` writes), listed in the pin table with the
 * hooks the config uses.
 */
export function checkPreCommitConfig(text: string, pins: PinTable, path = '.pre-commit-config.yaml'): WorkflowProblem[] {
  const config = parseConfig(text, path);
  const problems: WorkflowProblem[] = [];
  const lines = text.split(/\r?\n/);
  const repos = Array.isArray(config.repos) ? config.repos : [];
  repos.forEach((entry: unknown, index) => {
    const where = `repos[${index}]`;
    if (!isRecord(entry) || typeof entry.repo !== 'string') return;
    const repo = entry.repo;
    if (repo === 'local' || repo === 'meta') return;
    if (!repo.startsWith('https://')) problems.push({ rule: 'insecure-url-scheme', where, message: `${repo}: use https://` });
    const rev = typeof entry.rev === 'string' ? entry.rev : '';
    if (!FULL_SHA.test(rev)) {
      problems.push({ rule: 'pre-commit-rev', where, message: `rev ${rev} is not a commit SHA: run pre-commit autoupdate --freeze` });
      return;
    }
    const comment = /#\s*frozen:\s*(\S+)/.exec(lines.find((line) => line.includes(rev)) ?? '')?.[1];
    const pin = pins.preCommit.find((candidate) => candidate.repo === repo && candidate.sha === rev);
    if (!pin) {
      problems.push({ rule: 'pre-commit-rev', where, message: `${repo}@${rev} is not in workflows-templates/pins.json` });
      return;
    }
    if (comment !== pin.version) problems.push({ rule: 'pre-commit-rev', where, message: `${rev} is ${pin.version}, but the comment says ${comment ?? 'nothing'} (# frozen: ${pin.version})` });
    const hooks = Array.isArray(entry.hooks) ? entry.hooks : [];
    for (const hook of hooks) {
      const id = isRecord(hook) ? hook.id : undefined;
      if (typeof id === 'string' && !pin.hooks.includes(id)) problems.push({ rule: 'pre-commit-rev', where, message: `${repo}@${pin.version} has no hook '${id}'` });
    }
  });
  return problems;
}
