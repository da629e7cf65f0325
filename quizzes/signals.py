"""Signals other apps listen to; quizzes never imports its listeners.

attempt_graded: sent inside the grading transaction with kwargs
    attempt, user, quiz, passed (bool), page_id (int | None).
h5p_result_recorded: kwargs result, user, package, passed, page_id (H5P stream).
"""

from django.dispatch import Signal

attempt_graded = Signal()
h5p_result_recorded = Signal()
