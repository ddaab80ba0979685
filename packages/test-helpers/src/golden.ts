import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares text with a golden file. `pnpm golden:update` (UPDATE_GOLDEN=1) rewrites the files
 * instead; review the diff before committing. A missing golden file fails unless updating.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} does not exist; run \`pnpm golden:update\` to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
