# The history of python-semantic-release-7, released with python-semantic-release 8 instead:
# before.md is what python-semantic-release 8.7.2's template renders for it (see SOURCE.md).
. "$(dirname "$0")/../python-semantic-release-7/history.sh"
