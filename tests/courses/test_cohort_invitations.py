# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Co-facilitators are invited and accept; the invite form tells nobody who exists.

A facilitator invites a pseudonym; whatever it names (a facilitator of this or another
organisation, a learner, nobody) the answer is the same. Only somebody who may facilitate
sees the invitation, and only accepting it gives access to the cohort.
"""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import invitations
from courses.cohorts.team import invited_message
from courses.models import CohortMembership, FacilitatorInvitation
from literacy.accounts import personal_data
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db

NOBODY = "nobody-by-this-name"


def _en(name, *args, **kwargs):
    with translation.override("en"):
        return reverse(name, args=args, kwargs=kwargs)


def _client_of(user) -> Client:
    client = Client()
    login_verified(client, user)
    return client


@pytest.fixture
def kinds(organisation, other_facilitator):
    """The four kinds of pseudonym a facilitator might type."""
    return {
        "facilitator": make_facilitator("sami", organisation).username,
        "other_organisation": other_facilitator.username,
        "learner": UserFactory(username="leila").username,
        "nobody": NOBODY,
    }


def _facilitators(cohort) -> set[str]:
    return set(cohort.memberships.filter(role="facilitator")
               .values_list("user__username", flat=True))


def _normalised(html: str, pseudonym: str) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r"/invitations/\d+/", "/invitations/N/", html)
    return html.replace(pseudonym, "PSEUDONYM")


def test_every_kind_of_pseudonym_gets_the_same_answer(facilitator_client, cohort, kinds):
    """Guards views/team.invited_message and invitations.invite (no enumeration)."""
    answers = {}
    for kind, pseudonym in kinds.items():
        response = facilitator_client.post(_en("cohorts:facilitator_invite", cohort.pk),
                                           {"pseudonym": pseudonym}, follow=True)
        answers[kind] = (
            response.redirect_chain, response.status_code,
            [t.name for t in response.templates],
            [str(m) for m in response.context["messages"]],
            _normalised(response.content.decode(), pseudonym),
        )
        assert pseudonym in response.content.decode()  # listed as pending, like any other
        FacilitatorInvitation.objects.all().delete()
    first = answers["facilitator"]
    assert first[1] == 200 and first[3] == [
        "If this pseudonym can facilitate, they will see your invitation and can accept it."]
    for kind, answer in answers.items():
        assert answer == first, kind


def test_the_creation_form_gives_the_same_answer_too(
        facilitator_client, facilitator, organisation, course, kinds):
    answers = {}
    for kind, pseudonym in kinds.items():
        response = facilitator_client.post(_en("cohorts:create"), {
            "name": f"Cohort {kind}", "organisation": organisation.pk, "courses": [course.pk],
            "starts_on": "2026-01-10", "ends_on": "2026-02-20", "co_facilitators": pseudonym,
        }, follow=True)
        answers[kind] = (response.status_code, [str(m) for m in response.context["messages"]])
    assert answers["facilitator"][1][-1] == str(invited_message(1))
    assert len(set(map(repr, answers.values()))) == 1, answers
    assert FacilitatorInvitation.objects.count() == 4
    assert not CohortMembership.objects.filter(
        role="facilitator", user__username__in=kinds.values()).exclude(
        cohort__name="Other cohort").exists()


def test_inviting_attaches_nobody(facilitator_client, cohort, kinds, other_facilitator):
    """Guards invitations.invite: an invitation is never a membership."""
    for pseudonym in kinds.values():
        facilitator_client.post(_en("cohorts:facilitator_invite", cohort.pk),
                                {"pseudonym": pseudonym})
    assert _facilitators(cohort) == {"mona"}
    assert cohort.facilitator_invitations.count() == 4
    omar = _client_of(other_facilitator)
    assert omar.get(_en("cohorts:dashboard", cohort.pk)).status_code == 404


def test_only_somebody_who_may_facilitate_is_named_by_an_invitation(
        facilitator, cohort, kinds):
    for pseudonym in kinds.values():
        invitations.invite(cohort=cohort, by=facilitator, pseudonym=pseudonym)
    named = dict(cohort.facilitator_invitations.values_list("pseudonym", "invitee__username"))
    assert named == {"sami": "sami", "omar": "omar", "leila": None, NOBODY: None}


def test_accepting_opens_the_dashboard_exports_and_live_quizzes(
        facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    client = _client_of(sami)
    urls = [_en("cohorts:dashboard", cohort.pk), _en("cohorts:live", cohort.pk),
            _en("cohorts:export", "matrix", "csv") + f"?cohort={cohort.pk}"]
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    home = client.get(_en("cohorts:home")).content.decode()
    assert "invites you to co-facilitate" in home and cohort.name in home
    invitation = cohort.facilitator_invitations.get()
    response = client.post(_en("cohorts:invitation_accept", invitation.pk))
    assert response.status_code == 302
    assert response["Location"] == _en("cohorts:dashboard", cohort.pk)
    assert _facilitators(cohort) == {"mona", "sami"}
    assert not FacilitatorInvitation.objects.exists()
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]


def test_the_invitation_is_shown_in_arabic(facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    with translation.override("ar"):
        url = reverse("cohorts:home")
        accept = translation.gettext("Accept")
    html = _client_of(sami).get(url).content.decode()
    assert accept != "Accept" and accept in html
    assert "invites you to co-facilitate" not in html


def test_declining_attaches_nothing(facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    invitation = cohort.facilitator_invitations.get()
    client = _client_of(sami)
    assert client.post(_en("cohorts:invitation_decline", invitation.pk)).status_code == 302
    assert not FacilitatorInvitation.objects.exists()
    assert _facilitators(cohort) == {"mona"}
    assert client.post(_en("cohorts:invitation_accept", invitation.pk)).status_code == 404


def test_the_inviter_sees_and_withdraws_pending_invitations(
        facilitator_client, facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    invitation = cohort.facilitator_invitations.get()
    page = facilitator_client.get(_en("cohorts:code", cohort.pk)).content.decode()
    assert _en("cohorts:invitation_withdraw", cohort.pk, invitation.pk) in page
    response = facilitator_client.post(
        _en("cohorts:invitation_withdraw", cohort.pk, invitation.pk))
    assert response.status_code == 302
    assert not FacilitatorInvitation.objects.exists()
    client = _client_of(sami)
    assert client.post(_en("cohorts:invitation_accept", invitation.pk)).status_code == 404
    assert _facilitators(cohort) == {"mona"}


def test_an_expired_invitation_cannot_be_accepted(facilitator, cohort, organisation,
                                                 settings):
    """Guards invitations.accept's expiry filter and COURSES_INVITATION_DAYS."""
    settings.COURSES_INVITATION_DAYS = 3
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    invitation = cohort.facilitator_invitations.get()
    assert invitation.expires_at - invitation.created_at == dt.timedelta(days=3)
    invitation.expires_at = timezone.now() - dt.timedelta(seconds=1)
    invitation.save()
    client = _client_of(sami)
    assert "invites you to co-facilitate" not in client.get(_en("cohorts:home")).content.decode()
    assert client.post(_en("cohorts:invitation_accept", invitation.pk)).status_code == 404
    assert client.post(_en("cohorts:invitation_decline", invitation.pk)).status_code == 404
    assert _facilitators(cohort) == {"mona"}
    assert not invitations.pending_of_cohort(cohort).exists()


