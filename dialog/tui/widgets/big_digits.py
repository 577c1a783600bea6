"""Block digits for the countdown on a large screen, scaled to the room.

Textual's Digits widget is three rows tall; on a projector at 200×60 the clock
should fill the wall. Each glyph is a 3×5 pixel pattern; a pixel is drawn as
``2k`` columns by ``k`` rows of full blocks, since a terminal cell is about
twice as tall as it is wide.
"""

from __future__ import annotations

GLYPHS: dict[str, tuple[str, ...]] = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "-": ("...", "...", "###", "...", "..."),
}


def render_big(text: str, scale: int) -> str:
    """Return ``text`` (digits, ':' and '-') as block art, ``scale`` rows per pixel row."""
    rows = []
    for pixel_row in range(5):
        line = []
        for char in text:
            glyph = GLYPHS.get(char, GLYPHS["-"])
            line.append("".join("█" * (2 * scale) if px == "#" else " " * (2 * scale) for px in glyph[pixel_row]))
        rows.extend(["  ".join(line)] * scale)  # equal widths, so centring keeps glyphs aligned
    return "\n".join(rows)


def scale_for(width: int, height: int, text_length: int = 5) -> int:
    """Pick the largest scale that fits the clock into about a quarter of the screen's height."""
    for scale in (4, 3, 2):
        clock_width = text_length * (6 * scale + 2)
        if 5 * scale <= height // 4 and clock_width <= width - 4:
            return scale
    return 0
