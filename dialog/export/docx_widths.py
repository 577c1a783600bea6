"""Column widths that keep every word whole: no "Intervie/ws" in a table header.

Word and LibreOffice break a word that is wider than its column in the middle.
The widths here give each column room for its longest word (for a column kept
whole, its longest text, such as a date) in the widest font the document is
likely to be shown in: Calibri where Word is, DejaVu Sans where LibreOffice
lacks Calibri's metric twin. What is left goes to the columns that can wrap.
"""

from __future__ import annotations

EM_WIDTHS = {
    320: "'j ,.\u2019\u00b7il/:;\\|-",
    405: "f()[]IJ!t\"",
    540: "r*_`\u2013\u201c\u201dsz?",
    620: "cvxyko\u00f8\u00f6\u00ab\u00bba\u00e5\u00e4e\u00e9\u00e8",
    700: "0123456789$bdgpqhnu\u00fc{}YLTPSFZ",
    805: "XAV\u00c5\u00c4E\u00c9BKRCGD",
    880: "OQ\u00d8\u00d6#+<=>^~U\u00dcwHN&",
    1030: "%m\u00e6@\u2014\u2026\u00c6MW",
}
"""Each character's width in thousandths of the font size, rounded up to its class: the wider of DejaVu
Sans and DejaVu Serif, the fonts LibreOffice shows for Calibri and Cambria where their metric twins are
missing; Calibri and Cambria themselves are narrower."""

_WIDTH_OF = {character: width for width, characters in EM_WIDTHS.items() for character in characters}
UNKNOWN_WIDTH = 700
"""A character not in the table (another alphabet, a symbol) counts as a wide letter."""

BOLD_FACTOR = 1.1
"""Bold letters are up to a tenth wider."""

CELL_MARGINS_CM = 0.42
"""Word's default cell margins (0.19 cm each side) and a little air for rounding."""

CM_PER_POINT = 2.54 / 72


def text_width_cm(text: str, points: float = 11.0, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``points`` (Normal's 11 unless a table says), margins included."""
    ems = sum(_WIDTH_OF.get(character, UNKNOWN_WIDTH) for character in text) / 1000
    return ems * points * CM_PER_POINT * (BOLD_FACTOR if bold else 1.0) + CELL_MARGINS_CM


def longest_word(text: str) -> str:
    """The longest run of characters without a space in ``text``."""
    return max(text.split(), key=len, default="")


def fitted_widths(headers: list[str], rows: list[list[str]], usable_cm: float, *, whole: tuple[int, ...] = (),
                  points: float = 11.0) -> list[float]:
    """Widths (cm) summing to ``usable_cm``: each column as wide as its longest word (bold in the header),
    columns in ``whole`` as wide as their longest text; the room left is shared by the other columns in
    proportion to what each lacks to hold its longest text on one line. If even the words do not fit,
    every column shrinks alike."""
    needed = []
    wanted = []
    for column, header in enumerate(headers):
        cells = [row[column] for row in rows if column < len(row)]
        header_width = text_width_cm(longest_word(header), points, bold=True)
        if column in whole:
            cell_width = max((text_width_cm(cell, points) for cell in cells), default=0.0)
        else:
            cell_width = max((text_width_cm(longest_word(cell), points) for cell in cells), default=0.0)
        needed.append(max(header_width, cell_width))
        wanted.append(0.0 if column in whole else max((text_width_cm(cell, points) for cell in cells), default=0.0))
    spare = usable_cm - sum(needed)
    if spare <= 0:
        return [width * usable_cm / sum(needed) for width in needed]
    short_of = [max(0.0, want - need) for want, need in zip(wanted, needed)]  # room to fit on one line
    if sum(short_of) == 0:
        return [width + spare / len(needed) for width in needed]
    return [width + spare * short / sum(short_of) for width, short in zip(needed, short_of)]
