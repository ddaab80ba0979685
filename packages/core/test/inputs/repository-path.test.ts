import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isRepositoryPath, parseRepositoryPath, resolveRepositoryPath } from '../../src/inputs/repository-path.js';

describe('parseRepositoryPath', () => {
  it.each(['CHANGELOG.md', 'docs/CHANGES.md', 'src\\pkg\\__init__.py', './pyproject.toml', 'a..b/file', '.github/CHANGELOG.md', '.gitignore', 'x.git/y'])(
    'accepts %j as written',
    (path) => {
      expect(parseRepositoryPath('path', path)).toBe(path);
    },
  );

  it.each(['/etc/passwd', '\\\\server\\share\\x', 'C:\\x', 'c:/x', '../x', 'a/../../x', 'a\\..\\x', '..', ''])('refuses %j, naming the input', (path) => {
    expect(() => parseRepositoryPath('path', path)).toThrow("Input 'path'");
  });

  it('accepts an absolute path inside the workspace, made relative to it', () => {
    expect(parseRepositoryPath('dist', '/home/runner/work/p/p/dist', { workspace: '/home/runner/work/p/p' })).toBe('dist');
    expect(parseRepositoryPath('dist', '/home/runner/work/p/p/', { workspace: '/home/runner/work/p/p' })).toBe('.');
    expect(parseRepositoryPath('dist', '/home/runner/work/p/p/a/../dist', { workspace: '/home/runner/work/p/p' })).toBe('dist');
  });

  it.each(['/home/runner/work/p/other/dist', '/home/runner/work/p/p/../p2', '/etc'])('refuses the absolute %j outside the workspace, saying where it must be', (path) => {
    expect(() => parseRepositoryPath('dist', path, { workspace: '/home/runner/work/p/p' })).toThrow(
      `Input 'dist' has the value '${path}', but it must be a relative path, or an absolute path inside the workspace (/home/runner/work/p/p).`,
    );
  });

  // Case-insensitive file systems, Windows' dropped trailing dots and spaces, and its 8.3 short name.
  it.each(['.git/config', '.GIT/config', 'sub/.Git/HEAD', '.git', '.git./config', '.git /config', 'GIT~1/config', 'a\\.git\\hooks\\pre-commit'])(
    'refuses %j, inside .git',
    (path) => {
      expect(() => parseRepositoryPath('changelog', path)).toThrow(`Input 'changelog' has the value '${path}', but it is inside .git, which only git itself may write.`);
    },
  );
});

describe('isRepositoryPath', () => {
  // Paths from config files (python-semantic-release's version_variables): the text rule of inputs, and no absolute paths at all.
  it.each(['CHANGELOG.md', 'src\\pkg\\__init__.py', './pyproject.toml', 'a..b/file', '.gitignore', 'x.git/y'])('accepts %j, as parseRepositoryPath does', (path) => {
    expect(isRepositoryPath(path)).toBe(true);
  });

  it.each(['', '../x', 'a/../../x', 'a\\..\\x', '.git/config', 'sub/.GIT./hooks/pre-commit', 'GIT~1/config', '/etc/passwd', '\\\\server\\x', 'C:\\x', 'C:x'])('refuses %j', (path) => {
    expect(isRepositoryPath(path)).toBe(false);
  });
});

