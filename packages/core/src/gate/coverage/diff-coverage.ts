import { OpsError } from '../../errors.js';
import type { GitClient } from '../../git/git-client.js';
import type { MergedFileCoverage } from './coverage-model.js';

/** Changed lines (new-file numbering) by repository-relative path. */
export type ChangedLines = Map<string, Set<number>>;

/**
 * Pure: the lines a unified diff adds or changes, by file, as diff-cover reads `git diff -U0`
 * (diff_cover/diff_reporter.py `GitDiffReporter._parse_diff_str`): a `+` line in a hunk is a
 * changed line of the new file; deleted files are left out. With `previous`, the lines this diff
 * deletes are removed from what the earlier diff changed first (diff-cover's way of stacking the
 * committed, staged and unstaged diffs).
 */
export function parseUnifiedDiff(diff: string, previous: ChangedLines = new Map()): ChangedLines {
  const result: ChangedLines = new Map([...previous].map(([file, lines]) => [file, new Set(lines)]));
  let file: string | undefined;
  let oldLine = 0;
  let newLine = 0;
  let added: Set<number> | undefined;
  const deleted = new Set<number>();
  const finish = (): void => {
    if (file === undefined) return;
    const earlier = result.get(file) ?? new Set<number>();
    for (const line of deleted) earlier.delete(line);
    for (const line of added ?? []) earlier.add(line);
    if (earlier.size > 0) result.set(file, earlier);
    else result.delete(file);
    deleted.clear();
    added = undefined;
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
      finish();
      file = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
      added = new Set();
      continue;
    }
    if (line.startsWith('--- ')) continue;
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      continue;
    }
    if (file === undefined || added === undefined) continue;
    if (line.startsWith('+')) added.add(newLine++);
    else if (line.startsWith('-')) deleted.add(oldLine++);
    else if (line.startsWith(' ')) {
      oldLine++;
      newLine++;
    }
  }
  finish();
  return result;
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  // core.quotepath=off leaves UTF-8 alone; what git still quotes are escapes like \" and \t.
  return path.slice(1, -1).replace(/\\(["\\])/g, '$1').replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}

/** What diff coverage measured: diff-cover's numbers. */
export interface DiffCoverage {
  /** The base the diff was taken against, as given (`origin/main`). */
  readonly base: string;
  /** Changed lines that are statements some report measured. */
  readonly measured: number;
  readonly covered: number;
  /** Uncovered changed lines by file. */
  readonly uncovered: readonly { readonly file: string; readonly lines: readonly number[] }[];
  /** Changed files the coverage reports know. */
  readonly files: number;
}

/**
 * Pure: diff-cover's rule (diff_cover/report_generator.py `DiffViolations`): of the changed lines
 * of each file, those the coverage report measures count, and those it saw missed are uncovered;
 * files the reports do not know are ignored (documentation, configuration). Only lines count,
 * not branches, as in diff-cover.
 */
export function computeDiffCoverage(base: string, changed: ChangedLines, coverage: ReadonlyMap<string, MergedFileCoverage>): DiffCoverage {
  let measured = 0;
  let covered = 0;
  let files = 0;
  const uncovered: { file: string; lines: number[] }[] = [];
  for (const [file, lines] of [...changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const data = coverage.get(file);
    if (data === undefined) continue;
    const missed: number[] = [];
    let inFile = 0;
    for (const line of [...lines].sort((a, b) => a - b)) {
      if (!data.measured.has(line)) continue;
      inFile++;
      if (data.missing.has(line)) missed.push(line);
    }
    if (inFile === 0) continue;
    files++;
    measured += inFile;
    covered += inFile - missed.length;
    if (missed.length > 0) uncovered.push({ file, lines: missed });
  }
  return { base, measured, covered, uncovered, files };
}

/** The base commit could not be found in the clone. */
export class BaseRefError extends OpsError {
  override name = 'BaseRefError';
}

/**
 * The lines changed since `base`, as diff-cover collects them (diff_cover/git_diff.py
 * `GitDiffTool`): `git diff -U0 <base>...HEAD` (from the merge base, so what the base branch
 * did since is not counted), then the staged and the unstaged changes on top.
 */
export async function readChangedLines(git: GitClient, base: string): Promise<ChangedLines> {
  const verify = await git.run(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], { allowFailure: true });
  if (verify.exitCode !== 0) {
    throw new BaseRefError(
      `The base '${base}' for diff coverage is not in this clone. Check out with \`fetch-depth: 0\` (actions/checkout), or fetch the base branch, or set \`base-ref\`.`,
    );
  }
  const args = ['-c', 'diff.mnemonicprefix=no', '-c', 'diff.noprefix=no', '-c', 'core.quotepath=off', 'diff', '--no-color', '--no-ext-diff', '-U0'];
  const committed = await git.run([...args, `${base}...HEAD`], { hint: 'diff coverage needs the merge base of base-ref and HEAD: check out with fetch-depth: 0' });
  let changed = parseUnifiedDiff(committed.stdout);
  changed = parseUnifiedDiff((await git.run([...args, '--cached'])).stdout, changed);
  changed = parseUnifiedDiff((await git.run([...args])).stdout, changed);
  return changed;
}
