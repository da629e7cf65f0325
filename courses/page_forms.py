"""The admin form of Basira's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

SLUG_ON_ANOTHER_TAB = _("The slug is already used by a page under the same parent; change it "
                        "in the “Promote” tab.")


class BasiraPageForm(WagtailAdminPageForm):
    """A slug clash is reported on the tab the editor is on, not only on "Promote".

    The slug field sits on the Promote tab while editors write on Content, so its error
    alone was easy to miss. A form-wide error makes Wagtail list every error, each with
    its field's label, in the message at the top of the page
    (tests/courses/test_editor_slug.py).
    """

    def clean(self):
        cleaned_data = super().clean()
        if any(name == "slug" or name.startswith("slug_") for name in self.errors):
            self.add_error(None, SLUG_ON_ANOTHER_TAB)
        return cleaned_data
