"""Printed course documents: the workbook (issue 17) and the facilitator pack (issue 21).

Rendering is slow (WeasyPrint), so the access tests serve a stand-in PDF and one test
renders the demo disinformation course's Arabic workbook and pack once: it scans the
learners' edition for answers and turns the first pages into PNGs (set
BASIRA_DOCUMENT_SHOTS to a folder to keep them and look at them).
"""

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from courses import conf
from courses.demo_content.facilitator import PACKS, STAGES
from courses.documents import facilitator_pack, views, workbook
from courses.services import enroll
from tests.factories import UserFactory

from .builders import make_catalogue, make_course
from .doc_fixtures import seed_disinformation_course

URLS = ("courses:workbook", "courses:workbook_answers", "courses:facilitator_pack")


@pytest.mark.parametrize("slug", sorted(PACKS))
@pytest.mark.parametrize("minutes", facilitator_pack.SESSION_LENGTHS)
def test_session_plans_follow_adids_and_their_timings_add_up(slug, minutes):
    steps = facilitator_pack.session_plan(PACKS[slug], minutes, "ar")
    assert sum(step["minutes"] for step in steps) == minutes
    assert [s["stage"] for s in steps if s["stage"] != "break"] == list(STAGES)
    assert steps[-1]["start"] + steps[-1]["minutes"] == minutes


@pytest.mark.parametrize("slug", sorted(PACKS))
def test_every_pack_text_is_written_in_arabic_english_and_french(slug):
    pack = PACKS[slug]
    texts = [s[3] for s in pack.STEPS] + [s[4] for s in pack.STEPS] + pack.PROMPTS + \
        [t for pair in pack.MODEL_ANSWERS for t in pair] + pack.GUIDANCE + \
        [why for _key, why in pack.LIVE_QUIZZES]
    for value in texts:
        assert {"ar", "en", "fr"} <= set(value) and all(value.values()), value
        assert re.search("[\u0600-\u06ff]", value["ar"]), value


def test_the_rights_pack_has_care_guidance_for_the_hate_speech_material():
    guidance = " ".join(t["en"] for t in PACKS["digital-rights"].GUIDANCE)
    assert "hate-speech" in guidance.lower() or "hate speech" in guidance.lower()


@pytest.fixture
def stand_in_pdfs(monkeypatch):
    monkeypatch.setattr(views, "workbook_or_queued", lambda course, lang, edition:
                        f"%PDF {edition}".encode())
    monkeypatch.setattr(views, "pack_pdf", lambda course, lang: b"%PDF pack")


def _statuses(client, course):
    from django.urls import reverse

    return [client.get(reverse(name, args=[course.pk])).status_code for name in URLS]


def test_learners_and_anonymous_never_get_the_facilitators_documents(
        home_page, client, stand_in_pdfs):
    course = make_course(make_catalogue(home_page), slug="digital-rights", modules=1,
                         lessons=1, blocks=1)
    assert _statuses(client, course) == [404, 404, 404]
    outsider = UserFactory(username="outsider")
    client.force_login(outsider)
    assert _statuses(client, course) == [404, 404, 404]
    learner = UserFactory(username="enrolled")
    enroll(user=learner, course=course)
    client.force_login(learner)
    assert _statuses(client, course) == [200, 404, 404]
    page = client.get(course.url).content.decode()
    assert "workbook.pdf" in page and "workbook-answers.pdf" not in page
    assert "facilitator-pack.pdf" not in page
    facilitator = UserFactory(username="facilitator")
    facilitator.groups.add(Group.objects.get_or_create(name=conf.FACILITATORS_GROUP)[0])
    client.force_login(facilitator)
    assert _statuses(client, course) == [200, 200, 200]
    response = client.get(course.url)
    assert "facilitator-pack.pdf" in response.content.decode()


def _letters(text: str) -> str:
    """The letters of a text only, so a sentence is found whatever the line breaks and
    the order pdftotext gives numbers and punctuation inside a right-to-left line."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[^\w]|[\d_]", "", text)


def _secret_texts(course) -> list[str]:
    """Every explanation and option feedback of the course's quizzes."""
    from quizzes.models import Quiz

    secrets = []
    for quiz in Quiz.objects.all():
        for question in quiz.canonical_questions():
            value = question.value
            secrets.append(value.get("explanation") or "")
            for option in (value["options"] if "options" in value else []):
                secrets.append(option.get("feedback") or "")
    return [s for s in secrets if len(_letters(s)) >= 20]


