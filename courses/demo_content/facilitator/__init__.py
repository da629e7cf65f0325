"""The facilitator packs of the demo courses (issue 21): session plans in the ADIDS
structure, discussion prompts, model answers, guidance and the live-quiz sets to use,
plus the printable handouts (``handouts.py``). Written in Arabic first, then English and
French; one module per course, apart from the lesson content others edit.
"""

from . import disinformation, rights, safety

PACKS = {module.COURSE: module for module in (disinformation, safety, rights)}

# The five ADIDS stages in session order; a 180-minute session also has a break.
STAGES = ("activity", "discussion", "input", "deepening", "synthesis")
