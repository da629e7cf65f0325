def T(ar, en, fr=None):
    d = {"ar": ar, "en": en}
    if fr: d["fr"] = fr
    return d


# Small constructors that only build plain dicts, to keep the lesson bodies readable.
# French is optional everywhere: the seeder gives a lesson a French body only when every
# block of it has French, so a partly translated lesson keeps its Arabic fallback.
def _h(ar, en, fr=None):
    return {"type": "heading", "value": T(ar, en, fr)}


def _p(ar, en, fr=None):
    return {"type": "rich_text", "value": T(ar, en, fr)}


def _callout(kind, title_ar, title_en, body_ar, body_en, fr=None):
    """fr: (title, body) in French."""
    title_fr, body_fr = fr or (None, None)
    return {"type": "callout", "value": {"kind": kind, "title": T(title_ar, title_en, title_fr),
                                         "body": T(body_ar, body_en, body_fr)}}


def _checklist(title_ar, title_en, items, title_fr=None):
    """items: (ar, en) or (ar, en, fr) tuples."""
    return {"type": "checklist", "value": {"title": T(title_ar, title_en, title_fr),
                                           "items": [T(*item) for item in items]}}


def _term(key):
    return {"type": "glossary_term", "value": {"term": key}}


def _quiz(key):
    return {"type": "quiz", "value": {"quiz": key}}
