/**
 * Limits that bound what reading one distribution may cost. A built wheel or sdist is
 * untrusted input here (it may come from a compromised build step), so every size an
 * archive declares is checked before a byte of it is inflated, and inflation is stopped as
 * soon as an archive produces more than it declared.
 */
export interface ArchiveLimits {
  /** Largest uncompressed size of one member, in bytes. */
  readonly maxMemberSize: number;
  /** Largest sum of the members' uncompressed sizes, in bytes. */
  readonly maxTotalUncompressed: number;
  /**
   * Largest uncompressed/compressed ratio, for members (or, for .tar.gz, whole streams) past
   * {@link RATIO_CHECKED_FROM} bytes. Deflate cannot do better than about 1032:1, which is what
   * a member of one repeated byte (the classic bomb) reaches; highly repetitive real data, such as
   * a generated CSV table, reaches 700:1, so the limit sits just below deflate's maximum.
   */
  readonly maxCompressionRatio: number;
  /**
   * Largest ratio of a whole .tar.gz stream once past {@link RATIO_CHECKED_FROM}: gzip has no
   * sizes up front, so the ratio is watched as it inflates. A whole sdist mixes source, docs and
   * data, so its ratio stays far under 200:1 unless one file is made of a repeated byte.
   */
  readonly maxStreamCompressionRatio: number;
  /** Largest number of members. */
  readonly maxMembers: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Defaults: PyPI's own upload limit is far below these, so only hostile archives reach them. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = Object.freeze({
  maxMemberSize: 2 * GiB,
  maxTotalUncompressed: 4 * GiB,
  maxCompressionRatio: 1000,
  maxStreamCompressionRatio: 200,
  maxMembers: 100_000,
});

/** Members smaller than this are not ratio-checked: tiny files of one repeated byte are normal. */
export const RATIO_CHECKED_FROM = MiB;

/** The most bytes kept of any one text (METADATA, WHEEL, RECORD, PKG-INFO, pyproject.toml). */
export const MAX_TEXT_BYTES = 4 * MiB;

/** Why a member's declared sizes break the limits, or undefined when they do not. */
export function describeMemberOverLimits(
  uncompressedSize: number,
  compressedSize: number,
  limits: ArchiveLimits,
): string | undefined {
  if (uncompressedSize > limits.maxMemberSize) {
    return `it is ${formatBytes(uncompressedSize)} uncompressed, over the ${formatBytes(limits.maxMemberSize)} limit for one member`;
  }
  if (uncompressedSize > RATIO_CHECKED_FROM && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
    const ratio = compressedSize === 0 ? 'an unbounded' : `a ${Math.round(uncompressedSize / compressedSize)}:1`;
    return `it inflates ${formatBytes(compressedSize)} to ${formatBytes(uncompressedSize)}, ${ratio} ratio over the ${limits.maxCompressionRatio}:1 limit`;
  }
  return undefined;
}

/** `1.5 MiB`, `300 B`: sizes in check messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TiB'}`;
}
