import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'ops-actions.mjs');

describe('ops-actions demo', () => {
  it('runs the release job on a sample project and shows each action’s outputs and summary', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'demo'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout).toMatch(/Step 1\/\d+: version-bump/);
    expect(stdout).toMatch(/Step 2\/\d+: changelog/);
    expect(stdout).toMatch(/Its CHANGELOG\.md:\n# Changelog\n[\s\S]*## \[Unreleased\]\n\n## \[0\.4\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n\n- \*\*api:\*\* support nested groups/);
    expect(stdout).toContain('changed = false');
    expect(stdout).toMatch(/Step 3\/\d+: pypi-publish-check/);
    expect(stdout).toContain('pypi-publish-check: ✅ acme-stats 0.4.0 is ready to publish');
    expect(stdout).toContain('passed = true');
    expect(stdout).toMatch(/Outputs:\n(?:.*\n)*? {2}version = 0\.4\.0\n/);
    expect(stdout).toContain('tag = v0.4.0');
    expect(stdout).toContain('version-bump: 0.3.3 → 0.4.0 (minor)');
    expect(stdout).toContain('`src/acme_stats/__init__.py`  `__version__`');
    expect(stdout).toContain('(HEAD -> release/v0.4.0, tag: v0.4.0) chore(release): 0.4.0');
    // Every step of the demo job succeeds, whichever steps it has.
    expect(stdout.match(/Action succeeded/g)).toHaveLength(stdout.match(/━━ Step \d+\//g)?.length ?? -1);
    expect(stdout).toMatch(/Step \d+\/\d+: benchmark-compare/);
    expect(stdout).toContain('benchmark-compare: ❌ 1 regression; worst `test_percentile[95]`');
    expect(stdout).toContain('regressions = 1');
    expect(stdout).toMatch(/Warning: tests\/test_benchmarks\.py: benchmark-compare: tests\/test_benchmarks\.py::test_percentile\[95\] is slower: median 66\.2 µs → 144 µs/);
    // gpu-report wraps a short command, sampling the stand-in nvidia-smi (a recorded H200), or
    // with OPS_ACTIONS_REAL_GPU=1 the machine's own.
    expect(stdout).toMatch(/Step \d+\/\d+: gpu-report/);
    expect(stdout).toContain('frame 3 rendered');
    if (process.env.OPS_ACTIONS_REAL_GPU === '1') {
      expect(stdout).toMatch(/summary-line = Rendered in [\d.]+s \(GPU( \d+ of \d+)?: (\d+%|unknown), VRAM: [\d.]+\/[\d.]+GB\)/);
    } else {
      expect(stdout).toMatch(/summary-line = Rendered in [\d.]+s \(GPU: \d+%, VRAM: [\d.]+\/140\.4GB\)/);
      expect(stdout).toContain('gpu-name = NVIDIA H200');
    }
    // quality-gate holds the production preset over the real tools' reports.
    expect(stdout).toMatch(/Step \d+\/\d+: quality-gate/);
    expect(stdout).toContain('quality-gate: ✅ passed — all 5 gates passed');
    expect(stdout).toMatch(/Coverage\s+≥ 80%\s+94\.74% \(25\/26 statements, 11\/12 branches\)\s+✅ pass/);
    expect(stdout).toMatch(/Vulnerabilities \(pip-audit\)\s+none known\s+0 in 0 package\(s\)\s+✅ pass/);
    expect(stdout).toMatch(/Benchmarks\s+no regression\s+8 compared, no regression\s+✅ pass/);
  });
});
