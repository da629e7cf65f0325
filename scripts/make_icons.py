"""Draw the site's icons: one design (an open eye, بصيرة "insight"), every file from it.

    python scripts/make_icons.py          # (re)write static/favicon.* and static/icons/*
    python scripts/make_icons.py --check  # exit 1 if a committed file differs from a fresh drawing

The design is written down once, in the 32-unit square of ``favicon.svg``; the PNGs and the
ICO are rasterised from the same shapes with Pillow (drawn 8x larger, then reduced), so they
are reproducible without an SVG renderer. The files are committed; ``--check`` (run by
tests/literacy/test_site_assets.py) proves they are still this script's output.

Colours are the site's own (``--brand`` and ``--paper`` in literacy/static/literacy/css/basira.css),
as the web app manifest's ``theme_color`` and ``background_color`` are.
"""

import io
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
BRAND = "#0b5c55"
PAPER = "#ffffff"
UNITS = 32
CORNER = 7  # radius of the rounded square, in units
EYE_PATH = "M5 16c3-5 6.5-7.5 11-7.5S24 11 27 16c-3 5-6.5 7.5-11 7.5S8 21 5 16z"
# The same outline as absolute cubic Béziers (start, control, control, end).
EYE_CURVES = (
    ((5, 16), (8, 11), (11.5, 8.5), (16, 8.5)),
    ((16, 8.5), (20.5, 8.5), (24, 11), (27, 16)),
    ((27, 16), (24, 21), (20.5, 23.5), (16, 23.5)),
    ((16, 23.5), (11.5, 23.5), (8, 21), (5, 16)),
)
PUPIL = (16, 16, 4.2)  # centre x, centre y, radius
SUPERSAMPLE = 8

# file -> (size in pixels, rounded corners, eye scale). Maskable and Apple icons are full
# squares (the platform cuts its own shape); the maskable eye stays inside the central
# circle of 80% that every mask keeps.
PNGS = {
    "icons/icon-192.png": (192, True, 1.0),
    "icons/icon-512.png": (512, True, 1.0),
    "icons/icon-maskable-512.png": (512, False, 0.8),
    "icons/apple-touch-icon.png": (180, False, 0.9),
}
ICO_SIZES = (16, 32, 48)

# A neutral icon a learner may choose for the installed app (literacy/accounts/app_identity.py):
# a plain note pad, nothing of Basira's colours or eye. Same sizes and cuts as above.
NOTES_PAD = "#f5f0e1"
NOTES_INK = "#7a7566"
NOTES_LINES = (11, 15.5, 20, 24.5)  # rows of the pad, in units
NOTES_PNGS = {
    "icons/notes-192.png": (192, True, 1.0),
    "icons/notes-512.png": (512, True, 1.0),
    "icons/notes-maskable-512.png": (512, False, 0.8),
    "icons/notes-apple-touch-icon.png": (180, False, 0.9),
}


def svg() -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {UNITS} {UNITS}">'
        f'<rect width="{UNITS}" height="{UNITS}" rx="{CORNER}" fill="{BRAND}"/>'
        f'<path d="{EYE_PATH}" fill="{PAPER}"/>'
        f'<circle cx="{PUPIL[0]}" cy="{PUPIL[1]}" r="{PUPIL[2]}" fill="{BRAND}"/></svg>\n'
    )


def _bezier(p0, p1, p2, p3, steps=48):
    for i in range(steps):
        t = i / steps
        u = 1 - t
        yield tuple(
            u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
            for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
        )


def render(size: int, *, rounded: bool = True, eye_scale: float = 1.0) -> Image.Image:
    big = size * SUPERSAMPLE
    unit = big / UNITS
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * unit if rounded else 0,
                           fill=BRAND)

    def place(x, y):  # scale the eye about the square's centre
        centre = UNITS / 2
        return ((centre + (x - centre) * eye_scale) * unit,
                (centre + (y - centre) * eye_scale) * unit)

    outline = [place(*point) for curve in EYE_CURVES for point in _bezier(*curve)]
    draw.polygon(outline, fill=PAPER)
    cx, cy = place(PUPIL[0], PUPIL[1])
    r = PUPIL[2] * eye_scale * unit
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=BRAND)
    # Reduce with premultiplied alpha, so the transparent corners do not darken the edge.
    return image.convert("RGBa").resize((size, size), Image.LANCZOS).convert("RGBA")


def render_notes(size: int, *, rounded: bool = True, eye_scale: float = 1.0) -> Image.Image:
    """The neutral note pad: ruled lines on a pale square."""
    big = size * SUPERSAMPLE
    unit = big / UNITS
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * unit if rounded else 0,
                           fill=NOTES_PAD)
    centre = UNITS / 2
    half = 9 * eye_scale
    for row in NOTES_LINES:
        y = (centre + (row - centre) * eye_scale) * unit
        draw.rectangle(((centre - half) * unit, y - 0.6 * unit, (centre + half) * unit,
                        y + 0.6 * unit), fill=NOTES_INK)
    return image.convert("RGBa").resize((size, size), Image.LANCZOS).convert("RGBA")


def files() -> dict[str, bytes]:
    """Every icon file (path under static/ -> bytes), freshly drawn."""
    made = {"favicon.svg": svg().encode()}
    for name, (size, rounded, scale) in PNGS.items():
        out = io.BytesIO()
        render(size, rounded=rounded, eye_scale=scale).save(out, "PNG", optimize=True)
        made[name] = out.getvalue()
    for name, (size, rounded, scale) in NOTES_PNGS.items():
        out = io.BytesIO()
        render_notes(size, rounded=rounded, eye_scale=scale).save(out, "PNG", optimize=True)
        made[name] = out.getvalue()
    out = io.BytesIO()
    frames = [render(size) for size in ICO_SIZES]
    frames[-1].save(out, "ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    made["favicon.ico"] = out.getvalue()
    return made


def _same(path: Path, data: bytes) -> bool:
    if not path.exists():
        return False
    if path.suffix == ".svg":
        return path.read_bytes() == data
    # Pixels, not bytes: another Pillow may compress (or resample by a unit) differently.
    with Image.open(path) as old, Image.open(io.BytesIO(data)) as new:
        if old.size != new.size:
            return False
        difference = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
        return max(high for _low, high in difference.getextrema()) <= 2


def stale() -> list[str]:
    """Icon files that are missing or differ from this script's drawing."""
    return [name for name, data in files().items() if not _same(STATIC / name, data)]


def main(args: list[str]) -> int:
    if args == ["--check"]:
        differing = stale()
        for name in differing:
            print(f"static/{name} is not what scripts/make_icons.py draws")
        return 1 if differing else 0
    if args:
        sys.exit(__doc__)
    for name, data in files().items():
        target = STATIC / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"static/{name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
