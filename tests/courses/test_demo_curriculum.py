"""The demo curriculum's corrections stay made: spelling, terms, quotes, timings, diagrams.

These read the plain demo data (courses/demo_content/) the seeder reads, so a correction
undone in the data fails here before anyone seeds it.
"""

import math
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from courses import demo_content
from courses.demo import load_courses, quiz_bank

from .demo_durations import lesson_floor

CONTENT = Path(demo_content.__file__).parent
ARABIC_TEXT_FILES = sorted(
    [*CONTENT.glob("*.py"), *CONTENT.glob("facilitator/*.py"), *CONTENT.glob("images/*.svg")]
)


def _strings(value):
    """Every string in a nested demo value (T dicts, lists, blocks)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _blocks(kind):
    for course in load_courses():
        for module in course["modules"]:
            for lesson in module["lessons"]:
                for block in lesson["body"]:
                    if block["type"] == kind:
                        yield lesson["slug"], block["value"]


def test_tanwin_is_spelt_one_way_throughout():
    """«فورًا», never «فوراً»: the fathatan sits on the letter before the alef."""
    other_style = {path.name: len(re.findall("اً", path.read_text(encoding="utf-8")))
                   for path in ARABIC_TEXT_FILES}
    assert sum(other_style.values()) == 0, {k: v for k, v in other_style.items() if v}
    assert "فورًا" in (CONTENT / "safety.py").read_text(encoding="utf-8")


def test_case_study_template_adds_no_quotation_marks():
    html = render_to_string("courses/blocks/case_study_block.html", {"value": {
        "claim": "«قرار الحجب نهائي»", "context": "", "verdict": "false",
        "explanation": "", "sources": []}})
    claim = re.search(r'<h3 class="case-study__claim">(.*?)</h3>', html, re.S).group(1)
    assert re.sub(r"<span.*?</span>", "", claim) == "«قرار الحجب نهائي»"


def test_case_study_claims_carry_one_pair_of_quotes_at_most():
    claims = [value["claim"] for _slug, value in _blocks("case_study")]
    assert len(claims) >= 17
    for claim in claims:
        for text in claim.values():
            assert "««" not in text and "»»" not in text and "““" not in text, text
            assert text.count("«") == text.count("»"), text


def _arabic_label(msgid: str) -> str:
    with translation.override("ar"):
        return str(translation.gettext(msgid))


def test_trolling_and_phishing_have_distinct_arabic_terms():
    """«التصيّد» is phishing in the safety course; trolling is «الاستفزاز المتعمَّد»."""
    trolling = _arabic_label("Trolling")
    assert "تصي" not in trolling and trolling != "Trolling"
    disinformation = "\n".join(_strings(load_courses()[0])) + "\n".join(
        _strings({k: v for k, v in quiz_bank().items() if k.startswith("disinfo")}))
    for match in re.finditer("تصيّد|تصيد", disinformation):
        following = disinformation[match.end():match.end() + 10]
        # Only phishing («تصيّد احتيالي»), or the term quoted to explain why it is not used.
        assert following.startswith((" احتيالي", "»", " الاحتيالي")), disinformation[
            match.start() - 60:match.end() + 20]


def test_prompts_name_the_no_manipulation_button_as_it_is_labelled():
    label_ar = _arabic_label("No manipulation")
    named = 0
    for key, quiz in quiz_bank().items():
        for question in quiz["questions"]:
            if question["type"] != "spot_the_technique":
                continue
            prompt = question["prompt"]
            if "«" in prompt["ar"]:
                named += 1
                assert f"«{label_ar}»" in prompt["ar"], (key, prompt["ar"])
                assert "“No manipulation”" in prompt["en"], (key, prompt["en"])
    assert named >= 4


def test_lesson_minutes_include_reading_exercise_and_quizzes():
    from courses.demo import PREPOST_BY_SLUG

    bank = quiz_bank()
    for course in load_courses():
        pre, post = PREPOST_BY_SLUG.get(course["slug"], (None, None))
        pre, post = course.get("pretest") or pre, course.get("posttest") or post
        lessons = [lesson for module in course["modules"] for lesson in module["lessons"]]
        for i, lesson in enumerate(lessons):
            extra = []
            if i == 0 and pre:
                extra.append(pre)
            if i == len(lessons) - 1 and post:
                extra.append(post)
            floor = lesson_floor(lesson, bank, extra_quizzes=extra)
            assert lesson["minutes"] >= floor, (lesson["slug"], lesson["minutes"], floor)
        assert course["duration_minutes"] == sum(lesson["minutes"] for lesson in lessons)


# A lesson image is drawn across the column of a 360 px screen, about 328 px wide.
PHONE_COLUMN_PX = 328
SMALLEST_READABLE_PX = 12


# Every diagram; the feed posts' pictures (feed-*.svg) carry no labels.
@pytest.mark.parametrize("name", sorted(p.name for p in (CONTENT / "images").glob("*.svg")
                                        if not p.name.startswith("feed-")))
def test_diagram_labels_are_readable_on_a_phone(name):
    svg = ElementTree.parse(CONTENT / "images" / name).getroot()
    width = float(svg.get("viewBox").split()[2])
    scale = min(1.0, PHONE_COLUMN_PX / width)
    sizes = [float(t.get("font-size")) for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert sizes and math.floor(min(sizes) * scale) >= SMALLEST_READABLE_PX, (min(sizes), scale)


def test_short_answer_accepts_the_arabic_names_of_disinformation(db):
    from quizzes.demo import create_quiz
    from quizzes.grading import grade, parse_submission
    from tests.quizzes.helpers import as_querydict

    quiz = create_quiz("disinfo-m1-practice", quiz_bank()["disinfo-m1-practice"])
    question = next(q for q in quiz.canonical_questions() if q.block_type == "short_text")
    for answer, right in (("التضليل", True), ("المعلومات المضلّلة", True),
                          ("الأخبار الكاذبة", True), ("معلومات خاطئة", False)):
        graded = grade([question], parse_submission(
            [question], as_querydict({f"q.{question.id}": [answer]})))
        assert graded[0].correct is right, answer


def test_feed_posts_carry_pictures_described_in_three_languages(db):
    """Issue 18: some demo feed posts show a picture drawn for the demo (no third-party
    asset), each with its description in ar/en/fr as the image's alt text."""
    from django.template.loader import render_to_string

    from courses.demo import _with_images
    from quizzes.demo import create_quiz
    from quizzes.question_types.families import post_view

    data = quiz_bank()["disinfo-m1-feed"]
    posts = [p["post"] for p in data["questions"][0]["posts"] if p["post"].get("image")]
    assert len(posts) == 3
    for post in posts:
        assert (CONTENT / "images" / post["image"]).exists()
        assert all(post["image_alt"].get(lang) for lang in ("ar", "en", "fr"))
    quiz = create_quiz("disinfo-m1-feed", _with_images(data))
    feed = quiz.canonical_questions()[0]
    shown = [post_view(child.value, None) for child in feed.value["posts"].bound_blocks]
    pictured = [post for post in shown if post["image"]]
    assert [post["image_alt"] for post in pictured] == [post["image_alt"]["ar"] for post in posts]
    html = render_to_string("quizzes/includes/post_card.html", {"post": pictured[0]})
    assert f'alt="{posts[0]["image_alt"]["ar"]}"' in html and ".svg" in html
