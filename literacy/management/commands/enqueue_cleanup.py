"""Queue the periodic cleanup for the background worker (literacy/tasks.py).

Run hourly by deploy/systemd/basira-cleanup.timer. It only queues and returns, so a slow
cleanup never overlaps the next timer run in this process; with the immediate backend
(no worker) the tasks run here and now.
"""

from django.core.management.base import BaseCommand

from literacy.tasks import CLEANUP_TASKS


class Command(BaseCommand):
    help = ("Queue the cleanup tasks (expired sessions, orphaned uploads, temporary "
            "packages, old prepared files) for the background worker.")

    def handle(self, *args, **options):
        for cleanup in CLEANUP_TASKS:
            result = cleanup.enqueue()
            self.stdout.write(f"{cleanup.name}: {result.status} ({result.id})")
