import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import {
  isNormalJob,
  isRecord,
  listExpressions,
  listJobs,
  listSteps,
  listStrings,
  listTriggers,
  parseRepositoryUses,
  stepInputs,
  stepUses,
} from './workflow-model.js';
import type { Job, Step, Workflow, WorkflowProblem } from './workflow-model.js';

/**
 * zizmor's audits for the `auditor` persona (which reports every finding, pedantic ones included), written as our
 * own rules because zizmor cannot be installed here. Each rule keeps zizmor's audit id; the source of each is the
 * section of that name in https://docs.zizmor.sh/audits/ (docs/audits.md of zizmorcore/zizmor, read at commit
 * 11bbf7e6cffac7ccf4f803d40255e0cd54c60236, 2026-08-22, v1.30.0-rc1). Where we are stricter than zizmor, the rule
 * says so. A few rules are ours (timeout-minutes, id-token-isolation) and cite the issue or guide they come from.
 */

const ZIZMOR = 'https://docs.zizmor.sh/audits/';

/** Every rule the workflow lint knows, with where it comes from; the tests show each one failing. */
export const SECURITY_RULES: Readonly<Record<string, string>> = {
  'excessive-permissions': `${ZIZMOR}#excessive-permissions`,
  'undocumented-permissions': `${ZIZMOR}#undocumented-permissions`,
  artipacked: `${ZIZMOR}#artipacked`,
  'dangerous-triggers': `${ZIZMOR}#dangerous-triggers`,
  'template-injection': `${ZIZMOR}#template-injection`,
  'secrets-outside-env': `${ZIZMOR}#secrets-outside-env`,
  'secrets-inherit': `${ZIZMOR}#secrets-inherit`,
  'cache-poisoning': `${ZIZMOR}#cache-poisoning`,
  'github-env': `${ZIZMOR}#github-env`,
  'insecure-commands': `${ZIZMOR}#insecure-commands`,
  'unpinned-images': `${ZIZMOR}#unpinned-images`,
  'hardcoded-container-credentials': `${ZIZMOR}#hardcoded-container-credentials`,
  'use-trusted-publishing': `${ZIZMOR}#use-trusted-publishing`,
  obfuscation: `${ZIZMOR}#obfuscation`,
  'overprovisioned-secrets': `${ZIZMOR}#overprovisioned-secrets`,
  'unredacted-secrets': `${ZIZMOR}#unredacted-secrets`,
  'bot-conditions': `${ZIZMOR}#bot-conditions`,
  'unsound-condition': `${ZIZMOR}#unsound-condition`,
  'unsound-contains': `${ZIZMOR}#unsound-contains`,
  'unsound-ternary': `${ZIZMOR}#unsound-ternary`,
  'self-hosted-runner': `${ZIZMOR}#self-hosted-runner`,
  'anonymous-definition': `${ZIZMOR}#anonymous-definition`,
  'concurrency-limits': `${ZIZMOR}#concurrency-limits`,
  misfeature: `${ZIZMOR}#misfeature`,
  'archived-uses': `${ZIZMOR}#archived-uses`,
  'superfluous-actions': `${ZIZMOR}#superfluous-actions`,
  'typosquat-uses': `${ZIZMOR}#typosquat-uses`,
  'adhoc-packages': `${ZIZMOR}#adhoc-packages`,
  'unpinned-tools': `${ZIZMOR}#unpinned-tools`,
  'github-app': `${ZIZMOR}#github-app`,
  'timeout-minutes': 'issue 12, item 3: `timeout-minutes` on every job (the default is 360 minutes)',
  'id-token-isolation':
    'issue 12 and https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/: the job that can mint an OIDC token only downloads and publishes',
};

