"""The one-line warning shown under a field while its text looks like it holds personal data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dialog.core.privacy import describe_kinds, warning_kinds
from dialog.i18n import t


def privacy_hint(fields: Iterable[tuple[str, str]], watched: Sequence[str] = ()) -> str:
    """``⚠ Measure: this looks like a phone number …`` for each (label, text) that seems to hold personal data.

    Empty when nothing does. It only warns: what is typed is saved all the same.
    """
    lines = []
    for label, text in fields:
        kinds = warning_kinds(text, tuple(watched)) if text else []
        if kinds:
            lines.append(t("privacy.field", field=label.rstrip(" :"), kinds=describe_kinds(kinds)))
    return "\n".join(lines)
