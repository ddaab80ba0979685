# A project released with commitizen (`cz bump --changelog`: release commits
# `bump: version 0.1.0 → 0.2.0`, tags v0.1.0, v0.2.0). before.md is what commitizen 4.17.0's
# `cz changelog` wrote for this history (see SOURCE.md).
. "$(dirname "$0")/../lib.sh"
commit 'feat: read CSV files'
commit 'fix(io): close files after reading'
commit 'bump: version 0.0.0 → 0.1.0'
tag v0.1.0
commit 'feat(api): support nested groups (#12)

* wip

* refactor: split the reader

* fix typo

---------

Co-authored-by: Grace Hopper <grace@example.com>'
commit 'fix: handle empty input (#13)'
commit 'refactor: one code path for readers'
commit 'feat(cli)!: rename `run` to `exec`

BREAKING CHANGE: scripts calling `stats run` must call `stats exec`.'
commit 'bump: version 0.1.0 → 0.2.0'
tag v0.2.0
commit 'perf: faster grouping'
