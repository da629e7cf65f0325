"""The wheel's build backend: setuptools, plus what a built package needs that git lacks.

Before building (`pip wheel .`, `python -m build`, `pip install .`), the Arabic and French
catalogues of each app are compiled to .mo files (with gettext's ``msgfmt``; .mo files are
not in git), and the vendored files the apps use at run time (the fonts certificates embed,
the H5P player) are copied from ``static/vendor/`` (made by ``make assets``) into the apps'
static folders. The copies are removed again after the build, so the site keeps serving
``static/vendor/`` as before.
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F403 - the PEP 517 hooks we do not change

ROOT = Path(__file__).resolve().parent.parent
APPS = ("literacy", "courses", "quizzes")
# static/vendor/<folder> -> <app>/static/vendor/<folder> inside the package.
VENDORED = {"fonts": "literacy", "h5p": "quizzes"}


def compile_catalogues() -> list[Path]:
    made = []
    for app in APPS:
        for po in sorted((ROOT / app / "locale").glob("*/LC_MESSAGES/*.po")):
            mo = po.with_suffix(".mo")
            if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
                continue
            if not shutil.which("msgfmt"):
                raise RuntimeError(
                    f"{mo.relative_to(ROOT)} is missing or stale and gettext's msgfmt is not "
                    "installed: install gettext or run `make messages` first."
                )
            msgfmt = shutil.which("msgfmt")
            subprocess.run([msgfmt, "--check-format", "-o", str(mo), str(po)], check=True)  # noqa: S603 - fixed program, our own files
            made.append(mo)
    return made


def copy_vendored() -> list[Path]:
    copied = []
    for folder, app in VENDORED.items():
        source = ROOT / "static" / "vendor" / folder
        target = ROOT / app / "static" / "vendor" / folder
        if target.exists():
            continue
        if not source.is_dir():
            raise RuntimeError(f"static/vendor/{folder} is missing: run `make assets` first.")
        shutil.copytree(source, target)
        copied.append(target)
    return copied


def _with_prepared_tree(build):
    def hook(*args, **kwargs):
        compile_catalogues()
        copied = copy_vendored()
        try:
            return build(*args, **kwargs)
        finally:
            for target in copied:
                shutil.rmtree(target, ignore_errors=True)
                # Leave no empty static/vendor/ folder behind in the app.
                for parent in (target.parent,):
                    if parent.is_dir() and not any(parent.iterdir()):
                        parent.rmdir()

    return hook


build_wheel = _with_prepared_tree(_orig.build_wheel)
build_sdist = _with_prepared_tree(_orig.build_sdist)
