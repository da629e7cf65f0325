"""Seed demo content. Idempotent: a second run creates nothing and changes nothing."""

from django.core.management.base import BaseCommand
from wagtail import hooks

from literacy.demo import (
    DEMO_ADMIN_PASSWORD,
    DEMO_ADMIN_USERNAME,
    seed_demo_admin,
    seed_home,
)
from literacy.references import indexed_once


class Command(BaseCommand):
    help = "Create the demo site (home page, courses, users). Safe to run again."

    def handle(self, *args, **options):
        with indexed_once():
            self._seed()

    def _seed(self):
        _home, created = seed_home()
        self.stdout.write(f"home page: {'created' if created else 'kept as it is'}")
        _admin, created = seed_demo_admin()
        if created:
            self.stdout.write(
                f"demo admin: {DEMO_ADMIN_USERNAME} / {DEMO_ADMIN_PASSWORD} (change it)"
            )
        else:
            self.stdout.write(f"demo admin: {DEMO_ADMIN_USERNAME} (exists, password unchanged)")
        # Plugins add their own demo content through this hook (see courses/wagtail_hooks.py).
        for seed in hooks.get_hooks("basira_seed_demo"):
            for line in seed() or []:
                self.stdout.write(line)
