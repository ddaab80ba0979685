import { convertSummaryHtmlToMarkdown } from './summary-html-to-markdown.js';

/** How {@link renderMarkdownForTerminal} styles its output. */
export interface TerminalStyle {
  /** ANSI bold/dim/underline; false when stdout is not a TTY or NO_COLOR is set. */
  readonly color: boolean;
}

const ANSI = { bold: ['\u001b[1m', '\u001b[22m'], dim: ['\u001b[2m', '\u001b[22m'], cyan: ['\u001b[36m', '\u001b[39m'] } as const;
type Alignment = 'left' | 'right' | 'center';

/**
 * Renders a step summary (markdown, with the HTML that `core.summary` writes) for a terminal:
 * headings underlined, tables as padded columns, list markers as bullets, links as
 * `text (url)`, emphasis markers removed (or bold, with color), code blocks indented.
 */
export function renderMarkdownForTerminal(markdown: string, style: TerminalStyle): string {
  const paint = (kind: keyof typeof ANSI, text: string): string => (style.color ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text);
  const lines = convertSummaryHtmlToMarkdown(markdown).replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^\s*(```|~~~)/.test(line)) {
      const fence = line.trim().slice(0, 3);
      for (index++; index < lines.length && !(lines[index] ?? '').trim().startsWith(fence); index++) {
        out.push(paint('dim', `    ${lines[index] ?? ''}`));
      }
      continue;
    }
    if (isTableRow(line)) {
      const block: string[] = [];
      for (; index < lines.length && isTableRow(lines[index] ?? ''); index++) block.push(lines[index] ?? '');
      index--;
      out.push(...renderTable(block, (text) => renderInline(text, style.color), paint));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = renderInline(heading[2] ?? '', false);
      out.push(paint('bold', text));
      if ((heading[1] ?? '').length <= 2) out.push((heading[1] === '#' ? '=' : '-').repeat(displayWidth(text)));
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('─'.repeat(40));
      continue;
    }
    const item = /^(\s*)[-*+]\s+(?:\[([ xX])\]\s+)?(.*)$/.exec(line);
    if (item) {
      const box = item[2] === undefined ? '' : item[2] === ' ' ? '[ ] ' : '[x] ';
      out.push(`${item[1] ?? ''}• ${box}${renderInline(item[3] ?? '', style.color)}`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      out.push(`│ ${renderInline(quote[1] ?? '', style.color)}`);
      continue;
    }
    out.push(renderInline(line, style.color));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Inline markdown: links, images, bold, italics, code spans and backslash escapes. Code spans
 * are set aside first, so `__init__.py` inside backticks is not read as bold.
 */
function renderInline(text: string, color: boolean): string {
  const bold = (body: string): string => (color ? `${ANSI.bold[0]}${body}${ANSI.bold[1]}` : body);
  const spans: string[] = [];
  const protectedText = text.replace(/(?<!\\)(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, _fence: string, code: string) => {
    spans.push(code.trim() === '' ? code : code.replace(/^ (.*) $/, '$1'));
    return `\uE000${spans.length - 1}\uE000`;
  });
  return protectedText
    .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, (_, alt: string) => `[image: ${alt}]`)
    .replace(/\[([^\]]+)\]\(([^)]*)\)/g, (_, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, (_, _marker: string, body: string) => bold(body))
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => {
      const code = spans[Number(index)] ?? '';
      return color ? `${ANSI.cyan[0]}${code}${ANSI.cyan[1]}` : `\`${code}\``;
    });
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function splitRow(line: string): string[] {
  // Split on pipes that are not escaped as \| (which a cell uses for a literal pipe).
  return line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function renderTable(block: string[], inline: (text: string) => string, paint: (kind: 'bold', text: string) => string): string[] {
  const rows = block.map(splitRow);
  const separator = rows.findIndex((cells) => cells.every((cell) => /^:?-+:?$/.test(cell)));
  const alignments: Alignment[] = (separator >= 0 ? (rows[separator] ?? []) : []).map((cell) =>
    cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.endsWith(':') ? 'right' : 'left',
  );
  const header = separator === 1 ? (rows[0] ?? []) : undefined;
  const body = rows.filter((_, index) => index !== separator && !(header && index === 0));
  const plain = [header ?? [], ...body].map((cells) => cells.map((cell) => stripAnsi(inline(cell))));
  const styled = [header ?? [], ...body].map((cells) => cells.map((cell) => inline(cell)));
  const columns = Math.max(...plain.map((cells) => cells.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...plain.map((cells) => displayWidth(cells[column] ?? ''))));
  const format = (row: number, bold: boolean): string =>
    widths
      .map((width, column) => {
        const text = styled[row]?.[column] ?? '';
        const padded = pad(text, width - displayWidth(plain[row]?.[column] ?? ''), alignments[column] ?? 'left');
        return bold ? paint('bold', padded) : padded;
      })
      .join('  ')
      .trimEnd();
  const lines: string[] = [];
  const hasHeader = header !== undefined && header.some((cell) => cell !== '');
  if (hasHeader) lines.push(format(0, true), widths.map((width) => '-'.repeat(width)).join('  '));
  for (let row = 1; row < styled.length; row++) lines.push(format(row, false));
  return lines;
}

function pad(text: string, missing: number, alignment: Alignment): string {
  const space = Math.max(0, missing);
  if (alignment === 'right') return `${' '.repeat(space)}${text}`;
  if (alignment === 'center') return `${' '.repeat(Math.floor(space / 2))}${text}${' '.repeat(Math.ceil(space / 2))}`;
  return `${text}${' '.repeat(space)}`;
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escapes start with the ESC control character.
  return text.replace(/\u001b\[\d+m/g, '');
}

/** Columns a string takes in a terminal: wide East Asian characters and most emoji take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfe0f || (code >= 0x300 && code <= 0x36f) || code === 0x200d) continue;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x1f300 && code <= 0x1faff) || code === 0x2705 || code === 0x274c;
    width += wide ? 2 : 1;
  }
  return width;
}
