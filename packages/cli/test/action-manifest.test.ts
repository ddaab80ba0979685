import { describe, expect, it } from 'vitest';
import { FileError } from '@ops-actions/core';
import { parseActionManifest } from '../src/action-manifest.js';

const parse = (text: string) => parseActionManifest(text, 'action.yml');

describe('parseActionManifest', () => {
  it('reads inputs, outputs and runs, keeping scalars as written', () => {
    const manifest = parse(`name: Bump
inputs:
  release-type:
    description: kind
    default: 1.10
    required: true
    deprecationMessage: gone
  plain:
outputs:
  version:
    description: the new version
runs:
  using: node24
  pre: dist/pre.js
  main: dist/index.js
  post: dist/post.js
  post-if: failure()
`);
    expect(manifest.name).toBe('Bump');
    expect(Object.fromEntries(manifest.inputs)).toEqual({
      'release-type': { description: 'kind', default: '1.10', required: true, deprecationMessage: 'gone' },
      plain: { required: false },
    });
    expect(Object.fromEntries(manifest.outputs)).toEqual({ version: { description: 'the new version' } });
    expect(manifest.runs).toEqual({ using: 'node24', pre: 'dist/pre.js', main: 'dist/index.js', post: 'dist/post.js', postIf: 'failure()' });
  });

  it('refuses runtimes the runner does not run, and non-JavaScript actions', () => {
    expect(() => parse('runs:\n  using: node16\n  main: a.js\n')).toThrow(
      new FileError('action.yml', "'runs.using' is 'node16', but the GitHub runner no longer runs node16 actions; use one of: node20, node24"),
    );
    expect(() => parse('runs:\n  using: composite\n  steps: []\n')).toThrow(/only JavaScript actions can be run locally/);
  });

  it('names what is missing or malformed', () => {
    expect(() => parse('runs:\n  using: node20\n')).toThrow(/'runs.main' is required/);
    expect(() => parse('name: x\n')).toThrow(/'runs' is required/);
    expect(() => parse('runs:\n  using: node20\n  main: a.js\ninputs:\n  a:\n    required: maybe\n')).toThrow(/must be true or false/);
    expect(() => parse('runs: [\n')).toThrow(/action.yml:\d+: invalid YAML/);
  });
});
