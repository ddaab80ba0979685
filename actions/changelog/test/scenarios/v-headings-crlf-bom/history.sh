# A hand-kept changelog with `## v1.2.0` headings, CRLF line endings and a BOM.
. "$(dirname "$0")/../lib.sh"
commit 'feat: first'
tag v1.2.0
commit 'fix: windows paths'
