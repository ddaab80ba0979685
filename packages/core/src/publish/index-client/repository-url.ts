import { secretForms } from '../../inputs/secret-forms.js';
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
  if (describeInsecureUrl(url) !== undefined || url.search !== '' || url.hash !== '') throw new InputError('repository-url', redactUrl(raw), allowed);
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

/**
 * Why a URL may not be asked, or undefined when it may: https, or plain http to a loopback host.
 * The rule for the repository URL, the ID-token endpoint and every redirect either one answers
 * with, because their answers decide whether an upload goes ahead (and carry credentials).
 */
export function describeInsecureUrl(url: URL): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname) ? undefined : `it is plain http:// to ${url.host}, allowed only for 127.0.0.0/8, ::1 and localhost`;
  }
  return `its scheme is ${url.protocol.replace(/:$/, '')}, not https`;
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

/** A private mirror's `user:password@`, percent-decoded. */
export interface RepositoryCredentials {
  readonly username: string;
  readonly password: string;
}

/** The credentials written in a URL, decoded; undefined when it has none. */
export function readUrlCredentials(url: URL): RepositoryCredentials | undefined {
  if (url.username === '' && url.password === '') return undefined;
  return { username: safeDecode(url.username), password: safeDecode(url.password) };
}

/** `Basic base64(user:password)` (RFC 7617), as pip and twine send a mirror's credentials. */
export function basicAuthorization(credentials: RepositoryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/**
 * fetch refuses URLs with `user:password@` (a private mirror's Basic credentials), so they move
 * into an Authorization header; the returned URL has none and is safe to show.
 */
export function splitCredentials(url: URL): { url: URL; headers: Record<string, string> } {
  const credentials = readUrlCredentials(url);
  if (credentials === undefined) return { url, headers: {} };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  return { url: bare, headers: { Authorization: basicAuthorization(credentials) } };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    // A lone `%` is kept as written, as WHATWG URL parsing keeps it.
    if (error instanceof URIError) return text;
    throw error;
  }
}

/**
 * Every form in which the credentials of a `repository-url` could show, for `core.setSecret`:
 * the password as typed, as the URL parser writes it, decoded, URL-encoded, and inside the
 * Basic credential; the user name too when there is no password (`https://<token>@mirror`),
 * since the user name is then the secret. Works on text that is not a valid URL, so that even
 * a refused input is masked.
 */
export function repositoryUrlSecretForms(raw: string): string[] {
  const typed = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(raw.trim())?.[1];
  if (typed === undefined) return [];
  const colon = typed.indexOf(':');
  const typedUser = colon < 0 ? typed : typed.slice(0, colon);
  const typedPassword = colon < 0 ? '' : typed.slice(colon + 1);
  const parsed = URL.canParse(raw.trim()) ? new URL(raw.trim()) : undefined;
  if (typedPassword === '') {
    // `https://<token>@mirror`: sent as Basic `<token>:`.
    const token = safeDecode(typedUser);
    const forms = new Set([...secretForms(token), typedUser, parsed?.username ?? '', Buffer.from(`${token}:`, 'utf8').toString('base64')]);
    return [...forms].filter((form) => form.trim() !== '');
  }
  const password = safeDecode(typedPassword);
  const forms = new Set([...secretForms(password, safeDecode(typedUser)), typedPassword, parsed?.password ?? '']);
  return [...forms].filter((form) => form.trim() !== '');
}
