/**
 * Markdown helpers for step summaries. User text (commit subjects, file names) is escaped
 * before it reaches the summary, so a subject like `fix: *all* <script>` renders as written.
 */

/**
 * GitHub's limit for one step's summary: 1 MiB. actions/runner refuses a larger
 * `$GITHUB_STEP_SUMMARY` whole ("upload aborted, supports content up to a size of 1024k").
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Escapes user text (a commit subject) for inline Markdown: characters that would start emphasis,
 * links, HTML or table cells are backslashed; newlines become spaces. Balanced `code spans` are
 * kept, since authors write them on purpose; an odd backtick is escaped so it cannot swallow the
 * links after it. `_` inside a word (`read_csv`) and `#123` are left alone: GitHub renders them as
 * written, and links issue references.
 */
export function escapeMarkdown(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const ticks = clean.split('`').length - 1;
  const parts = ticks > 0 && ticks % 2 === 0 ? clean.split(/(`[^`]+`)/) : [clean];
  return parts.map((part, index) => (index % 2 === 1 ? part : escapeProse(part))).join('');
}

function escapeProse(text: string): string {
  return text
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/[\\`*[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Inline code that survives backticks inside the value. */
export function inlineCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** A Markdown table; cells are used as given (escape them first). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Links to a repository on a GitHub server. Undefined repository: no links, plain text. */
export interface RepositoryLinks {
  readonly serverUrl: string;
  readonly repository: string | undefined;
}

/** `[abc1234](…/commit/<hash>)`, or the short hash alone when there is no repository. */
export function commitLink(hash: string, links: RepositoryLinks): string {
  const short = hash.slice(0, 7);
  if (!links.repository) return inlineCode(short);
  return `[${inlineCode(short)}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${hash})`;
}

/** `[#12](…/pull/12)`, or `#12` when there is no repository. */
export function pullRequestLink(pr: number, links: RepositoryLinks): string {
  if (!links.repository) return `#${pr}`;
  return `[#${pr}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/pull/${pr})`;
}

/** UTF-8 size of a string, as GitHub counts the summary limit. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
