"""How a learner's pseudonym is shown to other people.

An erased account keeps its rows (cohort figures must not change) under a random
``erased-…`` name; facilitators see "Deleted learner" with a short tag that tells two
such rows apart, never the random name. The prefix is reserved at sign-up.
"""

from django.utils.translation import gettext

ERASED_PREFIX = "erased-"
TAG_LENGTH = 4


def is_reserved(username: str) -> bool:
    return username.lower().startswith(ERASED_PREFIX)


def shown(username: str) -> str:
    if username.startswith(ERASED_PREFIX):
        return gettext("Deleted learner %(tag)s") % {"tag": username[-TAG_LENGTH:]}
    return username
