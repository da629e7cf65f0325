"""Demo H5P activities for the courses seeder (idempotent: found again by file hash).

They use Basira's own content type, H5P.BasiraCard (``quizzes/h5p/content_types/``, written
here, MIT): no third-party package is in the repository. Each card is built at seed time
with pyh5p into an ordinary .h5p (content and library) and goes through the same upload
checks and ingest as an editor's file. ``h5p_block()`` is the lesson block value placing one.
"""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

from django.db import transaction

from .h5p.ingest import ingest_package
from .h5p.validation import LibraryKey
from .models import H5PPackage

logger = logging.getLogger("basira.seed")

CONTENT_TYPES = Path(__file__).resolve().parent / "h5p" / "content_types"
CARD = "H5P.BasiraCard"
# The seeder keeps its own card library up to date with the code.
OWN_LIBRARIES = frozenset({LibraryKey(CARD, 1, 0)})

CARDS = {
    "old_photo": {
        "titles": {
            "ar": "هل الصورة القديمة دليل على حدث اليوم؟",
            "en": "Is an old photo proof of today's event?",
            "fr": "Une vieille photo prouve-t-elle l'événement du jour ?",
        },
        "content": {
            "statement": (
                "تنتشر صورة لحشد كبير مع عبارة «الآن في ساحة المدينة». بحثتَ عنها بالصورة "
                "العكسية فوجدتها منشورة قبل خمس سنوات. الصورة تثبت أن التجمّع يحدث اليوم."
            ),
            "correct": "false",
            "explanation": (
                "صورة أقدم من الحدث لا تثبته: هي صورة قديمة في سياق جديد. ابحث عن صور "
                "ومصادر من اليوم نفسه قبل أن تصدّق أو تشارك."
            ),
        },
    },
    "urgent_link": {
        "titles": {
            "ar": "رسالة عاجلة تطلب الضغط على رابط",
            "en": "An urgent message asking you to click a link",
            "fr": "Un message urgent demande de cliquer sur un lien",
        },
        "content": {
            "statement": (
                "وصلتك رسالة: «سيُغلق حسابك خلال ساعة، اضغط الرابط وأدخل كلمة المرور». "
                "الاستعجال في الرسالة علامة على أنها موثوقة."
            ),
            "correct": "false",
            "explanation": (
                "الاستعجال والتهديد من علامات الاحتيال. لا تضغط الرابط؛ افتح التطبيق أو "
                "الموقع بنفسك وتحقّق من حسابك هناك."
            ),
        },
    },
}


def build_card(name: str) -> bytes:
    """One demo card as a complete .h5p (content and the card library), built by pyh5p."""
    from pyh5p import LibraryStore, build  # late: ~0.5 s to import, only when seeding

    card = CARDS[name]
    content = build(CARD, card["content"], store=LibraryStore(CONTENT_TYPES), fetch=False,
                    title=card["titles"]["en"], language="ar")
    return content.package_bytes()


def install_card(name: str) -> tuple[H5PPackage, bool]:
    """(package, created): the card installed through the normal ingest path."""
    data = build_card(name)
    titles = CARDS[name]["titles"]
    existing = H5PPackage.objects.filter(sha256=hashlib.sha256(data).hexdigest()) \
        .order_by("pk").first()
    if existing:
        return existing, False
    with transaction.atomic():
        package = ingest_package(upload=io.BytesIO(data), title=titles["ar"],
                                 replace=OWN_LIBRARIES)
        for language, title in titles.items():
            setattr(package, f"title_{language}", title)
        package.save()
    return package, True


def h5p_block(package: H5PPackage, *, completes_lesson: bool = False) -> dict:
    """A lesson StreamField value placing the package (block name "h5p")."""
    return {"type": "h5p", "value": {"package": package.pk, "completes_lesson": completes_lesson}}


def seed_demo_packages() -> list[str]:
    lines = []
    for name in CARDS:
        package, created = install_card(name)
        lines.append(f"H5P activity '{package.title_en}': {'created' if created else 'kept'}")
    return lines
