import { OpsError } from '../../errors.js';

/**
 * The archive library could not read a distribution: not a zip or gzip at all, truncated,
 * corrupt data, or a member that inflates to another size than it declares. The inspectors
 * turn it into a failing check; any other error is a bug and propagates.
 */
export class ArchiveReadError extends OpsError {
  override name = 'ArchiveReadError';
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

/** Wraps whatever an archive library rejected with (its errors are plain `Error`s). */
export function toArchiveReadError(path: string, error: unknown, doing: string): ArchiveReadError {
  if (error instanceof ArchiveReadError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ArchiveReadError(path, `${doing}: ${detail}`, { cause: error });
}

/** Reading stopped because the archive broke one of the archive limits; `problem` says which. */
export class ArchiveLimitError extends OpsError {
  override name = 'ArchiveLimitError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}
