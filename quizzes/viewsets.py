from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from .models import Quiz, in_course_order


class QuizChooser(AdminSnippetChooser):
    """The lesson editor's quiz field, naming the chosen quiz by its label."""

    def get_display_title(self, instance):
        return instance.label


class QuizChooseMixin:
    """The quiz picker: pre/post-tests and their parallel forms told apart by their
    label (``Quiz.label``), listed in the order a course meets them."""

    def get_object_list(self):
        return in_course_order(Quiz.objects.all())

    def apply_object_list_ordering(self, objects):
        return objects

    @property
    def title_column(self):
        column = super().title_column
        column.accessor = "label"
        return column

    @property
    def columns(self):
        return [*super().columns, Column("series", label=_("pre/post series"))]


class QuizChooseView(QuizChooseMixin, ChooseView):
    pass


class QuizChooseResultsView(QuizChooseMixin, ChooseResultsView):
    pass


class QuizChosenView(SnippetChosenView):
    def get_display_title(self, instance):
        return instance.label


class QuizChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuizChooseView
    choose_results_view_class = QuizChooseResultsView
    chosen_view_class = QuizChosenView
    base_widget_class = QuizChooser


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    add_to_admin_menu = True
    list_display = ["title", "kind", "form", "series", "pass_mark", "attempts_allowed"]
    list_filter = ["kind"]
    search_fields = ["title"]
    chooser_viewset_class = QuizChooserViewSet
