# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Every URL of the courses app (learner journey and facilitator area), classified.

The table below is the app's security decision for each route; the first test fails when
a route exists without one. Then, for each route as classified: anonymous visitors go to the
login page (and come back), a POST without the CSRF token is refused (403), a GET on a
POST-only URL is refused (405) and a read-only URL refuses POST (405), and a URL naming
somebody else's object (another learner's certificate, another facilitator's cohort or
organisation, a learner outside the cohort) is a 404 while the user's own one works.
The websocket of the live dashboard refuses anonymous sessions, foreign Origins and other
facilitators.
"""

from types import SimpleNamespace

import pytest
from asgiref.sync import sync_to_async
from django.urls import reverse

from courses.cohorts import invitations, membership, selection
from courses.models import Certificate, CoursePage
from courses.services import enroll
from tests.sockets import (  # noqa: F401
    _close_thread_connections,
    connect,
    session_cookie,
)
from tests.url_security import (
    FORM,
    LOGIN,
    POST,
    PUBLIC,
    READ,
    STAFF,
    Rule,
    assert_classified,
    check_anonymous,
    check_csrf,
    check_each,
    check_foreign,
    check_methods,
    get_urls,
    routes_with,
    staff_users,
    writes_of_gets,
)

from ..factories import UserFactory
from .builders import lessons_of, make_course
from .cohort_fixtures import *  # noqa: F403

C = "<lang>/facilitate/cohorts/<int:cohort_id>/"


def _c(name, w, cohort=None, **kwargs):
    return reverse(f"cohorts:{name}", kwargs={"cohort_id": (cohort or w.cohort).pk, **kwargs})


def _foreign_cohort(name, **kwargs):
    return lambda w: _c(name, w, w.other_cohort, **{k: v(w) for k, v in kwargs.items()})


def _own_cohort(name, **kwargs):
    return lambda w: _c(name, w, **{k: v(w) for k, v in kwargs.items()})


def _foreign_learner(name):
    """Someone else's cohort with its learner, and the user's cohort with a stranger."""
    return lambda w: [
        _c(name, w, w.other_cohort, user_id=w.stranger.pk),
        _c(name, w, user_id=w.stranger.pk),
    ]


TABLE = {
    "<lang>/learn/": Rule(PUBLIC, READ),
    "<lang>/learn/search/": Rule(PUBLIC, READ),
    "<lang>/learn/dashboard/": Rule(
        LOGIN, READ, "learner", own=lambda w: reverse("courses:dashboard")),
    "<lang>/learn/courses/<int:course_id>/enrol/": Rule(
        LOGIN, POST, "learner",
        own=lambda w: reverse("courses:enrol", args=[w.course.pk]),
        foreign=lambda w: reverse("courses:enrol", args=[w.draft_course.pk]),
        note="an unpublished course is nobody's to enrol in"),
    "<lang>/learn/lessons/<int:lesson_id>/complete/": Rule(
        LOGIN, POST, "learner",
        own=lambda w: reverse("courses:complete", args=[w.lesson.pk]),
        foreign=lambda w: reverse("courses:complete", args=[w.draft_lesson.pk])),
    "<lang>/learn/certificates/<str:code>.pdf": Rule(
        LOGIN, READ, "learner",
        own=lambda w: reverse("courses:certificate_pdf", args=[w.certificate.code]),
        foreign=lambda w: reverse("courses:certificate_pdf", args=[w.other_certificate.code]),
        note="another learner's certificate"),
    "<lang>/learn/boosters/<int:booster_id>/": Rule(
        LOGIN, FORM, "learner", own=lambda w: reverse("courses:booster", args=[1]),
        note="404 before it is due and for another learner's booster "
             "(tests/courses/test_boosters.py)"),
    "<lang>/learn/courses/<int:course_id>/glossary/": Rule(
        PUBLIC, READ, note="the terms a live course explains, as its lessons show them; "
                           "404 for a draft course (tests/courses/test_glossary.py)"),
    "<lang>/learn/courses/<int:course_id>/workbook.pdf": Rule(
        PUBLIC, READ, note="404 unless enrolled, a facilitator of the course or staff "
                           "(tests/courses/test_course_documents.py)"),
    "<lang>/learn/courses/<int:course_id>/workbook-answers.pdf": Rule(
        PUBLIC, READ, note="404 unless a facilitator of the course or staff: it holds the "
                           "answers (tests/courses/test_course_documents.py)"),
    "<lang>/learn/handouts/<slug:name>.pdf": Rule(
        PUBLIC, READ, note="a lesson's printable handout: no answers in it; 404 for an "
                           "unknown name (tests/courses/test_course_documents.py)"),
    "<lang>/learn/courses/<int:course_id>/facilitator-pack.pdf": Rule(
        PUBLIC, READ, note="404 unless a facilitator of the course or staff "
                           "(tests/courses/test_course_documents.py)"),
    "<lang>/learn/verify/<str:code>/": Rule(
        PUBLIC, READ, None,
        own=lambda w: reverse("courses:verify", args=[w.certificate.code]),
        foreign=lambda w: reverse("courses:verify", args=["ZZZZZZZZZZ"]),
        note="public proof; an unknown code is a 404"),
    # --- facilitator area: a facilitator with a second factor, only their own cohorts ---
    "<lang>/facilitate/": Rule(STAFF, READ, "facilitator", own=lambda w: reverse("cohorts:home")),
    "<lang>/facilitate/cohorts/new/": Rule(
        STAFF, FORM, "facilitator", own=lambda w: reverse("cohorts:create")),
    C: Rule(STAFF, READ, "facilitator", own=_own_cohort("dashboard"),
            foreign=_foreign_cohort("dashboard")),
    C + "data.json": Rule(STAFF, READ, "facilitator", own=_own_cohort("data"),
                          foreign=_foreign_cohort("data")),
    C + "sections/": Rule(STAFF, READ, "facilitator", own=_own_cohort("sections"),
                          foreign=_foreign_cohort("sections")),
    C + "attention/": Rule(STAFF, READ, "facilitator", own=_own_cohort("attention"),
                           foreign=_foreign_cohort("attention")),
    C + "attention/<int:user_id>/follow-up/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("follow_up", user_id=lambda w: w.learner.pk),
        data=lambda w: {"note": "called"},
        foreign=_foreign_learner("follow_up")),
    C + "attention/<int:user_id>/reopen/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("reopen", user_id=lambda w: w.learner.pk),
        foreign=_foreign_learner("reopen")),
    C + "selection/": Rule(
        STAFF, POST, "facilitator", own=_own_cohort("bulk"),
        data=lambda w: {"action": "group", "new_group": "A", "ids": [w.learner.pk]},
        foreign=_foreign_cohort("bulk"),
        note="ids of another cohort's learners: 400 (test_cohort_find.py)"),
    C + "groups/": Rule(STAFF, READ, "facilitator", own=_own_cohort("groups"),
                        foreign=_foreign_cohort("groups")),
    C + "groups/<int:group_id>/rename/": Rule(
        STAFF, FORM, "facilitator", own=_own_cohort("group_rename", group_id=lambda w: w.group.pk),
        data=lambda w: {"name": "B"},
        foreign=lambda w: [_c("group_rename", w, w.other_cohort, group_id=w.other_group.pk),
                           _c("group_rename", w, group_id=w.other_group.pk)]),
    C + "groups/<int:group_id>/delete/": Rule(
        STAFF, FORM, "facilitator", own=_own_cohort("group_delete", group_id=lambda w: w.group.pk),
        foreign=lambda w: [_c("group_delete", w, w.other_cohort, group_id=w.other_group.pk),
                           _c("group_delete", w, group_id=w.other_group.pk)],
        note="GET asks to confirm; POST deletes (the learners stay, in no group)"),
    C + "qr.svg": Rule(STAFF, READ, "facilitator", own=_own_cohort("qr"),
                       foreign=_foreign_cohort("qr")),
    C + "code/": Rule(STAFF, FORM, "facilitator", own=_own_cohort("code"),
                      foreign=_foreign_cohort("code")),
    C + "facilitators/<int:user_id>/remove/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("facilitator_remove", user_id=lambda w: w.co_facilitator.pk),
        foreign=lambda w: [
            _c("facilitator_remove", w, w.other_cohort, user_id=w.other_facilitator.pk),
            _c("facilitator_remove", w, user_id=w.other_facilitator.pk),
        ]),
    C + "facilitators/invite/": Rule(
        STAFF, POST, "facilitator", own=_own_cohort("facilitator_invite"),
        data=lambda w: {"pseudonym": "someone"},
        foreign=_foreign_cohort("facilitator_invite"),
        note="the same answer whoever the pseudonym names (test_cohort_invitations.py)"),
    C + "invitations/<int:invitation_id>/withdraw/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("invitation_withdraw", invitation_id=lambda w: w.invitation.pk),
        foreign=lambda w: [
            _c("invitation_withdraw", w, w.other_cohort,
               invitation_id=w.other_invitation.pk),
            _c("invitation_withdraw", w, invitation_id=w.other_invitation.pk),
        ]),
    "<lang>/facilitate/invitations/<int:invitation_id>/accept/": Rule(
        STAFF, POST, "invitee",
        own=lambda w: reverse("cohorts:invitation_accept", args=[w.invitation.pk]),
        foreign=lambda w: reverse("cohorts:invitation_accept", args=[w.other_invitation.pk]),
        note="only the invitee, and only one who may facilitate"),
    "<lang>/facilitate/invitations/<int:invitation_id>/decline/": Rule(
        STAFF, POST, "invitee",
        own=lambda w: reverse("cohorts:invitation_decline", args=[w.invitation.pk]),
        foreign=lambda w: reverse("cohorts:invitation_decline",
                                  args=[w.other_invitation.pk])),
    C + "pacing/": Rule(STAFF, FORM, "facilitator", own=_own_cohort("pacing"),
                        foreign=_foreign_cohort("pacing")),
    C + "boosters/": Rule(STAFF, READ, "facilitator", own=_own_cohort("boosters"),
                          foreign=_foreign_cohort("boosters"),
                          note="only this cohort's learners and courses "
                               "(tests/courses/test_cohort_boosters.py)"),
    C + "learners/<int:user_id>/": Rule(
        STAFF, READ, "facilitator",
        own=_own_cohort("learner", user_id=lambda w: w.learner.pk),
        foreign=_foreign_learner("learner")),
    C + "learners/<int:user_id>/remove/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("learner_remove", user_id=lambda w: w.learner.pk),
        foreign=_foreign_learner("learner_remove")),
    C + "learners/<int:user_id>/move/": Rule(
        STAFF, POST, "facilitator",
        own=_own_cohort("learner_move", user_id=lambda w: w.learner.pk),
        data=lambda w: {"target": w.second_cohort.pk},
        foreign=lambda w: [
            *_foreign_learner("learner_move")(w),
            (_c("learner_move", w, user_id=w.learner.pk), {"target": w.other_cohort.pk}),
        ]),
    C + "announcements/": Rule(STAFF, FORM, "facilitator", own=_own_cohort("announcements"),
                               foreign=_foreign_cohort("announcements")),
    C + "attendance/": Rule(STAFF, FORM, "facilitator", own=_own_cohort("attendance"),
                            foreign=_foreign_cohort("attendance")),
    C + "attendance/check-in/": Rule(
        STAFF, POST, "facilitator", own=_own_cohort("attendance_check_in"),
        data=lambda w: {"date": w.cohort.starts_on.isoformat(), "action": "close"},
        foreign=_foreign_cohort("attendance_check_in")),
    C + "live/": Rule(STAFF, FORM, "facilitator", own=_own_cohort("live"),
                      foreign=_foreign_cohort("live"),
                      note="live quizzes of the cohort: start one (POST), past summaries"),
    C + "report/": Rule(STAFF, READ, "facilitator", own=_own_cohort("report"),
                        foreign=_foreign_cohort("report")),
    C + "report.xlsx": Rule(STAFF, READ, "facilitator", own=_own_cohort("report_xlsx"),
                            foreign=_foreign_cohort("report_xlsx")),
    "<lang>/facilitate/exports/<str:kind>.<str:fmt>": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:export", args=["matrix", "csv"])
        + f"?cohort={w.cohort.pk}",
        foreign=lambda w: [
            reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={w.other_cohort.pk}",
            reverse("cohorts:export", args=["attempts", "xlsx"])
            + f"?cohort={w.cohort.pk}&cohort={w.other_cohort.pk}",
        ]),
    "<lang>/facilitate/exports/prepared/<str:result_id>/": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:export_prepared", args=[w.export_id]),
        foreign=lambda w: [reverse("cohorts:export_prepared", args=[w.other_export_id]),
                           reverse("cohorts:export_prepared", args=["not-an-id"])],
        note="a large export the worker builds: only for whoever asked for it "
             "(test_prepared_exports.py)"),
    "<lang>/facilitate/exports/prepared/<str:result_id>/download": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:export_download", args=[w.export_id]),
        foreign=lambda w: reverse("cohorts:export_download", args=[w.other_export_id])),
    "<lang>/facilitate/organisations/<int:organisation_id>/report/": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:organisation_report", args=[w.organisation.pk]),
        foreign=lambda w: reverse("cohorts:organisation_report",
                                  args=[w.other_organisation.pk])),
    "<lang>/facilitate/organisations/<int:organisation_id>/report.xlsx": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:organisation_report_xlsx", args=[w.organisation.pk]),
        foreign=lambda w: reverse("cohorts:organisation_report_xlsx",
                                  args=[w.other_organisation.pk])),
    "<lang>/facilitate/organisations/<int:organisation_id>/exports/": Rule(
        STAFF, READ, "facilitator",
        own=lambda w: reverse("cohorts:export_log", args=[w.organisation.pk]),
        foreign=lambda w: reverse("cohorts:export_log", args=[w.other_organisation.pk])),
    # --- joining a cohort ---
    "<lang>/check-in/": Rule(LOGIN, FORM, "learner", own=lambda w: reverse("cohorts:check_in")),
    "<lang>/join/": Rule(LOGIN, FORM, "newcomer", own=lambda w: reverse("cohorts:join")),
    "<lang>/join/<str:code>/": Rule(
        LOGIN, FORM, "newcomer",
        own=lambda w: reverse("cohorts:invite", args=[w.cohort.join_code]),
        foreign=lambda w: reverse("cohorts:invite", args=["QQQQ-QQQQ"]),
        note="a code that opens no cohort"),
}

WEBSOCKETS = {"ws/cohorts/<int:cohort_id>/": "facilitators of the cohort, verified session"}


@pytest.fixture
def world(organisation, facilitator, cohort, learners, other_facilitator, other_cohort,
          course, catalogue):
    organisation.coordinators.add(facilitator)
    learner = learners[0]
    other = learners[1]
    enroll(user=learner, course=course)
    draft_course = make_course(catalogue, slug="draft", title="مسودة", modules=1, lessons=1)
    draft_course.unpublish()
    draft_lesson = lessons_of(course)[-1]
    draft_lesson.unpublish()
    co = make_facilitator("co-facilitator", organisation)
    membership.add_facilitator(cohort=cohort, user=co)
    second = make_cohort(name="الثانية", organisation=organisation, facilitator=facilitator,
                         courses=[course])
    invitee = make_facilitator("invitee")
    invitations.invite(cohort=cohort, by=facilitator, pseudonym=invitee.username)
    invitations.invite(cohort=other_cohort, by=other_facilitator, pseudonym="someone-else")
    export_id, other_export_id = (
        _built_export(owner=owner, cohort=c)
        for owner, c in ((facilitator, cohort), (other_facilitator, other_cohort)))
    stranger = other_cohort.memberships.get(role="learner").user
    return SimpleNamespace(
        export_id=export_id, other_export_id=other_export_id,
        group=selection.move_to_group(cohort=cohort, user_ids=[other.pk], new_name="A"),
        other_group=selection.move_to_group(cohort=other_cohort, user_ids=[stranger.pk],
                                            new_name="A"),
        course=course, lesson=lessons_of(course)[0], draft_course=draft_course,
        draft_lesson=draft_lesson, cohort=cohort, second_cohort=second,
        other_cohort=other_cohort, organisation=organisation,
        other_organisation=other_cohort.organisation, co_facilitator=co,
        other_facilitator=other_facilitator, learner=learner,
        stranger=other_cohort.memberships.get(role="learner").user,
        certificate=Certificate.objects.create(user=learner, course=course),
        other_certificate=Certificate.objects.create(user=other, course=course),
        invitation=cohort.facilitator_invitations.get(),
        other_invitation=other_cohort.facilitator_invitations.get(),
        users={"learner": learner, "facilitator": facilitator, "invitee": invitee,
               "newcomer": UserFactory(username="newcomer")},
    )


@pytest.fixture(autouse=True)
def _queued_tasks(settings):
    """Background tasks queued in the database, as in production, so that the prepared
    export URLs have something to show (courses/cohorts/prepared_exports.py)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _built_export(*, owner, cohort) -> str:
    """A finished large export, as the worker leaves it; its result id."""
    from django_tasks_db.models import DBTaskResult

    from courses.cohorts.prepared_exports import build_export

    arguments = {"owner_id": owner.pk, "kind": "attendance", "fmt": "csv",
                 "cohort_ids": [cohort.pk], "language": "en"}
    result = build_export.enqueue(**arguments)
    DBTaskResult.objects.get(id=result.id).set_successful(build_export.call(**arguments))
    return str(result.id)


