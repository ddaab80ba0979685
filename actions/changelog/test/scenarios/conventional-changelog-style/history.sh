# A changelog written by conventional-changelog: its heading style is kept for the new section.
. "$(dirname "$0")/../lib.sh"
commit 'feat: first'
tag v1.2.0
commit 'fix(cli): quote paths (#7)'
commit 'feat!: drop the old config format

BREAKING CHANGE: settings move from setup.cfg to pyproject.toml'
