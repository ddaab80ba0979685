/**
 * The table part of `checkRst`: finds grid and simple tables and reports "Malformed table." for
 * the basic shape errors docutils stops on. Tables with non-ASCII text are not measured (docutils
 * counts East Asian wide characters as two columns), and simple tables with column spans are not
 * checked, so a table is only reported when docutils certainly refuses it.
 */

/** A table's first and one-past-last 0-based lines. */
export interface TableExtent {
  readonly kind: 'grid' | 'simple';
  readonly start: number;
  readonly end: number;
}

const GRID_BORDER = /^\+[-=+]+\+$/;
const SIMPLE_BORDER = /^=+( +=+)*$/;

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** The table that starts at line `i`, if one does: a `+---+` grid border or a `===  ===` border at column 0. */
export function findTable(lines: readonly string[], i: number): TableExtent | undefined {
  const first = (lines[i] ?? '').trimEnd();
  const indent = first.length - first.trimStart().length;
  if (GRID_BORDER.test(first.trimStart())) {
    let end = i + 1;
    while (end < lines.length && /^[+|]/.test((lines[end] ?? '').slice(indent)) && (lines[end] ?? '').slice(0, indent).trim() === '') end += 1;
    return { kind: 'grid', start: i, end };
  }
  if (indent === 0 && SIMPLE_BORDER.test(first) && first.includes(' ')) {
    // The bottom border is the border line followed by a blank line or the end of the text.
    for (let j = i + 1; j < lines.length; j += 1) {
      if (SIMPLE_BORDER.test((lines[j] ?? '').trimEnd()) && isBlank(lines[j + 1])) return { kind: 'simple', start: i, end: j + 1 };
    }
    let end = i + 1;
    while (end < lines.length && !isBlank(lines[end])) end += 1;
    return { kind: 'simple', start: i, end };
  }
  return undefined;
}

/** "Malformed table." problems (1-based lines) for the given tables. */
export function checkRstTables(lines: readonly string[], tables: readonly TableExtent[]): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const table of tables) {
    const rows = lines.slice(table.start, table.end).map((l) => l.trimEnd());
    if (rows.some((r) => /[^\x20-\x7e]/.test(r))) continue;
    const bad = table.kind === 'grid' ? checkGrid(rows) : checkSimple(rows);
    if (bad !== undefined) problems.push({ line: table.start + bad + 1, message: 'Malformed table.' });
  }
  return problems;
}

/** Index of the first row that breaks the grid, or `undefined`. docutils reports the table's first line. */
function checkGrid(rows: readonly string[]): number | undefined {
  const width = rows[0]?.length ?? 0;
  const last = rows.at(-1)?.trimStart() ?? '';
  if (!GRID_BORDER.test(last)) return 0;
  return rows.some((r) => r.length !== width || !/[+|]$/.test(r)) ? 0 : undefined;
}

/** Index of the first row with text in a column margin, or `undefined`. */
function checkSimple(rows: readonly string[]): number | undefined {
  if (rows.some((r) => /^-+( +-+)*$/.test(r.trim()) && r.trim().length > 0)) return undefined;
  const border = rows[0] ?? '';
  const gaps: number[] = [];
  const lastColumnStart = border.search(/=+$/);
  for (let c = 0; c < lastColumnStart; c += 1) if (border[c] === ' ') gaps.push(c);
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r] ?? '';
    if (SIMPLE_BORDER.test(row) || isBlank(row)) continue;
    if (gaps.some((c) => row[c] !== undefined && row[c] !== ' ')) return r;
  }
  return undefined;
}
