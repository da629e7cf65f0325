"""Signals other apps listen to; quizzes never imports its listeners (courses records
lesson progress from them).

Both are sent inside the transaction that stores the result, so that a receiver writing
progress commits or rolls back with it.
"""

from django.dispatch import Signal

# kwargs: attempt (Attempt), user, quiz (Quiz), passed (bool), page_id (int | None), and
# page (the specific page the quiz was taken on, when the sender has it, else None)
attempt_graded = Signal()
# kwargs: result (H5PResult), user, package (H5PPackage), passed (bool), page_id (int | None)
h5p_result_recorded = Signal()
