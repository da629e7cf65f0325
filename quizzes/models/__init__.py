"""Models of the quizzes app, one module per concern, re-exported here."""

from .attempts import Answer, Attempt, FormAssignment
from .quiz import Quiz

__all__ = ["Answer", "Attempt", "FormAssignment", "Quiz"]
