import { guardedGet } from '../http/guarded-get.js';
import type { RedirectHop } from '../http/http-get-error.js';
import { HttpGetError, describeRedirects } from '../http/http-get-error.js';
import type { IndexProblemKind } from './index-unreachable-error.js';
import { IndexUnreachableError } from './index-unreachable-error.js';
import { redactUrl } from './repository-url.js';

/** How hard to try; every field is filled in by the caller's defaults. */
export interface RetryPolicy {
  /** Per attempt, redirects and body included. */
  readonly timeoutMs: number;
  /** Attempts after the first, on 5xx, 429, timeouts and network errors. */
  readonly retries: number;
  readonly fetch: typeof fetch;
  /** Largest body read from one answer, in bytes. */
  readonly maxBodyBytes: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** In [0, 1); Math.random unless a test pins it. */
  readonly random?: () => number;
}

/** An answer that is not worth retrying (2xx, 3xx left unfollowed, 4xx other than 429). */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  /** Where the answer came from after redirects, without credentials. */
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
  /** The redirects followed to get it, for messages. */
  readonly redirects: readonly RedirectHop[];
  /** Which attempt gave it, 1-based. */
  readonly attempt: number;
}

interface Problem {
  readonly kind: IndexProblemKind;
  readonly text: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
  /** A problem that another attempt would only repeat (a refused redirect, a body past the cap). */
  readonly final?: boolean;
}

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A Retry-After longer than this is cut short: a CI job should not sit idle for an hour. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * GETs `url` (through guardedGet: the URL rules on every redirect, the body capped at
 * `policy.maxBodyBytes`), retrying 5xx, 429, timeouts and network errors with exponential
 * backoff and jitter, or after the server's Retry-After (RFC 9110 §10.2.3). Throws
 * IndexUnreachableError when every attempt failed, or at once for a refused redirect or an
 * oversized body, which another attempt would only repeat.
 */
export async function getWithRetries(url: URL, headers: Readonly<Record<string, string>>, policy: RetryPolicy): Promise<HttpAnswer> {
  const attempts = 1 + Math.max(0, Math.floor(policy.retries));
  let problem: Problem | undefined;
  let attempt = 1;
  for (; attempt <= attempts; attempt++) {
    if (problem) await policy.sleep(retryDelay(attempt - 1, problem, policy.random ?? Math.random));
    try {
      const response = await guardedGet(url, {
        headers,
        fetch: policy.fetch,
        signal: AbortSignal.timeout(policy.timeoutMs),
        maxBodyBytes: policy.maxBodyBytes,
        // A 503 page is not worth reading, however large.
        readBody: (status) => !isRetryableStatus(status),
      });
      const answer: HttpAnswer = { ...response, attempt };
      if (!isRetryableStatus(response.status)) return answer;
      problem = {
        kind: 'status',
        text: `${describeRedirects(response.redirects)}the index answered ${describeStatus(answer)}`,
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
      };
    } catch (error) {
      if (!(error instanceof HttpGetError)) throw error;
      problem = describeGetError(error, policy.timeoutMs);
      if (problem.final) break;
    }
  }
  // The loop ran at least once and every pass either returned or set `problem`.
  const last = problem as Problem;
  throw new IndexUnreachableError(redactUrl(url), last.kind, last.text, Math.min(attempt, attempts), last.status, { cause: last.cause });
}

/** 5xx and 429 Too Many Requests are worth another try; other statuses are the index's answer. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** `HTTP 503 Service Unavailable`. */
export function describeStatus(answer: { status: number; statusText: string }): string {
  return `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
}

/**
 * Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns milliseconds,
 * capped at MAX_RETRY_AFTER_MS, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1_000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/**
 * Delay before retry number `retry` (1-based): the server's Retry-After when it gave one, else
 * "equal jitter" backoff: half of 1 s × 2^(retry-1) fixed, half random, capped at 30 s.
 */
export function retryDelay(retry: number, problem: { retryAfterMs?: number }, random: () => number): number {
  if (problem.retryAfterMs !== undefined) return problem.retryAfterMs;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Names what went wrong, at the hop where it did: after a redirect to another host, a refused
 * connection is that host's. fetch rejects with a TypeError for network failures (the cause
 * carries the system or undici code) and with the signal's reason when it times out.
 */
function describeGetError(error: HttpGetError, timeoutMs: number): Problem {
  const after = describeRedirects(error.redirects);
  if (error.kind === 'redirect-refused' || error.kind === 'too-many-redirects') {
    return { kind: 'redirect', text: error.problem, cause: error, final: true };
  }
  if (error.kind === 'body-too-large') {
    return { kind: 'invalid-response', text: `${after}${error.problem}; PyPI's JSON for one release is far smaller`, cause: error, final: true };
  }
  const cause = error.cause;
  const host = new URL(error.url).host;
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return { kind: 'timeout', text: `${after}no complete answer within ${timeoutMs} ms (timed out)`, cause };
  }
  const code = errorCode(cause instanceof Error ? cause.cause : undefined);
  if (code !== undefined && DNS_CODES.has(code)) {
    return { kind: 'dns', text: `${after}DNS lookup of ${new URL(error.url).hostname} failed (${code})`, cause };
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return { kind: 'timeout', text: `${after}the connection to ${host} timed out (${code})`, cause };
  }
  if (code === 'ECONNREFUSED') return { kind: 'connection', text: `${after}connection refused by ${host} (ECONNREFUSED)`, cause };
  const inner = cause instanceof Error ? cause.cause : undefined;
  const detail = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
  return {
    kind: 'connection',
    text: `${after}the connection to ${host} failed before a complete answer: ${detail}${code === undefined ? '' : ` (${code})`}`,
    cause,
  };
}

/** The `code` of a system or undici error, looking inside an AggregateError (several addresses tried). */
function errorCode(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  if (cause instanceof AggregateError) return errorCode(cause.errors[0]);
  return undefined;
}
