"""An editor-side panel listing the languages a page or snippet still lacks."""

from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.admin.panels import Panel

from .translating import HELP, can_start

# The fields whose translation decides whether a language is "there".
STATUS_FIELDS = ("title", "summary", "intro", "body", "term", "definition", "name")


def missing_languages(obj) -> list[str]:
    """Codes of the languages (other than the fallback) where a main text field is empty."""
    missing = []
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    for code in settings.MODELTRANSLATION_LANGUAGES:
        if code == fallback:
            continue
        for field in STATUS_FIELDS:
            if not hasattr(obj, f"{field}_{fallback}"):
                continue
            if getattr(obj, f"{field}_{fallback}", None) and not getattr(
                obj, f"{field}_{code}", None
            ):
                missing.append(code)
                break
    return missing


class TranslationStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            codes = missing_languages(self.instance) if self.instance else []
            context["missing"] = [get_language_info(code)["name_local"] for code in codes]
            if codes and hasattr(self.instance, "body"):
                # Where the editor learns that blocks need not be rebuilt by hand.
                if any(can_start(self.instance, code) for code in codes):
                    context["start_from_arabic"] = HELP
            return context
