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
  readonly sleep: (ms: number) => Promise<void>;
  /** In [0, 1); Math.random unless a test pins it. */
  readonly random?: () => number;
}

/** An answer that is not worth retrying (2xx, 3xx left unfollowed, 4xx other than 429). */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  /** Where the answer came from after redirects. */
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
  /** Which attempt gave it, 1-based. */
  readonly attempt: number;
}

interface Problem {
  readonly kind: IndexProblemKind;
  readonly text: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A Retry-After longer than this is cut short: a CI job should not sit idle for an hour. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * GETs `url`, following redirects, retrying 5xx, 429, timeouts and network errors with
 * exponential backoff and jitter, or after the server's Retry-After (RFC 9110 §10.2.3).
 * Throws IndexUnreachableError when every attempt failed.
 */
export async function getWithRetries(url: URL, headers: Readonly<Record<string, string>>, policy: RetryPolicy): Promise<HttpAnswer> {
  const attempts = 1 + Math.max(0, Math.floor(policy.retries));
  let problem: Problem | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (problem) await policy.sleep(retryDelay(attempt - 1, problem, policy.random ?? Math.random));
    try {
      const response = await policy.fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(policy.timeoutMs) });
      const body = await response.text();
      const answer: HttpAnswer = {
        status: response.status,
        statusText: response.statusText,
        url: response.url || url.href,
        contentType: response.headers.get('content-type') ?? '',
        body,
        attempt,
      };
      if (!isRetryableStatus(response.status)) return answer;
      problem = {
        kind: 'status',
        text: `the index answered ${describeStatus(answer)}`,
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
      };
    } catch (error) {
      problem = describeFetchError(error, url, policy.timeoutMs);
    }
  }
  // The loop ran at least once and every pass either returned or set `problem`.
  const last = problem as Problem;
  throw new IndexUnreachableError(redactUrl(url), last.kind, last.text, attempts, last.status, { cause: last.cause });
}

/** 5xx and 429 Too Many Requests are worth another try; other statuses are the index's answer. */
export function isRetryableStatus(status: number): boolean {
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
 * Names what a rejected fetch means. fetch rejects with a TypeError for network failures (the
 * cause carries the system or undici code) and with the signal's reason when it times out; any
 * other rejection is a bug and is rethrown.
 */
function describeFetchError(error: unknown, url: URL, timeoutMs: number): Problem {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { kind: 'timeout', text: `no complete answer within ${timeoutMs} ms (timed out)`, cause: error };
  }
  if (!(error instanceof TypeError)) throw error;
  const code = errorCode(error.cause);
  if (code !== undefined && DNS_CODES.has(code)) {
    return { kind: 'dns', text: `DNS lookup of ${url.hostname} failed (${code})`, cause: error };
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return { kind: 'timeout', text: `the connection timed out (${code})`, cause: error };
  }
  if (code === 'ECONNREFUSED') return { kind: 'connection', text: `connection refused by ${url.host} (ECONNREFUSED)`, cause: error };
  const detail = error.cause instanceof Error ? error.cause.message : error.message;
  return {
    kind: 'connection',
    text: `the connection failed before a complete answer: ${detail}${code === undefined ? '' : ` (${code})`}`,
    cause: error,
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
