"""Runs commitizen's `cz changelog` (commands.Changelog, as commitizen/cli.py calls it) in the
current repository, without the argparse front end (decli is not in Debian)."""
import sys
from commitizen.__version__ import __version__
from commitizen.commands.changelog import Changelog
from commitizen.config import read_cfg

Changelog(read_cfg(), {"unreleased_version": None, "incremental": False, "dry_run": False})()
print(f"commitizen {__version__}", file=sys.stderr)
