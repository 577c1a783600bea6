"""Words in block letters, as large as a window allows, for the back of the room.

A terminal cannot change its font size, so large text is drawn: each letter is
a small pixel pattern (5 rows, 1–5 columns wide, one more row above for the ring
of Å and other accents), and two pixel rows share one cell through the half
blocks ▀ ▄ █. A cell is about twice as tall as it is wide, so a pixel is about
square. At scale ``k`` a pixel is ``k`` columns by ``k`` half rows; a line of
text is ``3k`` rows tall, with one empty row between lines.

Letters are shown as capitals. A text with a character the font does not know
(an emoji, a Greek letter) is not drawn at all, so nothing is shown altered:
:func:`big_lines` returns None and the caller shows the words as they are.
"""

from __future__ import annotations

import unicodedata

from rich.text import Text
from textual.widget import Widget

GLYPHS: dict[str, tuple[str, ...]] = {
    "A": (".#.", "#.#", "###", "#.#", "#.#"),
    "B": ("##.", "#.#", "##.", "#.#", "##."),
    "C": (".##", "#..", "#..", "#..", ".##"),
    "D": ("##.", "#.#", "#.#", "#.#", "##."),
    "E": ("###", "#..", "##.", "#..", "###"),
    "F": ("###", "#..", "##.", "#..", "#.."),
    "G": (".##", "#..", "#.#", "#.#", ".##"),
    "H": ("#.#", "#.#", "###", "#.#", "#.#"),
    "I": ("###", ".#.", ".#.", ".#.", "###"),
    "J": ("..#", "..#", "..#", "#.#", ".#."),
    "K": ("#.#", "#.#", "##.", "#.#", "#.#"),
    "L": ("#..", "#..", "#..", "#..", "###"),
    "M": ("#...#", "##.##", "#.#.#", "#...#", "#...#"),
    "N": ("#..#", "##.#", "#.##", "#..#", "#..#"),
    "O": (".#.", "#.#", "#.#", "#.#", ".#."),
    "P": ("##.", "#.#", "##.", "#..", "#.."),
    "Q": (".#.", "#.#", "#.#", "##.", ".##"),
    "R": ("##.", "#.#", "##.", "#.#", "#.#"),
    "S": (".##", "#..", ".#.", "..#", "##."),
    "T": ("###", ".#.", ".#.", ".#.", ".#."),
    "U": ("#.#", "#.#", "#.#", "#.#", "###"),
    "V": ("#.#", "#.#", "#.#", "#.#", ".#."),
    "W": ("#...#", "#...#", "#.#.#", "##.##", "#...#"),
    "X": ("#.#", "#.#", ".#.", "#.#", "#.#"),
    "Y": ("#.#", "#.#", ".#.", ".#.", ".#."),
    "Z": ("###", "..#", ".#.", "#..", "###"),
    "Æ": (".####", "#.#..", "#####", "#.#..", "#.###"),
    "Ø": (".###", "#.##", "#.##", "##.#", "###."),
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("##.", "..#", ".#.", "#..", "###"),
    "3": ("##.", "..#", ".#.", "..#", "##."),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "##.", "..#", "##."),
    "6": (".##", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", ".#.", ".#.", ".#."),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "##."),
    ".": (".", ".", ".", ".", "#"),
    ",": ("..", "..", "..", ".#", "#."),
    ":": (".", "#", ".", "#", "."),
    ";": ("..", ".#", "..", ".#", "#."),
    "!": ("#", "#", "#", ".", "#"),
    "?": ("##.", "..#", ".#.", "...", ".#."),
    "-": ("...", "...", "###", "...", "..."),
    "–": ("....", "....", "####", "....", "...."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "=": ("...", "###", "...", "###", "..."),
    "/": ("..#", "..#", ".#.", "#..", "#.."),
    "(": (".#", "#.", "#.", "#.", ".#"),
    ")": ("#.", ".#", ".#", ".#", "#."),
    "'": ("#", "#", ".", ".", "."),
    '"': ("#.#", "#.#", "...", "...", "..."),
    "«": ("....", ".#.#", "#.#.", ".#.#", "...."),
    "»": ("....", "#.#.", ".#.#", "#.#.", "...."),
    "%": ("#.#", "..#", ".#.", "#..", "#.#"),
    "&": (".#.", "#.#", ".#.", "#.#", ".##"),
    "*": ("#.#", ".#.", "#.#", "...", "..."),
    "§": (".##", "#..", "###", "..#", "##."),
}
"""Capitals, digits and the punctuation of Norwegian and English notes, five pixel rows each."""

SAME_AS = {"—": "–", "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "…": "...", "×": "x"}
"""Characters drawn as others (typographic quotes and dashes as plain ones)."""

ACCENTS = {"\u030a": "ring", "\u0308": "two", "\u0301": "one", "\u0300": "one", "\u0302": "one", "\u0303": "one"}
"""Combining marks drawn in the row above a capital: Å's ring, Ä's two dots, É's accent."""

SPACE_WIDTH = 2
"""Pixels between two words (plus the pixel between any two characters)."""

MAX_SCALE = 4


def _glyph(char: str) -> tuple[str, ...] | None:
    """Six pixel rows for one character (the first for an accent), or None if the font cannot draw it."""
    if char in GLYPHS:
        return ("." * len(GLYPHS[char][0]),) + GLYPHS[char]
    base, *marks = list(unicodedata.normalize("NFD", char))
    if base not in GLYPHS or not marks or any(mark not in ACCENTS for mark in marks):
        return None
    body = GLYPHS[base]
    width = len(body[0])
    middle = width // 2
    if ACCENTS[marks[0]] == "two" and width >= 3:
        top = "#" + "." * (width - 2) + "#"
    else:
        top = "." * middle + "#" + "." * (width - middle - 1)
    return (top,) + body


def _prepare(text: str) -> list[list[tuple[str, ...]]] | None:
    """The words of ``text`` as lists of glyphs, or None if any character cannot be drawn."""
    for plain, drawn in SAME_AS.items():
        text = text.replace(plain, drawn)
    words = []
    for word in text.upper().split():
        glyphs = []
        for char in word:
            glyph = _glyph(char)
            if glyph is None:
                return None
            glyphs.append(glyph)
        words.append(glyphs)
    return words


def _width(glyphs: list[tuple[str, ...]]) -> int:
    """Pixels wide, with one pixel between characters."""
    return sum(len(glyph[0]) for glyph in glyphs) + max(0, len(glyphs) - 1)


def _wrap(words: list[list[tuple[str, ...]]], columns: int) -> list[list[tuple[str, ...]]]:
    """Lines of glyphs no wider than ``columns`` pixels (a word too long for a line is broken)."""
    lines: list[list[tuple[str, ...]]] = []
    line: list[tuple[str, ...]] = []
    blank = ("." * SPACE_WIDTH,) * 6
    for word in words:
        while _width(word) > columns:  # break it where it must be broken
            cut = max(1, max(n for n in range(1, len(word) + 1) if _width(word[:n]) <= columns or n == 1))
            if line:
                lines.append(line)
                line = []
            lines.append(word[:cut])
            word = word[cut:]
        if not word:
            continue
        candidate = line + [blank] + word if line else word
        if _width(candidate) <= columns:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _draw(line: list[tuple[str, ...]], scale: int) -> list[str]:
    """One line of glyphs as rows of half-block characters."""
    pixels: list[list[bool]] = []
    for row in range(6):
        cells: list[bool] = []
        for number, glyph in enumerate(line):
            if number:
                cells.extend([False] * scale)
            for pixel in glyph[row]:
                cells.extend([pixel == "#"] * scale)
        pixels.extend([cells] * scale)
    halves = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
    return ["".join(halves[top, bottom] for top, bottom in zip(upper, lower))
            for upper, lower in zip(pixels[0::2], pixels[1::2])]


def big_lines(text: str, width: int, height: int) -> list[str] | None:
    """``text`` in block letters at the largest scale that fits ``width`` × ``height`` cells.

    None when even the smallest does not fit, or the text holds a character the
    font does not know: then show the words as they are.
    """
    words = _prepare(text)
    if not words:
        return None
    for scale in range(MAX_SCALE, 0, -1):
        lines = _wrap(words, width // scale)
        rows = len(lines) * 3 * scale + len(lines) - 1
        if rows <= height and all(_width(line) * scale <= width for line in lines):
            drawn: list[str] = []
            for number, line in enumerate(lines):
                if number:
                    drawn.append("")
                drawn.extend(_draw(line, scale))
            return drawn
    return None


class BigText(Widget):
    """Shows a text in block letters, centred, as large as the widget allows; in plain bold words if it cannot."""

    DEFAULT_CSS = """
    BigText { width: 1fr; height: 1fr; content-align: center middle; }
    """

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.drawn = False
        """True when the text on screen is in block letters (False: plain words, or nothing)."""

    def show(self, text: str) -> None:
        """Draw ``text``."""
        self.text = text
        self.refresh()

    def render(self) -> Text:
        size = self.content_size
        lines = big_lines(self.text, size.width, size.height) if self.text else None
        self.drawn = lines is not None
        if lines is None:
            return Text(self.text, style="bold")
        widest = max(len(line) for line in lines)
        return Text("\n".join(line.ljust(widest) for line in lines), no_wrap=True, overflow="crop")