/** Runs every security rule on one workflow. */
export function checkSecurityRules(workflow: Workflow, text: string): WorkflowProblem[] {
  return [
    ...checkPermissions(workflow),
    ...checkUndocumentedPermissions(text),
    ...checkPersistCredentials(workflow),
    ...checkDangerousTriggers(workflow),
    ...checkTemplateInjection(workflow),
    ...checkSecrets(workflow),
    ...checkCachePoisoning(workflow),
    ...checkRunScripts(workflow),
    ...checkContainers(workflow),
    ...checkTrustedPublishing(workflow),
    ...checkExpressions(workflow),
    ...checkUsesPaths(workflow),
    ...checkRunners(workflow),
    ...checkWorkflowShape(workflow),
    ...checkShells(workflow),
    ...checkKnownActions(workflow),
    ...checkIdTokenIsolation(workflow),
  ];
}

/**
 * excessive-permissions: top-level `permissions` is declared and grants nothing beyond read; every job declares its
 * own, and never `write-all` (zizmor's remediation: `permissions: {}` at the top, the least each job needs).
 */
export function checkPermissions(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const rule = 'excessive-permissions';
  const top = workflow.permissions;
  if (top === undefined) {
    problems.push({ rule, where: 'permissions', message: 'declare top-level permissions: {} (or read-only)' });
  } else if (!isReadOnly(top)) {
    problems.push({ rule, where: 'permissions', message: 'top-level permissions must be {} or read-only; raise them per job' });
  }
  for (const [jobId, job] of listJobs(workflow)) {
    if (job.permissions === undefined) {
      problems.push({ rule, where: `jobs.${jobId}`, message: 'declare the permissions this job needs' });
    } else if (job.permissions === 'write-all') {
      problems.push({ rule, where: `jobs.${jobId}`, message: 'write-all grants every scope: list the ones this job needs' });
    }
  }
  return problems;
}

/** undocumented-permissions: each permission other than `contents: read` says why, in a comment on its line. */
export function checkUndocumentedPermissions(text: string): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const doc = parseDocument(text);
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  const blocks: [string, unknown][] = [['permissions', doc.get('permissions', true)]];
  const jobs = doc.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      if (isPair(pair) && isScalar(pair.key) && isMap(pair.value)) blocks.push([`jobs.${String(pair.key.value)}.permissions`, pair.value.get('permissions', true)]);
    }
  }
  for (const [where, block] of blocks) {
    if (!isMap(block)) continue;
    for (const pair of block.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
      const scope = String(pair.key.value);
      const level = String(pair.value.value);
      if (scope === 'contents' && level === 'read') continue;
      const value = pair.value as Node;
      const line = value.range ? lineOf(value.range[0]) : undefined;
      const lineText = line === undefined ? '' : (text.split('\n')[line - 1] ?? '');
      if (!/#\s*\S/.test(lineText.slice(lineText.indexOf(level)))) {
        problems.push({ rule: 'undocumented-permissions', where: `${where}.${scope}`, message: `say why this job needs ${scope}: ${level}, in a comment on the same line` });
      }
    }
  }
  return problems;
}

/**
 * artipacked: every actions/checkout says `persist-credentials` explicitly; `true` only in a job that may push
 * (`contents: write`). Stricter than zizmor, which accepts an explicit `true` anywhere.
 */
export function checkPersistCredentials(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const mayPush = isRecord(job.permissions) && job.permissions.contents === 'write';
    for (const [where, step] of listSteps(jobId, job)) {
      if (!stepUses(step, 'actions/checkout')) continue;
      const persist = stepInputs(step)['persist-credentials'];
      if (persist === undefined) {
        problems.push({ rule: 'artipacked', where, message: 'set persist-credentials: false' });
      } else if (persist !== false && persist !== 'false' && !mayPush) {
        problems.push({ rule: 'artipacked', where, message: 'persist-credentials: true in a job that does not push' });
      }
    }
  }
  return problems;
}

