"""argparse's own words ("usage:", "show this help message and exit", "invalid choice: …") in the UI language.

argparse looks its texts up with gettext's ``_()`` and ``ngettext()``, bound in
its own module. :func:`argparse_speaks` points those two at our catalogues
while the command line is built and read, and back when it is done, so
``dialog --lang nb --help`` and every usage error read in Norwegian. Keys keep
argparse's ``%``-placeholders, which argparse fills after the lookup; a text
argparse adds in a later Python version stays English until it is added here.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from dialog.i18n import t

TEXTS: dict[str, str] = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positional",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "the following arguments are required: %s": "argparse.required",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "expected one argument": "argparse.expected_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "expected %s argument": "argparse.expected_n",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "ignored explicit argument %r": "argparse.ignored_explicit",
    "one of the arguments %s is required": "argparse.one_required",
    "unexpected option string: %s": "argparse.unexpected_option",
    "%(prog)s: error: %(message)s\n": "argparse.error",
}
"""argparse's message (its gettext msgid) -> our catalogue key."""


def translated(message: str) -> str:
    """argparse's ``_()``: our wording of one of its texts, or the text as it is."""
    key = TEXTS.get(message)
    return t(key) if key else message


def translated_plural(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext()``: the plural form ``count`` takes, in our wording."""
    key = TEXTS.get(singular)
    if key is None:
        return singular if count == 1 else plural
    return t(key, count=count)


@contextmanager
def argparse_speaks() -> Iterator[None]:
    """While inside, argparse's built-in texts come from the catalogues in the active language."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translated, translated_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