def test_inviting_again_renews_instead_of_piling_up(facilitator, cohort, organisation):
    make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    first = cohort.facilitator_invitations.get()
    FacilitatorInvitation.objects.update(expires_at=timezone.now() + dt.timedelta(hours=1))
    invitations.invite(cohort=cohort, by=facilitator, pseudonym=" sami ")
    renewed = cohort.facilitator_invitations.get()
    assert renewed.pk == first.pk and renewed.expires_at > first.expires_at - dt.timedelta(
        hours=1)
    assert renewed.expires_at > timezone.now() + dt.timedelta(days=13)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="mona")  # themselves
    assert cohort.facilitator_invitations.count() == 1


def test_a_learner_named_in_an_invitation_can_never_accept(facilitator, cohort, learners):
    """Guards access.may_be_invited as checked by invitations.accept."""
    learner = learners[0]
    invitations.invite(cohort=cohort, by=facilitator, pseudonym=learner.username)
    invitation = cohort.facilitator_invitations.get()
    assert invitation.invitee is None
    # Even an invitation naming the learner outright (forged, or from before they left
    # the facilitators group) grants nothing.
    FacilitatorInvitation.objects.update(invitee=learner)
    assert not invitations.pending_for(learner).exists()
    with pytest.raises(invitations.InvitationGone):
        invitations.accept(user=learner, invitation_id=invitation.pk)
    response = _client_of(learner).post(_en("cohorts:invitation_accept", invitation.pk))
    assert response.status_code == 404
    assert CohortMembership.objects.get(cohort=cohort, user=learner).role == "learner"


