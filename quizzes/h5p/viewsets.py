from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import H5PPackage
from ..models.h5p import ImportStatus
from .forms import H5PPackageForm
from .imports import import_state

# Set here rather than on the model, which the form module imports.
H5PPackage.base_form_class = H5PPackageForm


def import_label(package: H5PPackage) -> str:
    """Where the import of the last upload stands (the reason of a failure is on the edit
    form: a phone's list column has no room for it)."""
    return str(ImportStatus(import_state(package)[0]).label)


import_column = Column("import_status", label=_("import"), accessor=import_label)


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "code"
    menu_label = _("H5P activities")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["title", "main_library", "max_score", import_column, "created_at"]
    search_fields = ["title"]
