import { OpsError } from '@ops-actions/core';

/** A command line the CLI cannot understand; `main` prints it with the usage and exits 2. */
export class UsageError extends OpsError {
  override name = 'UsageError';
}
