"""Settings of the quizzes app, read lazily with their defaults in one place."""

from django.conf import settings

DEFAULTS = {
    # A quiz form larger than this (bytes of the POST body) is refused before parsing.
    "QUIZZES_MAX_PAYLOAD_BYTES": 64 * 1024,
    # Longest accepted short-text answer (characters).
    "QUIZZES_MAX_TEXT_ANSWER": 200,
    # Seconds accepted after a time limit, for the network and a slow phone.
    "QUIZZES_TIME_LIMIT_GRACE_SECONDS": 30,
    # Groups smaller than this have their learning-gain figures suppressed.
    "QUIZZES_MIN_GROUP_SIZE": 5,
}


def get(name: str):
    return getattr(settings, name, DEFAULTS[name])
