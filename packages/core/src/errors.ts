import { clipLine } from './summary/fit-to-limit.js';

/**
 * Typed errors for ops-actions. Every error an action can fail with carries structured fields,
 * so `main.ts` can format it once and tests can assert on the fields rather than on prose.
 */

/** Base class: every error thrown on purpose by ops-actions code. */
export class OpsError extends Error {
  override name = 'OpsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A workflow input whose value is not allowed. */
export class InputError extends OpsError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    // The value is the user's own text, of any size: the message quotes a line of it at most.
    super(`Input '${input}' has the value '${clipLine(value, 1000)}', but ${allowed}.`);
  }
}

/** A file that is missing, or whose content cannot be understood. `line` is 1-based. */
export class FileError extends OpsError {
  override name = 'FileError';
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(`${line === undefined ? path : `${path}:${line}`}: ${problem}`, options);
  }
}

/**
 * No version where the project's configuration says it lives, and no setting saying where: the
 * places looked at, and the `version-files` line that fixes it.
 */
export class VersionNotFoundError extends OpsError {
  override name = 'VersionNotFoundError';
  constructor(
    readonly looked: readonly string[],
    readonly fix: string,
  ) {
    super(
      `No version found: no file holds it where this project's configuration says, and no setting says where it lives. Looked in:\n` +
        `${looked.map((place) => `  - ${place}`).join('\n')}\n` +
        `Name the file that holds it in the step's inputs, e.g.:\n  with:\n    ${fix}`,
    );
  }
}

/** A git command that failed; `stderr` is kept for the message, never the environment. */
export class GitError extends OpsError {
  override name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    hint?: string,
  ) {
    const detail = stderr.trim() || `exit code ${String(exitCode)}`;
    super(`git ${args.join(' ')} failed: ${detail}${hint ? `\n${hint}` : ''}`);
  }
}

/** A version that cannot be parsed, or a version change that the rules refuse. */
export class VersionError extends OpsError {
  override name = 'VersionError';
}

/** A release that cannot go ahead as asked (a tag that exists, commits that are not conventional, ...). */
export class ReleaseError extends OpsError {
  override name = 'ReleaseError';
}

/**
 * Turns anything thrown into one message for `core.setFailed`. A thrown non-Error
 * (a string, an object) still fails the step with something readable; a message is cut at
 * 16 KiB characters (user text can be any size).
 */
export function formatError(error: unknown): string {
  return clipLine(describeError(error), MESSAGE_LIMIT);
}

// One failure message, as an annotation shows it: bounded whatever text went into it.
const MESSAGE_LIMIT = 16 * 1024;

function describeError(error: unknown): string {
  if (error instanceof OpsError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`;
  } catch {
    return `Unexpected failure: ${String(error)}`;
  }
}
