"""Signed, expiring references to one activity as one learner sees it on one page.

The player frame and the package files are reached only through these tokens: without
rendering the page (which checks access) nobody gets one, and they expire after
``QUIZZES_H5P_URL_MAX_AGE`` seconds, so an unpublished lesson's content is not fetchable.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing

from ..conf import app_settings

PLAY_SALT = "quizzes.h5p.play"
RESULT_SALT = "quizzes.h5p.result"


@dataclass(frozen=True, slots=True)
class Activity:
    package_id: int
    page_id: int | None
    user_id: int | None
    completes_lesson: bool = False
    parent_origin: str = ""
    language: str = "ar"


def _dump(activity: Activity, salt: str) -> str:
    return signing.dumps(
        {
            "p": activity.package_id, "g": activity.page_id, "u": activity.user_id,
            "c": int(activity.completes_lesson), "o": activity.parent_origin,
            "l": activity.language,
        },
        salt=salt, compress=True,
    )


def _load(token: str, salt: str) -> Activity | None:
    try:
        data = signing.loads(token, salt=salt, max_age=app_settings.H5P_URL_MAX_AGE)
        return Activity(
            package_id=int(data["p"]), page_id=data["g"], user_id=data["u"],
            completes_lesson=bool(data["c"]), parent_origin=str(data["o"]),
            language=str(data["l"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def play_token(activity: Activity) -> str:
    return _dump(activity, PLAY_SALT)


def read_play_token(token: str) -> Activity | None:
    return _load(token, PLAY_SALT)


def result_token(activity: Activity) -> str:
    return _dump(activity, RESULT_SALT)


def read_result_token(token: str) -> Activity | None:
    return _load(token, RESULT_SALT)
