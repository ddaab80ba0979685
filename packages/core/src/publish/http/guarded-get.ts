import { formatBytes } from '../archives/archive-limits.js';
import { describeInsecureUrl, redactUrl } from '../index-client/repository-url.js';
import type { RedirectHop } from './http-get-error.js';
import { HttpGetError } from './http-get-error.js';

/** An answer, after the redirects, with its body read (capped) or discarded. */
export interface GuardedAnswer {
  readonly status: number;
  readonly statusText: string;
  /** Where the answer came from, without credentials. */
  readonly url: string;
  readonly headers: Headers;
  readonly contentType: string;
  /** The body as UTF-8; empty when `readBody` said to discard it. */
  readonly body: string;
  readonly redirects: readonly RedirectHop[];
}

export interface GuardedGetOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  /** Covers every hop and the body. */
  readonly signal?: AbortSignal;
  /** Largest body read, in bytes; a larger one is an error, not a truncated answer. */
  readonly maxBodyBytes: number;
  /** Redirects followed before giving up; 10 by default (PyPI itself sends one, for a renamed project). */
  readonly maxRedirects?: number;
  /** Whether the body of an answer with this status is wanted; others are discarded unread. */
  readonly readBody?: (status: number) => boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 10;
/** Headers that carry credentials: never sent on to another origin (the Fetch standard drops Authorization too). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * GETs `url`, following redirects by hand so that every hop obeys the same URL rules as the
 * first (https; plain http only to a loopback host), credential headers stay with the origin
 * they were meant for, and each hop is named when something fails. The body is read as a
 * stream and given up past `maxBodyBytes`: an index or token endpoint that answers without end
 * cannot exhaust memory. Throws HttpGetError; anything else thrown is a bug.
 */
export async function guardedGet(url: URL, options: GuardedGetOptions): Promise<GuardedAnswer> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const redirects: RedirectHop[] = [];
  let current = url;
  let headers = { ...options.headers };
  for (;;) {
    const where = redactUrl(current);
    let response: Response;
    try {
      response = await options.fetch(current, { headers, redirect: 'manual', ...(options.signal ? { signal: options.signal } : {}) });
    } catch (error) {
      throw networkError(error, where, redirects);
    }
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) {
      const wanted = options.readBody?.(response.status) ?? true;
      const body = wanted ? await readCappedBody(response, options.maxBodyBytes, where, redirects) : await discardBody(response);
      return {
        status: response.status,
        statusText: response.statusText,
        url: where,
        headers: response.headers,
        contentType: response.headers.get('content-type') ?? '',
        body,
        redirects,
      };
    }
    await discardBody(response);
    const next = resolveLocation(location, current, response.status, redirects);
    redirects.push({ status: response.status, from: where, to: redactUrl(next) });
    if (redirects.length > maxRedirects) {
      throw new HttpGetError('too-many-redirects', where, redirects, `${url.host} redirected more than ${maxRedirects} times (the last to ${redactUrl(next)})`);
    }
    if (next.origin !== current.origin) {
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
    }
    current = next;
  }
}

/** The Location as a URL, after the rules every hop must follow. */
function resolveLocation(location: string, base: URL, status: number, redirects: readonly RedirectHop[]): URL {
  const from = redactUrl(base);
  const refuse = (shown: string, reason: string): HttpGetError =>
    new HttpGetError('redirect-refused', from, redirects, `${from} redirected (HTTP ${status}) to ${shown}, which was not followed: ${reason}`, {
      refused: { location: shown, reason },
    });
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw refuse(JSON.stringify(redactUrl(location)), 'it is not a URL');
  }
  const insecure = describeInsecureUrl(next);
  if (insecure !== undefined) throw refuse(redactUrl(next), insecure);
  if (next.username !== '' || next.password !== '') throw refuse(redactUrl(next), 'it carries credentials (user:password@)');
  return next;
}

/**
 * Reads the body, stopping at `limit` bytes: a Content-Length above it is refused before a
 * byte is read, and a body that keeps coming is cancelled, which closes the connection.
 * Bytes are counted after fetch has undone any Content-Encoding, so a gzip bomb is stopped too.
 */
async function readCappedBody(response: Response, limit: number, where: string, redirects: readonly RedirectHop[]): Promise<string> {
  const tooLarge = (what: string): HttpGetError =>
    new HttpGetError('body-too-large', where, redirects, `the answer from ${where} ${what}, more than the ${formatBytes(limit)} this check reads`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await discardBody(response);
    throw tooLarge(`declares ${formatBytes(declared)} (Content-Length)`);
  }
  if (response.body === null) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        throw tooLarge('goes on past that size');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpGetError) throw error;
    throw networkError(error, where, redirects);
  } finally {
    reader.releaseLock();
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** Cancels a body nobody will read, so the connection is not kept busy; a failure to cancel changes nothing. */
async function discardBody(response: Response): Promise<string> {
  await response.body?.cancel().catch(() => undefined);
  return '';
}

function networkError(error: unknown, where: string, redirects: readonly RedirectHop[]): HttpGetError {
  // fetch rejects with a TypeError for network failures and with the signal's reason
  // (TimeoutError, AbortError) when aborted; anything else is a bug and goes on up.
  const isNetwork = error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
  if (!isNetwork) throw error;
  return new HttpGetError('network', where, redirects, `${where} could not be read: ${error.message}`, { cause: error });
}
