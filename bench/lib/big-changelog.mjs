// A large Keep a Changelog file, as a project that has released often for years would have:
// release sections newest first, each with Added / Changed / Fixed sub-sections of a few bullets
// that end in commit links, and a link reference for every release at the end (a 50 MB file has
// about 60,000 releases). Deterministic per size and options.
import { prng } from './prng.mjs';
import { KEEP_A_CHANGELOG_HEADER } from './history.mjs';

const SECTIONS = ['Added', 'Changed', 'Fixed'];
const WORDS = 'retry policy config loader token refresh wheel metadata empty input unicode paths lock file plugin hooks timeout handling error messages pagination'.split(' ');

/**
 * Returns `{ text, releases, size }`: a changelog of at least `bytes` bytes (all ASCII), newest
 * release first, versions `0.N.0` counting down to `0.1.0`, so the next release is
 * `0.${releases + 1}.0`. Written to be read by the changelog action: no duplicates, one style.
 */
export function bigChangelog(bytes, { seed = 7, repositoryUrl = 'https://github.com/acme/sample', bullets = [1, 4] } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sections = [];
  const links = [];
  let size = KEEP_A_CHANGELOG_HEADER.length;
  // Oldest first, until the size is reached; written newest first.
  for (let r = 1; size < bytes; r++) {
    const version = `0.${r}.0`;
    const day = String(1 + (r % 28)).padStart(2, '0');
    const lines = [`## [${version}] - 2024-01-${day}`, ''];
    for (const title of SECTIONS) {
      lines.push(`### ${title}`, '');
      const count = bullets[0] + Math.floor(random() * (bullets[1] - bullets[0] + 1));
      for (let i = 0; i < count; i++) {
        const hash = Math.floor(random() * 2 ** 48).toString(16).padStart(12, '0').repeat(4).slice(0, 40);
        lines.push(`- **${pick(WORDS)}:** ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} now handled in release ${version} ([${hash.slice(0, 7)}](${repositoryUrl}/commit/${hash}))`);
      }
      lines.push('');
    }
    const text = `${lines.join('\n')}\n`;
    const link = `[${version}]: ${repositoryUrl}/compare/v0.${r - 1}.0...v${version}`;
    sections.push(text);
    links.push(link);
    size += text.length + link.length + 1;
  }
  const releases = sections.length;
  sections.reverse();
  links.reverse();
  const text = `${KEEP_A_CHANGELOG_HEADER}\n${sections.join('')}[Unreleased]: ${repositoryUrl}/compare/v0.${releases}.0...HEAD\n${links.join('\n')}\n`;
  return { text, releases, size: text.length };
}
