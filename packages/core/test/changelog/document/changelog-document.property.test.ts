import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRelease, applyUnreleased, replaceReleasedSections } from '../../../src/changelog/changelog-document.js';
import type { ReleaseUpdate } from '../../../src/changelog/changelog-document.js';

/** A generated changelog, with the line indexes the properties need. */
interface Doc {
  readonly lines: readonly string[];
  readonly nl: string;
  readonly bom: string;
  readonly finalNewline: boolean;
  readonly unreleased: number | undefined;
  /** Heading line of each release, newest first, and its version. */
  readonly releases: readonly { readonly line: number; readonly version: string }[];
  /** First link reference line, if the file has any. */
  readonly linksAt: number | undefined;
}

const STYLES = [
  (v: string) => `## [${v}] - 2024-01-0${(v.length % 9) + 1}`,
  (v: string) => `## [${v}](https://example.com/compare/x...v${v}) (2024-02-01)`,
  (v: string) => `## v${v}`,
  (v: string) => `## ${v} (2024-03-01)`,
];

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,:*`_'"()<>&-]{0,24}$/);
const hex = fc.stringMatching(/^[0-9a-f]{7,40}$/);
const generatedBullet = fc.tuple(word, hex).map(([text, h]) => `- ${text} ([${h.slice(0, 7)}](https://example.com/commit/${h}))`);
const handBullet = word.map((text) => `- ${text}`);
const title = fc.constantFrom('Added', 'Changed', 'Fixed', 'Security', 'Notes', 'Removed');
const subsection = (bullet: fc.Arbitrary<string>): fc.Arbitrary<string[]> =>
  fc.tuple(title, fc.array(bullet, { minLength: 1, maxLength: 3 })).map(([t, bullets]) => [`### ${t}`, '', ...bullets, '']);
const body = (bullet: fc.Arbitrary<string>): fc.Arbitrary<string[]> =>
  fc.tuple(fc.option(word.map((w) => [w, '']), { nil: undefined }), fc.array(subsection(bullet), { maxLength: 3 })).map(([intro, subs]) => [...(intro ?? []), ...subs.flat()]);
/** Preamble text, with code that holds release-heading look-alikes. */
const preamble = fc.array(
  fc.oneof(
    word.map((w) => [w, '']),
    fc.constant(['```markdown', '## [Unreleased]', '## [0.0.1] - 2020-01-01', '## [1.x]', '```', '']),
  ),
  { maxLength: 3 },
);

const doc: fc.Arbitrary<Doc> = fc
  .record({
    style: fc.nat({ max: STYLES.length - 1 }),
    pre: preamble,
    hasUnreleased: fc.boolean(),
    unreleasedBody: body(fc.oneof(handBullet, generatedBullet)),
    minors: fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 4 }),
    bodies: fc.array(body(fc.oneof(handBullet, generatedBullet)), { minLength: 4, maxLength: 4 }),
    links: fc.boolean(),
    nl: fc.constantFrom('\n', '\r\n'),
    bom: fc.constantFrom('', '\uFEFF'),
    finalNewline: fc.boolean(),
  })
  .map((r) => {
    const lines: string[] = ['# Changelog', '', ...r.pre.flat()];
    let unreleased: number | undefined;
    if (r.hasUnreleased) {
      unreleased = lines.length;
      lines.push(r.style === 0 ? '## [Unreleased]' : '## Unreleased', '', ...r.unreleasedBody);
    }
    const versions = [...r.minors].sort((a, b) => b - a).map((m) => `1.${m}.0`);
    const releases = versions.map((version, i) => {
      const line = lines.length;
      lines.push((STYLES[r.style] ?? String)(version), '', ...(r.bodies[i] ?? []));
      return { line, version };
    });
    let linksAt: number | undefined;
    if (r.links && r.style === 0) {
      linksAt = lines.length;
      if (r.hasUnreleased) lines.push('[Unreleased]: https://example.com/compare/HEAD');
      for (const v of versions) lines.push(`[${v}]: https://example.com/v${v}`);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return { lines, nl: r.nl, bom: r.bom, finalNewline: r.finalNewline, unreleased, releases, linksAt };
  });

const render = (d: Doc): string => d.bom + d.lines.join(d.nl) + (d.finalNewline ? d.nl : '');
/** Offset of line `i` in the rendered file. */
const offset = (d: Doc, i: number): number => d.bom.length + d.lines.slice(0, i).reduce((n, l) => n + l.length + d.nl.length, 0);

const update = (version: string, withLinks: boolean): fc.Arbitrary<ReleaseUpdate> =>
  body(fc.oneof(generatedBullet, generatedBullet, handBullet)).map((lines) => ({
    version,
    date: '2025-01-15',
    body: lines.length === 0 ? '' : `${lines.join('\n')}\n`,
    ...(withLinks ? { links: { compare: `https://example.com/compare/v${version}`, unreleased: 'https://example.com/compare/new...HEAD' } } : {}),
  }));

/** The document and an update: a new version, or one the document already has. */
const scenario = fc.tuple(doc, fc.boolean(), fc.nat(), fc.boolean()).chain(([d, fresh, pick, withLinks]) => {
  const existing = d.releases.length > 0 && !fresh ? d.releases[pick % d.releases.length] : undefined;
  return update(existing?.version ?? '2.0.0', withLinks).map((u) => ({ d, u, existing }));
});

const PATH = 'CHANGELOG.md';

describe('the changelog editor (properties)', () => {
  it('is idempotent: applying a release twice equals applying it once', () => {
    fc.assert(
      fc.property(scenario, ({ d, u }) => {
        const once = applyRelease(render(d), PATH, u).content;
        expect(applyRelease(once, PATH, u).content).toBe(once);
        expect(replaceReleasedSections(once, PATH, [u]).content).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every byte before and after the edited section', () => {
    fc.assert(
      fc.property(scenario, ({ d, u, existing }) => {
        const before = render(d);
        const out = applyRelease(before, PATH, u).content;
        // The edit starts below the Unreleased heading, or at the section it replaces or goes above.
        const startLine = existing?.line ?? (d.unreleased === undefined ? d.releases[0]?.line : d.unreleased + 1);
        if (startLine === undefined) return; // no release, no Unreleased: covered by the examples
        const next = existing === undefined ? d.releases[0] : d.releases[d.releases.indexOf(existing) + 1];
        const endLine = next?.line ?? d.linksAt ?? d.lines.length;
        const head = before.slice(0, Math.min(offset(d, startLine), before.length));
        expect(out.startsWith(head)).toBe(true);
        if (endLine >= d.lines.length) return; // the section is last: nothing after it
        const middle = before.slice(offset(d, endLine), d.linksAt === undefined ? before.length : offset(d, d.linksAt));
        if (u.links === undefined) {
          expect(out.endsWith(before.slice(offset(d, endLine)))).toBe(true);
        } else {
          // With links, only link reference lines may change after the untouched middle part.
          const at = out.lastIndexOf(middle);
          expect(at).toBeGreaterThanOrEqual(head.length);
          expect(out.slice(at + middle.length).split(d.nl).filter((l) => l !== '' && !/^\[[^\]]+\]: \S+$/.test(l))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps link lines for other versions, line endings, the BOM and the final newline', () => {
    fc.assert(
      fc.property(scenario, ({ d, u }) => {
        const out = applyRelease(render(d), PATH, u).content;
        // A one-line file has no line ending to follow; new lines then use LF.
        expect(out.startsWith(`${d.bom}# Changelog${d.lines.length > 1 ? d.nl : ''}`)).toBe(true);
        expect(out.startsWith('\uFEFF\uFEFF')).toBe(false);
        expect(out.endsWith(d.nl)).toBe(d.finalNewline);
        if (d.nl === '\r\n' && d.lines.length > 1) expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of d.lines.slice(d.linksAt ?? d.lines.length)) {
          if (!line.startsWith('[Unreleased]') && !line.startsWith(`[${u.version}]`)) expect(out).toContain(line);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refreshing [Unreleased] twice equals once', () => {
    fc.assert(
      fc.property(doc, update('0.0.0', true), (d, u) => {
        const once = applyUnreleased(render(d), PATH, { body: u.body, link: u.links?.unreleased }).content;
        expect(applyUnreleased(once, PATH, { body: u.body, link: u.links?.unreleased }).content).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
