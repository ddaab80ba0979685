/**
 * The contract every version-file updater keeps: read where the version sits, then replace only
 * those bytes. Updaters are pure (string in, string out); reading and writing files is the caller's job.
 */

/** Where the version sits in a file: `content.slice(start, end) === value` (the bare version, no quotes). */
export interface VersionSpan {
  /** The version exactly as written, without quotes. */
  readonly value: string;
  /** Offset (UTF-16 code units) of the first character of the version. */
  readonly start: number;
  /** Offset just past the last character of the version. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
}

/**
 * What an updater found. `dynamic` means the file declares that the version lives elsewhere
 * (a git tag, another file, code): the caller skips the file with a notice instead of failing.
 */
export type VersionReadResult =
  | {
      readonly kind: 'found';
      readonly span: VersionSpan;
      /**
       * Every place the version is written, in file order, `span` among them, for formats whose tool
       * rewrites each match (python-semantic-release's `version_variables`, commitizen's
       * `version_files`). Absent: `span` is the only one.
       */
      readonly spans?: readonly VersionSpan[];
      /** Where it was found, for messages: `[project].version`, `[metadata] version`, `setup(version=...)`. */
      readonly field: string;
    }
  | {
      readonly kind: 'dynamic';
      /** Says where the version really comes from, e.g. `version = attr: pkg.__version__ in [metadata] ...`. */
      readonly detail: string;
    };

/** One file format that can carry a Python project's version. */
export interface VersionFileUpdater {
  /** `'pyproject.toml'`, `'setup.cfg'`, `'setup.py'`, `'__version__'`, `'package.json'` or `'VERSION'`. */
  readonly format: string;
  /**
   * Finds the version. Throws `FileError` (with a 1-based line where one is known) when the file
   * does not parse or carries no version.
   */
  readVersion(content: string, path: string): VersionReadResult;
  /**
   * Returns `content` with only the version's bytes replaced by `newVersion`; every other byte
   * (comments, quotes, key order, CRLF, a BOM) is kept. Throws `FileError` when the version is not
   * `found` (dynamic or missing) and `VersionError` when `newVersion` could not be written safely.
   */
  updateContent(content: string, newVersion: string, path: string): string;
}
