"""The glossary of one course: every term its live lessons explain (issue 17).

A page of its own so that "Save this course for offline use" keeps it beside the lessons
(it is marked like them, literacy/offline.py) and a learner can look a word up without a
connection. Built once per content generation and language: a saved glossary term or page
starts a new generation (courses/fragments.py).
"""

from django.utils.translation import get_language

from .fragments import cached, generation
from .models import LessonPage


def course_glossary(course) -> list[dict]:
    """Terms met in the course's live lessons, alphabetical, in the active language."""

    def build() -> list[dict]:
        terms = {}
        for lesson in course.get_descendants().live().type(LessonPage).specific():
            for block in lesson.body:
                if block.block_type == "glossary_term" and block.value["term"] is not None:
                    term = block.value["term"]
                    terms[term.pk] = {"term": term.term, "definition": term.definition}
        return sorted(terms.values(), key=lambda entry: entry["term"])

    return cached(f"courses:glossary:{generation()}:{course.pk}:{get_language()}", build)
