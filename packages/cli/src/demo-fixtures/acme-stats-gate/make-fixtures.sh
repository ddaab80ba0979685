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
