from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    """Staff reach their authenticator and recovery codes from the admin's account page."""
    return {
        "url": reverse("security:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Replace your authenticator app or make new recovery codes."),
    }
