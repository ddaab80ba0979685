import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../../src/publish/archives/wheel-record.js';

describe('parseRecord', () => {
  it('reads quoted paths as Python csv writes them, and reports malformed lines', () => {
    const text = 'a.py,sha256=abc,3\r\n"we,ird ""q"".py",sha256=def,4\nd.dist-info/RECORD,,\nbad line\nb.py,sha256=x,big\n';
    const { rows, problems } = parseRecord(text);
    expect(rows).toEqual([
      { path: 'a.py', line: 1, hash: { algorithm: 'sha256', digest: 'abc' }, size: 3 },
      { path: 'we,ird "q".py', line: 2, hash: { algorithm: 'sha256', digest: 'def' }, size: 4 },
      { path: 'd.dist-info/RECORD', line: 3 },
    ]);
    expect(problems).toEqual(['line 4 has 1 fields, not path,hash,size', "line 5 (b.py) has the size 'big', not a number of bytes"]);
  });
});
