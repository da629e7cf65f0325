def T(ar, en, fr=None):
    d = {"ar": ar, "en": en}
    if fr: d["fr"] = fr
    return d


# Small constructors that only build plain dicts, to keep the lesson bodies readable.
def _h(ar, en):
    return {"type": "heading", "value": T(ar, en)}


def _p(ar, en):
    return {"type": "rich_text", "value": T(ar, en)}


def _callout(kind, title_ar, title_en, body_ar, body_en):
    return {"type": "callout", "value": {"kind": kind, "title": T(title_ar, title_en),
                                         "body": T(body_ar, body_en)}}


def _checklist(title_ar, title_en, items):
    return {"type": "checklist", "value": {"title": T(title_ar, title_en),
                                           "items": [T(ar, en) for ar, en in items]}}


def _term(key):
    return {"type": "glossary_term", "value": {"term": key}}


def _quiz(key):
    return {"type": "quiz", "value": {"quiz": key}}
