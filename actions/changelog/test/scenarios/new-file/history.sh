# A project with one release and no changelog yet: the file is created.
. "$(dirname "$0")/../lib.sh"
commit 'chore: initial layout'
commit 'feat: first reader'
tag v0.1.0
commit 'feat(api): support nested groups (#123)'
commit 'fix(io): close files on error (#124)'
commit 'docs: explain groups'
commit 'Update CONTRIBUTING'
