/**
 * Markdown helpers for step summaries. User text (commit subjects, file names) is escaped
 * before it reaches the summary, so a subject like `fix: *all* <script>` renders as written.
 */

/** GitHub's limit for one step's summary: 1 MiB. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Escapes the characters that change inline Markdown or start HTML; newlines become spaces.
 * `#123` is left alone so that GitHub still links issue references.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
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
