# Pull requests squash-merged on GitHub ("pull request title and commit details"): the subject is
# the change, the `* …` lines are the branch's history. Layout as GitHub writes it (see e.g.
# commitizen-tools/commitizen fc263cd6): each listed commit's body follows its bullet unindented,
# then nine dashes and the co-authors.
. "$(dirname "$0")/../lib.sh"
commit 'feat: read CSV files'
tag v0.1.0
# A feature whose branch had work in progress, a refactor and a fix: one feature entry.
commit 'feat(api): support nested groups (#12)

* wip

* refactor: split the reader

The reader was one 400-line function.

* fix typo

* fix: handle empty groups

---------

Co-authored-by: Grace Hopper <grace@example.com>'
# A fix whose branch also added an option: the option raises the bump, the entry stays the fix.
commit 'fix(io): close files after reading (#13)

* fix(io): close files after reading

* feat(io): a `closing` option'
# A breaking change in the branch: its note goes with the subject entry.
commit 'feat(cli): TOML configuration (#14)

* feat(cli): read stats.toml

* refactor(cli)!: drop the INI reader

BREAKING CHANGE: `stats.ini` is no longer read; move its settings to `stats.toml`.

* docs: configuration'
# A subject that is not a Conventional Commit: the listed commits are the entries.
commit 'Tidy up (#15)

* wip

* fix: typos in error messages'
