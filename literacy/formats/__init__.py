"""Django format modules (``FORMAT_MODULE_PATH = ["literacy.formats"]``): one date, time
and number policy per language, written down in docs/design.md ("Formatting policy").

Digits are always written here as 0-9; literacy.formatting turns them into Arabic-Indic
digits when ``LITERACY_ARABIC_DIGITS = "arab"``.
"""
