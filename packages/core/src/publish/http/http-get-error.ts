import { OpsError } from '../../errors.js';

/** One redirect that was followed: `from` answered `status` with a Location of `to` (both without credentials). */
export interface RedirectHop {
  readonly status: number;
  readonly from: string;
  readonly to: string;
}

/**
 * - `network`: fetch rejected (refused, reset, DNS, timed out); `cause` is its error.
 * - `redirect-refused`: a Location broke the URL rules (not https, not a URL, credentials).
 * - `too-many-redirects`: more hops than allowed.
 * - `body-too-large`: the answer declared or sent more than the cap.
 */
export type HttpGetProblemKind = 'network' | 'redirect-refused' | 'too-many-redirects' | 'body-too-large';

/**
 * A GET that gave no answer to use. `url` is the hop where it happened, which after a
 * redirect is not the URL first asked; `redirects` are the hops followed before it.
 */
export class HttpGetError extends OpsError {
  override name = 'HttpGetError';
  /** For a refused redirect: where it pointed (without credentials) and the rule it broke. */
  readonly refused: { readonly location: string; readonly reason: string } | undefined;
  constructor(
    readonly kind: HttpGetProblemKind,
    /** The URL of the hop that failed, without credentials. */
    readonly url: string,
    readonly redirects: readonly RedirectHop[],
    /** What happened, in words, naming the hop's URL (or the refused Location). */
    readonly problem: string,
    options?: { cause?: unknown; refused?: { readonly location: string; readonly reason: string } },
  ) {
    super(problem, options);
    this.refused = options?.refused;
  }
}

/**
 * `after the redirect (HTTP 301) to https://b/x, ` for messages about what followed the
 * redirects; an empty string when none was followed.
 */
export function describeRedirects(redirects: readonly RedirectHop[]): string {
  if (redirects.length === 0) return '';
  const hops = redirects.map((hop) => `HTTP ${hop.status} to ${hop.to}`).join(', then ');
  return `after ${redirects.length === 1 ? 'the redirect' : `${redirects.length} redirects`} (${hops}), `;
}
