import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Manifest {
  runs: { using: string; main: string; pre?: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** What the metadata tests need to know of an action's code. */
export interface ActionMetadataOptions {
  /** Calls the action's input parser with `read`; every name it asks for counts as read by the code. */
  readonly readInputs: (read: (name: string) => string) => void;
  /** The defaults the code falls back to; they must equal action.yml's. */
  readonly defaults: Readonly<Record<string, string>>;
  /** Inputs read elsewhere than the parser (e.g. the token in main.ts). */
  readonly alsoRead?: readonly string[];
}

/**
 * Keeps action.yml, the code and the README in sync (EnricoMi's publish-unit-test-result checks
 * the same): node24 from the bundle, every input described with a default, read by the code with
 * the same default, documented in the README with it, every output documented, and the root alias.
 */
export function describeActionMetadata(action: string, options: ActionMetadataOptions): void {
  const actionDir = join(ROOT, 'actions', action);
  const manifest = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as Manifest;
  const readme = readFileSync(join(actionDir, 'README.md'), 'utf8');
  const inputs = Object.keys(manifest.inputs);

  describe(`${action} metadata stays in sync`, () => {
    it('runs on node24 from the bundle, with branding', () => {
      const { pre, post, 'pre-if': preIf, 'post-if': postIf, ...runs } = manifest.runs;
      expect(runs).toEqual({ using: 'node24', main: 'dist/index.js' });
      // pre and post stages, when an action has them, run from the bundle too.
      for (const stage of [pre, post]) if (stage !== undefined) expect(stage).toMatch(/^dist\/[\w.-]+\.js$/);
      for (const condition of [preIf, postIf]) if (condition !== undefined) expect(condition).toBeTypeOf('string');
      expect(manifest.branding?.icon).toBeTruthy();
      expect(manifest.branding?.color).toBeTruthy();
    });

    it('describes every input and output and gives every input a default', () => {
      for (const [name, input] of Object.entries(manifest.inputs)) {
        expect(input.description, name).toBeTruthy();
        expect(input.default, name).toBeTypeOf('string');
      }
      for (const [name, output] of Object.entries(manifest.outputs)) expect(output.description, name).toBeTruthy();
    });

    it('reads exactly the declared inputs, with the same defaults', () => {
      const requested = new Set(options.alsoRead ?? []);
      options.readInputs((name) => {
        requested.add(name);
        return manifest.inputs[name]?.default?.includes('${{') ? '' : (manifest.inputs[name]?.default ?? '');
      });
      expect([...requested].sort()).toEqual([...inputs].sort());
      expect(Object.fromEntries(inputs.map((name) => [name, manifest.inputs[name]?.default]))).toEqual(options.defaults);
    });

    it('documents every input with its default, and every output, in the README', () => {
      for (const name of inputs) {
        const fallback = manifest.inputs[name]?.default ?? '';
        expect(readme, name).toContain(`| \`${name}\` | \`${fallback === '' ? "''" : fallback}\` |`);
      }
      for (const name of Object.keys(manifest.outputs)) expect(readme, name).toContain(`| \`${name}\` |`);
    });

    it(`is published at the root too, for \`uses: <owner>/ops-actions/${action}@v1\``, () => {
      const alias = parse(readFileSync(join(ROOT, action, 'action.yml'), 'utf8')) as Manifest;
      const expected: Record<string, string> = { ...manifest.runs };
      for (const stage of ['main', 'pre', 'post'] as const) {
        const path = manifest.runs[stage];
        if (path !== undefined) expected[stage] = `../actions/${action}/${path}`;
      }
      expect(alias.runs).toEqual(expected);
      expect(alias.inputs).toEqual(manifest.inputs);
      expect(alias.outputs).toEqual(manifest.outputs);
    });
  });
}
