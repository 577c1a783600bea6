"""Column widths that keep every word whole: no "Intervie/ws" in a table header.

Word and LibreOffice break a word that is wider than its column in the middle.
The widths here give each column room for its longest word (for a column kept
whole, its longest text, such as a date) in the widest font the document is
likely to be shown in: Calibri where Word is, DejaVu Sans where LibreOffice
lacks Calibri's metric twin. What is left goes to the columns that can wrap.
"""

from __future__ import annotations

CM_PER_CHARACTER = 0.21
"""Width of a character of 10 pt DejaVu Sans or Serif (the wide fallbacks), in cm, digits included; Calibri
needs about 0.17."""

BOLD_FACTOR = 1.1
"""Bold letters are about a tenth wider."""

CELL_MARGINS_CM = 0.45
"""Word's default cell margins (0.19 cm each side) and a little air for rounding."""


def text_width_cm(text: str, points: float = 11.0, bold: bool = False) -> float:
    """The estimated width of ``text`` on one line at ``points`` (Normal's 11 unless a table says), margins included."""
    return len(text) * CM_PER_CHARACTER * points / 10 * (BOLD_FACTOR if bold else 1.0) + CELL_MARGINS_CM


def longest_word(text: str) -> str:
    """The longest run of characters without a space in ``text``."""
    return max(text.split(), key=len, default="")


def fitted_widths(headers: list[str], rows: list[list[str]], usable_cm: float, *, whole: tuple[int, ...] = (),
                  points: float = 11.0) -> list[float]:
    """Widths (cm) summing to ``usable_cm``: each column as wide as its longest word (bold in the header),
    columns in ``whole`` as wide as their longest text; the room left is shared by the other columns in
    proportion to their longest text. If even the words do not fit, every column shrinks alike."""
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
    share = sum(wanted)
    if share == 0:
        return [width + spare / len(needed) for width in needed]
    return [width + spare * want / share for width, want in zip(needed, wanted)]
