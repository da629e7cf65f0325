"""Demo content of the core: the home page in Arabic, English and French.

Seeding never overwrites what an editor changed: each object is created only when it
is missing, and found again by a stable key (slug, username).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage

logger = logging.getLogger("basira.seed")

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "basira-demo-admin"  # noqa: S105 - demo only, printed by make run

HOME_TEXT = {
    "ar": {
        "title": "بصيرة: تعلّم كيف تحمي نفسك وحقوقك على الإنترنت",
        "intro": (
            "دورات قصيرة ومجانية باللغة العربية للصحفيين والناشطين ومنظمات المجتمع المدني: "
            "كيف تكشف التضليل، وكيف تستخدم المنصات بأمان، وما هي حقوقك الرقمية."
        ),
        "themes_heading": "ماذا ستتعلم؟",
        "themes": [
            (
                "كشف التضليل",
                "تتبّع مصدر الخبر والصورة، وتعرّف على أساليب التلاعب الشائعة قبل أن تشارك.",
            ),
            (
                "الاستخدام الآمن للمنصات",
                "احمِ حساباتك بكلمات مرور قوية والتحقق بخطوتين، واكشف رسائل التصيّد، وتواصل بأمان.",
            ),
            (
                "حقوقك الرقمية",
                "الخصوصية وحرية التعبير وحدودها، وكيف تعترض على حذف المحتوى أو الحجب وتطلب الانتصاف.",
            ),
        ],
        "paragraph": (
            "<p>تعمل بصيرة على الهواتف البسيطة والاتصالات البطيئة، ولا تحمّل شيئًا من مواقع أخرى. "
            "يمكنك التسجيل باسم مستعار دون بريد إلكتروني.</p>"
        ),
    },
    "en": {
        "title": "Basira: learn to protect yourself and your rights online",
        "intro": (
            "Short, free courses in Arabic for journalists, activists and civil-society "
            "organisations: spotting disinformation, using platforms safely, and knowing "
            "your digital rights."
        ),
        "themes_heading": "What will you learn?",
        "themes": [
            (
                "Spotting disinformation",
                "Trace a story or a photo to its source and recognise common manipulation "
                "techniques before you share.",
            ),
            (
                "Safe platform use",
                "Protect your accounts with strong passwords and two-factor authentication, "
                "spot phishing, and communicate securely.",
            ),
            (
                "Your digital rights",
                "Privacy, freedom of expression and its limits, and how to appeal a takedown "
                "or a block and seek remedy.",
            ),
        ],
        "paragraph": (
            "<p>Basira works on basic phones and slow connections and loads nothing from other "
            "sites. You can sign up with a pseudonym and no email address.</p>"
        ),
    },
    "fr": {
        "title": "Basira : apprenez à vous protéger et à défendre vos droits en ligne",
        "intro": (
            "Des cours courts et gratuits en arabe pour les journalistes, les militants et la "
            "société civile : repérer la désinformation, utiliser les plateformes en sécurité "
            "et connaître ses droits numériques."
        ),
        "themes_heading": "Qu'allez-vous apprendre ?",
        "themes": [
            (
                "Repérer la désinformation",
                "Remonter à la source d'une information ou d'une photo et reconnaître les "
                "techniques de manipulation avant de partager.",
            ),
            (
                "Utiliser les plateformes en sécurité",
                "Protéger ses comptes (mots de passe, double authentification), repérer "
                "l'hameçonnage et communiquer en sécurité.",
            ),
            (
                "Vos droits numériques",
                "Vie privée, liberté d'expression et ses limites, contester un retrait ou un "
                "blocage et obtenir réparation.",
            ),
        ],
        "paragraph": (
            "<p>Basira fonctionne sur des téléphones simples et des connexions lentes, sans "
            "rien charger d'autres sites. Vous pouvez vous inscrire avec un pseudonyme, sans "
            "adresse e-mail.</p>"
        ),
    },
}


def _home_body(lang: str) -> list[dict]:
    text = HOME_TEXT[lang]
    return [
        {
            "type": "themes",
            "value": {
                "heading": text["themes_heading"],
                "themes": [{"title": t, "text": d} for t, d in text["themes"]],
            },
        },
        {"type": "paragraph", "value": text["paragraph"]},
    ]


ROOT_TITLES = {"ar": "جذر الموقع", "en": "Root", "fr": "Racine"}


@transaction.atomic
def seed_home() -> tuple[HomePage, bool]:
    """The home page and the default site pointing at it; created once, never overwritten."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific, False

    root = Page.get_first_root_node()
    # The admin names the tree's root by its title: Wagtail's "Root" in every language.
    # Wagtail shows draft_title, which is not translated: it takes the default language's.
    for lang, title in ROOT_TITLES.items():
        setattr(root, f"title_{lang}", title)
    root.draft_title = ROOT_TITLES[settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
    root.save(update_fields=[*(f"title_{lang}" for lang in ROOT_TITLES), "draft_title"])
    home = HomePage(slug="basira-home", live=True)
    for lang, text in HOME_TEXT.items():
        setattr(home, f"title_{lang}", text["title"])
        setattr(home, f"intro_{lang}", text["intro"])
        setattr(home, f"body_{lang}", _home_body(lang))
    home.title = HOME_TEXT["ar"]["title"]
    root.add_child(instance=home)
    home.save_revision().publish()

    old_root = site.root_page if site else None
    if site:
        site.root_page = home
        site.site_name = "بصيرة"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="بصيرة"
        )
    # Wagtail's migration leaves a placeholder "Welcome" page; remove it if untouched.
    if old_root and old_root.specific_class is Page and not old_root.get_children().exists():
        old_root.delete()
    return home, True


def seed_demo_admin() -> tuple[object, bool]:
    User = get_user_model()
    user = User.objects.filter(username=DEMO_ADMIN_USERNAME).first()
    if user:
        return user, False
    user = User.objects.create_superuser(
        username=DEMO_ADMIN_USERNAME, email="", password=DEMO_ADMIN_PASSWORD
    )
    return user, True
