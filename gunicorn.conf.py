"""gunicorn settings, read from the working directory (the deploy command in README.md and
the benchmarks start gunicorn from the project root; `--workers` comes from the command line).

A request here mostly waits on PostgreSQL and Redis (a quiz submission makes about ten
round trips), so each worker process serves several requests at once on threads: with
two workers on two cores, four threads each took quiz submissions from 28 to 50 a second
under the same load (bench group `quiz`). Django opens one database connection per thread.
"""

worker_class = "gthread"
threads = 4
