# No version: the [Unreleased] section is refreshed with what happened since the last tag.
. "$(dirname "$0")/../lib.sh"
commit 'feat: first'
tag v1.0.0
commit 'feat: second'
commit 'fix: third'
