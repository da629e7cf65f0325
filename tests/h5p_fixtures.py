"""Real H5P packages published by others: read from outside the repository, never copied in.

``BASIRA_H5P_FIXTURES`` (default ``../shared/fixtures/h5p`` beside the repository) holds
them. Without it a test that needs one skips with the reason, except under CI (``CI=true``),
where a missing fixture fails the test.
"""

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _checkout_root() -> Path:
    """The main checkout: a git worktree's ``.git`` file names it (…/.git/worktrees/<name>)."""
    marker = ROOT / ".git"
    if marker.is_file() and marker.read_text().startswith("gitdir:"):
        return Path(marker.read_text().split(":", 1)[1].strip()).parents[2]
    return ROOT


def fixtures_dir() -> Path:
    configured = os.environ.get("BASIRA_H5P_FIXTURES")
    if configured:
        return Path(configured)
    return _checkout_root().parent / "shared" / "fixtures" / "h5p"


def fixture_path(name: str) -> Path | None:
    """The path of a real package such as ``true-false.h5p``, or None when absent."""
    path = fixtures_dir() / name
    return path if path.is_file() else None


def fixture_package(name: str) -> Path:
    """The path of a real package; skips (fails in CI) if absent."""
    path = fixture_path(name)
    if path is None:
        reason = f"real H5P package {fixtures_dir() / name} is absent (set BASIRA_H5P_FIXTURES)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


# An Arabic Multiple Choice of our own, built by pyh5p from the libraries inside
# multichoice.h5p (offline: nothing is fetched).
ARABIC_CHOICE = {
    "question": "<p>أيّ مصدر هو المصدر الأول لخبر عن قرار حكومي؟</p>\n",
    "answers": [
        {"text": "<div>نصّ القرار في الجريدة الرسمية</div>\n", "correct": True},
        {"text": "<div>منشور متداول بلا رابط</div>\n", "correct": False},
        {"text": "<div>تعليق على خبر منقول</div>\n", "correct": False},
    ],
    "behaviour": {"type": "single", "enableRetry": True, "enableSolutionsButton": True,
                  "singlePoint": False, "randomAnswers": False, "confirmCheckDialog": False,
                  "confirmRetryDialog": False, "autoCheck": False, "passPercentage": 100,
                  "showScorePoints": True, "enableCheckButton": True,
                  "showSolutionsRequiresInput": True},
    "UI": {"checkAnswerButton": "تحقّق", "tryAgainButton": "أعد المحاولة",
           "showSolutionButton": "اعرض الحل"},
}


# Several right answers (checkboxes, partial scores): the same library, type "multi".
ARABIC_MULTI_CHOICE = {
    "question": "<p>أيّ هذه الخطوات تساعد على التحقق من صورة قبل نشرها؟</p>\n",
    "answers": [
        {"text": "<div>البحث العكسي عن الصورة</div>\n", "correct": True},
        {"text": "<div>مقارنة تاريخ أول نشر</div>\n", "correct": True},
        {"text": "<div>عدد الإعجابات على المنشور</div>\n", "correct": False},
        {"text": "<div>سؤال المصدر الأصلي</div>\n", "correct": True},
    ],
    "behaviour": {**ARABIC_CHOICE["behaviour"], "type": "multi"},
    "UI": ARABIC_CHOICE["UI"],
}

ARABIC_TRUE_FALSE = {
    "question": "<p>صورة قديمة أُعيد نشرها اليوم دليلٌ على خبر اليوم.</p>\n",
    "correct": "false",
    "behaviour": {"enableRetry": True, "enableSolutionsButton": True, "enableCheckButton": True,
                  "confirmCheckDialog": False, "confirmRetryDialog": False, "autoCheck": False},
    "l10n": {"trueText": "صحيح", "falseText": "خطأ", "checkAnswer": "تحقّق",
             "showSolutionButton": "اعرض الحل", "tryAgain": "أعد المحاولة",
             "correctAnswerMessage": "إجابة صحيحة", "wrongAnswerMessage": "إجابة خاطئة",
             "score": "حصلت على @score من @total", "scoreBarLabel": "حصلت على :num من :total"},
}


def build_arabic(libraries_from: Path, library: str, content: dict, *, title: str) -> bytes:
    """A whole package (libraries included) of ``content`` for ``library``, language "ar"."""
    from pyh5p import LibraryStore, build

    with tempfile.TemporaryDirectory(prefix="basira-h5p-") as directory:
        store = LibraryStore(directory)
        store.install(libraries_from)
        built = build(library, content, store=store, fetch=False, title=title, language="ar")
        return built.package_bytes()


def build_arabic_choice(libraries_from: Path) -> bytes:
    """``ARABIC_CHOICE`` (one right answer of three) from multichoice.h5p's libraries."""
    return build_arabic(libraries_from, "H5P.MultiChoice", ARABIC_CHOICE, title="المصدر الأول")


def build_arabic_multi_choice(libraries_from: Path) -> bytes:
    """``ARABIC_MULTI_CHOICE`` (three right answers of four) from multichoice.h5p's."""
    return build_arabic(libraries_from, "H5P.MultiChoice", ARABIC_MULTI_CHOICE,
                        title="خطوات التحقق")


def build_arabic_true_false(libraries_from: Path) -> bytes:
    """``ARABIC_TRUE_FALSE`` from true-false.h5p's libraries."""
    return build_arabic(libraries_from, "H5P.TrueFalse", ARABIC_TRUE_FALSE, title="صورة قديمة")


# How a learner answers each package rightly, in the player frame (a Playwright
# FrameLocator); the English fixtures are placed with the activity language "en".
def answer_true_false(player):
    player.get_by_text("False", exact=True).click()
    player.get_by_role("button", name="Check").click()


def answer_berries(player):
    player.get_by_text("Strawberries", exact=True).click()
    player.get_by_text("Raspberries", exact=True).click()
    player.get_by_role("button", name="Check").click()


def answer_arabic_choice(player):
    player.get_by_text("نصّ القرار في الجريدة الرسمية", exact=True).click()
    player.get_by_role("button", name="تحقّق").click()


def answer_arabic_multi_choice(player):
    for text in ("البحث العكسي عن الصورة", "مقارنة تاريخ أول نشر", "سؤال المصدر الأصلي"):
        player.get_by_text(text, exact=True).click()
    player.get_by_role("button", name="تحقّق").click()


def answer_arabic_true_false(player):
    player.get_by_role("radio", name="خطأ").click()
    player.get_by_role("button", name="تحقّق").click()


REAL_PACKAGES = {"true-false.h5p": answer_true_false, "multichoice.h5p": answer_berries}
