import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestCodeTable } from '../../src/gate/test-code-table.js';

// TestCodeTable stands in for a Map<string, number> of test ids: after any sequence of sets, it
// must answer as a Map given the same sets answers (sizes, lookups, insertion order), through
// several doublings of its slots, and with ids that share long prefixes as real ids do.

const ID = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.tuple(fc.constantFrom('tests/test_a.py', 'tests\\b.py', ''), fc.constantFrom('tests.test_a', 'C'), fc.nat(3000)).map(([file, classname, n]) => `${file}::${classname}::test_${n}`),
);
const CODE = fc.integer({ min: 0, max: 255 });
const OPERATION = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), id: ID, code: CODE }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), id: ID, code: CODE }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('get' as const), id: ID }) },
);

describe('TestCodeTable', () => {
  it('answers as a Map given the same sets answers', () => {
    fc.assert(
      fc.property(fc.array(OPERATION, { maxLength: 3000 }), fc.nat({ max: 5000 }), (operations, expected) => {
        const table = new TestCodeTable(expected);
        const map = new Map<string, number>();
        for (const operation of operations) {
          if (operation.kind === 'set') {
            expect(table.set(operation.id, operation.code)).toBe(table);
            map.set(operation.id, operation.code);
          } else if (operation.kind === 'add') {
            expect(table.addIfAbsent(operation.id, operation.code)).toBe(map.get(operation.id));
            if (!map.has(operation.id)) map.set(operation.id, operation.code);
          } else {
            expect(table.get(operation.id)).toBe(map.get(operation.id));
            expect(table.has(operation.id)).toBe(map.has(operation.id));
            expect(table.idOf(operation.id)).toBe(map.has(operation.id) ? operation.id : undefined);
          }
        }
        expect(table.size).toBe(map.size);
        expect([...table]).toEqual([...map]);
        expect([...table.keys()]).toEqual([...map.keys()]);
        expect([...table.values()]).toEqual([...map.values()]);
        const visited: [string, number][] = [];
        table.forEach((code, id) => visited.push([id, code]));
        expect(visited).toEqual([...map]);
        for (const id of map.keys()) expect(table.get(id)).toBe(map.get(id));
      }),
      { numRuns: 200 },
    );
  });

  it('merges as a Map merged entry by entry does, from a table or a Map', () => {
    const entries = fc.array(fc.tuple(ID, CODE), { maxLength: 300 });
    fc.assert(
      fc.property(entries, entries, fc.boolean(), (mine, theirs, fromTable) => {
        const merge = (a: number, b: number): number => (a * 7 + b) % 256;
        const table = TestCodeTable.from(mine);
        table.mergeFrom(fromTable ? TestCodeTable.from(theirs) : new Map(theirs), merge);
        const map = new Map(mine);
        for (const [id, code] of new Map(theirs)) {
          const known = map.get(id);
          map.set(id, known === undefined ? code : known === code ? known : merge(known, code));
        }
        expect([...table]).toEqual([...map]);
        for (const id of map.keys()) expect(table.get(id)).toBe(map.get(id));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 100,000 ids apart through every growth of its slots', () => {
    const table = new TestCodeTable();
    for (let n = 0; n < 100_000; n++) expect(table.addIfAbsent(`tests/unit/test_m.py::tests.unit.test_m.T::test_${n}`, n % 7)).toBeUndefined();
    expect(table.size).toBe(100_000);
    for (let n = 0; n < 100_000; n += 997) expect(table.get(`tests/unit/test_m.py::tests.unit.test_m.T::test_${n}`)).toBe(n % 7);
    expect(table.get('tests/unit/test_m.py::tests.unit.test_m.T::test_100000')).toBeUndefined();
    expect(TestCodeTable.from([['a', 1], ['b', 2], ['a', 3]])).toSatisfy((from: TestCodeTable) => from.size === 2 && from.get('a') === 3 && [...from.keys()].join() === 'a,b');
  });
});