describe('resolveRepositoryPath', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function tree(): { root: string; outside: string } {
    const base = mkdtempSync(join(tmpdir(), 'ops-actions-paths-'));
    dirs.push(base);
    const root = join(base, 'repo');
    const outside = join(base, 'outside');
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(join(root, 'docs'));
    mkdirSync(outside);
    writeFileSync(join(root, 'pyproject.toml'), '');
    writeFileSync(join(root, '.git', 'config'), '');
    writeFileSync(join(outside, 'secret.txt'), '');
    return { root, outside };
  }
  const refusal = async (root: string, path: string): Promise<string> => {
    const error: unknown = await resolveRepositoryPath(root, 'changelog', path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  };

  it('finds files, folders and what is not there yet, and where they really are', async () => {
    const { root } = tree();
    symlinkSync('pyproject.toml', join(root, 'linked.toml'));
    symlinkSync('docs', join(root, 'doc-link'));
    expect(await resolveRepositoryPath(root, 'x', 'pyproject.toml')).toMatchObject({ found: 'file', relative: 'pyproject.toml' });
    expect(await resolveRepositoryPath(root, 'x', 'docs')).toMatchObject({ found: 'folder', relative: 'docs' });
    expect(await resolveRepositoryPath(root, 'x', 'linked.toml')).toMatchObject({ found: 'file', relative: 'pyproject.toml', path: 'linked.toml' });
    expect(await resolveRepositoryPath(root, 'x', 'doc-link/new/CHANGES.md')).toMatchObject({ found: 'missing', relative: join('docs', 'new', 'CHANGES.md') });
    // A link whose target goes up and back in: still inside.
    symlinkSync('../repo/docs', join(root, 'round-trip'));
    expect(await resolveRepositoryPath(root, 'x', 'round-trip/a.md')).toMatchObject({ found: 'missing', relative: join('docs', 'a.md') });
  });

  it('refuses links, to a file or a folder, whose real location is outside', async () => {
    const { root, outside } = tree();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'file-link'));
    symlinkSync(outside, join(root, 'folder-link'));
    symlinkSync('../outside', join(root, 'relative-link'));
    for (const path of ['file-link', 'folder-link/secret.txt', 'relative-link/new.md']) {
      expect(await refusal(root, path)).toContain(`Input 'changelog' has the value '${path}', but it leads outside the repository, to ${outside}`);
    }
  });

  it('refuses a dangling link to outside, and one whose parent chain leads outside', async () => {
    const { root, outside } = tree();
    symlinkSync(join(outside, 'not-yet.md'), join(root, 'dangling.md'));
    symlinkSync(join(outside, 'missing', 'deeper'), join(root, 'deep'));
    symlinkSync('deep', join(root, 'chain'));
    expect(await refusal(root, 'dangling.md')).toContain(`leads outside the repository, to ${join(outside, 'not-yet.md')}`);
    expect(await refusal(root, 'chain/x/CHANGELOG.md')).toContain(`to ${join(outside, 'missing', 'deeper', 'x', 'CHANGELOG.md')}`);
  });

  it('refuses what leads into .git through links, in any case', async () => {
    const { root } = tree();
    symlinkSync('.git', join(root, 'meta'));
    symlinkSync('.git/config', join(root, 'cfg'));
    expect(await refusal(root, 'meta/config')).toContain(`leads into .git (${join('.git', 'config')})`);
    expect(await refusal(root, 'cfg')).toContain('leads into .git');
  });

  it('names a folder where a file is wanted, and a file where a folder is', async () => {
    const { root } = tree();
    await expect(resolveRepositoryPath(root, 'changelog', 'docs', 'file')).rejects.toThrow("Input 'changelog' has the value 'docs', but docs is a folder; it must name a file.");
    await expect(resolveRepositoryPath(root, 'dist', 'pyproject.toml', 'folder')).rejects.toThrow("Input 'dist' has the value 'pyproject.toml', but pyproject.toml is a file; it must name a folder.");
    await expect(resolveRepositoryPath(root, 'changelog', 'pyproject.toml/CHANGELOG.md', 'file')).rejects.toThrow('pyproject.toml is a file, so nothing can be inside it');
    await expect(resolveRepositoryPath(root, 'changelog', 'new.md', 'file')).resolves.toMatchObject({ found: 'missing' });
  });

  it('stops at a link loop', async () => {
    const { root } = tree();
    symlinkSync('b', join(root, 'a'));
    symlinkSync('a', join(root, 'b'));
    await expect(resolveRepositoryPath(root, 'changelog', 'a/x')).rejects.toThrow('more than 40 symbolic links');
  });
});