def _first_paragraph(course) -> str:
    from django.utils.html import strip_tags

    from courses.models import LessonPage

    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    paragraph = next(block for block in lesson.body if block.block_type == "rich_text")
    return strip_tags(str(paragraph.value))[:80]


def _png(pdf: bytes, tmp_path, name: str, pages: int) -> list[Path]:
    (tmp_path / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", str(pages), "-png",
                    str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    shots = sorted(tmp_path.glob(f"{name}-*.png"))
    keep = os.environ.get("BASIRA_DOCUMENT_SHOTS")
    for shot in shots if keep else ():
        shutil.copy(shot, keep)
    return shots


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_arabic_workbook_has_no_answers_and_the_pack_renders(db, tmp_path):
    course = seed_disinformation_course()
    learner_pdf = workbook.render_workbook(course, "ar", workbook.LEARNER)
    (tmp_path / "learner.pdf").write_bytes(learner_pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "learner.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    printed = _letters(text)
    # The matching works: a sentence of the lessons is found...
    assert _letters(_first_paragraph(course)) in printed
    secrets = _secret_texts(course)
    assert len(secrets) > 30
    # ...and no explanation or feedback of any quiz is.
    leaked = [s for s in secrets if _letters(s) in printed]
    assert leaked == []
    # The facilitators' edition has them, in its appendix.
    answers = workbook.workbook_context(course, edition=workbook.FACILITATOR)["appendix"]
    explained = {row["explanation"] for entry in answers for row in entry["answers"]}
    assert sum(1 for s in secrets if s in explained) > 20
    assert len(_png(learner_pdf, tmp_path, "workbook-ar", 3)) == 3
    # The mock posts' emoji print with the colour emoji font, not as empty boxes.
    assert "🔴" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "learner.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert "Emoji" in fonts
    # The lessons link their handouts as PDFs (no plain-text file left).
    from courses.models import LessonPage

    handouts = [block.value["handout"] for lesson in LessonPage.objects.descendant_of(course)
                for block in lesson.body if block.block_type == "handout"]
    assert handouts == ["sift-pocket-card", "verification-log"]
    pack_pdf = facilitator_pack.render_pack(course, "ar")
    assert len(_png(pack_pdf, tmp_path, "pack-ar", 2)) == 2


def _emoji_in_demo_content() -> set[str]:
    from courses.demo import quiz_bank
    from courses.demo_content.facilitator.handouts import HANDOUTS

    pictographs = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
    texts = repr([quiz_bank(), HANDOUTS, [pack.STEPS for pack in PACKS.values()]])
    return set(pictographs.findall(texts))


@pytest.mark.skipif(not shutil.which("fc-list"), reason="needs fontconfig")
def test_every_emoji_of_the_demo_content_has_a_font_to_print_with():
    """WeasyPrint prints a character no font covers as an empty box ("tofu"): the setup
    installs a colour emoji font (scripts/check_system.sh, fonts-noto-color-emoji)."""
    emoji = _emoji_in_demo_content()
    assert "🔴" in emoji  # the scan works: the loud "breaking" mark of the mock posts
    uncovered = [e for e in sorted(emoji) if not subprocess.run(
        ["fc-list", f":charset={ord(e):x}", "family"], capture_output=True, text=True,
        check=True).stdout.strip()]
    assert uncovered == []


def test_a_handout_is_for_anyone_and_an_unknown_one_is_404(client, monkeypatch):
    from django.urls import reverse

    monkeypatch.setattr(views.handouts, "handout_pdf", lambda name, lang: b"%PDF " + name.encode())
    response = client.get(reverse("courses:handout", args=["sift-pocket-card"]))
    assert response.status_code == 200 and response.content == b"%PDF sift-pocket-card"
    assert response["Content-Type"] == "application/pdf"
    assert client.get(reverse("courses:handout", args=["no-such-handout"])).status_code == 404


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")
def test_every_handout_prints_as_a_right_to_left_pdf(tmp_path):
    """One page of each Arabic handout as a PNG (BASIRA_DOCUMENT_SHOTS keeps them), its
    title in the text, and the emoji font embedded wherever a handout has emoji."""
    from courses.demo_content.facilitator.handouts import HANDOUTS
    from courses.documents import handouts

    for name, parts in HANDOUTS.items():
        pdf = handouts.render_handout(name, "ar")
        assert len(_png(pdf, tmp_path, f"handout-{name}-ar", 1)) == 1
        text = subprocess.run(["pdftotext", str(tmp_path / f"handout-{name}-ar.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert _letters(parts[0]["text"]["ar"]) in _letters(text), name


def _handout_texts(parts: list[dict]) -> list[dict]:
    """Every text of a handout: its parts' texts and its tables' cells."""
    texts = []
    for part in parts:
        if "text" in part:
            texts.append(part["text"])
        if part["kind"] == "table":
            texts += part["header"] + [cell for row in part["rows"] for cell in row]
    return texts


def test_every_handout_text_and_table_cell_is_written_in_french():
    """French readers get the French edition (handouts.LANGUAGES), so nothing in it may
    be missing: a cell left blank to write in is blank in every language."""
    from courses.demo_content.facilitator.handouts import HANDOUTS
    from courses.documents import handouts

    assert "fr" in handouts.LANGUAGES
    for name, parts in HANDOUTS.items():
        texts = _handout_texts(parts)
        assert sum(1 for text in texts if text["en"]) > 5, name  # the walk finds them
        for text in texts:
            assert set(text) == {"ar", "en", "fr"}, (name, text)
            assert bool(text["fr"].strip()) == bool(text["en"].strip()), (name, text)
            # French typography: no straight quotes, and a no-break space keeps each
            # « » : ; ? ! with its word (a plain space would let it start a line).
            assert not re.search(r"[\"']| [:;?!»]|« ", text["fr"]), (name, text["fr"])


def _first_line_edges(pdf_path: Path) -> tuple[float, float]:
    """Where the page's first line of text starts and ends (points from the left)."""
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = [(float(y), float(x0), float(x1)) for x0, y, x1 in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', html)]
    top = min(y for y, _x0, _x1 in words)
    line = [(x0, x1) for y, x0, x1 in words if y - top < 5]
    return min(x0 for x0, _x1 in line), max(x1 for _x0, x1 in line)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")
def test_every_handout_prints_in_french_left_to_right(tmp_path):
    """The French edition is in French (its title, not the Arabic one) and laid out left
    to right: the title starts at the left margin, where the Arabic one ends at the right.
    One page of each as a PNG (BASIRA_DOCUMENT_SHOTS keeps them)."""
    from courses.demo_content.facilitator.handouts import HANDOUTS
    from courses.documents import handouts

    page_width, margin = 595.3, 42.5  # A4, 15 mm (courses/print/base.html)
    for name, parts in HANDOUTS.items():
        pdf = handouts.render_handout(name, "fr")
        assert len(_png(pdf, tmp_path, f"handout-{name}-fr", 1)) == 1
        path = tmp_path / f"handout-{name}-fr.pdf"
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert _letters(parts[0]["text"]["fr"]) in _letters(text), name
        assert not re.search("[\u0600-\u06ff]", text), name
        start, _end = _first_line_edges(path)
        assert abs(start - margin) < 3, (name, start)
    # The measure tells the directions apart: the Arabic title ends at the right margin.
    (tmp_path / "ar.pdf").write_bytes(handouts.render_handout("sift-pocket-card", "ar"))
    start, end = _first_line_edges(tmp_path / "ar.pdf")
    assert abs(end - (page_width - margin)) < 3 and start > margin + 50, (start, end)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_a_lessons_handout_link_in_french_serves_the_french_edition(client, tmp_path):
    from django.utils import translation

    from courses.blocks import HandoutBlock
    from courses.demo_content.facilitator.handouts import HANDOUTS

    block = HandoutBlock()
    with translation.override("fr"):
        html = block.render(block.to_python({
            "handout": "sift-pocket-card", "title": "Carte de poche SIFT", "description": ""}))
    href = re.search(r'href="([^"]+)"', html).group(1)
    assert href.startswith("/fr/")
    response = client.get(href)
    assert response.status_code == 200
    assert 'filename="basira-sift-pocket-card-fr.pdf"' in response["Content-Disposition"]
    (tmp_path / "served.pdf").write_bytes(response.content)
    text = subprocess.run(["pdftotext", str(tmp_path / "served.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    title = HANDOUTS["sift-pocket-card"][0]["text"]
    assert _letters(title["fr"]) in _letters(text)
    assert _letters(title["ar"]) not in _letters(text)
