def T(ar, en, fr=None):
    d = {"ar": ar, "en": en}
    if fr: d["fr"] = fr
    return d
