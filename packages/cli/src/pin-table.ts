import { FULL_SHA, isRecord, parseRepositoryUses } from './workflow-model.js';
import type { WorkflowProblem } from './workflow-model.js';

/**
 * The pin table (workflows-templates/pins.json): every third-party action the workflows may use, at one commit, with
 * what its action.yml says at that commit. The workflow rules check every `uses:` against it; packages/cli/test/
 * pins.test.ts checks the table against the actions' own repositories where their mirrors are present.
 */
export interface PinTable {
  readonly pins: readonly Pin[];
  readonly preCommit: readonly PreCommitPin[];
  readonly unusable: readonly UnusablePin[];
  readonly advisories: readonly Advisory[];
}

export interface Pin {
  /** `owner/repo` as written in `uses:`. */
  readonly action: string;
  /** The tag, as the `# vX.Y.Z` comment after the SHA names it. */
  readonly version: string;
  readonly sha: string;
  /** `mirror`: read from the action's own repository; `public-pins`: see `evidence`. */
  readonly verification: 'mirror' | 'public-pins';
  readonly evidence?: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** The `runs:` block of action.yml at `sha`, as parsed. */
  readonly runs: Readonly<Record<string, unknown>>;
}

export interface PreCommitPin {
  /** The repository URL, as written in `.pre-commit-config.yaml`. */
  readonly repo: string;
  readonly version: string;
  readonly sha: string;
  readonly verification: 'mirror';
  /** The hook ids `.pre-commit-hooks.yaml` declares at `sha`. */
  readonly hooks: readonly string[];
}

export interface UnusablePin {
  readonly action: string;
  readonly version: string;
  readonly sha: string;
  readonly using: string;
  readonly reason: string;
}

export interface Advisory {
  readonly id: string;
  readonly action: string;
  /** The first affected version ('0': all before `fixed`). */
  readonly introduced: string;
  /** The first version with the fix. */
  readonly fixed: string;
  readonly summary: string;
  readonly url: string;
}

/** Node versions GitHub's runners no longer run (node12, node16, node20): `runs.using` must not be one. */
const RETIRED_NODE = /^node(\d+)$/;
const NEWEST_RETIRED_NODE = 20;

/** Reads pins.json; throws with the path of the first malformed entry, so a broken table fails loudly. */
export function parsePinTable(value: unknown): PinTable {
  if (!isRecord(value)) throw new Error('pins.json: not an object');
  const list = (key: string): readonly Readonly<Record<string, unknown>>[] => {
    const items = value[key];
    if (!Array.isArray(items) || !items.every(isRecord)) throw new Error(`pins.json: ${key} must be a list of objects`);
    return items;
  };
  const text = (item: Readonly<Record<string, unknown>>, key: string, where: string): string => {
    const field = item[key];
    if (typeof field !== 'string' || field === '') throw new Error(`pins.json: ${where}.${key} must be a non-empty string`);
    return field;
  };
  const names = (item: Readonly<Record<string, unknown>>, key: string, where: string): string[] => {
    const field = item[key];
    if (!Array.isArray(field) || !field.every((name) => typeof name === 'string')) throw new Error(`pins.json: ${where}.${key} must be a list of names`);
    return field;
  };
  const sha = (item: Readonly<Record<string, unknown>>, where: string): string => {
    const field = text(item, 'sha', where);
    if (!FULL_SHA.test(field)) throw new Error(`pins.json: ${where}.sha '${field}' is not a full commit SHA`);
    return field;
  };
  const pins = list('pins').map((item, index): Pin => {
    const where = `pins[${index}]`;
    const verification = item.verification;
    if (verification !== 'mirror' && verification !== 'public-pins') throw new Error(`pins.json: ${where}.verification must be mirror or public-pins`);
    if (verification === 'public-pins' && typeof item.evidence !== 'string') throw new Error(`pins.json: ${where} is not verified from a mirror, so it needs its evidence`);
    if (!isRecord(item.runs) || typeof item.runs.using !== 'string') throw new Error(`pins.json: ${where}.runs.using is missing`);
    return {
      action: text(item, 'action', where),
      version: text(item, 'version', where),
      sha: sha(item, where),
      verification,
      ...(typeof item.evidence === 'string' ? { evidence: item.evidence } : {}),
      inputs: names(item, 'inputs', where),
      outputs: names(item, 'outputs', where),
      runs: item.runs,
    };
  });
  const preCommit = list('preCommit').map((item, index): PreCommitPin => {
    const where = `preCommit[${index}]`;
    return { repo: text(item, 'repo', where), version: text(item, 'version', where), sha: sha(item, where), verification: 'mirror', hooks: names(item, 'hooks', where) };
  });
  const unusable = list('unusable').map((item, index): UnusablePin => {
    const where = `unusable[${index}]`;
    return { action: text(item, 'action', where), version: text(item, 'version', where), sha: sha(item, where), using: text(item, 'using', where), reason: text(item, 'reason', where) };
  });
  const advisories = list('advisories').map((item, index): Advisory => {
    const where = `advisories[${index}]`;
    return {
      id: text(item, 'id', where),
      action: text(item, 'action', where),
      introduced: text(item, 'introduced', where),
      fixed: text(item, 'fixed', where),
      summary: text(item, 'summary', where),
      url: text(item, 'url', where),
    };
  });
  return { pins, preCommit, unusable, advisories };
}