def test_every_courses_url_has_a_security_classification():
    assert_classified("courses", TABLE, WEBSOCKETS)
    assert CoursePage  # the app's pages route through Wagtail: no routable sub-URLs


def test_anonymous_visitor_is_sent_to_login(client, world):
    check_each(routes_with(TABLE, access=(LOGIN, STAFF)),
               lambda route: check_anonymous(client, TABLE[route], world))


def test_state_change_without_csrf_token_is_refused(world):
    check_each(routes_with(TABLE, methods=(FORM, POST), csrf=True),
               lambda route: check_csrf(TABLE[route], world, world.users))


def test_wrong_method_is_refused(client, world):
    check_each(routes_with(TABLE, access=(LOGIN, STAFF),
                           methods=(READ, POST)),
               lambda route: check_methods(client, TABLE[route], world, world.users))


@pytest.mark.parametrize("route", routes_with(TABLE, foreign=True))
def test_someone_elses_object_is_not_found(route, client, world):
    check_foreign(client, TABLE[route], world, world.users)


ROLES = ("anonymous", "newcomer", "learner", "facilitator", "editor", "admin")
# Opening a lesson is the one GET that records something, like a read receipt: the last
# lesson visited (one UPDATE, courses.services.record_visit) and, for a text-only lesson
# whose editor chose "complete on view", its completion (courses.outline.record_visit).
LESSON_VISIT = [("courses_enrollment", "UPDATE"), ("courses_lessonprogress", "INSERT")]
# An export (a file or a report) leaves its record: who, what, when (docs/design.md).
EXPORT_RECORD = [("literacy_exportrecord", "INSERT"), ("literacy_exporttarget", "INSERT"),
                 ("literacy_exportrecord", "UPDATE")]


