/**
 * The forms in which a secret could appear in a log: as is, URL-encoded, and inside the
 * base64 Basic credential that git sends (semantic-release's hide-sensitive masks these too).
 * Each is registered with `core.setSecret` so the runner masks it.
 */
export function secretForms(secret: string): string[] {
  if (secret.trim() === '') return [];
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    Buffer.from(`x-access-token:${secret}`, 'utf8').toString('base64'),
  ]);
  return [...forms];
}
