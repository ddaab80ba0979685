/** What the runner prints in place of a masked value. */
export const MASK = '***';

/**
 * Replaces registered secrets with `***`, as the runner's SecretMasker does for every line it
 * logs. Each value is also masked in the encoded forms it often leaks in: URL-encoded
 * (a token in a clone URL) and JSON-escaped (a secret inside a logged payload), and each
 * line of a multi-line value on its own, because the log is matched line by line.
 */
export class SecretMasker {
  readonly #values = new Set<string>();

  /** Registers a value. Blank values are ignored: masking '' or ' ' would garble every line. */
  add(value: string): void {
    for (const candidate of [value, ...value.split(/\r?\n/)]) {
      if (candidate.trim() === '') continue;
      this.#values.add(candidate);
      this.#values.add(encodeURIComponent(candidate));
      this.#values.add(JSON.stringify(candidate).slice(1, -1));
    }
  }

  /** Masks every registered value in `text`, longest first so a secret's prefix never wins. */
  mask(text: string): string {
    if (this.#values.size === 0) return text;
    let masked = text;
    for (const value of [...this.#values].sort((a, b) => b.length - a.length)) {
      masked = masked.split(value).join(MASK);
    }
    return masked;
  }
}
