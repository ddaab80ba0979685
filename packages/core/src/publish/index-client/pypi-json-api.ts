import { describeRedirects } from '../http/http-get-error.js';
import type { HttpAnswer } from './get-with-retries.js';
import { describeStatus, getWithRetries } from './get-with-retries.js';
import { IndexUnreachableError } from './index-unreachable-error.js';
import type { RepositoryCredentials } from './repository-url.js';
import { basicAuthorization, joinUrl, parseRepositoryUrl, redactUrl, splitCredentials } from './repository-url.js';

export { checkAgainstIndex } from './check-against-index.js';

/** Where the index is and how hard to try. */
export interface IndexOptions {
  /** https://pypi.org, https://test.pypi.org, a mirror; http:// only for loopback hosts. */
  readonly repositoryUrl: string;
  /** A private mirror's user and password, sent as Basic credentials to the index's own origin only. */
  readonly credentials?: RepositoryCredentials;
  /** Per attempt, redirects and body included; 10 s by default. */
  readonly timeoutMs?: number;
  /** Further attempts on 5xx, 429, timeouts and network errors; 3 by default. */
  readonly retries?: number;
  readonly fetch?: typeof fetch;
  /** Waits between attempts; injectable so tests can record the backoff. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** One file of a release as the JSON API lists it under `urls`. */
export interface PublishedFile {
  readonly filename: string;
  /** `sdist` or `bdist_wheel` (older releases also have `bdist_egg`, `bdist_wininst`, ...). */
  readonly packagetype: string;
  readonly size?: number;
  readonly yanked?: boolean;
}

/** What the index has for one version of a project. */
export interface PublishedRelease {
  readonly exists: boolean;
  readonly files: readonly PublishedFile[];
}

/** How long one attempt may take, redirects and body included. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Attempts after the first: four in all, about 7 s of backoff at most without Retry-After. */
export const DEFAULT_RETRIES = 3;
/**
 * The most of one answer that is read. PyPI's JSON for one release is the project's `info`
 * (its description included) and one entry per file: tens of KiB for most projects, about
 * 1 MiB for the few with a long README and hundreds of wheels. Past this the index is not
 * answering as PyPI does, and the check fails rather than buffer it.
 */
export const MAX_RELEASE_JSON_BYTES = 8 * 1024 * 1024;

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the index which files `name` `version` has: GET {repositoryUrl}/pypi/{name}/{version}/json
 * (https://docs.pypi.org/api/json/). Redirects are followed, since PyPI answers a name spelt
 * otherwise than the project's (`Foo_Bar` for `foo-bar`) with 301, but each must obey the same
 * URL rules as `repositoryUrl`, and credentials go to that origin only. 404 means the version is
 * not published; any answer other than 200 or 404, after retries, throws IndexUnreachableError.
 */
export async function fetchPublishedRelease(name: string, version: string, options: IndexOptions): Promise<PublishedRelease> {
  const base = parseRepositoryUrl(options.repositoryUrl);
  const split = splitCredentials(joinUrl(base, 'pypi', name, version, 'json'));
  const url = split.url;
  const headers = options.credentials ? { Authorization: basicAuthorization(options.credentials) } : split.headers;
  const answer = await getWithRetries(
    url,
    { ...headers, Accept: 'application/json', 'User-Agent': 'ops-actions pypi-publish-check' },
    {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retries: options.retries ?? DEFAULT_RETRIES,
      fetch: options.fetch ?? fetch,
      maxBodyBytes: MAX_RELEASE_JSON_BYTES,
      sleep: options.sleep ?? sleepFor,
    },
  );
  const where = redactUrl(url);
  const fail = (kind: 'invalid-response' | 'status', problem: string): IndexUnreachableError =>
    new IndexUnreachableError(where, kind, `${describeRedirects(answer.redirects)}${problem}`, answer.attempt, answer.status);
  // PyPI answers 404 with {"message": "Not Found"} both for an unknown project and an unknown version.
  // Any other 404 (an HTML page, a wrong path such as the upload URL) says nothing about the
  // release, and must not pass as "not published yet".
  if (answer.status === 404) {
    if (isJsonNotFound(answer.body)) return { exists: false, files: [] };
    throw fail(
      'invalid-response',
      `the index answered HTTP 404 with ${describeContentType(answer)}, not PyPI's JSON "Not Found": this URL does not look like a PyPI JSON API (use the index URL, e.g. https://pypi.org or https://test.pypi.org, not the upload URL)`,
    );
  }
  if (answer.status !== 200) throw fail('status', `the index answered ${describeStatus(answer)}`);
  const files = parseReleaseFiles(answer.body);
  if (files === undefined) {
    throw fail('invalid-response', `the index answered HTTP 200 (${describeContentType(answer)}) with a body that is not PyPI's release JSON (no \`urls\` list of files)`);
  }
  return { exists: true, files };
}

function describeContentType(answer: HttpAnswer): string {
  return answer.contentType || 'no content type';
}

/** Whether a 404 body is the JSON PyPI's API answers with (`{"message": "Not Found"}`). */
function isJsonNotFound(body: string): boolean {
  try {
    const document: unknown = JSON.parse(body);
    return typeof document === 'object' && document !== null && 'message' in document;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
}

/** The `urls` of a release JSON document, or undefined when the body is not one. */
function parseReleaseFiles(body: string): PublishedFile[] | undefined {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof document !== 'object' || document === null) return undefined;
  const urls = (document as { urls?: unknown }).urls;
  if (!Array.isArray(urls)) return undefined;
  const files: PublishedFile[] = [];
  for (const entry of urls as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { filename, packagetype, size, yanked } = entry as Record<string, unknown>;
    if (typeof filename !== 'string' || typeof packagetype !== 'string') return undefined;
    files.push({
      filename,
      packagetype,
      ...(typeof size === 'number' ? { size } : {}),
      ...(typeof yanked === 'boolean' ? { yanked } : {}),
    });
  }
  return files;
}
