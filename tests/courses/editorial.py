"""The seeded demo and the three people who edit it, none of them enrolled anywhere."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.factories import UserFactory


def seed_demo():
    with open("/dev/null", "w") as out:
        call_command("seed_demo", stdout=out)


def editorial_user(role: str):
    """A fresh Editors / Moderators member, or a superuser for "admin"."""
    if role == "admin":
        return UserFactory(username="site-admin", is_superuser=True, is_staff=True)
    user = UserFactory(username=f"{role}-person")
    user.groups.add(Group.objects.get(name={"editor": "Editors",
                                            "moderator": "Moderators"}[role]))
    return user


ROLES = ("editor", "moderator", "admin")


@pytest.fixture
def seeded(db):
    seed_demo()
