import { OpsError } from '../../errors.js';

/**
 * The job has the ID-token variables but no OIDC token came of them. The message never holds
 * the request token or a JWT: only where the request went and what came back.
 */
export class IdTokenError extends OpsError {
  override name = 'IdTokenError';
  constructor(
    readonly problem: string,
    readonly fix: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(problem, options);
  }
}
