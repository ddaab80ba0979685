import { access, constants } from 'node:fs/promises';
import { FileError } from '../../errors.js';

/**
 * Throws a {@link FileError} when `path` cannot be opened for reading: a missing dist file is
 * the caller's mistake, not a finding about the archive, so it must not become a check.
 */
export async function assertReadableFile(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new FileError(path, `cannot read the distribution (${code})`, undefined, { cause: error });
  }
}