/** The pin of `slug` at `sha`, if the table has it. */
export function findPin(table: PinTable, slug: string, sha: string): Pin | undefined {
  return table.pins.find((pin) => pin.action.toLowerCase() === slug.toLowerCase() && pin.sha === sha);
}

/** Whether a `runs.using` is a Node version that GitHub's runners no longer run. */
export function isRetiredRuntime(using: string): boolean {
  const node = RETIRED_NODE.exec(using);
  return node !== null && Number(node[1]) <= NEWEST_RETIRED_NODE;
}

/** The table's own consistency: one version per SHA, no retired runtime, composites' own `uses:` pinned and listed. */
export function checkPinTable(table: PinTable): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const seen = new Map<string, Pin>();
  for (const pin of table.pins) {
    const key = `${pin.action.toLowerCase()}@${pin.sha}`;
    const where = `pins.json: ${pin.action}@${pin.version}`;
    const twin = seen.get(key);
    if (twin) problems.push({ rule: 'pin-table', where, message: `${pin.sha} is listed twice (${twin.version} and ${pin.version})` });
    seen.set(key, pin);
    const using = String(pin.runs.using);
    if (isRetiredRuntime(using)) problems.push({ rule: 'runs-using', where, message: `runs.using ${using}: GitHub's runners no longer run it` });
    const unusable = table.unusable.find((entry) => entry.action === pin.action && entry.sha === pin.sha);
    if (unusable) problems.push({ rule: 'runs-using', where, message: `listed as unusable: ${unusable.reason}` });
    for (const nested of listNestedUses(pin.runs)) {
      const parsed = parseRepositoryUses(nested);
      if (!parsed) continue;
      if (!FULL_SHA.test(parsed.ref)) {
        problems.push({ rule: 'pin-table', where, message: `its composite step uses ${nested}, which is not pinned to a commit` });
      } else if (!findPin(table, parsed.slug, parsed.ref)) {
        problems.push({ rule: 'pin-table', where, message: `its composite step uses ${nested}, which the table does not list (its runs.using is unchecked)` });
      }
    }
    for (const advisory of advisoriesFor(table, pin.action, pin.version)) {
      problems.push({ rule: 'known-vulnerable-actions', where, message: `${advisory.id}: ${advisory.summary} (fixed in ${advisory.fixed}; ${advisory.url})` });
    }
  }
  return problems;
}

/** The `uses:` of a composite action's steps. */
export function listNestedUses(runs: Readonly<Record<string, unknown>>): string[] {
  const steps = runs.steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: unknown) => (isRecord(step) && typeof step.uses === 'string' ? [step.uses] : []));
}

/** The advisories whose range holds `version` of `action`. */
export function advisoriesFor(table: PinTable, action: string, version: string): Advisory[] {
  return table.advisories.filter(
    (advisory) =>
      advisory.action.toLowerCase() === action.toLowerCase() &&
      compareReleases(version, advisory.introduced) >= 0 &&
      compareReleases(version, advisory.fixed) < 0,
  );
}

