from django.core import checks
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .checks import basira_messages


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    """Staff reach their authenticator and recovery codes from the admin's account page."""
    return {
        "url": reverse("security:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Replace your authenticator app or make new recovery codes."),
    }


class ConfigurationPanel(Component):
    """On the admin dashboard: what Basira's system checks say about this site's settings
    (an optional part switched off, or a misconfiguration), for staff who never run
    `manage.py check`."""

    name = "basira_configuration"
    order = 50
    template_name = "literacy/admin/configuration_panel.html"

    def __init__(self, messages):
        self.messages = messages

    def get_context_data(self, parent_context=None):
        return {"messages": [
            {"id": message.id, "msg": message.msg, "hint": message.hint,
             "error": message.level >= checks.ERROR}
            for message in self.messages
        ]}


@hooks.register("construct_homepage_panels")
def basira_configuration_panel(request, panels):
    if not request.user.is_superuser:
        return
    messages = basira_messages()
    if messages:
        panels.append(ConfigurationPanel(messages))
