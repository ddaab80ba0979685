# A project released with python-semantic-release 9 in update mode: `semantic-release changelog`
# once wrote an Unreleased section below the `<!-- version list -->` flag, then releasing 0.2.0
# inserted its section above it, so a stale `## Unreleased` is left below a release
# (before.md, written by psr 9.21.2's own code and templates: see SOURCE.md).
. "$(dirname "$0")/../lib.sh"
commit 'feat: read CSV files'
commit 'fix(io): close files after reading'
psr_release 0.1.0
commit 'feat(api): support nested groups (#12)

* wip

* refactor: split the reader

* fix typo'
commit 'fix: handle empty input (#13)'
commit 'feat(cli)!: rename `run` to `exec`

BREAKING CHANGE: scripts calling `stats run` must call `stats exec`.'
psr_release 0.2.0
commit 'perf: faster grouping (#16)'
commit 'fix(io): keep file encodings'
