import fc from 'fast-check';
import { Pep440Version } from '../../src/versions/pep440-version.js';
import type { Pep440Parts } from '../../src/versions/pep440-version.js';

/** Small numbers, so that collisions (equal parts, trailing zeros) happen often. */
const small = fc.integer({ min: 0, max: 12 });

/** A PEP 440 pre-release segment: a, b or rc with a number. */
export const arbPre: fc.Arbitrary<NonNullable<Pep440Parts['pre']>> = fc.record({
  phase: fc.constantFrom('a' as const, 'b' as const, 'rc' as const),
  number: small,
});

/** A normalized PEP 440 local label: lower-case alphanumeric segments joined by dots. */
const arbLocal = fc
  .array(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/), small.map(String)), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('.'));

/** Any PEP 440 version, every segment optional (epoch mostly 0). */
export const arbVersion: fc.Arbitrary<Pep440Version> = fc
  .record(
    {
      epoch: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
      release: fc.array(small, { minLength: 1, maxLength: 4 }),
      pre: arbPre,
      post: small,
      dev: small,
      local: arbLocal,
    },
    { requiredKeys: ['epoch', 'release'] },
  )
  .map((parts) => Pep440Version.fromParts(parts));

/** A final release: an optional epoch, a release and perhaps a post segment. */
export const arbFinal: fc.Arbitrary<Pep440Version> = fc
  .record({ epoch: fc.constantFrom(0, 0, 0, 1), release: fc.array(small, { minLength: 1, maxLength: 4 }), post: fc.option(small, { nil: undefined }) })
  .map(({ post, ...parts }) => Pep440Version.fromParts(post === undefined ? parts : { ...parts, post }));

/** A pre-release: a/b/rc, dev, or both, sometimes with a post segment in between. */
export const arbPrerelease: fc.Arbitrary<Pep440Version> = fc
  .record({
    epoch: fc.constantFrom(0, 0, 0, 1),
    release: fc.array(small, { minLength: 1, maxLength: 4 }),
    pre: fc.option(arbPre, { nil: undefined }),
    post: fc.option(small, { nil: undefined }),
    dev: fc.option(small, { nil: undefined }),
  })
  .filter(({ pre, dev }) => pre !== undefined || dev !== undefined)
  .map(({ epoch, release, pre, post, dev }) =>
    Pep440Version.fromParts({
      epoch,
      release,
      ...(pre === undefined ? {} : { pre }),
      ...(post === undefined ? {} : { post }),
      ...(dev === undefined ? {} : { dev }),
    }),
  );

/** Versions SemVer can say: no epoch, post or local, three release parts, not a dev of a pre-release. */
export const arbSemverable: fc.Arbitrary<Pep440Version> = fc
  .record({
    release: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    tail: fc.oneof(
      fc.constant({}),
      arbPre.map((pre) => ({ pre })),
      fc.integer({ min: 0, max: 3 }).map((dev) => ({ dev })),
    ),
  })
  .map(({ release, tail }) => Pep440Version.fromParts({ release, ...tail }));
