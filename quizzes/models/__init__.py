"""Models of the quizzes app, one module per concern, re-exported here."""

from ..live.models import LiveAnswer, LiveParticipant, LiveSession
from .attempts import Answer, Attempt, FormAssignment
from .h5p import H5PLibrary, H5PPackage, H5PResult, H5PUserData
from .quiz import Quiz, in_course_order

__all__ = [
    "Answer", "Attempt", "FormAssignment", "H5PLibrary", "H5PPackage", "H5PResult",
    "H5PUserData", "LiveAnswer", "LiveParticipant", "LiveSession", "Quiz",
    "in_course_order",
]
