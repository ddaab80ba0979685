"""Renders python-semantic-release 8's default changelog template (CHANGELOG.md.j2, given as the
argument) for the repository in the current directory, as `semantic-release changelog` does:
jinja2's SandboxedEnvironment with psr 8's defaults (autoescape on, no trim_blocks), the history
read as psr 8's ReleaseHistory.from_git_history reads it (newest first, a tagged commit opens its
release, commits grouped by type), each commit typed by psr 8's angular parser (its regex,
`breaking`, LONG_TYPE_NAMES, `unknown` when it does not parse). psr 8 itself needs pydantic 2,
which Debian 12 does not have; the template is the released one, unchanged."""
import re
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timezone
from types import SimpleNamespace
from jinja2.sandbox import SandboxedEnvironment

ALLOWED = "build|chore|ci|docs|feat|fix|perf|style|refactor|test"
PARSER = re.compile(rf"(?P<type>{ALLOWED})(?:\((?P<scope>[^\n]+)\))?(?P<break>!)?:\s+(?P<subject>[^\n]+)(:?\n\n(?P<text>.+))?", re.DOTALL)
BREAKING = re.compile(r"BREAKING[ -]CHANGE:\s?(.*)")
LONG_TYPE_NAMES = {"feat": "feature", "docs": "documentation", "perf": "performance"}
REPO = "https://github.com/acme/stats"


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def commit_type(message):
    parsed = PARSER.match(message)
    if not parsed:
        return "unknown"
    paragraphs = [p.replace("\n", " ") for p in (parsed.group("text") or "").split("\n\n") if p]
    if parsed.group("break") or any(BREAKING.match(p) for p in paragraphs):
        return "breaking"
    return LONG_TYPE_NAMES.get(parsed.group("type"), parsed.group("type"))


class Version:
    """The tag's version, as the template asks for it (psr 8's Version.as_semver_tag)."""

    def __init__(self, tag, date):
        self.tag, self.date = tag, date

    def as_semver_tag(self):
        return self.tag


tags = {}
for line in git("for-each-ref", "--format=%(*objectname) %(refname:strip=2) %(taggerdate:unix)", "refs/tags").splitlines():
    sha, name, unix = line.split()
    tags[sha] = Version(name, datetime.fromtimestamp(int(unix), tz=timezone.utc))
unreleased, released, current = defaultdict(list), {}, None
for sha in git("rev-list", "HEAD").split():
    message = git("show", "-s", "--format=%B", sha)
    if sha in tags:
        current = tags[sha]
        released.setdefault(current, {"tagged_date": current.date, "elements": defaultdict(list)})
    commit = SimpleNamespace(message=message, short_hash=sha[:7], hexsha=sha)
    (released[current]["elements"] if current else unreleased)[commit_type(message)].append(commit)

env = SandboxedEnvironment(autoescape=True, trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=False)
env.filters["commit_hash_url"] = lambda sha: f"{REPO}/commit/{sha}"
template = env.from_string(open(sys.argv[1], encoding="utf-8").read())
history = SimpleNamespace(unreleased=unreleased, released=released)
sys.stdout.write(template.render(context=SimpleNamespace(history=history)))
