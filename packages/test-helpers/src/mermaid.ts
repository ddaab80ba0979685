import { expect } from 'vitest';

/** What Mermaid's parser says of one chart. */
export interface ParsedMermaid {
  /** Mermaid's name for the chart's kind: `xychart`, `pie`, `flowchart-v2`, … */
  readonly diagramType: string;
}

interface MermaidParser {
  parse(text: string): Promise<ParsedMermaid | false>;
}

let loading: Promise<MermaidParser> | undefined;

/**
 * Mermaid itself (the 11.x line, which GitHub renders charts with), loaded once per test file.
 * Its `parse()` sanitises labels with DOMPurify, which needs a DOM: jsdom's window stands in for
 * the browser's. Nothing is rendered; only the grammar and the chart's own checks run.
 */
function loadMermaid(): Promise<MermaidParser> {
  loading ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    const scope = globalThis as Record<string, unknown>;
    scope.window ??= window;
    scope.document ??= window.document;
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false });
    return mermaid;
  })();
  return loading;
}

/**
 * The bodies of every fenced ```mermaid block in Markdown (backtick or tilde fences of three or
 * more, as CommonMark allows; the closing fence must be at least as long as the opening one).
 */
export function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*mermaid\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const body: string[] = [];
    let closed = false;
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) {
        closed = true;
        break;
      }
      body.push(line);
    }
    if (!closed) throw new Error(`a mermaid block is not closed:\n${body.slice(0, 5).join('\n')}`);
    blocks.push(body.join('\n'));
  }
  return blocks;
}

/** Parses one chart with Mermaid's own parser; throws Mermaid's error (with the chart) when it is not valid. */
export async function parseMermaid(chart: string): Promise<ParsedMermaid> {
  const mermaid = await loadMermaid();
  try {
    const parsed = await mermaid.parse(chart);
    if (parsed === false) throw new Error('Mermaid did not recognise the chart');
    return parsed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Mermaid refuses this chart: ${reason}\n--- chart ---\n${chart}\n-------------`, { cause: error });
  }
}

/**
 * Asserts that Markdown (a job summary, a comment) holds charts and that Mermaid's parser accepts
 * every one. `count` asks for exactly that many (0 asserts there is none); by default at least
 * one. Resolves with each chart's diagram type, in order, for further assertions.
 */
export async function expectValidMermaid(markdown: string, options: { readonly count?: number } = {}): Promise<string[]> {
  const blocks = mermaidBlocks(markdown);
  if (options.count === undefined) expect(blocks.length, 'expected at least one mermaid chart').toBeGreaterThan(0);
  else expect(blocks.length, `expected ${options.count} mermaid chart(s)`).toBe(options.count);
  const types: string[] = [];
  for (const block of blocks) types.push((await parseMermaid(block)).diagramType);
  return types;
}
