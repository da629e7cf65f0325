"""The facilitator pack of a course (issue 21): session plans of 90 and 180 minutes in
the ADIDS structure, discussion prompts, model answers, guidance, the live-quiz sets to
use and the course's handouts (real tables, right to left in Arabic), in one PDF per
language.

The pack's texts live with the demo content (courses/demo_content/facilitator/), keyed
by the course's slug; a course without a pack has none (404). Only editors and the
course's facilitators may download it (``courses.documents.access``).
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from quizzes.models import Quiz

from ..demo import text
from ..demo_content.facilitator import PACKS
from . import handouts
from .pdf import cached_pdf, render

SESSION_LENGTHS = (90, 180)
_LENGTH_COLUMN = {90: 1, 180: 2}
STAGE_LABELS = {
    "activity": _("Activity"), "discussion": _("Discussion"), "input": _("Input"),
    "deepening": _("Deepening"), "synthesis": _("Synthesis"), "break": _("Break"),
}


def pack_for(course):
    return PACKS.get(course.slug)


def session_plan(pack, minutes: int, lang: str) -> list[dict]:
    """The steps of one session, each with its start and length (a step of 0 minutes
    belongs to the other session only)."""
    column, start, rows = _LENGTH_COLUMN[minutes], 0, []
    for step in pack.STEPS:
        length = step[column]
        if not length:
            continue
        rows.append({"stage": step[0], "stage_label": str(STAGE_LABELS[step[0]]), "start": start, "minutes": length,
                     "title": text(step[3], lang), "text": text(step[4], lang)})
        start += length
    return rows


def pack_context(course, lang: str) -> dict:
    pack = pack_for(course)
    quizzes = {quiz.key: quiz for quiz in Quiz.objects.filter(
        key__in=[key for key, _why in pack.LIVE_QUIZZES])}
    return {
        "course": course,
        "plans": [{"minutes": minutes, "steps": session_plan(pack, minutes, lang)}
                  for minutes in SESSION_LENGTHS],
        "prompts": [text(prompt, lang) for prompt in pack.PROMPTS],
        "model_answers": [{"question": text(q, lang), "answer": text(a, lang)}
                          for q, a in pack.MODEL_ANSWERS],
        "guidance": [text(item, lang) for item in pack.GUIDANCE],
        "live_quizzes": [{"title": quizzes[key].title if key in quizzes else key,
                          "why": text(why, lang)} for key, why in pack.LIVE_QUIZZES],
        "handouts": [handouts.parts(name, lang) for name in pack.HANDOUTS],
    }


def render_pack(course, language: str) -> bytes:
    with translation.override(language):
        context = pack_context(course, language)
    return render("courses/print/facilitator_pack.html", context, language)


def pack_pdf(course, language: str) -> bytes:
    return cached_pdf("facilitator-pack", course.pk, language,
                      lambda: render_pack(course, language))