/** dangerous-triggers: no `pull_request_target`, no `workflow_run`. */
export function checkDangerousTriggers(workflow: Workflow): WorkflowProblem[] {
  return [...listTriggers(workflow).keys()]
    .filter((event) => event === 'pull_request_target' || event === 'workflow_run')
    .map((event) => ({ rule: 'dangerous-triggers', where: `on.${event}`, message: `${event} runs with the target repository's token on events a fork controls` }));
}

/** Inputs of actions that run their value as code (zizmor's sinks beyond CodeQL's, and actions/github-script). */
const CODE_INPUTS: readonly [string, readonly string[]][] = [
  ['actions/github-script', ['script']],
  ['amadevus/pwsh-script', ['script']],
  ['jannekem/run-python-script-action', ['script']],
  ['cardinalby/js-eval-action', ['expression']],
  ['addnab/docker-run-action', ['options', 'run']],
];

/**
 * template-injection, as the auditor persona flags it: no `${{ }}` expression at all inside `run:` or an input that
 * runs as code (github-script's `script`, gpu-report's `run`, ...); values reach scripts through `env:`, so that no
 * event field, branch name or input is run as shell code.
 */
export function checkTemplateInjection(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    for (const [where, step] of listSteps(jobId, job)) {
      const scripts: string[] = typeof step.run === 'string' ? [step.run] : [];
      // Our gpu-report runs its `run` input as a shell command.
      if (typeof step.uses === 'string' && /^(?:[^/\s]+\/ops-actions\/gpu-report@|\.\/actions\/gpu-report\/?$)/.test(step.uses)) {
        const command = stepInputs(step).run;
        if (typeof command === 'string') scripts.push(command);
      }
      for (const [slug, inputs] of CODE_INPUTS) {
        if (!stepUses(step, slug)) continue;
        for (const input of inputs) {
          const value = stepInputs(step)[input];
          if (typeof value === 'string') scripts.push(value);
        }
      }
      for (const script of scripts) {
        for (const expression of listExpressions(script)) {
          problems.push({ rule: 'template-injection', where, message: `\${{ ${expression} }} inside code; pass it through env:` });
        }
      }
    }
  }
  return problems;
}

