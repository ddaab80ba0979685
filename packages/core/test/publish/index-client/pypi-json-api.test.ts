import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { IndexUnreachableError } from '../../../src/publish/index-client/index-unreachable-error.js';
import { fetchPublishedRelease } from '../../../src/publish/index-client/pypi-json-api.js';
import type { FakePyPI, FakePyPIOptions } from '../../../../test-helpers/src/fake-pypi.js';
import { startFakePyPI } from '../../../../test-helpers/src/fake-pypi.js';

const RELEASES: FakePyPIOptions['releases'] = {
  'foo-bar': {
    '1.0.0': [{ filename: 'foo_bar-1.0.0-py3-none-any.whl', size: 3795 }],
    '1.1.0': [
      { filename: 'foo_bar-1.1.0-py3-none-any.whl' },
      { filename: 'foo_bar-1.1.0.tar.gz', size: 3148, yanked: true, yankedReason: 'broken' },
    ],
  },
};

let index: FakePyPI | undefined;
afterEach(async () => {
  await index?.close();
  index = undefined;
});

async function start(options: Partial<FakePyPIOptions> = {}): Promise<FakePyPI> {
  index = await startFakePyPI({ releases: RELEASES, ...options });
  return index;
}

/** A sleep that records the backoff instead of waiting. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: (ms) => (delays.push(ms), Promise.resolve()) };
}

async function expectUnreachable(promise: Promise<unknown>): Promise<IndexUnreachableError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IndexUnreachableError);
  return error as IndexUnreachableError;
}

describe('fetchPublishedRelease', () => {
  it('reports a version that is not published, from the 404 {"message": "Not Found"}', async () => {
    const { url, requests } = await start();
    const raw = await fetch(`${url}/pypi/foo-bar/9.9.9/json`);
    expect(raw.headers.get('content-type')).toBe('application/json');
    expect(await raw.json()).toEqual({ message: 'Not Found' });

    expect(await fetchPublishedRelease('foo-bar', '9.9.9', { repositoryUrl: url })).toEqual({ exists: false, files: [] });
    expect(await fetchPublishedRelease('no-such-project', '1.0', { repositoryUrl: url })).toEqual({ exists: false, files: [] });
    expect(requests.slice(1).map((r) => r.path)).toEqual(['/pypi/foo-bar/9.9.9/json', '/pypi/no-such-project/1.0/json']);
  });

  it('does not take a 404 that is not PyPI\'s JSON for "not published" (a wrong URL)', async () => {
    const server = createHttpServer((_request, response) => response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple`;
      const error = await fetchPublishedRelease('foo', '1.0', { repositoryUrl: url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexUnreachableError);
      expect((error as Error).message).toMatch(/HTTP 404 with text\/html, not PyPI's JSON "Not Found"/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reads the files of a wheel-only release', async () => {
    const { url } = await start();
    expect(await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url })).toEqual({
      exists: true,
      files: [{ filename: 'foo_bar-1.0.0-py3-none-any.whl', packagetype: 'bdist_wheel', size: 3795, yanked: false }],
    });
  });

  it('reads a release with an sdist, keeping yanked', async () => {
    const { url } = await start();
    const release = await fetchPublishedRelease('foo-bar', '1.1.0', { repositoryUrl: `${url}/` });
    expect(release.files).toEqual([
      { filename: 'foo_bar-1.1.0-py3-none-any.whl', packagetype: 'bdist_wheel', size: 4096, yanked: false },
      { filename: 'foo_bar-1.1.0.tar.gz', packagetype: 'sdist', size: 3148, yanked: true },
    ]);
  });

  it('follows the 301 PyPI sends for a name spelt otherwise than the project', async () => {
    const { url, requests } = await start();
    const release = await fetchPublishedRelease('Foo_Bar', '1.0.0', { repositoryUrl: url });
    expect(release.exists).toBe(true);
    expect(requests.map((r) => r.path)).toEqual(['/pypi/Foo_Bar/1.0.0/json', '/pypi/foo-bar/1.0.0/json']);
  });

  it('retries 503 twice with exponential backoff, then reads the answer', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'fail', statuses: [503, 503] } } });
    const { sleep, delays } = recordingSleep();
    const release = await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, sleep });
    expect(release.exists).toBe(true);
    expect(requests).toHaveLength(3);
    // Equal jitter: retry n waits between half and all of 1 s × 2^(n-1).
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(500);
    expect(delays[0]).toBeLessThanOrEqual(1000);
    expect(delays[1]).toBeGreaterThanOrEqual(1000);
    expect(delays[1]).toBeLessThanOrEqual(2000);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url } = await start({ behaviour: { [path]: { kind: 'fail', statuses: [429], retryAfter: '7' } } });
    const { sleep, delays } = recordingSleep();
    await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, sleep });
    expect(delays).toEqual([7000]);
  });

  it('gives up after the retries with the status in the error', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'fail', statuses: [502, 503, 503] } } });
    const { sleep, delays } = recordingSleep();
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, retries: 2, sleep }));
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'status', status: 503, attempts: 3, url: `${url}${path}` });
    expect(error.message).toContain(`Could not read ${url}${path} (3 attempts): the index answered HTTP 503 Service Unavailable.`);
    expect(error.message).toContain('cannot pass without an answer from the index');
  });

  it('does not retry an answer that is final, such as 403', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'fail', statuses: [403] } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, sleep: () => Promise.resolve() }));
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'status', status: 403, attempts: 1 });
  });

  it('times out a slow index on every attempt, then fails', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'slow', delayMs: 2_000 } } });
    const { sleep } = recordingSleep();
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, timeoutMs: 100, retries: 1, sleep }));
    expect(requests).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toContain('within 100 ms (timed out)');
  });

  it('recovers when only the first attempt is slow', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url } = await start({ behaviour: { [path]: { kind: 'slow', delayMs: 2_000, times: 1 } } });
    const release = await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, timeoutMs: 200, sleep: () => Promise.resolve() });
    expect(release.exists).toBe(true);
  });

  it('retries a dropped connection and says so when it keeps dropping', async () => {
    const path = '/pypi/foo-bar/1.0.0/json';
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'drop' } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, retries: 1, sleep: () => Promise.resolve() }));
    expect(requests).toHaveLength(2);
    expect(error.kind).toBe('connection');
    expect(error.message).toMatch(/the connection to 127\.0\.0\.1:\d+ failed before a complete answer: .*\(UND_ERR_SOCKET\)/);
  });

  it('fails on a port nobody listens on', async () => {
    const port = await freePort();
    const repositoryUrl = `http://127.0.0.1:${port}`;
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl, retries: 1, sleep: () => Promise.resolve() }));
    expect(error).toMatchObject({ kind: 'connection', attempts: 2 });
    expect(error.message).toContain(`connection refused by 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('names a DNS failure', async () => {
    const failingFetch: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) }));
    const error = await expectUnreachable(
      fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: 'https://pypi.invalid', fetch: failingFetch, retries: 0 }),
    );
    expect(error.message).toContain('DNS lookup of pypi.invalid failed (ENOTFOUND)');
  });

  it('refuses a 200 that is not release JSON (a captive portal, a wrong mirror path)', async () => {
    const htmlFetch: typeof fetch = () => Promise.resolve(new Response('<html>Sign in</html>', { headers: { 'content-type': 'text/html' } }));
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: 'https://mirror.example', fetch: htmlFetch }));
    expect(error.kind).toBe('invalid-response');
  });

  it.each(['http://pypi.org', 'http://10.0.0.8:8080', 'ftp://127.0.0.1', 'not a url'])('refuses repository-url %s', async (repositoryUrl) => {
    await expect(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl })).rejects.toThrow(InputError);
    await expect(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl })).rejects.toMatchObject({ input: 'repository-url' });
  });

  it('sends a mirror\'s user:password@ as Basic credentials', async () => {
    const { url } = await start();
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('authorization') ?? '', input instanceof URL ? input.href : '');
      return fetch(input, init);
    };
    const repositoryUrl = url.replace('http://', 'http://ci%40acme:s3cret@');
    expect((await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl, fetch: spy })).exists).toBe(true);
    expect(seen).toEqual([`Basic ${Buffer.from('ci@acme:s3cret').toString('base64')}`, `${url}/pypi/foo-bar/1.0.0/json`]);
  });

  it('keeps a mirror password out of messages', async () => {
    const error = await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: 'http://user:s3cret@pypi.example' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).not.toContain('s3cret');
  });
});

describe('fetchPublishedRelease against a hostile index', () => {
  const path = '/pypi/foo-bar/1.0.0/json';
  const MiB = 1024 * 1024;

  it('stops reading a body that never ends at 8 MiB, on the first attempt, and says why', async () => {
    const { url, endless, requests } = await start({ behaviour: { [path]: { kind: 'endless' } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, sleep: () => Promise.resolve() }));
    expect(error).toMatchObject({ kind: 'invalid-response', attempts: 1 });
    expect(error.message).toContain(`Could not read ${url}${path} (1 attempt): the answer from ${url}${path} goes on past that size, more than the 8.0 MiB this check reads`);
    expect(requests).toHaveLength(1);
    // The client hung up: what the server managed to send is the cap plus the socket buffers.
    await expect.poll(() => endless.closedByClient).toBe(1);
    expect(endless.bytesSent).toBeGreaterThan(8 * MiB);
    expect(endless.bytesSent).toBeLessThan(40 * MiB);
  });

  it('refuses a Content-Length over the cap before reading the body', async () => {
    const { url, endless } = await start({ behaviour: { [path]: { kind: 'endless', contentLength: 10 * 1024 * MiB } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url }));
    expect(error.message).toContain('declares 10 GiB (Content-Length), more than the 8.0 MiB this check reads');
    await expect.poll(() => endless.closedByClient).toBe(1);
    expect(endless.bytesSent).toBeLessThan(32 * MiB);
  });

  it('does not follow a redirect to plain http on another host, and names it', async () => {
    const { url } = await start({ behaviour: { [path]: { kind: 'redirect', status: 301, location: 'http://pypi.example/pypi/foo-bar/1.0.0/json' } } });
    const asked: string[] = [];
    const spy: typeof fetch = (input, init) => {
      asked.push(input instanceof URL ? input.href : input instanceof Request ? input.url : input);
      return fetch(input, init);
    };
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, fetch: spy, sleep: () => Promise.resolve() }));
    expect(asked).toEqual([`${url}${path}`]);
    expect(error).toMatchObject({ kind: 'redirect', attempts: 1, url: `${url}${path}` });
    expect(error.message).toContain(
      `${url}${path} redirected (HTTP 301) to http://pypi.example/pypi/foo-bar/1.0.0/json, which was not followed: it is plain http:// to pypi.example, allowed only for 127.0.0.0/8, ::1 and localhost`,
    );
  });

  it.each([
    ['ftp://127.0.0.1/pypi/foo-bar/1.0.0/json', 'its scheme is ftp, not https'],
    ['http://user:pw@127.0.0.1/x', 'it carries credentials'],
    ['http://[not a host/', 'it is not a URL'],
  ])('refuses a redirect to %s', async (location, reason) => {
    const { url } = await start({ behaviour: { [path]: { kind: 'redirect', status: 302, location } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url }));
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('pw@');
  });

  it('names the host a redirect led to when that host refuses the connection', async () => {
    const port = await freePort();
    const { url } = await start({ behaviour: { [path]: { kind: 'redirect', status: 301, location: `http://127.0.0.1:${port}${path}` } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url, retries: 0 }));
    expect(error.message).toContain(`(1 attempt): after the redirect (HTTP 301 to http://127.0.0.1:${port}${path}), connection refused by 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(error.message).not.toContain(`connection refused by ${new URL(url).host}`);
  });

  it('names the redirect when the index it led to answers with something that is not PyPI', async () => {
    const other = await startFakePyPI({ releases: {} });
    try {
      const { url } = await start({ behaviour: { [path]: { kind: 'redirect', status: 308, location: `${other.url}/simple/foo-bar/` } } });
      const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url }));
      expect(error.message).toContain(`after the redirect (HTTP 308 to ${other.url}/simple/foo-bar/), the index answered HTTP 404 with text/html`);
    } finally {
      await other.close();
    }
  });

  it('keeps a mirror\'s credentials on its own origin: same-origin redirects keep them, another origin gets none', async () => {
    const auth = { username: 'ci', password: 's3cr/t p@ss' };
    const mirror = await start({ auth });
    // PyPI's own 301 for the name spelt otherwise stays on the origin, so the credentials go along.
    const release = await fetchPublishedRelease('Foo_Bar', '1.0.0', { repositoryUrl: mirror.url, credentials: auth });
    expect(release.exists).toBe(true);
    expect(mirror.requests.map((r) => [r.path, r.authorization])).toEqual([
      ['/pypi/Foo_Bar/1.0.0/json', true],
      ['/pypi/foo-bar/1.0.0/json', true],
    ]);

    const elsewhere = await startFakePyPI({ releases: RELEASES });
    const redirecting = await startFakePyPI({ releases: {}, auth, behaviour: { [path]: { kind: 'redirect', status: 302, location: `${elsewhere.url}${path}` } } });
    try {
      expect((await fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: redirecting.url, credentials: auth })).exists).toBe(true);
      expect(redirecting.requests.map((r) => r.authorization)).toEqual([true]);
      expect(elsewhere.requests).toEqual([{ method: 'GET', path, authorization: false }]);
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });

  it('gives up on a redirect loop', async () => {
    const { url, requests } = await start({ behaviour: { [path]: { kind: 'redirect', status: 302, location: path } } });
    const error = await expectUnreachable(fetchPublishedRelease('foo-bar', '1.0.0', { repositoryUrl: url }));
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain(`127.0.0.1:${new URL(url).port} redirected more than 10 times (the last to ${url}${path})`);
    expect(requests).toHaveLength(11);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
