#!/bin/sh
# The reports the demo's quality-gate step reads: what the sample project's CI (pytest with
# coverage, bandit) produced for the 0.4.0 release, with Debian 12's tools run by /usr/bin/python3:
# pytest 7.2.1, pytest-cov 4.0.0, coverage.py 6.5.0, bandit 1.6.2.
#   apt-get install python3-pytest python3-pytest-cov python3-coverage python3-bandit
# project/ is a Python copy of the sample project packages/cli/src/demo.ts creates (acme-stats,
# package acme_stats), with the code and tests of 0.4.0 (src/acme_stats/core.py as in the wheel).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/reports"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cp -R "$here/project/." "$work/"
cd "$work"
export PYTHONPATH=src PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
/usr/bin/python3 -m pytest -p no:cacheprovider -q --junitxml="$out/junit.xml" --cov=acme_stats --cov-branch --cov-report=
/usr/bin/python3 -m coverage xml -o "$out/coverage.xml"
/usr/bin/python3 -m bandit -q -r src -f json -o "$out/bandit.json"
sed -i "s#$work#/home/runner/work/acme-stats/acme-stats#g" "$out"/*
sed -i -E -e 's/ time="[0-9.]+"/ time="0.010"/g' -e 's/ timestamp="[^"]*"/ timestamp="2025-01-01T12:00:00.000000"/g' -e 's/ hostname="[^"]*"/ hostname="runner"/g' "$out/junit.xml"
sed -i -E -e 's/ timestamp="[0-9]+"/ timestamp="1735732800000"/' "$out/coverage.xml"
sed -i -E -e 's/"generated_at": "[^"]*"/"generated_at": "2025-01-01T12:00:00Z"/' "$out/bandit.json"
/usr/bin/python3 -m coverage report

# benchmark-compare's report of the release: the fifth saved pytest-benchmark run against the four
# before it, through this repository's committed bundle (run from the repository root, after pnpm install).
bench="$here/../acme-stats-benchmarks/benchmarks/Linux-CPython-3.11-64bit"
rm -rf "$work/bench" && mkdir -p "$work/bench/benchmarks/Linux-CPython-3.11-64bit" "$work/bench/runner-temp"
cp "$bench"/000[1-4]_*.json "$work/bench/benchmarks/Linux-CPython-3.11-64bit/"
cp "$bench"/0005_*.json "$work/bench/bench-results.json"
git -C "$work/bench" init -q
(cd "$here/../../../../.." && npx pnpm@10.34.9 -s ops-actions run benchmark-compare --cwd "$work/bench" \
  --env RUNNER_TEMP="$work/bench/runner-temp" --input current=bench-results.json --input baseline=benchmarks/ >/dev/null)
cp "$work/bench/runner-temp/ops-actions-benchmark-compare/report.json" "$out/benchmark-report.json"
