"""Delete the records of exports older than LITERACY_EXPORT_AUDIT_DAYS (run daily by the
deployment's timer with the other clean-up commands)."""

from django.core.management import BaseCommand

from literacy import conf
from literacy.exports_audit import prune


class Command(BaseCommand):
    help = "Delete export records older than LITERACY_EXPORT_AUDIT_DAYS days."

    def handle(self, *args, **options):
        count = prune()
        self.stdout.write(f"{count} export records older than {conf.EXPORT_AUDIT_DAYS} "
                          f"days deleted")
