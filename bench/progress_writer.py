"""The learners' side of bench `cohort_ws`, in a process of its own, as a learner's
request runs in a server worker of its own: one lesson completion per line read from
stdin (JSON: user, lesson, course), stored and published after commit as the site does
(courses.cohorts.events), answered with the commit time (time.time()) once the
transaction's on-commit work is done.

Writing from the bench process itself measured the bench as much as the product: that
process is also the client of the 601 sockets, and its loop, parsing 300 frames per
event, held the interpreter while the publishing thread waited for it between each of
its queries and Redis commands (see bench/README.md)."""

import gc
import json
import os
import sys
import time


def main() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.db import transaction

    from courses.models import LessonProgress

    from .measure import redis_channel_layer

    redis_channel_layer()
    if os.environ.get("BENCH_LIVE_TRACE"):  # each event's hand-off and send timed
        from .live_trace import _write, install_writer

        install_writer(os.environ["BENCH_LIVE_TRACE"] + ".writer")
    gc.freeze()  # as the site's server processes do (literacy/asgi.py)
    print("@@ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        LessonProgress.objects.filter(user_id=job["user"], lesson_id=job["lesson"]).delete()
        with transaction.atomic():
            LessonProgress.objects.create(user_id=job["user"], lesson_id=job["lesson"],
                                          course_id=job["course"], source="manual")
            committed = time.time()  # the commit follows
        if os.environ.get("BENCH_LIVE_TRACE"):
            _write({"k": [job["user"], job["lesson"]], "s": "committed", "t": committed})
        print("@@" + json.dumps({"committed": committed}), flush=True)


if __name__ == "__main__":
    main()
