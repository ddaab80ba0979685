# A Keep a Changelog file with hand-written notes under [Unreleased] and link references.
. "$(dirname "$0")/../lib.sh"
commit 'feat: first reader'
tag v0.3.3
commit 'feat(api): support nested groups (#123)'
commit 'perf(parser): skip a copy'
commit 'fix: handle empty input'
commit 'fix(security): escape paths in reports'
commit 'deprecate: read_csv_old'
