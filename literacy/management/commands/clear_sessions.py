"""Delete expired sessions and their owners' index rows (run hourly by the worker, queued
by `enqueue_cleanup` from the deployment's timer, deploy/README.md): Django's
``clearsessions``, then the index rows left without a session."""

from django.contrib.sessions.models import Session
from django.core.management import BaseCommand, call_command

from literacy.models import SessionOwner


class Command(BaseCommand):
    help = "Delete expired sessions and the index rows of sessions that are gone."

    def handle(self, *args, **options):
        call_command("clearsessions")
        gone = SessionOwner.objects.exclude(
            session_key__in=Session.objects.values("session_key"))
        count, _ = gone.delete()
        self.stdout.write(f"{count} session index rows removed")
