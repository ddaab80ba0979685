import { describe, expect, it } from 'vitest';
import { expectValidMermaid, mermaidBlocks, parseMermaid } from '../src/mermaid.js';

const XY = `xychart-beta
  title "GPU 0 utilization"
  x-axis "seconds" [0, 1, 2, 3]
  y-axis "%" 0 --> 100
  line [10, 50, 98, 97]`;

describe('mermaidBlocks', () => {
  it('finds backtick and tilde fences, and ignores other languages', () => {
    const md = ['# t', '```mermaid', 'pie', '  "a" : 1', '```', '```yaml', 'a: 1', '```', '~~~~ mermaid', XY, '~~~~', ''].join('\n');
    expect(mermaidBlocks(md)).toEqual(['pie\n  "a" : 1', XY]);
  });

  it('refuses a block that is never closed', () => {
    expect(() => mermaidBlocks('```mermaid\npie\n')).toThrow(/not closed/);
  });

  it('needs the closing fence to be as long as the opening one', () => {
    expect(mermaidBlocks('````mermaid\npie\n```\n"a" : 1\n````\n')).toEqual(['pie\n```\n"a" : 1']);
  });
});

describe('parseMermaid (Mermaid 11 itself)', () => {
  it('accepts a valid xychart and pie', async () => {
    await expect(parseMermaid(XY)).resolves.toEqual({ diagramType: 'xychart', config: {} });
    await expect(parseMermaid('pie title Verdicts\n  "passed" : 3\n  "failed" : 1')).resolves.toMatchObject({ diagramType: 'pie' });
  });

  it('refuses a broken chart with Mermaid’s own message', async () => {
    await expect(parseMermaid('xychart-beta\n  x-axis [a, b\n  line [1, 2]')).rejects.toThrow(/Mermaid refuses this chart: Parse error on line 2/);
    await expect(parseMermaid('not a diagram at all')).rejects.toThrow(/Mermaid refuses this chart/);
  });

  it('expectValidMermaid counts the charts and fails on a bad one', async () => {
    await expect(expectValidMermaid(`a\n\`\`\`mermaid\n${XY}\n\`\`\`\n`)).resolves.toEqual(['xychart']);
    await expect(expectValidMermaid('no chart here', { count: 0 })).resolves.toEqual([]);
    await expect(expectValidMermaid('no chart here')).rejects.toThrow(/at least one mermaid chart/);
    await expect(expectValidMermaid('```mermaid\nxychart-beta\n  line [1, "x"]\n```\n')).rejects.toThrow(/Mermaid refuses/);
  });
});
