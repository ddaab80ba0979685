import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';

/** Splits `Key: Value` lines (the email-header format of WHEEL and METADATA) into a map of first values. */
export function parseHeaderFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break; // the body starts after the first blank line
    const colon = line.indexOf(':');
    if (colon <= 0 || /^\s/.test(line)) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).trim());
  }
  return fields;
}

/**
 * WHEEL must declare `Wheel-Version`, and installers refuse a major version they do not know
 * (PEP 427: "a wheel installer should ... fail if Wheel-Version is greater than the version
 * it supports"); 1.x is the only one there is.
 */
export function checkWheelFile(wheelText: string | undefined, wheelPath: string, file: string): CheckResult {
  const id = 'wheel-wheel-file';
  if (wheelText === undefined) {
    return failure(id, `${wheelPath} is missing, so installers cannot tell the wheel format version.`, 'Rebuild the wheel with a PEP 517 build backend.', file);
  }
  const version = parseHeaderFields(wheelText).get('wheel-version');
  if (version === undefined) {
    return failure(id, `${wheelPath} has no Wheel-Version field.`, 'Rebuild the wheel with a PEP 517 build backend; WHEEL must start with "Wheel-Version: 1.0".', file);
  }
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match || match[1] !== '1') {
    return failure(id, `${wheelPath} declares Wheel-Version '${version}'; installers only accept 1.x.`, 'Rebuild the wheel with a current build backend, which writes Wheel-Version: 1.0.', file);
  }
  return pass(id, `${wheelPath} declares Wheel-Version ${version}.`, file);
}
