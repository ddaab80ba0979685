import { formatBytes } from '../publish/archives/archive-limits.js';
import { STEP_SUMMARY_LIMIT, byteLength } from './markdown.js';

/**
 * GitHub's limit for one step output ("Outputs are Unicode strings, and can be a maximum of 1 MB"),
 * read as 10^6 bytes: the smaller reading, so a value within it passes either way.
 */
export const STEP_OUTPUT_LIMIT = 1_000_000;

/**
 * Our bound on one line of user text (a commit subject, a version read from a file) in a log line,
 * an annotation or a summary: far above anything written on purpose, far below what a log viewer
 * or GitHub's annotation API (64 KiB per message) takes.
 */
export const LINE_TEXT_LIMIT = 4096;

/** What a cut left out, for the closing line that says so. */
export interface LeftOut {
  readonly lines: number;
  readonly bytes: number;
}

/** A text fitted to a limit, and how. */
export interface FittedText {
  readonly text: string;
  /** The index of the stage that fitted (the last one when it was cut). */
  readonly stage: number;
  /** True when even the last stage was too large and was cut, with a closing line saying so. */
  readonly cut: boolean;
}

/** Options for {@link fitToLimit} and {@link cutToLimit}. */
export interface FitOptions {
  /** UTF-8 bytes; default {@link STEP_SUMMARY_LIMIT}. */
  readonly limit?: number;
  /** The closing line of a cut text; default: "_… N more lines (X) left out to keep the summary under GitHub's 1 MiB limit._" */
  readonly note?: (leftOut: LeftOut) => string;
}

/**
 * Fits a report to a byte limit (GitHub's 1 MiB step summary by default) in stages, as the
 * summaries of version-bump, changelog, quality-gate, benchmark-compare and gpu-report must.
 *
 * `stages` render the same report at decreasing detail, e.g. `[every commit, 50 per type, counts
 * only]`; each stage says in its own text what it left out ("… and 812 more"). They are called
 * lazily, in order, and the first whose UTF-8 size is within the limit is returned, so a small
 * report costs one render. When even the last stage is too large (one 5 MB line of user text), it
 * is cut at the last whole line that fits, or inside that line at a character boundary, and
 * `options.note` closes it with how many lines and bytes were left out. The result is always
 * within the limit, in time linear in the stages' sizes.
 *
 * @example
 * const { text } = fitToLimit([() => render(Infinity), () => render(50), () => render(0)]);
 */
export function fitToLimit(stages: readonly (() => string)[], options: FitOptions = {}): FittedText {
  const limit = options.limit ?? STEP_SUMMARY_LIMIT;
  let last = '';
  for (const [stage, render] of stages.entries()) {
    last = render();
    if (byteLength(last) <= limit) return { text: last, stage, cut: false };
  }
  return { text: cutToLimit(last, options), stage: Math.max(0, stages.length - 1), cut: true };
}

/**
 * Cuts a text to a byte limit at the last line break that fits (inside a line, at a character
 * boundary, when no line break does), and ends it with `options.note`. A text within the limit is
 * returned as is.
 */
export function cutToLimit(text: string, options: FitOptions = {}): string {
  const limit = options.limit ?? STEP_SUMMARY_LIMIT;
  if (byteLength(text) <= limit) return text;
  const note = options.note ?? summaryNote;
  const bytes = Buffer.from(text, 'utf8');
  // Room for the note: measured with the largest numbers it can show, and some slack, as a size
  // written with fewer digits can take more characters (10 MiB, 9.5 MiB).
  const room = byteLength(`\n\n${note({ lines: countLines(bytes, 0), bytes: bytes.length })}\n`) + 16;
  const budget = Math.max(0, limit - room);
  let end = bytes.lastIndexOf(0x0a, budget - 1) + 1;
  if (end <= 0) {
    // No line break fits: cut inside the line, never inside a UTF-8 sequence.
    end = budget;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  }
  const kept = bytes.subarray(0, end).toString('utf8');
  const leftOut = { lines: countLines(bytes, end), bytes: bytes.length - end };
  return `${kept}${kept === '' || kept.endsWith('\n') ? '' : '\n'}\n${note(leftOut)}\n`;
}

/** The default closing line of a cut summary. */
function summaryNote(leftOut: LeftOut): string {
  return `_… ${describeLeftOut(leftOut)} left out to keep the summary under GitHub's 1 MiB limit._`;
}

/** "1,234 more lines (2.1 MiB)": what a cut left out, for closing lines. */
export function describeLeftOut(leftOut: LeftOut): string {
  const lines = leftOut.lines === 1 ? '1 more line' : `${leftOut.lines.toLocaleString('en-US')} more lines`;
  return `${lines} (${formatBytes(leftOut.bytes)})`;
}

/**
 * One line of user text, at most `max` characters (default {@link LINE_TEXT_LIMIT}): a longer one is
 * cut and ends with "… (N more characters left out)". A surrogate pair is never split.
 */
export function clipLine(text: string, max = LINE_TEXT_LIMIT): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en-US')} more characters left out)`;
}

/** Lines from byte `from` to the end: line breaks, plus one for a last line without one. */
function countLines(bytes: Buffer, from: number): number {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a, from); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  if (bytes.length > from && bytes[bytes.length - 1] !== 0x0a) lines++;
  return lines;
}
