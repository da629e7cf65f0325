"""A live quiz of four playable questions (and one that cannot be played live), an
audience policy "room" that tests fill, and helpers to answer right or wrong."""

import copy

import pytest

from quizzes.demo import create_quiz
from quizzes.live import audience
from quizzes.question_types import question_type

from .data import QUESTIONS, T, quiz_data

RELIABLE_POST = {"display_name": T("وكالة الأنباء", "News agency"), "handle": "@agency",
                 "verified": True, "text": T("بيان رسمي بالأرقام", "An official statement"),
                 "date": "2026-03-15", "likes": 10, "shares": 2, "comments": 1}


def live_questions():
    by_type = {q["type"]: q for q in QUESTIONS}
    reliable = copy.deepcopy(by_type["rate_a_post"])
    reliable.update(prompt=T("قيّم هذا البيان", "Rate this statement"), post=RELIABLE_POST,
                    reliable=True, technique="",
                    explanation=T("مصدر رسمي موثّق.", "A verified official source."))
    return [by_type["single_choice"], by_type["ordering"], by_type["true_false"],
            by_type["rate_a_post"], reliable]


def make_live_quiz(key="live-quiz"):
    return create_quiz(key, quiz_data(key=key, questions=live_questions(),
                                      shuffle_options=False, kind="practice"))


class Room:
    """Who may join / host sessions whose audience is "room:<name>"."""

    def __init__(self):
        self.members: set[int] = set()
        self.hosts: set[int] = set()

    def policy(self):
        return audience.AudiencePolicy(
            may_join=lambda user, ident: user.pk in self.members,
            may_host=lambda user, ident: user.pk in self.hosts,
            records_url=lambda ident: None,
        )


@pytest.fixture
def room(monkeypatch):
    room = Room()
    original = audience.policies
    monkeypatch.setattr(audience, "policies", lambda: {**original(), "room": room.policy()})
    return room


def right_value(question):
    return question_type(question).sample_live_value(question, right=True)


def wrong_value(question):
    return question_type(question).sample_live_value(question, right=False)


def client_of(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def waiting_session(room):
    """A session in its lobby, its host, and one member of its room (``.learner``)."""
    from quizzes.live import services

    from ..factories import UserFactory

    host, learner = UserFactory(username="host"), UserFactory(username="member")
    room.hosts.add(host.pk)
    room.members.add(learner.pk)
    live = services.start_session(quiz=make_live_quiz(), host=host, audience_key="room:1")
    live.learner = learner
    return live
