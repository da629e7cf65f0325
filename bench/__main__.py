"""`make bench` (or `python -m bench --only GROUP`): one JSON object per line per metric.

Metric names are a contract with the issues that define them: keep them stable.
"""

import argparse
import contextlib
import importlib
import json
import os
import sys
import tempfile

# Groups are found in bench/groups_*.py, each exporting GROUPS = {name: run(ctx)}.
GROUP_MODULES = ["groups_core", "groups_courses", "groups_quiz", "groups_h5p", "groups_h5p_play",
                 "groups_cohort", "groups_live", "groups_real", "groups_first_text",
                 "groups_offline", "groups_documents"]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", help="comma-separated group names")
    args = parser.parse_args()

    os.environ.setdefault("BENCH_DIR", tempfile.mkdtemp(prefix="basira-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # wagtail-modeltranslation's migrate prints its SQL: keep stdout for the JSON lines.
    with contextlib.redirect_stdout(sys.stderr):
        call_command("migrate", "--noinput", verbosity=0)
    db = settings.DATABASES["default"]
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{db['NAME']}"

    groups = {}
    for module_name in GROUP_MODULES:
        module = importlib.import_module(f"bench.{module_name}")
        groups.update(module.GROUPS)
    wanted = args.only.split(",") if args.only else list(groups)
    unknown = set(wanted) - set(groups)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}; known: {', '.join(groups)}")

    ctx = {"database_url": database_url}
    for name in wanted:
        for row in groups[name](ctx):
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
