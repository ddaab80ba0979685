import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../../src/publish/index-client/get-with-retries.js';
import { isLoopbackHost, joinUrl, parseRepositoryUrl } from '../../../src/publish/index-client/repository-url.js';

describe('parseRepositoryUrl', () => {
  it.each(['https://pypi.org', 'https://test.pypi.org/', 'http://127.0.0.1:8080', 'http://127.5.6.7', 'http://localhost:3141/root/pypi/', 'http://[::1]:9000'])(
    'accepts %s',
    (raw) => {
      expect(parseRepositoryUrl(raw).href).toBe(raw.replace(/\/$/, '').concat(new URL(raw).pathname === '/' ? '/' : ''));
    },
  );

  it.each(['http://pypi.org', 'http://192.168.1.2', 'http://128.0.0.1', 'http://127.0.0.1.evil.example', 'https://pypi.org/?x=1'])('refuses %s', (raw) => {
    expect(() => parseRepositoryUrl(raw)).toThrow(/Input 'repository-url' has the value '.*', but it must be an https:\/\/ URL/);
  });

  it('keeps a mirror path prefix and encodes each segment', () => {
    const base = parseRepositoryUrl('http://localhost:3141/root/pypi/');
    expect(joinUrl(base, 'pypi', 'foo', '1.0+local', 'json').href).toBe('http://localhost:3141/root/pypi/pypi/foo/1.0%2Blocal/json');
  });

  it('knows the loopback hosts', () => {
    expect(['127.0.0.1', '127.255.255.255', 'LOCALHOST', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['127.0.0.256', '0.0.0.0', '::ffff:7f00:1', 'localhost.example'].some(isLoopbackHost)).toBe(false);
  });
});

describe('retry timing', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');

  it('reads Retry-After as seconds or an HTTP date, capped at a minute', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('3600', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, up to 30 s', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, {}, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, {}, () => 0.999_999))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(10, {}, () => 0)).toBe(15_000);
    expect(retryDelay(2, { retryAfterMs: 7000 }, () => 0.5)).toBe(7000);
  });
});
