# A branch squashed with `git merge --squash`: git writes `Squashed commit of the following:`
# and each commit as `git log` shows it, newest first, messages indented by four spaces.
. "$(dirname "$0")/../lib.sh"
commit 'chore: start'
tag v0.1.0
git switch --quiet --create topic
commit 'feat(api): nested groups

Groups can hold groups.'
commit 'wip'
commit 'fix: empty groups

BREAKING CHANGE: an empty group now raises `EmptyGroupError`.'
git switch --quiet main
git merge --quiet --squash topic > /dev/null
tick=$((tick + 1))
GIT_AUTHOR_DATE="$(when)" GIT_COMMITTER_DATE="$(when)" git commit --quiet --no-edit
git branch --quiet -D topic