def test_somebody_who_left_the_facilitators_group_cannot_accept(
        facilitator, cohort, other_cohort, other_facilitator):
    """They still facilitate their own cohort (so the facilitator area opens for them), but
    the rule is checked again on acceptance."""
    invitations.invite(cohort=cohort, by=facilitator, pseudonym=other_facilitator.username)
    invitation = cohort.facilitator_invitations.get()
    other_facilitator.groups.remove(Group.objects.get(name="Facilitators"))
    client = _client_of(other_facilitator)
    assert client.get(_en("cohorts:home")).status_code == 200
    assert client.post(_en("cohorts:invitation_accept", invitation.pk)).status_code == 404
    assert _facilitators(cohort) == {"mona"}


def test_get_changes_nothing(facilitator_client, facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    invitation = cohort.facilitator_invitations.get()
    before = list(FacilitatorInvitation.objects.values())
    invitee = _client_of(sami)
    assert invitee.get(_en("cohorts:home")).status_code == 200
    assert invitee.get(_en("cohorts:invitation_accept", invitation.pk)).status_code == 405
    assert invitee.get(_en("cohorts:invitation_decline", invitation.pk)).status_code == 405
    assert facilitator_client.get(_en("cohorts:code", cohort.pk)).status_code == 200
    assert facilitator_client.get(
        _en("cohorts:invitation_withdraw", cohort.pk, invitation.pk)).status_code == 405
    assert facilitator_client.get(_en("cohorts:facilitator_invite", cohort.pk),
                                  {"pseudonym": "other"}).status_code == 405
    assert list(FacilitatorInvitation.objects.values()) == before
    assert _facilitators(cohort) == {"mona"}


def test_a_blank_or_overlong_pseudonym_is_a_form_error(facilitator_client, cohort):
    for bad in ["", "   ", "x" * 151]:
        response = facilitator_client.post(_en("cohorts:facilitator_invite", cohort.pk),
                                           {"pseudonym": bad})
        assert response.status_code == 400
        assert 'class="field__error"' in response.content.decode()
    assert not FacilitatorInvitation.objects.exists()


def test_invitations_are_in_both_parties_exports_and_go_with_their_accounts(
        facilitator, cohort, organisation):
    sami = make_facilitator("sami", organisation)
    invitations.invite(cohort=cohort, by=facilitator, pseudonym="sami")
    with translation.override("en"):
        received = personal_data.export(sami)["sections"]["cohort_invitations"]["records"]
        sent = personal_data.export(facilitator)["sections"]["cohort_invitations"]["records"]
    assert [(r["cohort"], r["direction"], r["pseudonym"]) for r in received] == [
        (cohort.name, "received", None)]
    assert [(r["cohort"], r["direction"], r["pseudonym"]) for r in sent] == [
        (cohort.name, "sent", "sami")]
    with translation.override("ar"):  # the readable page lays the rows out too
        readable = {section.key: section for section in personal_data.readable(sami)}
    assert len(readable["cohort_invitations"].records) == 1
    personal_data.erase(sami)
    assert not FacilitatorInvitation.objects.exists()
    invitations.invite(cohort=cohort, by=facilitator, pseudonym=NOBODY)
    personal_data.erase(facilitator)
    assert not FacilitatorInvitation.objects.exists()
