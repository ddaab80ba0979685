import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packageJsonUpdater,
  plainVersionFileUpdater,
  pyprojectTomlUpdater,
  pythonVersionAttributeUpdater,
  setupCfgUpdater,
  setupPyUpdater,
} from '../../src/updaters/index.js';
import type { VersionFileUpdater } from '../../src/updaters/index.js';

/** A file generated around a known version. */
interface Case {
  readonly content: string;
  readonly version: string;
}

const num = fc.nat({ max: 120 });

/** PEP 440 versions (epoch, pre, post, dev, local) and SemVer ones (`-rc.1+build.5`). */
const version: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      epoch: fc.option(num, { nil: undefined }),
      release: fc.array(num, { minLength: 1, maxLength: 4 }),
      pre: fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), num), { nil: undefined }),
      post: fc.option(num, { nil: undefined }),
      dev: fc.option(num, { nil: undefined }),
      local: fc.option(fc.stringMatching(/^[a-z0-9]{1,6}(\.[a-z0-9]{1,4})?$/), { nil: undefined }),
    })
    .map(
      ({ epoch, release, pre, post, dev, local }) =>
        `${epoch === undefined ? '' : `${epoch}!`}${release.join('.')}${pre ? pre.join('') : ''}` +
        `${post === undefined ? '' : `.post${post}`}${dev === undefined ? '' : `.dev${dev}`}${local ? `+${local}` : ''}`,
    ),
  fc
    .tuple(num, num, num, fc.option(fc.stringMatching(/^[0-9A-Za-z]{1,5}(\.[0-9A-Za-z]{1,5})?$/), { nil: undefined }))
    .map(([major, minor, patch, pre]) => `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`),
);

const newline = fc.constantFrom('\n', '\r\n');
const bom = fc.constantFrom('', '\uFEFF');
const blanks = fc.stringMatching(/^[ \t]{0,3}$/);
/** Comment text: any printable text on one line (quotes, `version = "x"`, unicode included). */
const commentText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n\u0085]/g, ' ')),
  fc.constantFrom('version = "0.0.0"', "__version__ = '9'", 'setup(version="1")', '"""', "'''"),
);
const quote = fc.constantFrom('"', "'");

function join(lines: readonly string[], nl: string, prefix: string): string {
  return prefix + lines.join(nl) + nl;
}

const pyprojectCase: fc.Arbitrary<Case> = fc
  .record({ version, nl: newline, bom, ws1: blanks, ws2: blanks, q: quote, comment: commentText, top: commentText, poetry: fc.boolean() })
  .chain((r) =>
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((description) => {
      const table = r.poetry ? '[tool.poetry]' : '[ project ]';
      const lines = [
        `# ${r.top}`,
        `${table}${r.ws1}# ${r.comment}`,
        `description = ${JSON.stringify(description)}`,
        `version${r.ws1}=${r.ws2}${r.q}${r.version}${r.q}${r.ws2}# ${r.comment}`,
        '',
        '[tool.bumpversion]',
        'version = "0.0.1"',
      ];
      return { content: join(lines, r.nl, r.bom), version: r.version };
    }),
  );

const setupCfgCase: fc.Arbitrary<Case> = fc
  .record({ version, nl: newline, bom, ws1: blanks, ws2: blanks, comment: commentText, delimiter: fc.constantFrom('=', ':') })
  .map((r) => ({
    version: r.version,
    content: join(
      ['[metadata]', 'name = pkg', `# ${r.comment}`, `; ${r.comment}`, `version${r.ws1}${r.delimiter}${r.ws2}${r.version}${r.ws2}`, '[options]', 'version = 0'],
      r.nl,
      r.bom,
    ),
  }));

const setupPyCase: fc.Arbitrary<Case> = fc
  .record({ version, nl: newline, bom, q: quote, ws: blanks, comment: commentText })
  .map((r) => ({
    version: r.version,
    content: join(
      ['import setuptools', `# ${r.comment}`, 'setuptools.setup(', `    name="pkg",  # ${r.comment}`, `    version${r.ws}=${r.ws}${r.q}${r.version}${r.q},`, ')'],
      r.nl,
      r.bom,
    ),
  }));

const versionAttributeCase: fc.Arbitrary<Case> = fc
  .record({ version, nl: newline, bom, q: quote, ws: blanks, comment: commentText, annotated: fc.boolean() })
  .map((r) => ({
    version: r.version,
    content: join(
      ['"""Docstring.', '__version__ = "0.0.0"', '"""', `# ${r.comment}`, `__version__${r.annotated ? ': str' : ''}${r.ws} =${r.ws}${r.q}${r.version}${r.q}  # ${r.comment}`],
      r.nl,
      r.bom,
    ),
  }));

/** Arbitrary JSON strings (quotes, backslashes, control characters, astral planes) around the version. */
const packageJsonCase: fc.Arbitrary<Case> = fc
  .record({
    version,
    nl: newline,
    bom,
    indent: fc.constantFrom(0, 2, '\t'),
    name: fc.string({ unit: 'binary', maxLength: 12 }),
    nested: fc.string({ unit: 'binary', maxLength: 12 }),
    order: fc.nat({ max: 3 }),
  })
  .map((r) => {
    const members: [string, unknown][] = [
      ['name', r.name],
      ['dependencies', { dep: { version: r.nested } }],
      ['"version"', 'not this one'],
    ];
    members.splice(r.order % (members.length + 1), 0, ['version', r.version]);
    const json = JSON.stringify(Object.fromEntries(members), null, r.indent).replace(/\n/g, r.nl);
    return { content: r.bom + json + r.nl, version: r.version };
  });

const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n'), { maxLength: 4 }).map((parts) => parts.join(''));
const plainCase: fc.Arbitrary<Case> = fc
  .record({ version, bom, before: whitespace, after: whitespace })
  .map((r) => ({ version: r.version, content: `${r.bom}${r.before}${r.version}${r.after}` }));

function expectSpanOnlyChanges(updater: VersionFileUpdater, { content, version: old }: Case, next: string): void {
  const path = 'generated';
  const read = updater.readVersion(content, path);
  if (read.kind !== 'found') throw new Error(`expected found, got dynamic: ${read.detail}`);
  const { start, end, value } = read.span;
  expect(value).toBe(old);
  expect(content.slice(start, end)).toBe(old);
  const out = updater.updateContent(content, next, path);
  expect(out.slice(0, start)).toBe(content.slice(0, start));
  expect(out.slice(start, start + next.length)).toBe(next);
  expect(out.slice(start + next.length)).toBe(content.slice(end));
  const again = updater.readVersion(out, path);
  expect(again.kind === 'found' ? again.span.value : again.detail).toBe(next);
}

describe.each([
  ['pyproject.toml', pyprojectTomlUpdater, pyprojectCase],
  ['setup.cfg', setupCfgUpdater, setupCfgCase],
  ['setup.py', setupPyUpdater, setupPyCase],
  ['__version__', pythonVersionAttributeUpdater, versionAttributeCase],
  ['package.json', packageJsonUpdater, packageJsonCase],
  ['VERSION', plainVersionFileUpdater, plainCase],
] as const)('%s (property)', (_format, updater, cases) => {
  it('updateContent changes only the version span, and reads back the new version', () => {
    fc.assert(
      fc.property(cases, version, (generated, next) => {
        expectSpanOnlyChanges(updater, generated, next);
      }),
      { numRuns: 300 },
    );
  });
});
