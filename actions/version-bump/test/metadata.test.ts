import { VERSION_BUMP_DEFAULTS, parseVersionBumpSettings } from '@ops-actions/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Manifest {
  runs: { using: string; main: string };
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

const actionDir = join(import.meta.dirname, '..');
const manifest = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as Manifest;
const readme = readFileSync(join(actionDir, 'README.md'), 'utf8');
const inputs = Object.keys(manifest.inputs);

describe('version-bump metadata stays in sync', () => {
  it('runs on node24 from the bundle, with branding', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
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

  it('reads exactly the declared inputs', () => {
    const requested = new Set<string>();
    parseVersionBumpSettings((name) => {
      requested.add(name);
      return manifest.inputs[name]?.default ?? '';
    });
    expect([...requested].sort()).toEqual([...inputs].sort());
  });

  it('has the same defaults in action.yml and in the code', () => {
    const expected = { ...VERSION_BUMP_DEFAULTS, 'github-token': '${{ github.token }}' };
    expect(Object.fromEntries(inputs.map((name) => [name, manifest.inputs[name]?.default]))).toEqual(expected);
  });

  it('documents every input with its default, and every output, in the README', () => {
    for (const name of inputs) {
      const fallback = manifest.inputs[name]?.default ?? '';
      expect(readme, name).toContain(`| \`${name}\` | \`${fallback === '' ? "''" : fallback}\` |`);
    }
    for (const name of Object.keys(manifest.outputs)) expect(readme, name).toContain(`| \`${name}\` |`);
  });

  it('is published at the root too, for `uses: <owner>/ops-actions/version-bump@v1`', () => {
    const alias = parse(readFileSync(join(actionDir, '..', '..', 'version-bump', 'action.yml'), 'utf8')) as Manifest;
    expect(alias.runs).toEqual({ using: 'node24', main: '../actions/version-bump/dist/index.js' });
    expect(alias.inputs).toEqual(manifest.inputs);
    expect(alias.outputs).toEqual(manifest.outputs);
  });
});