/** Compares two action release tags (`v1.14.2`, `4.1.3`) by their numbers; a shorter one is padded with zeros. */
export function compareReleases(a: string, b: string): number {
  const numbers = (tag: string): number[] => tag.replace(/^v/, '').split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const x = numbers(a);
  const y = numbers(b);
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** How the pin rules treat this repository's own actions. */
export interface PinOptions {
  /**
   * `template`: `<owner>/ops-actions/...@v1` is the placeholder `ops-actions init` replaces with a commit, so it is
   * allowed; any other reference to our actions must be a commit like any action. `pinned`: none is allowed.
   */
  readonly ownActions: 'template' | 'pinned';
}

const USES_LINE = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^\s"'#]+)\2\s*(?:#\s*(.*))?$/;
const OWN_PLACEHOLDER = /^<owner>\/ops-actions\/[\w./-]+@v1$/;
const OWN_ACTIONS = /^[^/\s]+\/ops-actions(?:\/|@)/;

/**
 * zizmor's unpinned-uses (every `uses:` hash-pinned; a SHA is also what makes ref-confusion impossible),
 * ref-version-mismatch (the `# vX.Y.Z` comment is the pinned commit's tag), forbidden-uses used as an allowlist
 * (only actions the pin table lists, whose SHAs were checked to be tags of the action's own repository: no
 * impostor-commit, no stale-action-refs), known-vulnerable-actions (the table's advisories) and runs-using (no
 * action on a Node version the runners dropped). Works on the text, since versions live in comments.
 */
export function checkPins(text: string, table: PinTable, options: PinOptions): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = USES_LINE.exec(line);
    const uses = match?.[3];
    if (uses === undefined || uses.startsWith('./')) return;
    const comment = (match?.[4] ?? '').trim();
    const where = `line ${index + 1}`;
    const fail = (rule: string, message: string): void => {
      problems.push({ rule, where, message });
    };
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) fail('unpinned-uses', `${uses} is not pinned to an image digest (@sha256:...)`);
      return;
    }
    const own = OWN_ACTIONS.test(uses);
    if (own && options.ownActions === 'template' && OWN_PLACEHOLDER.test(uses)) return;
    const parsed = parseRepositoryUses(uses);
    if (!parsed) return fail('unpinned-uses', `${uses} is not owner/repo[/path]@ref`);
    if (!FULL_SHA.test(parsed.ref)) return fail('unpinned-uses', `${uses} is not pinned to a full commit SHA`);
    const version = /^(v?\d+(?:\.\d+)*)\b/.exec(comment)?.[1];
    if (version === undefined) return fail('ref-version-mismatch', `${uses} has no version comment (# v1.2.3)`);
    // Our own actions are pinned by `ops-actions init`, from the tags of ops-actions itself.
    if (own) return;
    const unusable = table.unusable.find((entry) => entry.action.toLowerCase() === parsed.slug && entry.sha === parsed.ref);
    if (unusable) return fail('runs-using', `${parsed.slug}@${unusable.version}: ${unusable.reason}`);
    const pin = findPin(table, parsed.slug, parsed.ref);
    if (!pin) return fail('forbidden-uses', `${parsed.slug}@${parsed.ref} is not in workflows-templates/pins.json: add it there, verified against the action's own repository`);
    if (pin.version !== version) fail('ref-version-mismatch', `${parsed.slug}@${parsed.ref} is ${pin.version}, but the comment says ${version}`);
    if (isRetiredRuntime(String(pin.runs.using))) fail('runs-using', `${parsed.slug}@${pin.version} runs on ${String(pin.runs.using)}, which GitHub's runners no longer run`);
    for (const advisory of advisoriesFor(table, pin.action, pin.version)) {
      fail('known-vulnerable-actions', `${parsed.slug}@${pin.version}: ${advisory.id}, ${advisory.summary}; fixed in ${advisory.fixed} (${advisory.url})`);
    }
  });
  return problems;
}