const SECRET_READ = /\bsecrets\.([A-Za-z_][\w-]*)|\bsecrets\[/g;

/**
 * secrets-outside-env: a job reading a secret other than GITHUB_TOKEN has an `environment`, so that the secret can
 * live there behind its protection rules; secrets-inherit: no `secrets: inherit`; overprovisioned-secrets: no
 * `toJSON(secrets)`; unredacted-secrets: no `fromJSON(secrets.X)`, whose fields the runner cannot mask.
 */
export function checkSecrets(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const where = `jobs.${jobId}`;
    if (job.secrets === 'inherit') problems.push({ rule: 'secrets-inherit', where, message: 'secrets: inherit passes every secret; pass the ones the called workflow needs' });
    const texts = listStrings(job).flatMap(listExpressions);
    const named = new Set<string>();
    for (const expression of texts) {
      if (/\btoJSON\(\s*secrets\s*\)/i.test(expression)) problems.push({ rule: 'overprovisioned-secrets', where, message: 'toJSON(secrets) exposes every secret to the job' });
      if (/\bfromJSON\(\s*secrets\b/i.test(expression)) problems.push({ rule: 'unredacted-secrets', where, message: 'fields of fromJSON(secrets...) are not masked in logs' });
      for (const [whole, name] of expression.matchAll(SECRET_READ)) {
        if (name !== 'GITHUB_TOKEN') named.add(name ?? whole);
      }
    }
    if (named.size > 0 && job.environment === undefined) {
      problems.push({ rule: 'secrets-outside-env', where, message: `reads ${[...named].join(', ')} without an environment: give the job one and keep the secret there` });
    }
  }
  return problems;
}

/** zizmor's publishing actions; a job using one publishes, whatever starts the workflow. docker/build-push-action is ours. */
const PUBLISHERS = [
  'pypa/gh-action-pypi-publish',
  'rubygems/release-gem',
  'jreleaser/release-action',
  'goreleaser/goreleaser-action',
  'softprops/action-gh-release',
  'release-drafter/release-drafter',
  'googleapis/release-please-action',
  'docker/build-push-action',
];

/**
 * cache-poisoning: no cache in a job that publishes, i.e. any job of a workflow started by a release, a tag push or a
 * push to a release branch, or a job using a publishing action. Cache-aware steps are zizmor's (setup-* with their
 * cache input, actions/cache, rust-cache, setup-uv), plus docker/setup-buildx-action, which caches its binary unless
 * `cache-binary: false`, and build-push-action's `cache-from: type=gha` (ours).
 */
export function checkCachePoisoning(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const triggers = listTriggers(workflow);
  const push = triggers.get('push');
  const releaseWorkflow =
    triggers.has('release') ||
    (isRecord(push) && (push.tags !== undefined || listStrings(push.branches).some((branch) => branch.toLowerCase().includes('release'))));
  for (const [jobId, job] of listJobs(workflow)) {
    const steps = listSteps(jobId, job);
    const publishes = releaseWorkflow || steps.some(([, step]) => PUBLISHERS.some((slug) => stepUses(step, slug)));
    if (!publishes) continue;
    for (const [where, step] of steps) {
      const reason = cacheOf(step);
      if (reason) problems.push({ rule: 'cache-poisoning', where, message: `${reason} in a job that publishes: a poisoned cache would reach what is released` });
    }
  }
  return problems;
}

function cacheOf(step: Step): string | undefined {
  const inputs = stepInputs(step);
  const on = (value: unknown): boolean => value !== undefined && value !== '' && value !== false && value !== 'false';
  if ((stepUses(step, 'actions/cache') || stepUses(step, 'Swatinem/rust-cache')) && inputs['lookup-only'] !== true && inputs['lookup-only'] !== 'true') return 'a cache restore';
  for (const slug of ['actions/setup-python', 'actions/setup-java', 'actions/setup-dotnet']) if (stepUses(step, slug) && on(inputs.cache)) return `${slug} with cache`;
  if (stepUses(step, 'actions/setup-go') && inputs.cache !== false && inputs.cache !== 'false') return 'actions/setup-go caches by default';
  if (stepUses(step, 'actions/setup-node') && (on(inputs.cache) || (inputs['package-manager-cache'] !== false && inputs['package-manager-cache'] !== 'false'))) return 'actions/setup-node caches by default';
  if (stepUses(step, 'astral-sh/setup-uv') && on(inputs['enable-cache'])) return 'astral-sh/setup-uv with enable-cache';
  if (stepUses(step, 'docker/setup-buildx-action') && inputs['cache-binary'] !== false && inputs['cache-binary'] !== 'false') return 'docker/setup-buildx-action caches its binary unless cache-binary: false';
  if (stepUses(step, 'docker/build-push-action') && listStrings(inputs['cache-from']).some((value) => value.includes('type=gha'))) return 'build-push-action restoring cache-from type=gha';
  return undefined;
}

/**
 * In `run:` scripts: github-env (no writes to GITHUB_ENV or GITHUB_PATH: stricter than zizmor, which flags them in
 * dangerous-trigger workflows only; GITHUB_OUTPUT passes values between steps), insecure-commands (no
 * ACTIONS_ALLOW_UNSECURE_COMMANDS anywhere), adhoc-packages (no npm/yarn/pnpm/gem/bundle installs outside a lockfile).
 */
export function checkRunScripts(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const insecure = (where: string, env: unknown): void => {
    if (isRecord(env) && 'ACTIONS_ALLOW_UNSECURE_COMMANDS' in env) {
      problems.push({ rule: 'insecure-commands', where, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables ::set-env and ::add-path' });
    }
  };
  insecure('env', workflow.env);
  for (const [jobId, job] of listJobs(workflow)) {
    insecure(`jobs.${jobId}.env`, job.env);
    for (const [where, step] of listSteps(jobId, job)) {
      insecure(`${where}.env`, step.env);
      if (typeof step.run !== 'string') continue;
      if (/\bGITHUB_(?:ENV|PATH)\b/.test(step.run)) {
        problems.push({ rule: 'github-env', where, message: 'writes GITHUB_ENV or GITHUB_PATH, which change every later step; use GITHUB_OUTPUT' });
      }
      const adhoc = /(?:^|[\s;&|(])((?:npm|pnpm)\s+(?:install|i|add)\s+[\w@][^\n;&|]*|yarn\s+add\s+\S+|gem\s+install\s+\S+|bundle\s+add\s+\S+)/m.exec(step.run);
      if (adhoc) problems.push({ rule: 'adhoc-packages', where, message: `'${(adhoc[1] ?? '').trim()}' installs outside a lockfile` });
    }
  }
  return problems;
}

/**
 * unpinned-images: `container` and `services` images pinned to a digest (the auditor persona flags tags too);
 * hardcoded-container-credentials: their passwords come from secrets, never the file.
 */
export function checkContainers(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const containers: [string, unknown][] = [[`jobs.${jobId}.container`, job.container]];
    if (isRecord(job.services)) for (const [name, service] of Object.entries(job.services)) containers.push([`jobs.${jobId}.services.${name}`, service]);
    for (const [where, container] of containers) {
      if (container === undefined) continue;
      const image = typeof container === 'string' ? container : isRecord(container) ? container.image : undefined;
      if (typeof image === 'string' && !/@sha256:[0-9a-f]{64}$/.test(image)) {
        problems.push({ rule: 'unpinned-images', where, message: `${image} is not pinned to a digest (image@sha256:...)` });
      }
      const password = isRecord(container) && isRecord(container.credentials) ? container.credentials.password : undefined;
      if (typeof password === 'string' && !/^\$\{\{\s*secrets\./.test(password)) {
        problems.push({ rule: 'hardcoded-container-credentials', where, message: 'the registry password is written in the file; use a secret' });
      }
    }
  }
  return problems;
}

/** use-trusted-publishing: PyPI uploads use Trusted Publishing, never a password or API token. */
export function checkTrustedPublishing(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    for (const [where, step] of listSteps(jobId, job)) {
      if (stepUses(step, 'pypa/gh-action-pypi-publish') && stepInputs(step).password !== undefined) {
        problems.push({ rule: 'use-trusted-publishing', where, message: 'an API token as password: register a Trusted Publisher on PyPI and drop it' });
      }
      const env = isRecord(step.env) ? Object.keys(step.env) : [];
      if (typeof step.run === 'string' && /\b(?:twine\s+upload|uv\s+publish|poetry\s+publish|flit\s+publish|hatch\s+publish)\b/.test(step.run) && env.some((name) => /PASSWORD|TOKEN/.test(name))) {
        problems.push({ rule: 'use-trusted-publishing', where, message: 'uploads to an index with a stored credential: use Trusted Publishing' });
      }
    }
  }
  return problems;
}

/** Contexts an expression may read; one that reads none (nor the status or the files, with hashFiles) is a constant. */
const CONTEXT = /\b(?:github|inputs|matrix|steps|needs|env|vars|secrets|runner|job|jobs|strategy)\b|\b(?:always|success|failure|cancelled|hashFiles)\(/;

/**
 * Expressions: obfuscation (constant expressions such as `${{ 'x' }}` or `format()` of literals, and
 * `fromJSON(toJSON(...))`), bot-conditions (`github.actor == '...[bot]'` can be spoofed), unsound-condition (an `if:`
 * whose `${{ }}` has text around it, such as a block scalar's newline, is always true), unsound-contains
 * (`contains('a b', x)` matches substrings), unsound-ternary (`c && '' || x` never yields '').
 */
export function checkExpressions(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const conditions: [string, unknown][] = [];
  const values: [string, string][] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    conditions.push([`jobs.${jobId}.if`, job.if]);
    for (const text of listStrings(job)) values.push([`jobs.${jobId}`, text]);
    for (const [where, step] of listSteps(jobId, job)) conditions.push([`${where}.if`, step.if]);
  }
  for (const key of ['env', 'concurrency', 'run-name', 'defaults'] as const) for (const text of listStrings(workflow[key])) values.push([key, text]);
  for (const [where, text] of values) {
    for (const expression of listExpressions(text)) {
      if (!CONTEXT.test(expression)) problems.push({ rule: 'obfuscation', where, message: `\${{ ${expression} }} is a constant: write its value` });
      if (/\bfromJSON\(\s*toJSON\(/i.test(expression)) problems.push({ rule: 'obfuscation', where, message: 'fromJSON(toJSON(...)) does nothing' });
      if (/&&\s*(?:''|0|false|null)\s*\|\|/.test(expression)) problems.push({ rule: 'unsound-ternary', where, message: `${expression}: a falsy true arm falls through to the fallback` });
    }
  }
  for (const [where, condition] of conditions) {
    if (typeof condition !== 'string') continue;
    if (condition.includes('${{') && !/^\$\{\{[\s\S]*\}\}$/.test(condition)) {
      problems.push({ rule: 'unsound-condition', where, message: 'text outside the ${{ }} (a trailing newline of a block scalar) makes the condition always true' });
    }
    if (/\bgithub\.(?:triggering_)?actor\s*[!=]=\s*'[^']*\[bot\]'|'[^']*\[bot\]'\s*[!=]=\s*github\.(?:triggering_)?actor\b/.test(condition)) {
      problems.push({ rule: 'bot-conditions', where, message: 'github.actor is whoever acted last; check github.event.pull_request.user.login' });
    }
    if (/\bcontains\(\s*'/.test(condition)) {
      problems.push({ rule: 'unsound-contains', where, message: "contains('a b', x) matches any substring; use contains(fromJSON('[\"a\", \"b\"]'), x)" });
    }
  }
  return problems;
}

/** obfuscation in `uses:` paths: redundant `/`, `.` or `..` segments. */
export function checkUsesPaths(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const check = (where: string, uses: unknown): void => {
    if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://')) return;
    const path = uses.split('@')[0] ?? '';
    if (/\/\/|\/\.\.?(?:\/|$)|\/$/.test(path)) problems.push({ rule: 'obfuscation', where, message: `${uses}: write the path plainly` });
  };
  for (const [jobId, job] of listJobs(workflow)) {
    check(`jobs.${jobId}`, job.uses);
    for (const [where, step] of listSteps(jobId, job)) check(where, step.uses);
  }
  return problems;
}

/**
 * self-hosted-runner (auditor only: zizmor cannot see how a runner is kept), and timeout-minutes (ours: every job
 * that runs steps sets one, so a hung tool cannot hold a runner for the 360-minute default).
 */
export function checkRunners(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    if (!isNormalJob(job)) continue;
    const where = `jobs.${jobId}`;
    const labels = listStrings(isRecord(job['runs-on']) ? job['runs-on'].labels : job['runs-on']);
    if (labels.some((label) => label.toLowerCase() === 'self-hosted') || (isRecord(job['runs-on']) && job['runs-on'].group !== undefined)) {
      problems.push({ rule: 'self-hosted-runner', where, message: 'runs on a self-hosted runner: ephemeral runners only, and no untrusted code' });
    }
    if (job['timeout-minutes'] === undefined) problems.push({ rule: 'timeout-minutes', where, message: 'set timeout-minutes' });
  }
  return problems;
}

/**
 * anonymous-definition (the workflow has a `name:`), and concurrency-limits (a workflow that is not only reusable
 * says what a second run does: `concurrency` with `cancel-in-progress`, at the top or on every job).
 */
export function checkWorkflowShape(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  if (typeof workflow.name !== 'string' || workflow.name.trim() === '') {
    problems.push({ rule: 'anonymous-definition', where: 'name', message: 'give the workflow a name' });
  }
  const triggers = [...listTriggers(workflow).keys()];
  const reusableOnly = triggers.length > 0 && triggers.every((event) => event === 'workflow_call');
  const limited = (concurrency: unknown): boolean => isRecord(concurrency) && concurrency['cancel-in-progress'] !== undefined;
  if (!reusableOnly && !limited(workflow.concurrency)) {
    const jobs = listJobs(workflow).filter(([, job]) => isNormalJob(job));
    if (jobs.length === 0 || !jobs.every(([, job]) => limited(job.concurrency))) {
      problems.push({ rule: 'concurrency-limits', where: 'concurrency', message: 'set concurrency with cancel-in-progress (true, false or an expression)' });
    }
  }
  return problems;
}

const WELL_KNOWN_SHELLS = new Set(['bash', 'pwsh', 'python', 'sh', 'powershell']);

/** misfeature: setup-python's `pip-install`, `shell: cmd`, and shells GitHub does not document. */
export function checkShells(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const shell = (where: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    const name = value.trim().split(/\s+/)[0] ?? '';
    if (name === 'cmd') problems.push({ rule: 'misfeature', where, message: 'shell: cmd has no grammar to check; use bash or pwsh' });
    else if (!WELL_KNOWN_SHELLS.has(name)) problems.push({ rule: 'misfeature', where, message: `shell ${name} is not one GitHub documents` });
  };
  const defaults = (where: string, value: unknown): void => {
    if (isRecord(value) && isRecord(value.run)) shell(`${where}.defaults.run.shell`, value.run.shell);
  };
  defaults('workflow', workflow.defaults);
  for (const [jobId, job] of listJobs(workflow)) {
    defaults(`jobs.${jobId}`, job.defaults);
    for (const [where, step] of listSteps(jobId, job)) {
      shell(`${where}.shell`, step.shell);
      if (stepUses(step, 'actions/setup-python') && stepInputs(step)['pip-install'] !== undefined) {
        problems.push({ rule: 'misfeature', where, message: "setup-python's pip-install installs into the global environment; install in a run step" });
      }
    }
  }
  return problems;
}

/** From zizmor's crates/zizmor/data/archived-repos.txt (MIT): the archived actions of the actions and actions-rs owners. */
const ARCHIVED = new Set([
  'actions/create-release',
  'actions/upload-release-asset',
  'actions/setup-ruby',
  'actions/setup-elixir',
  'actions/setup-haskell',
  'actions-rs/audit-check',
  'actions-rs/cargo',
  'actions-rs/clippy-check',
  'actions-rs/components-nightly',
  'actions-rs/grcov',
  'actions-rs/install',
  'actions-rs/tarpaulin',
  'actions-rs/toolchain',
]);

/** zizmor's superfluous actions: what the runner images already do. */
const SUPERFLUOUS: Readonly<Record<string, string>> = {
  'ncipollo/release-action': 'gh release create',
  'softprops/action-gh-release': 'gh release create',
  'elgohr/github-release-action': 'gh release create',
  'peter-evans/create-pull-request': 'gh pr create',
  'peter-evans/create-or-update-comment': 'gh pr comment',
  'svenstaro/upload-release-action': 'gh release upload',
  'addnab/docker-run-action': 'docker run',
  'sergeysova/jq-action': 'jq',
  'dtolnay/rust-toolchain': 'rustup',
  'stefanzweifel/git-auto-commit-action': 'git commit and git push',
  'endbug/add-and-commit': 'git commit and git push',
};

/** Owners whose actions are copied by typosquatters; a slug one edit away from one of these, by another owner, fails. */
const POPULAR = [
  'actions/checkout',
  'actions/setup-python',
  'actions/setup-node',
  'actions/cache',
  'actions/upload-artifact',
  'actions/download-artifact',
  'actions/github-script',
  'actions/attest-build-provenance',
  'actions/deploy-pages',
  'actions/upload-pages-artifact',
  'docker/login-action',
  'docker/build-push-action',
  'docker/setup-buildx-action',
  'docker/metadata-action',
  'pypa/gh-action-pypi-publish',
];

/** Actions that fetch a tool at run time, "latest" unless `version` is given (zizmor's unpinned-tools list). */
const TOOL_INSTALLERS = ['aquasecurity/setup-trivy', '1password/load-secrets-action'];

/**
 * archived-uses, superfluous-actions, typosquat-uses, unpinned-tools, and github-app (create-github-app-token keeps
 * its revocation and names the repositories it needs).
 */
export function checkKnownActions(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const check = (where: string, uses: unknown, step?: Step): void => {
    if (typeof uses !== 'string') return;
    const parsed = parseRepositoryUses(uses);
    if (!parsed) return;
    const slug = parsed.slug;
    if (ARCHIVED.has(slug)) problems.push({ rule: 'archived-uses', where, message: `${slug} is archived: nobody fixes it any more` });
    const instead = SUPERFLUOUS[slug];
    if (instead) problems.push({ rule: 'superfluous-actions', where, message: `${slug} does what ${instead} on the runner does` });
    const near = POPULAR.find((popular) => popular !== slug && popular.split('/')[0] !== parsed.owner.toLowerCase() && isOneEditApart(popular, slug));
    if (near) problems.push({ rule: 'typosquat-uses', where, message: `${slug} is one letter away from ${near}` });
    if (step && TOOL_INSTALLERS.includes(slug)) {
      const version = stepInputs(step).version;
      if (version === undefined || version === 'latest') problems.push({ rule: 'unpinned-tools', where, message: `${slug} installs the latest tool: set version` });
    }
    if (step && slug === 'actions/create-github-app-token') {
      const inputs = stepInputs(step);
      if (inputs['skip-token-revoke'] === true || inputs['skip-token-revoke'] === 'true') problems.push({ rule: 'github-app', where, message: 'skip-token-revoke keeps the token alive after the job' });
      if (inputs.owner !== undefined && inputs.repositories === undefined) problems.push({ rule: 'github-app', where, message: 'owner without repositories: a token for every repository of the installation' });
    }
  };
  for (const [jobId, job] of listJobs(workflow)) {
    check(`jobs.${jobId}`, job.uses);
    for (const [where, step] of listSteps(jobId, job)) check(where, step.uses, step);
  }
  return problems;
}

/**
 * id-token-isolation (ours): a job with `id-token: write` can mint tokens that publish in this repository's name, so
 * it checks out nothing and runs no script: it downloads what another job built and hands it to the publishing or
 * attesting action (PyPA's guide splits build and publish for this reason).
 */
export function checkIdTokenIsolation(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    if (!mintsTokens(job)) continue;
    for (const [where, step] of listSteps(jobId, job)) {
      if (stepUses(step, 'actions/checkout')) problems.push({ rule: 'id-token-isolation', where, message: 'a job with id-token: write checks out the repository' });
      if (step.run !== undefined) problems.push({ rule: 'id-token-isolation', where, message: 'a job with id-token: write runs a script' });
    }
  }
  return problems;
}

function mintsTokens(job: Job): boolean {
  return job.permissions === 'write-all' || (isRecord(job.permissions) && job.permissions['id-token'] === 'write');
}

function isReadOnly(permissions: unknown): boolean {
  if (permissions === 'read-all') return true;
  if (!isRecord(permissions)) return false;
  return Object.values(permissions).every((level) => level === 'read' || level === 'none');
}

/** Damerau-Levenshtein distance of exactly one: one letter left out, added, changed, or two swapped. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true; // changed
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // left out or added
  return restA.length > 1 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // swapped
}
