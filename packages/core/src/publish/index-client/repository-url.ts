import { InputError } from '../../errors.js';

/**
 * Checks the `repository-url` input and returns it as a URL without a trailing slash.
 * https is required; plain http only for loopback hosts (a fake index in tests, a local mirror),
 * because an index answer decides whether an upload goes ahead.
 */
export function parseRepositoryUrl(raw: string): URL {
  const allowed = 'it must be an https:// URL such as https://pypi.org (http:// only for 127.0.0.0/8, ::1 or localhost)';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new InputError('repository-url', redactUrl(raw), allowed);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!secure || url.search !== '' || url.hash !== '') throw new InputError('repository-url', redactUrl(raw), allowed);
  url.pathname = url.pathname.replace(/\/+$/, '');
  // pypa/gh-action-pypi-publish takes the upload URL (…/legacy/); this check asks the index.
  if (url.hostname === 'upload.pypi.org' || /\/legacy$/.test(url.pathname)) {
    throw new InputError(
      'repository-url',
      redactUrl(raw),
      'that is an upload URL; give the index it belongs to, e.g. https://pypi.org or https://test.pypi.org',
    );
  }
  return url;
}

/** 127.0.0.0/8, ::1 and localhost: the hosts whose traffic never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

/** The URL as it may appear in a message: a mirror's `user:password@` is removed. */
export function redactUrl(raw: string | URL): string {
  try {
    const url = new URL(raw);
    if (url.username === '' && url.password === '') return url.href;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    // Not a URL: drop anything that looks like userinfo before a host.
    return String(raw).replace(/\/\/[^/@]*@/, '//');
  }
}

/** `base` + `/segment/...`, each segment percent-encoded, keeping any path prefix of a mirror. */
export function joinUrl(base: URL, ...segments: string[]): URL {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segments.map(encodeURIComponent).join('/')}`;
  return url;
}

/**
 * fetch refuses URLs with `user:password@` (a private mirror's Basic credentials), so they move
 * into an Authorization header; the returned URL has none and is safe to show.
 */
export function splitCredentials(url: URL): { url: URL; headers: Record<string, string> } {
  if (url.username === '' && url.password === '') return { url, headers: {} };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const credential = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return { url: bare, headers: { Authorization: `Basic ${Buffer.from(credential, 'utf8').toString('base64')}` } };
}
