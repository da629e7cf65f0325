"""The printable workbook of a course (issue 17): every lesson's texts, checklists, case
studies, glossary and quiz questions, for learners without the app and for workshops
where paper is safer.

Two editions: the learners' (no answers at all: the questions come from the learner view
of each question type) and the facilitators', which adds an answer appendix. Each is
rendered once per content generation and language (``pdf.cached_pdf``).
"""

from django.template.loader import render_to_string
from django.utils import translation

from quizzes.printable import answer_key, printed_questions

from ..blocks import CaseStudyBlock
from ..models import LessonPage, ModulePage
from .pdf import cached_pdf, ready_pdf, render

LEARNER, FACILITATOR = "learner", "facilitator"
EDITIONS = (LEARNER, FACILITATOR)

# The print form of each lesson block; a block not listed (video without transcript,
# audio, image) is left out of the paper copy.
BLOCK_TEMPLATES = {
    name: f"courses/print/blocks/{name}.html" for name in (
        "heading", "rich_text", "callout", "checklist", "case_study", "quote",
        "glossary_term", "content_warning", "resource", "video", "audio", "quiz", "h5p",
    )
}


def _verdicts() -> dict:
    return dict(CaseStudyBlock().child_blocks["verdict"].field.choices)


def _lesson(lesson, glossary: dict, quizzes: list) -> dict:
    blocks = []
    verdicts = None
    for block in lesson.body:
        template = BLOCK_TEMPLATES.get(block.block_type)
        if template is None:
            continue
        context = {"value": block.value}
        if block.block_type == "glossary_term" and block.value["term"] is not None:
            term = block.value["term"]
            glossary[term.pk] = term
        elif block.block_type == "case_study":
            verdicts = verdicts or _verdicts()
            context["verdict"] = verdicts.get(block.value["verdict"], "")
        elif block.block_type == "quiz" and block.value["quiz"] is not None:
            quiz = block.value["quiz"]
            quizzes.append(quiz)
            context.update(quiz=quiz, questions=printed_questions(quiz))
        blocks.append(render_to_string(template, context))
    return {"title": lesson.title, "summary": lesson.summary, "blocks": blocks}


def workbook_context(course, *, edition: str) -> dict:
    """Modules and lessons in course order, the glossary met on the way, and (for the
    facilitators' edition only) the answer key of every quiz.
    Guarded by tests/courses/test_course_documents.py::
    test_the_arabic_workbook_has_no_answers_and_the_pack_renders"""
    glossary, quizzes, modules = {}, [], []
    pages = (course.get_descendants().live().type(ModulePage, LessonPage)
             .order_by("path").specific())
    for page in pages:
        if isinstance(page, ModulePage):
            modules.append({"title": page.title, "lessons": []})
        elif modules:
            modules[-1]["lessons"].append(_lesson(page, glossary, quizzes))
    context = {
        "course": course, "modules": modules, "edition": edition,
        "glossary": sorted(glossary.values(), key=lambda term: term.term),
    }
    if edition == FACILITATOR:
        context["appendix"] = [{"quiz": quiz, "answers": answer_key(quiz)} for quiz in quizzes]
    return context


def render_workbook(course, language: str, edition: str) -> bytes:
    with translation.override(language):
        context = workbook_context(course, edition=edition)
    return render("courses/print/workbook.html", context, language)


def workbook_pdf(course, language: str, edition: str) -> bytes:
    return cached_pdf(f"workbook-{edition}", course.pk, language,
                      lambda: render_workbook(course, language, edition))


def ready_workbook(course, language: str, edition: str) -> bytes | None:
    """The workbook of this content generation if it was rendered, without rendering it."""
    return ready_pdf(f"workbook-{edition}", course.pk, language)
