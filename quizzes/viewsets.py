from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    add_to_admin_menu = True
    list_display = ["title", "kind", "pass_mark", "attempts_allowed"]
    list_filter = ["kind"]
    search_fields = ["title"]
