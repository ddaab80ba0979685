# A project that also keeps floating tags for its release lines, moved to each new release as
# GitHub Actions are released (`v1`, `v1.1`): they are not releases, and hide none.
. "$(dirname "$0")/../lib.sh"
float() { GIT_COMMITTER_DATE="$(when)" git tag --force --annotate "$1" -m "Move $1 to $2" "$2^{commit}" > /dev/null; }
commit 'feat: read CSV files'
tag v1.0.0
float v1 v1.0.0
float v1.0 v1.0.0
commit 'fix: handle empty input (#3)'
commit 'feat(api): nested groups (#4)'
tag v1.1.0
float v1 v1.1.0
float v1.1 v1.1.0
commit 'fix(io): close files'
