"""Demo H5P activities for the courses seeder (idempotent: found again by file hash).

``install_fixture_package()`` uploads the real True/False package shipped in
quizzes/demo_content/ (with its libraries). ``install_own_package()`` builds a small
Arabic True/False activity of our own with pyh5p, from the libraries of that package
(offline: nothing is fetched), and stores it as a content-only package that relies on the
installed libraries. ``h5p_block()`` is the lesson block value that places one of them.
"""

from __future__ import annotations

import hashlib
import io
import logging
import tempfile
from pathlib import Path

from django.db import transaction

from .h5p.ingest import ingest_package
from .models import H5PPackage

logger = logging.getLogger("basira.seed")

DEMO_DIR = Path(__file__).resolve().parent / "demo_content"
FIXTURE = DEMO_DIR / "true-false.h5p"

FIXTURE_TITLES = {
    "ar": "سؤال صواب أم خطأ (نشاط H5P)",
    "en": "True or false? (H5P activity)",
    "fr": "Vrai ou faux ? (activité H5P)",
}
OWN_TITLES = {
    "ar": "هل الصورة القديمة دليل على حدث اليوم؟",
    "en": "Is an old photo proof of today's event?",
    "fr": "Une vieille photo prouve-t-elle l'événement du jour ?",
}
OWN_CONTENT = {
    "question": (
        "<p>تنتشر صورة لحشد كبير مع عبارة «الآن في ساحة المدينة». بحثتَ عنها بالصورة "
        "العكسية فوجدتها منشورة قبل خمس سنوات. هل تثبت الصورة أن التجمّع يحدث اليوم؟</p>\n"
    ),
    "correct": "false",
    "l10n": {
        "trueText": "صواب",
        "falseText": "خطأ",
        "score": "حصلت على @score من @total",
        "checkAnswer": "تحقّق",
        "showSolutionButton": "اعرض الحل",
        "tryAgain": "أعد المحاولة",
        "wrongAnswerMessage": "إجابة غير صحيحة: صورة قديمة لا تثبت حدثًا جديدًا.",
        "correctAnswerMessage": "إجابة صحيحة: الصورة أقدم من الحدث، فهي خارج سياقها.",
        "scoreBarLabel": "حصلت على :num من :total نقاط",
    },
    "confirmCheck": {"header": "إنهاء؟", "body": "هل تريد إنهاء النشاط؟",
                     "cancelLabel": "إلغاء", "confirmLabel": "إنهاء"},
    "confirmRetry": {"header": "إعادة المحاولة؟", "body": "هل تريد المحاولة من جديد؟",
                     "cancelLabel": "إلغاء", "confirmLabel": "تأكيد"},
    "behaviour": {"enableRetry": True, "enableSolutionsButton": True,
                  "enableCheckButton": True, "confirmCheckDialog": False,
                  "confirmRetryDialog": False, "autoCheck": False},
}


def _install(data: bytes, titles: dict[str, str]) -> tuple[H5PPackage, bool]:
    digest = hashlib.sha256(data).hexdigest()
    existing = H5PPackage.objects.filter(sha256=digest).order_by("pk").first()
    if existing:
        return existing, False
    with transaction.atomic():
        package = ingest_package(upload=io.BytesIO(data), title=titles["ar"])
        for language, title in titles.items():
            setattr(package, f"title_{language}", title)
        package.save()
    return package, True


def install_fixture_package() -> tuple[H5PPackage, bool]:
    """The True/False fixture with its libraries; (package, created)."""
    return _install(FIXTURE.read_bytes(), FIXTURE_TITLES)


def build_own_package() -> bytes:
    """Our own True/False activity, built by pyh5p from the fixture's libraries."""
    from pyh5p import LibraryStore, build

    with tempfile.TemporaryDirectory(prefix="basira-h5p-") as directory:
        store = LibraryStore(directory)
        store.install(FIXTURE)
        content = build("H5P.TrueFalse", OWN_CONTENT, store=store, fetch=False,
                        title=OWN_TITLES["en"], language="ar")
        return content.package_bytes(content_only=True)


def install_own_package() -> tuple[H5PPackage, bool]:
    """Needs the fixture's libraries installed first (install_fixture_package)."""
    install_fixture_package()
    return _install(build_own_package(), OWN_TITLES)


def h5p_block(package: H5PPackage, *, completes_lesson: bool = False) -> dict:
    """A lesson StreamField value placing the package (block name "h5p")."""
    return {"type": "h5p", "value": {"package": package.pk, "completes_lesson": completes_lesson}}


def seed_demo_packages() -> list[str]:
    lines = []
    package, created = install_fixture_package()
    lines.append(f"H5P activity '{package.title_en}': {'created' if created else 'kept'}")
    try:
        own, created = install_own_package()
    except Exception:  # noqa: BLE001 - the demo works without it
        logger.exception("could not build Basira's own H5P activity")
    else:
        lines.append(f"H5P activity '{own.title_en}': {'created' if created else 'kept'}")
    return lines
