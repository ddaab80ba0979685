import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, renderTable } from '../../src/summary/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['support *nested* groups', 'support \\*nested\\* groups'],
    ['read_csv and _emphasis_', 'read_csv and \\_emphasis\\_'],
    ['rename `run` to `exec`', 'rename `run` to `exec`'],
    ['a stray ` backtick', 'a stray \\` backtick'],
    ['<script>alert(1)</script> [link](x) a|b', '\\<script\\>alert(1)\\</script\\> \\[link\\](x) a\\|b'],
    ['R&D &amp; more', 'R&D &amp;amp; more'],
    ['fix #123\nsecond line', 'fix #123 second line'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('inlineCode and renderTable', () => {
  it('fences code that holds backticks, and escapes pipes in cells once', () => {
    expect(inlineCode('a`b')).toBe('`` a`b ``');
    expect(renderTable(['x'], [['a|b'], ['c\\|d']])).toBe('| x |\n| --- |\n| a\\|b |\n| c\\|d |');
  });
});
