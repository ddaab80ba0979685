# Squash merges, a revert within the release, a revert of a released feature, footers.
. "$(dirname "$0")/../lib.sh"
commit 'feat(export): legacy export'
tag v0.9.0
commit 'Groups and fixes (#42)

* feat(api): nested groups

* fix: empty groups

---------

Co-authored-by: Grace Hopper <grace@example.com>'
commit 'feat: risky idea'
revert_of 'risky idea'
revert_of 'legacy export'
commit 'feat(cli)!: rename `run` to `exec`

BREAKING CHANGE: scripts calling `stats run` must call `stats exec`.
Deprecated: the `--old-flag` option'
commit 'chore: tidy'
commit 'Merge-free non-conventional commit'
