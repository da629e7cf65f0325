"""Sessions are indexed by owner at sign-in: deleting an account ends that person's
sessions without decoding the others (issue 23, item 8), and expired ones are cleared."""

import io

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from literacy.models import SessionOwner
from literacy.security.sessions import end_sessions
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_deletion_ends_only_the_owners_sessions(django_assert_max_num_queries):
    leaving, staying = UserFactory(username="leaving"), UserFactory(username="staying")
    phone, laptop, other = signed_in(leaving), signed_in(leaving), signed_in(staying)
    keys = {c.session.session_key for c in (phone, laptop)}
    assert set(SessionOwner.objects.filter(user=leaving)
               .values_list("session_key", flat=True)) == keys
    for _n in range(30):  # other people's sessions: none of them is read
        signed_in(UserFactory())
    # A few queries plus two per own session, whatever the number of other sessions; no
    # other session's data is read.
    with django_assert_max_num_queries(3 + 2 * len(keys)) as queries:
        end_sessions(leaving)
    assert not [q for q in queries.captured_queries if "session_data" in q["sql"]
                and not any(key in q["sql"] for key in keys)]
    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not SessionOwner.objects.filter(user=leaving).exists()
    assert Session.objects.filter(session_key=other.session.session_key).exists()


def test_clear_sessions_removes_expired_sessions_and_their_index():
    user = UserFactory(username="old")
    client = signed_in(user)
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timezone.timedelta(days=1))
    out = io.StringIO()
    call_command("clear_sessions", stdout=out)
    assert not Session.objects.exists()
    assert not SessionOwner.objects.exists()
    assert "1 session index rows removed" in out.getvalue()
