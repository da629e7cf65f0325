"""Choices of the dated local resources, shared by the snippet and the lesson block
(kept apart from the models so that blocks.py can import them)."""

from django.utils.translation import gettext_lazy as _

COUNTRIES = [
    ("regional", _("Regional or international")),
    ("dz", _("Algeria")), ("bh", _("Bahrain")), ("eg", _("Egypt")), ("iq", _("Iraq")),
    ("jo", _("Jordan")), ("kw", _("Kuwait")), ("lb", _("Lebanon")), ("ly", _("Libya")),
    ("ma", _("Morocco")), ("om", _("Oman")), ("ps", _("Palestine")), ("qa", _("Qatar")),
    ("sa", _("Saudi Arabia")), ("sd", _("Sudan")), ("sy", _("Syria")), ("tn", _("Tunisia")),
    ("ae", _("United Arab Emirates")), ("ye", _("Yemen")),
]
KINDS = [
    ("data_protection_law", _("Data-protection law")),
    ("cybercrime_law", _("Cybercrime law")),
    ("fact_checker", _("Fact-checker")),
    ("digital_rights_group", _("Digital-rights group")),
    ("helpline", _("Helpline")),
    ("appeal_route", _("Takedown appeal route or transparency database")),
    ("verification_tool", _("Verification tool")),
]
