"""The held-out manifest: each held-out file of the real corpus with the SHA-256 of its content, as `sha256sum` writes.

`python -m tests.eval.manifest --write` rewrites it from the files as they are; run it once, when the corpus's texts
are written and labelled and before any reading rule is tuned. From then on a unit test holds the held-out files
to it, so that a held-out text or label edited later (after seeing what the extractor makes of it) is caught.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

from tests.eval.real import REAL, held_out, real_files

MANIFEST = REAL / "HELDOUT.sha256"


def content_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def current(folder: Path = REAL) -> dict[str, str]:
    """Every held-out file of `folder` by name, with the digest of its content now."""
    return {path.name: content_digest(path) for path in real_files(folder) if held_out(path.name)}


def recorded(manifest: Path = MANIFEST) -> dict[str, str]:
    """The files and digests the manifest lists; empty when there is no manifest yet."""
    if not manifest.exists():
        return {}
    listed = {}
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        digest, separator, name = line.partition("  ")
        if not separator or len(digest) != 64:
            raise ValueError(f"{manifest.name} line {number}: expected '<sha256>  <file name>', found {line!r}")
        listed[name] = digest
    return listed


def render(digests: dict[str, str]) -> str:
    """The manifest's text for these files, one '<sha256>  <name>' line each, by name."""
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(digests.items()))


def main(argv: Sequence[str] | None = None) -> int:
    """Check the manifest against the files (exit 1 on a difference), or rewrite it with --write."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.manifest", description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the manifest from the held-out files as they are")
    options = parser.parse_args(argv)
    now = current()
    if options.write:
        MANIFEST.write_text(render(now), encoding="utf-8")
        print(f"{MANIFEST.name}: {len(now)} held-out files listed")
        return 0
    listed = recorded()
    differing = sorted(name for name in now.keys() | listed.keys() if now.get(name) != listed.get(name))
    for name in differing:
        print(f"{name}: {'not listed' if name not in listed else 'missing' if name not in now else 'changed'}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
