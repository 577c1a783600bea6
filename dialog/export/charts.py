"""Bar charts of evaluation answers, as PNG images for the minutes.

Drawn with Pillow (already here for the QR codes) rather than matplotlib: a
chart is five bars with their counts, and Pillow draws one in a few
milliseconds where matplotlib took about 45 ms a chart plus 0.6 s to load,
which kept the minutes export far above its target and the app's start-up
heavy (matplotlib brings numpy, which sqlite-utils then loads too).
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from dialog.core.evaluation import ScaleTally

WIDTH, HEIGHT = 1000, 320
"""Pixels; placed 14 cm wide in the minutes, that is about 180 dpi."""
BAR = (47, 111, 159)
INK = (34, 34, 34)
MUTED = (110, 110, 110)
RULE = (190, 190, 190)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def distribution_png(tally: ScaleTally, count_label: str) -> bytes:
    """Draw one scale question's distribution (never called for a suppressed tally).

    The question itself is the figure's caption in the document, where Word's
    fonts render every letter; the image holds only digits and ``count_label``.
    """
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    label_font, small_font = _font(26), _font(22)
    top = 0
    scores = list(tally.distribution)
    counts = [tally.distribution[score] for score in scores]
    peak = max(counts + [1])
    left, right, bottom = 110, WIDTH - 30, HEIGHT - 50
    chart_top = top + 40  # room for the count over the tallest bar
    draw.text((20, (chart_top + bottom) // 2), count_label, font=small_font, fill=MUTED, anchor="lm")
    draw.line([(left, bottom), (right, bottom)], fill=RULE, width=2)
    slot = (right - left) / max(len(scores), 1)
    for index, (score, number) in enumerate(zip(scores, counts)):
        centre = left + slot * (index + 0.5)
        height = (bottom - chart_top) * number / peak
        if number:
            draw.rectangle([centre - slot * 0.3, bottom - height, centre + slot * 0.3, bottom - 1], fill=BAR)
        draw.text((centre, bottom - height - 6), str(number), font=label_font, fill=INK, anchor="ms")
        draw.text((centre, bottom + 10), str(score), font=label_font, fill=INK, anchor="mt")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()
