"""Third-party strings of the editors' admin, translated in our catalogue.

wagtail-modeltranslation ships no Arabic (nor French) catalogue, so its language switch
("View / edit fields for") and its slug error stayed English in an Arabic admin. Listing
the msgids here puts them in literacy's catalogue, which Django consults for every app
(the first catalogue holding a translation wins, and the third-party one holds none).
Nothing imports this module.
"""

from django.utils.translation import gettext_noop

MODELTRANSLATION = (
    gettext_noop("View / edit fields for"),
    gettext_noop("This slug is already in use"),
    gettext_noop("This slug is already in use within the context of its parent page "),
)
