"""Unpacks archives with CPython's tarfile "data" filter (PEP 706), one member at a time.

Reads a JSON list of .tar.gz paths on stdin and prints, per archive, a JSON object:
{"refused": null} when every member unpacked, else {"refused": <index of the member that
failed>, "error": <exception class name>, "filter": <true for a tarfile.FilterError>}.
Each archive is unpacked eight directories deep in a fresh temporary directory (in
/dev/shm when there is one: creating and removing directories on a busy disk costs
milliseconds each), so that even a filter that let a link escape would write inside it;
the directory is then removed.
"""
import json
import os
import shutil
import sys
import tarfile
import tempfile


SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def unpack(path):
    sandbox = tempfile.mkdtemp(prefix="tarfile-oracle-", dir=SCRATCH)
    dest = os.path.join(sandbox, *["d"] * 8)
    os.makedirs(dest)
    try:
        with tarfile.open(path, "r:gz") as archive:
            for index, member in enumerate(archive.getmembers()):
                try:
                    archive.extractall(dest, members=[member], filter="data")
                except (tarfile.FilterError, OSError, KeyError, tarfile.ExtractError, RecursionError) as error:
                    return {"refused": index, "error": type(error).__name__, "filter": isinstance(error, tarfile.FilterError)}
        return {"refused": None}
    finally:
        shutil.rmtree(sandbox)


def main():
    if not hasattr(tarfile, "data_filter"):
        sys.exit("this Python has no tarfile.data_filter")
    for path in json.load(sys.stdin):
        print(json.dumps(unpack(path)), flush=True)


main()
