// Plain-text tables and target checks shared by the benches and bench/run.mjs.

/** Renders rows (arrays of cells) under a header as an aligned text table. */
export function formatTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const COMPARE = {
  '>=': (measured, limit) => measured >= limit,
  '<=': (measured, limit) => measured <= limit,
  '<': (measured, limit) => measured < limit,
  '>': (measured, limit) => measured > limit,
};

/**
 * A target: `name` (what is compared), measured value, comparison and limit, formatted
 * with `unit` and `digits`, and an optional `note` printed after it (e.g. why nothing was
 * measured: a NaN measurement fails). Returns it with `pass` set.
 */
export function target({ name, measured, op, limit, unit = '', digits = 2, note }) {
  if (!Object.hasOwn(COMPARE, op)) throw new Error(`unknown comparison ${op}`);
  const pass = Number.isFinite(measured) && COMPARE[op](measured, limit);
  return { name, measured, op, limit, unit, digits, pass, note };
}

/** The final verdict line: "PASS target: measured vs limit". */
export function formatTarget(t) {
  const value = (number) =>
    Number.isNaN(number) ? 'not measured' : `${Number.isFinite(number) ? number.toFixed(t.digits) : String(number)}${t.unit}`;
  const note = t.note ? ` (${t.note})` : '';
  return `${t.pass ? 'PASS' : 'FAIL'} ${t.name}: ${value(t.measured)} vs limit ${t.op} ${value(t.limit)}${note}`;
}
