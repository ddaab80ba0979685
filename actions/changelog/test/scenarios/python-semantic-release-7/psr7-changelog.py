"""Writes CHANGELOG.md as python-semantic-release 7 does at each release (`semantic-release publish`
calls generate_changelog, markdown_changelog and update_changelog_file), replaying the tags in order.
Run in the scenario repository: /usr/bin/python3 psr7-changelog.py (Debian's python3-semantic-release)."""
import datetime
import subprocess
import semantic_release
from semantic_release import vcs_helpers
from semantic_release.changelog import markdown_changelog
from semantic_release.history.logs import generate_changelog
from semantic_release.vcs_helpers import get_repository_owner_and_name, update_changelog_file

tags = subprocess.run(["git", "tag", "--sort=creatordate"], capture_output=True, text=True, check=True).stdout.split()
owner, name = get_repository_owner_and_name()
previous = None
for tag in tags:
    version = tag[1:]
    day = subprocess.run(["git", "log", "-1", "--format=%cs", tag], capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["git", "checkout", "--quiet", "--detach", tag], check=True)

    class ReleaseDay(datetime.date):
        @classmethod
        def today(cls):
            return datetime.date.fromisoformat(day)

    vcs_helpers.date = ReleaseDay  # the release day, not the day this replay runs
    log = generate_changelog(previous)
    update_changelog_file(version, markdown_changelog(owner, name, version, log, header=False, previous_version=previous))
    previous = version
subprocess.run(["git", "checkout", "--quiet", "main"], check=True)
print(f"python-semantic-release {semantic_release.__version__}: {', '.join(tags)}")
