"""A QR code drawn with half-block characters, as large as the widget allows.

A terminal cell is about twice as tall as it is wide, so one cell holds two
square "pixels" stacked (▀ ▄ █). Each module of the code becomes ``scale`` ×
``scale`` pixels, with the largest scale that fits: on a projector showing a
200-column terminal a version-4 code is about a quarter of the screen wide.
Dark and light are fixed (black on white) whatever the theme, or phones
cannot read it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from dialog.i18n import t

CODE_STYLE = Style(color="#000000", bgcolor="#ffffff")
HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}

QUIET_ZONES = (4, 2)
"""The standard quiet zone first; a narrower one only when the full one does not fit."""


def fit_scale(modules: int, width: int, height: int) -> int:
    """The largest whole number of pixels per module that fits ``width`` cells × ``height`` rows (0 if none)."""
    return max(0, min(width // modules, (height * 2) // modules))


def draw_code(matrix: list[list[bool]], scale: int) -> list[str]:
    """The code as lines of half-block characters, each module ``scale`` pixels square."""
    pixels = [[dark for dark in row for _ in range(scale)] for row in matrix for _ in range(scale)]
    if len(pixels) % 2:
        pixels.append([False] * len(pixels[0]))
    return ["".join(HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower))
            for upper, lower in zip(pixels[0::2], pixels[1::2])]


class QrView(Widget):
    """Shows one address as a QR code, centred, at the largest scale that fits."""

    DEFAULT_CSS = """
    QrView { width: 1fr; height: 1fr; content-align: center middle; }
    """

    def __init__(self, url: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.url = url
        self.scale = 0

    def show(self, url: str) -> None:
        """Draw the code for ``url``."""
        self.url = url
        self.refresh()

    def lines(self, width: int, height: int) -> list[str]:
        """The drawing for a ``width`` × ``height`` area, or no lines when even scale 1 does not fit."""
        from dialog.export.qr_codes import qr_matrix  # qrcode and Pillow load only when a code is shown

        for border in QUIET_ZONES:
            matrix = qr_matrix(self.url, border)
            scale = fit_scale(len(matrix), width, height)
            if scale:
                self.scale = scale
                return draw_code(matrix, scale)
        self.scale = 0
        return []

    def render(self) -> Text:
        if not self.url:
            return Text("")
        drawn = self.lines(self.content_size.width, self.content_size.height)
        if not drawn:
            return Text(t("qr.too_small"), style="bold")
        return Text("\n".join(drawn), style=CODE_STYLE, no_wrap=True, overflow="crop")
