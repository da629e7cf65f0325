"""H5P: ingesting the real package, and rejecting a 1 MB zip that expands to 1 GB.

Peak memory is the growth measured by tracemalloc (Python and zlib allocations) during the
call, on top of what was allocated before it (the upload itself is already in memory).
"""

import io
import os
import statistics
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from django.test import override_settings

from quizzes.h5p.ingest import ingest_package
from quizzes.h5p.validation import PackageRejected, validate_package

from .measure import metric

MB = 1024 * 1024


def build_bomb(expanded: int = 1024 * MB) -> bytes:
    """One member of zeros, streamed through deflate: ~1 MB on disk, 1 GB declared."""
    buffer = io.BytesIO()
    chunk = bytes(MB)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("h5p.json", b'{"title": "bomb", "mainLibrary": "X"}')
        info = zipfile.ZipInfo("content/zeros.json")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(expanded // MB):
                member.write(chunk)
    return buffer.getvalue()


def _peak_growth(fn) -> tuple[float, object]:
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _peak = tracemalloc.get_traced_memory()
    try:
        value = fn()
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return (peak - base) / MB, value


def _fixture(name: str) -> bytes:
    from tests.h5p_fixtures import fixtures_dir

    path = fixtures_dir() / name
    if not path.is_file():
        raise RuntimeError(f"{path} is absent: set BASIRA_H5P_FIXTURES to the real H5P packages")
    return path.read_bytes()


def run_ingest(ctx):
    data = _fixture("true-false.h5p")
    root = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp()) / "h5p-files"
    with override_settings(QUIZZES_H5P_FILES_ROOT=root):
        samples = []
        for n in range(5):
            start = time.perf_counter()
            ingest_package(upload=io.BytesIO(data), title=f"bench {n}")
            samples.append(time.perf_counter() - start)
        peak, _package = _peak_growth(
            lambda: ingest_package(upload=io.BytesIO(data), title="bench peak")
        )
    yield metric("h5p_ingest.fixture_s", statistics.median(samples), "s",
                 package_bytes=len(data))
    yield metric("h5p_ingest.fixture_peak_mb", peak, "MB")


def run_bomb(ctx):
    bomb = build_bomb()
    declared = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(bomb)).infolist())

    def reject() -> str:
        try:
            validate_package(io.BytesIO(bomb))
        except PackageRejected as rejected:
            return rejected.code
        raise AssertionError("the zip bomb was accepted")

    samples = []
    for _ in range(5):
        start = time.perf_counter()
        code = reject()
        samples.append(time.perf_counter() - start)
    peak, code = _peak_growth(reject)
    median = statistics.median(samples)
    yield metric("h5p_bomb.reject_s", median, "s", ms=round(median * 1000, 3),
                 bomb_bytes=len(bomb), expands_to_bytes=declared, reason=code)
    yield metric("h5p_bomb.peak_mb_growth", peak, "MB")


def run(ctx):
    yield from run_ingest(ctx)
    yield from run_bomb(ctx)


GROUPS = {"h5p": run}
