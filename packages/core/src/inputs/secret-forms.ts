/**
 * The forms in which a secret could appear in a log: as is, URL-encoded, and inside the
 * base64 Basic credential (RFC 7617) sent with it: git's `x-access-token:<token>` unless
 * another user name is given (semantic-release's hide-sensitive masks these too).
 * Each is registered with `core.setSecret` so the runner masks it.
 */
export function secretForms(secret: string, basicUsername = 'x-access-token'): string[] {
  if (secret.trim() === '') return [];
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    Buffer.from(`${basicUsername}:${secret}`, 'utf8').toString('base64'),
  ]);
  return [...forms];
}
