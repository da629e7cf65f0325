"""The Wagtail admin's sign-in form, with a translated password label.

Wagtail's LoginForm declares its password field without a label, so Django shows the
field's name, "Password", untranslated in an Arabic admin
(tests/literacy/test_admin_arabic.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
