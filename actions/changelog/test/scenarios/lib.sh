# Sourced by every scenario's history.sh: a repository with fixed identities and dates.
set -euo pipefail
export GIT_AUTHOR_NAME='Ada Lovelace' GIT_AUTHOR_EMAIL='ada@example.com'
export GIT_COMMITTER_NAME='Ada Lovelace' GIT_COMMITTER_EMAIL='ada@example.com'
tick=0
when() { echo "@$((1735689600 + tick * 86400)) +0000"; }
# commit MESSAGE [FILE CONTENT]: one commit a day from 2025-01-01.
commit() {
  tick=$((tick + 1))
  if [ $# -ge 3 ]; then mkdir -p "$(dirname "$2")"; printf '%s' "$3" > "$2"; else mkdir -p changes && echo "$tick" > "changes/$tick.txt"; fi
  git add --all
  GIT_AUTHOR_DATE="$(when)" GIT_COMMITTER_DATE="$(when)" git commit --quiet --allow-empty -m "$1"
}
# tag NAME: an annotated release tag on HEAD, dated like the last commit.
tag() { GIT_COMMITTER_DATE="$(when)" git tag --annotate --no-sign "$1" -m "Release $1"; }
# revert: git's own revert of the commit named by a message search.
revert_of() {
  tick=$((tick + 1))
  GIT_AUTHOR_DATE="$(when)" GIT_COMMITTER_DATE="$(when)" git revert --no-edit "$(git log --format=%H --grep="$1" -n 1)" > /dev/null
}
git init --quiet --initial-branch=main
git config commit.gpgSign false
