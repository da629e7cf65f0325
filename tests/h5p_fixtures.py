"""Real H5P packages published by others: read from outside the repository, never copied in.

``BASIRA_H5P_FIXTURES`` (default ``../shared/fixtures/h5p`` beside the repository) holds
them. Without it a test that needs one skips with the reason, except under CI (``CI=true``),
where a missing fixture fails the test.
"""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _checkout_root() -> Path:
    """The main checkout: a git worktree's ``.git`` file names it (…/.git/worktrees/<name>)."""
    marker = ROOT / ".git"
    if marker.is_file() and marker.read_text().startswith("gitdir:"):
        return Path(marker.read_text().split(":", 1)[1].strip()).parents[2]
    return ROOT


def fixtures_dir() -> Path:
    configured = os.environ.get("BASIRA_H5P_FIXTURES")
    if configured:
        return Path(configured)
    return _checkout_root().parent / "shared" / "fixtures" / "h5p"


def fixture_package(name: str) -> Path:
    """The path of a real package such as ``true-false.h5p``; skips (fails in CI) if absent."""
    path = fixtures_dir() / name
    if not path.is_file():
        reason = f"real H5P package {path} is absent (set BASIRA_H5P_FIXTURES)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path
