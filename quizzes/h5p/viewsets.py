from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import H5PPackage
from .forms import H5PPackageForm

# Set here rather than on the model, which the form module imports.
H5PPackage.base_form_class = H5PPackageForm


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "code"
    menu_label = _("H5P activities")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["title", "main_library", "max_score", "import_label", "created_at"]
    search_fields = ["title"]
