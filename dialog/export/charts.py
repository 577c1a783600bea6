"""The evaluation answers as one small-multiples figure (a PNG for the minutes).

One panel per scale question, side by side, every panel on the same scale
from 0 to n answers (n: the most answers any question got), with an axis
whose top tick is n. So 7 answers stand visibly lower than 8, and one
question's bars can be set against another's at a glance. Each panel is
headed with the question's number in the table above it, which carries the
question's words: the image holds only digits and short ASCII labels
("Svar", "Spm. 3"), since Pillow's built-in font has no Norwegian letters.

Drawn with Pillow (already here for the QR codes) rather than matplotlib:
Pillow draws the figure in a few milliseconds where matplotlib took about
45 ms a chart plus 0.6 s to load (and brings numpy).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

PANELS_PER_ROW = 5
"""Panels side by side; more questions continue on a further row of panels."""
AXIS_WIDTH, PANEL_WIDTH = 110, 218
"""Pixels: the axis's labels, and one panel. A full row (1200 px) fills a portrait page's 16 cm, about 190 dpi."""
FULL_WIDTH = AXIS_WIDTH + PANELS_PER_ROW * PANEL_WIDTH
STRIP, ABOVE, PLOT, BELOW, GAP = 40, 34, 240, 44, 18
"""Pixels, top to bottom in one row of panels: the number strip, room for a count, the bars, the scores, a gap."""
ROW_HEIGHT = STRIP + ABOVE + PLOT + BELOW + GAP
BAR = (47, 111, 159)
STRIP_FILL = (226, 232, 238)
INK = (34, 34, 34)
MUTED = (110, 110, 110)
RULE = (150, 150, 150)
GRID = (222, 222, 222)
STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
"""Round distances between the axis's ticks; the smallest that gives at most five is used."""


@dataclass(frozen=True)
class Panel:
    """One question's answers: ``label`` (ASCII) names it by its number in the table, ``counts`` maps each score to
    its answers."""

    label: str
    counts: dict[int, int]


@dataclass(frozen=True)
class Scale:
    """The one scale every bar is drawn on: 0 to ``top`` answers, labelled at ``ticks`` (the last one is ``top``)."""

    top: int
    ticks: tuple[int, ...]

    def height(self, count: int) -> int:
        """A bar's height in pixels: the same count is the same height in every panel."""
        return round(PLOT * count / self.top)


def common_scale(panels: list[Panel]) -> Scale:
    """0 to the most answers any question got, with ticks at a round step and at that top."""
    top = max([sum(panel.counts.values()) for panel in panels] + [1])
    step = next((size for size in STEPS if top / size <= 5), STEPS[-1])
    ticks = [tick for tick in range(0, top, step) if top - tick >= step / 2]
    return Scale(top, (*ticks, top))


@dataclass(frozen=True)
class Layout:
    """Where the figure's panels go: ``columns`` across, ``rows`` down, and the image's size in pixels."""

    columns: int
    rows: int

    @property
    def width(self) -> int:
        return AXIS_WIDTH + self.columns * PANEL_WIDTH

    @property
    def height(self) -> int:
        return self.rows * ROW_HEIGHT

    def origin(self, index: int) -> tuple[int, int]:
        """The top-left pixel of panel ``index``."""
        row, column = divmod(index, PANELS_PER_ROW)
        return AXIS_WIDTH + column * PANEL_WIDTH, row * ROW_HEIGHT

    def bar_centres(self, index: int, scores: int) -> list[float]:
        """The x of each of ``scores`` bars in panel ``index``."""
        left = self.origin(index)[0]
        slot = (PANEL_WIDTH - 16) / max(scores, 1)
        return [left + 8 + slot * (number + 0.5) for number in range(scores)]

    def baseline(self, index: int) -> int:
        """The y of the zero line in panel ``index``."""
        return self.origin(index)[1] + STRIP + ABOVE + PLOT