@pytest.mark.parametrize("role", ROLES)
def test_a_get_changes_nothing(role, world):
    """Every GET URL of the app (own and foreign), the course pages and the home page, as
    each role: nothing is written but the session, a learner's lesson visit and the record
    of an export."""
    from courses.models import LessonPage
    from courses.models.pages import CompletionRule

    on_view = lessons_of(world.course)[1]
    LessonPage.objects.filter(pk=on_view.pk).update(completion_rule=CompletionRule.VIEW)
    users = {**world.users, **staff_users(), "anonymous": None}
    urls = [*get_urls(TABLE, world), "/ar/", world.course.url, world.lesson.url,
            on_view.url, world.draft_lesson.url or "/ar/no-such-page/"]
    assert not writes_of_gets(users[role], urls, allowed=LESSON_VISIT + EXPORT_RECORD)


# --- the live dashboard socket ----------------------------------------------------------


async def _connects(path, cookie, origin=b"http://testserver") -> bool:
    communicator, connected = await connect(path, cookie, origin)
    if connected:
        await communicator.disconnect()
    return connected


@pytest.mark.django_db(transaction=True)
async def test_dashboard_socket_refuses_no_session_foreign_origin_and_other_cohorts(
        cohort, facilitator, other_cohort, learners):
    path = f"/ws/cohorts/{cohort.pk}/"
    cookie = await sync_to_async(session_cookie)(facilitator)
    assert await _connects(path, cookie)  # the facilitator, from the site: accepted
    assert not await _connects(path, None)  # no session
    assert not await _connects(path, b"sessionid=forged")  # a session that does not exist
    assert not await _connects(path, cookie, origin=b"https://evil.example")
    assert not await _connects(path, cookie, origin=b"null")
    assert not await _connects(f"/ws/cohorts/{other_cohort.pk}/", cookie)  # not theirs
    unverified = await sync_to_async(session_cookie)(facilitator, verified=False)
    assert not await _connects(path, unverified)  # password only, no second factor
    learner = await sync_to_async(session_cookie)(learners[0], verified=False)
    assert not await _connects(path, learner)
