import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseUpdate } from '../../../src/changelog/changelog-document.js';

/** Test data shared by the changelog document tests. */
export const REPO = 'https://github.com/octo-org/sample';

export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
export const golden = (name: string): string => join(import.meta.dirname, 'golden', name);
export const readGolden = (name: string): string => readFileSync(golden(name), 'utf8');

/** A generated bullet, as the changelog renderer writes it: it ends with the commit link. */
export function entry(text: string, hash: string): string {
  return `- ${text} ([${hash.slice(0, 7)}](${REPO}/commit/${hash}))`;
}

/** The generated body for a release with one feature and one fix. */
export const BODY_040 = [
  '### Added',
  '',
  entry(`**api:** support nested groups ([#123](${REPO}/issues/123))`, 'abc1234def5678901234567890abcdef12345678'),
  '',
  '### Fixed',
  '',
  entry('handle *empty* input', 'def5678abc1234901234567890abcdef12345678'),
  '',
].join('\n');

/** Release 0.4.0 after 0.3.3, with its links. */
export const RELEASE_040: ReleaseUpdate = {
  version: '0.4.0',
  date: '2025-01-15',
  body: BODY_040,
  links: { compare: `${REPO}/compare/v0.3.3...v0.4.0`, unreleased: `${REPO}/compare/v0.4.0...HEAD` },
};

/** `text` with CRLF line endings (and a BOM, when asked). */
export const crlf = (text: string, bom = ''): string => bom + text.replace(/\n/g, '\r\n');