def layout(count: int) -> Layout:
    """The layout of ``count`` panels."""
    return Layout(min(max(count, 1), PANELS_PER_ROW), max(1, math.ceil(count / PANELS_PER_ROW)))


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def small_multiples_png(panels: list[Panel], count_label: str) -> bytes:
    """Draw every panel on the common scale; ``count_label`` (ASCII, e.g. "Svar") names the axis.

    Returns the PNG's bytes; :func:`layout` gives its size and :func:`common_scale` its scale.
    """
    scale, places = common_scale(panels), layout(len(panels))
    image = Image.new("RGB", (places.width, places.height), "white")
    draw = ImageDraw.Draw(image)
    for first in range(0, len(panels), PANELS_PER_ROW):
        _axis(image, scale, places, first, min(first + PANELS_PER_ROW, len(panels)) - 1, count_label)
    for index, panel in enumerate(panels):
        _panel(draw, scale, places, index, panel)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def _axis(image: Image.Image, scale: Scale, places: Layout, first: int, last: int, count_label: str) -> None:
    """The axis of the row of panels ``first``…``last``: its word, a tick and a light grid line at each tick."""
    draw = ImageDraw.Draw(image)
    baseline = places.baseline(first)
    right = places.origin(last)[0] + PANEL_WIDTH
    _upwards(image, count_label, (24, baseline - PLOT // 2))
    for tick in scale.ticks:
        y = baseline - scale.height(tick)
        if tick:
            draw.line([(AXIS_WIDTH, y), (right, y)], fill=GRID, width=1)
        draw.line([(AXIS_WIDTH - 8, y), (AXIS_WIDTH, y)], fill=RULE, width=2)
        draw.text((AXIS_WIDTH - 14, y), str(tick), font=_font(24), fill=INK if tick == scale.top else MUTED,
                  anchor="rm")
    draw.line([(AXIS_WIDTH, baseline - PLOT), (AXIS_WIDTH, baseline)], fill=RULE, width=2)


def _upwards(image: Image.Image, text: str, centre: tuple[int, int]) -> None:
    """Write ``text`` reading upwards, centred on ``centre`` (the axis's name, along the axis)."""
    font = _font(22)
    left, top, right, bottom = (round(edge) for edge in font.getbbox(text))
    label = Image.new("RGB", (right - left + 4, bottom - top + 4), "white")
    ImageDraw.Draw(label).text((2 - left, 2 - top), text, font=font, fill=MUTED)
    turned = label.rotate(90, expand=True)
    image.paste(turned, (centre[0] - turned.width // 2, centre[1] - turned.height // 2))


def _panel(draw: ImageDraw.ImageDraw, scale: Scale, places: Layout, index: int, panel: Panel) -> None:
    """One question: its number in a strip, a bar and its count per score, the scores under the zero line."""
    left, top = places.origin(index)
    baseline = places.baseline(index)
    draw.rectangle([left + 4, top, left + PANEL_WIDTH - 4, top + STRIP - 6], fill=STRIP_FILL)
    draw.text((left + PANEL_WIDTH / 2, top + (STRIP - 6) / 2), panel.label, font=_font(26), fill=INK, anchor="mm")
    scores = list(panel.counts)
    centres = places.bar_centres(index, len(scores))
    half = (PANEL_WIDTH - 16) / max(len(scores), 1) * 0.32
    for centre, score in zip(centres, scores):
        number = panel.counts[score]
        height = scale.height(number)
        if number:
            draw.rectangle([centre - half, baseline - height, centre + half, baseline - 1], fill=BAR)
        draw.text((centre, baseline - height - 6), str(number), font=_font(24), fill=INK, anchor="ms")
        draw.text((centre, baseline + 10), str(score), font=_font(24), fill=MUTED, anchor="mt")
    draw.line([(left + 4, baseline), (left + PANEL_WIDTH - 4, baseline)], fill=RULE, width=2)
