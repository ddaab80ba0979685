/**
 * Why a member name is unsafe to extract, or undefined when it is safe. An installer that
 * joins such a name to a target directory writes outside it ("zip slip"): pip and uv refuse
 * these names, and the zip spec (APPNOTE 4.4.17) forbids drive letters, a leading slash and
 * backslashes.
 */
export function describeUnsafePath(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.includes('\0')) return 'it contains a NUL byte';
  if (name.includes('\\')) return 'it contains a backslash, which Windows installers read as a directory separator';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'it is an absolute path';
  if (name.split('/').includes('..')) return "it contains a '..' segment";
  return undefined;
}

/** The name without its trailing slash, split into segments (empty segments dropped). */
export function splitMemberPath(name: string): string[] {
  return name.split('/').filter((segment) => segment !== '' && segment !== '.');
}
