# Adopting a project with three releases and a changelog that has only a header.
. "$(dirname "$0")/../lib.sh"
commit 'feat: first reader'
tag v0.1.0
commit 'fix: crash on empty file (#2)'
commit 'feat(api): groups (#3)'
tag v0.2.0
git switch --quiet --create topic
commit 'fix: off-by-one in ranges'
git switch --quiet main
commit 'perf: faster parsing'
GIT_AUTHOR_DATE="$(when)" GIT_COMMITTER_DATE="$(when)" git merge --quiet --no-ff -m "Merge branch 'topic'" topic
tag v0.3.0
commit 'feat: not released yet'
