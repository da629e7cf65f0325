"""Bench-only: where a gunicorn worker's time goes, per kind of request, under the load.

With ``BENCH_PROFILE_DIR`` set, bench/production_settings.py puts this middleware first:
each request runs under cProfile (wall clock: waits on PostgreSQL and Redis count), one
profile per worker process and kind (the quiz submission, the no-op, the write floor),
written every ``EVERY`` requests of that kind to ``<dir>/<kind>-<pid>.prof``. Read them
with ``python -m bench.profiling <dir>``. A profiled run's throughput is not a figure.
"""

import cProfile
import os
import pstats
import sys
from pathlib import Path

EVERY = 100


def _kind(path: str) -> str:
    if path.endswith("/submit/"):
        return "quiz"
    if path.startswith("/bench/"):
        return path.rsplit("/", 1)[-1]
    return "other"


class ProfileMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.directory = Path(os.environ["BENCH_PROFILE_DIR"])
        self.profiles: dict[str, tuple[cProfile.Profile, list]] = {}

    def __call__(self, request):
        kind = _kind(request.path)
        profile, seen = self.profiles.setdefault(kind, (cProfile.Profile(), [0]))
        profile.enable()
        try:
            return self.get_response(request)
        finally:
            profile.disable()
            seen[0] += 1
            if seen[0] % EVERY == 0:
                profile.dump_stats(self.directory / f"{kind}-{os.getpid()}.prof")


def report(directory: str, kind: str = "quiz", limit: int = 45) -> None:
    files = sorted(str(p) for p in Path(directory).glob(f"{kind}-*.prof"))
    stats = pstats.Stats(*files)
    calls = sum(v[0] for k, v in stats.stats.items() if k[2] == "__call__"
                and "profiling" in k[0])
    print(f"{kind}: {calls} requests in {len(files)} files")
    stats.sort_stats("cumulative").print_stats(limit)


if __name__ == "__main__":
    report(sys.argv[1], *(sys.argv[2:3] or ["quiz"]))
