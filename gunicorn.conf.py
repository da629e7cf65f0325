"""gunicorn settings, read from the working directory (the deploy command in README.md and
the benchmarks start gunicorn from the project root; `--workers` comes from the command line).

A request here mostly waits on PostgreSQL and Redis (a quiz submission makes about ten
round trips), so each worker process serves several requests at once on threads: with
two workers on two cores, four threads each took quiz submissions from 28 to 50 a second
under the same load (bench group `quiz`). Django opens one database connection per thread.
"""

import gc

worker_class = "gthread"
threads = 4


def post_worker_init(worker):
    """Keep the cyclic garbage collector off the loaded application.

    After start-up a worker holds some 200,000 objects (Django, Wagtail, the URL
    resolver, templates) that live as long as it does; every full collection walked all
    of them again. Frozen, they are never scanned; and a request allocates thousands of
    objects, so the youngest generation is collected every few thousand allocations
    instead of every 700 (reference counting frees almost all of them anyway).
    """
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


# The access log (on with `--access-logfile -`, as deploy/systemd/basira-web.service does)
# records no client: no address (%(h)s), no query string (%(U)s is the path alone: search
# terms are learners' words), no referrer, no user agent. Checked by tests/deploy.
access_log_format = '%(t)s %(m)s %(U)s %(s)s %(B)s %(M)sms'
