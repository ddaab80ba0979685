const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes the HTML entities `@actions/core`'s summary and our renderers write. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/**
 * Rewrites the HTML that step summaries commonly hold (`core.summary.addTable`, `addHeading`,
 * `addList`, `addDetails`, `addCodeBlock`, `<br>`) as markdown, so one terminal renderer handles
 * both. Tags it does not know are dropped and their text kept; entities are decoded at the end.
 */
export function convertSummaryHtmlToMarkdown(text: string): string {
  let out = text.replace(/<!--[\s\S]*?-->/g, '');
  out = out.replace(/<pre[^>]*>(?:\s*<code[^>]*>)?([\s\S]*?)(?:<\/code>\s*)?<\/pre>/gi, (_, code: string) => `\n\`\`\`\n${code.replace(/\n$/, '')}\n\`\`\`\n`);
  out = out.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_, table: string) => `\n${convertTable(table)}\n`);
  out = out.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, body: string) => `\n${'#'.repeat(Number(level))} ${inline(body)}\n`);
  out = out.replace(/<summary[^>]*>([\s\S]*?)<\/summary>/gi, (_, body: string) => `\n**${inline(body)}**\n`);
  out = out.replace(/<(ul|ol)[^>]*>([\s\S]*?)<\/\1>/gi, (_, kind: string, body: string) => `\n${convertList(kind, body)}\n`);
  out = out.replace(/<br\s*\/?>/gi, '\n').replace(/<hr\s*\/?>/gi, '\n---\n');
  out = out.replace(/<\/?(p|div|details)[^>]*>/gi, '\n');
  out = out.replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, body: string) => `[${inline(body)}](${href})`);
  out = out.replace(/<\/?(strong|b)>/gi, '**').replace(/<\/?(em|i)>/gi, '*').replace(/<\/?code>/gi, '`');
  out = out.replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeHtmlEntities(out).replace(/\n{3,}/g, '\n\n');
}

function inline(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?(strong|b)>/gi, '**')
    .replace(/<\/?code>/gi, '`')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function convertTable(table: string): string {
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) => {
    const cells = [...(row[1] ?? '').matchAll(/<(th|td)[^>]*>([\s\S]*?)<\/\1>/gi)];
    return { header: cells.some((cell) => cell[1]?.toLowerCase() === 'th'), cells: cells.map((cell) => inline(cell[2] ?? '').replace(/\|/g, '\\|')) };
  });
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.cells.length));
  const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [first, ...rest] = rows;
  // A markdown table needs a header row; a table without <th> gets an empty one.
  const header = first?.header ? first.cells : Array<string>(width).fill('');
  const body = first?.header ? rest : rows;
  return [line(header), line(Array<string>(width).fill('---')), ...body.map((row) => line(row.cells))].join('\n');
}

function convertList(kind: string, body: string): string {
  const items = [...body.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)];
  return items.map((item, index) => `${kind.toLowerCase() === 'ol' ? `${index + 1}.` : '-'} ${inline(item[1] ?? '')}`).join('\n');
}
