/**
 * Which wheel platform tags PyPI's upload endpoint accepts: a port of `_valid_platform_tag` in
 * warehouse's `warehouse/forklift/legacy.py` (2025: iOS, Android, riscv64, macOS 26).
 *
 * Warehouse's comment says why the list is closed: a platform tag needs an ABI spec that says
 * how to build a compatible binary (manylinux PEP 600, musllinux PEP 656), so a plain
 * `linux_x86_64` wheel, which only promises "the Linux it was built on", is refused.
 */

/** What PyPI makes of a platform tag. */
export type PlatformVerdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'bare-linux' }
  | { readonly kind: 'unverified'; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string };

// warehouse `_allowed_platforms`. linux_armv6l/armv7l stay for piwheels' Raspberry Pi wheels.
const STATIC_PLATFORMS: ReadonlySet<string> = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);

// warehouse `_macosx_arches`. Its current list spells `fat3`; older ones said `fat32`, which is
// the real tag name, so both are accepted here (a false pass costs less than a false failure).
const MACOS_ARCHES: ReadonlySet<string> = new Set([
  'ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat32', 'fat64', 'universal', 'universal2',
]);
// macOS 11+ tags are `macosx_{major}_0`; 10.x tags carry the minor (packaging.python.org#1933).
// Apple went from 15 to 26, so 16–25 never existed.
const MACOS_MAJORS: ReadonlySet<string> = new Set(['11', '12', '13', '14', '15', '26']);
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES: ReadonlySet<string> = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES: ReadonlySet<string> = new Set(JOINT_LINUX_ARCHES);
const IOS_ARCHES: ReadonlySet<string> = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES: ReadonlySet<string> = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

const MACOS_RE = /^macosx_(\d+)_(\d+)_(.+)$/;
const LINUX_RE = /^(many|musl)linux_(\d+)_(\d+)_(.+)$/;
const IOS_RE = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/;
const ANDROID_RE = /^android_\d+_(.+)$/;
// PEP 783 (Emscripten): warehouse can display these, but its upload check does not list them yet.
const PYEMSCRIPTEN_RE = /^pyemscripten_\d+_\d+_wasm32$/;

/**
 * Classifies one platform tag as PyPI's upload check would. Tags are compared lower-cased, as
 * `packaging.tags.Tag` lower-cases them before warehouse looks.
 */
export function classifyPlatformTag(tag: string): PlatformVerdict {
  const platform = tag.toLowerCase();
  if (STATIC_PLATFORMS.has(platform)) return { kind: 'accepted' };
  if (/^linux_/.test(platform)) return { kind: 'bare-linux' };

  const macos = MACOS_RE.exec(platform);
  if (macos !== null) {
    const [, major = '', minor = '', arch = ''] = macos;
    if (!MACOS_ARCHES.has(arch)) return { kind: 'refused', reason: `'${arch}' is not a macOS architecture PyPI knows` };
    if (major === '10' || (MACOS_MAJORS.has(major) && minor === '0')) return { kind: 'accepted' };
    return { kind: 'refused', reason: `macOS ${major}.${minor} is not a version PyPI accepts (10_x, or {11–15,26}_0)` };
  }
  const linux = LINUX_RE.exec(platform);
  if (linux !== null) {
    const [, libc = '', , , arch = ''] = linux;
    const arches = libc === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES;
    return arches.has(arch) ? { kind: 'accepted' } : { kind: 'refused', reason: `'${arch}' is not a ${libc}linux architecture PyPI accepts` };
  }
  const ios = IOS_RE.exec(platform);
  if (ios !== null) {
    return IOS_ARCHES.has(ios[1] ?? '') ? { kind: 'accepted' } : { kind: 'refused', reason: 'iOS wheels must be arm64 or x86_64' };
  }
  const android = ANDROID_RE.exec(platform);
  if (android !== null) {
    return ANDROID_ARCHES.has(android[1] ?? '')
      ? { kind: 'accepted' }
      : { kind: 'refused', reason: 'Android wheels must be armeabi_v7a, arm64_v8a, x86 or x86_64' };
  }
  if (PYEMSCRIPTEN_RE.test(platform)) {
    return { kind: 'unverified', reason: "PyPI's upload check did not list Emscripten (PEP 783) platforms when this was written" };
  }
  return { kind: 'refused', reason: 'it is not a platform PyPI accepts' };
}
