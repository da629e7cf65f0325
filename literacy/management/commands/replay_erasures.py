"""Erase again, after a backup was restored, every account that had been erased
(deploy/backup-restore.md). Safe to run any time and twice: an account already erased,
or not in this database, is left as it is."""

from django.core.management import BaseCommand

from literacy.accounts.erasure_journal import journal_path
from literacy.accounts.erasures import replay


class Command(BaseCommand):
    help = ("After restoring a backup: erase again every erased account it brought back "
            "(from the database's erasure records and LITERACY_ERASURE_JOURNAL).")

    def handle(self, *args, **options):
        path = journal_path()
        if path is None:
            self.stderr.write("LITERACY_ERASURE_JOURNAL is not set: only the erasures this "
                              "database itself records are replayed.")
        elif not path.exists():
            self.stderr.write(f"No erasure journal at {path}: only the database's records.")
        result = replay()
        self.stdout.write(
            f"{result.records} erasures known ({result.restored_records} written back from "
            f"the journal); {result.erased} accounts erased again, {result.already_erased} "
            f"already erased, {result.absent} not in this database")
