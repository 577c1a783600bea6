"""Finding text the leader cannot read whole: cut at a widget's edge, or pushed out of sight.

:func:`cut_off` looks at what a screen really drew. For every widget that shows
a text of its own – a label, a line of text, a button, a tab, a footer key, an
empty field's placeholder, the header's title – it reads the cells inside the
widget's region and checks that every letter of the text is there, in order
(wrapping may break lines between words, so spaces are ignored). A text cut at
the right edge, ended with an ellipsis, or a footer key or tab laid out beyond
the edge of its bar, fails the check and is reported with its widget and the
text. A table whose cursor moves by rows is reported when its columns are
wider than the table (one whose cursor moves by cells scrolls sideways with it).

Only sideways loss counts: a list or a form taller than the screen scrolls, and
a field's own value scrolls inside the field as it is typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Button, DataTable, Input, Static


@dataclass(frozen=True)
class Cut:
    """One text that is not shown whole: the widget, the text it should show, and what was drawn."""

    widget: str
    text: str
    shown: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} shows as {self.shown!r}"


def _plain(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (Text, Content)):
        return value.plain
    return None


def intended_text(widget: Widget) -> str | None:
    """The text ``widget`` is there to show, or None for widgets that show no text of their own."""
    name = type(widget).__name__
    if isinstance(widget, Input):
        return widget.placeholder if not widget.value else None
    if isinstance(widget, Button):
        return _plain(widget.label)
    if name in ("FooterKey", "HeaderTitle", "FooterLabel"):
        return _plain(widget.render())
    if isinstance(widget, Static):
        return _plain(widget.render())
    return None


def _squash(text: str) -> str:
    return "".join(text.split())


def _describe(widget: Widget) -> str:
    name = type(widget).__name__
    return f"{name}#{widget.id}" if widget.id else name


def _region_text(strips: list[Strip], region: Region) -> str:
    lines = []
    for y in range(region.y, region.bottom):
        if 0 <= y < len(strips):
            lines.append(strips[y].crop(region.x, region.right).text)
    return "\n".join(lines)


def _shown_inside(widget: Widget, region: Region, clip: Region) -> Region:
    content = region.shrink(widget.styles.gutter)
    return content.intersection(clip)


def cut_off(screen: Screen) -> list[Cut]:
    """Every text on ``screen`` that is not drawn whole (empty when everything can be read)."""
    compositor = screen._compositor
    strips = compositor.render_strips()
    cuts = []
    for widget, geometry in compositor.full_map.items():
        region, clip = geometry.region, geometry.clip
        if region.width == 0 or region.height == 0 or not widget.visible:
            continue
        if isinstance(widget, DataTable):
            if widget.cursor_type == "cell":
                continue  # the cursor moves sideways through the columns and the table scrolls with it
            content = region.shrink(widget.styles.gutter)
            if widget.virtual_size.width > content.width:
                cuts.append(Cut(_describe(widget), f"{widget.virtual_size.width} columns of text",
                                f"{content.width} columns wide"))
            continue
        text = intended_text(widget)
        if not text or not text.strip():
            continue
        shown_region = _shown_inside(widget, region, clip)
        vertically_hidden = region.y < clip.y or region.bottom > clip.bottom
        sideways_hidden = region.x < clip.x or region.right > clip.right
        if vertically_hidden and not sideways_hidden:
            continue  # scrolled out of view in a list or form taller than the screen: it scrolls back
        shown = _region_text(strips, shown_region) if shown_region.area else ""
        if _squash(text) not in _squash(shown):
            cuts.append(Cut(_describe(widget), text, shown.strip()))
    return cuts
