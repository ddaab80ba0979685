// Measured process of bench/pypi-publish-check.bench.mjs: inspects one wheel with the core
// library (TypeScript, run through `node --import tsx`) and prints one JSON line:
// { members, failing: ["id:level", ...], seconds } (seconds: the inspection alone, without startup).
// Usage: node --import tsx bench/lib/inspect-wheel-runner.mjs <wheel> <name> <version>
import { inspectWheel } from '../../packages/core/src/publish/archives/inspect-wheel.ts';

const [path, name, version] = process.argv.slice(2);
if (!path || !name || !version) {
  console.error('usage: inspect-wheel-runner.mjs <wheel> <name> <version>');
  process.exit(2);
}
const started = process.hrtime.bigint();
const result = await inspectWheel(path, { name, version });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const failing = result.checks.filter((check) => check.level !== 'pass').map((check) => `${check.id}:${check.level}`);
console.log(JSON.stringify({ members: result.members.length, checks: result.checks.length, failing, seconds }));
