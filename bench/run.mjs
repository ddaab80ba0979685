#!/usr/bin/env node
// `pnpm bench [name ...]`: runs every bench/*.bench.mjs (or the named ones, e.g.
// `pnpm bench version-bump`) in turn, prints each one's table, then one line per target,
// and exits 1 when any target is missed or a bench fails.
//
// A bench module default-exports { name, description, run(context) } where run resolves with
// { lines: string[] (the table and notes), targets: target()[] } (see lib/report.mjs).
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTarget } from './lib/report.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const SUFFIX = '.bench.mjs';

const available = readdirSync(benchDir)
  .filter((file) => file.endsWith(SUFFIX))
  .sort()
  .map((file) => ({ name: basename(file, SUFFIX), file: join(benchDir, file) }));

const requested = process.argv.slice(2).map((arg) => basename(arg).replace(/\.bench\.mjs$/, ''));
const unknown = requested.filter((name) => !available.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')} (available: ${available.map((bench) => bench.name).join(', ')})`);
  process.exit(2);
}
const selected = requested.length > 0 ? available.filter((bench) => requested.includes(bench.name)) : available;

const verdicts = [];
for (const bench of selected) {
  console.log(`\n=== bench: ${bench.name} ===`);
  const started = process.hrtime.bigint();
  try {
    const module = await import(pathToFileURL(bench.file).href);
    const result = await module.default.run({ root, log: (line) => console.log(line) });
    console.log('');
    for (const line of result.lines) console.log(line);
    for (const t of result.targets) verdicts.push({ bench: bench.name, line: formatTarget(t), pass: t.pass });
  } catch (error) {
    console.error(`bench ${bench.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    verdicts.push({ bench: bench.name, line: `FAIL ${bench.name}: the bench did not complete (see the error above)`, pass: false });
  }
  console.log(`(${bench.name} took ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
}

console.log('\n=== targets ===');
for (const verdict of verdicts) console.log(`[${verdict.bench}] ${verdict.line}`);
const failed = verdicts.filter((verdict) => !verdict.pass).length;
console.log(failed === 0 ? `all ${verdicts.length} target(s) met` : `${failed} of ${verdicts.length} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
