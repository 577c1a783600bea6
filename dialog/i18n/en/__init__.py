"""English messages, one module per part of the program."""

from dialog.i18n.en import cli, errors, minutes, tui, vocabulary, web

MESSAGES: dict[str, str] = {**vocabulary.MESSAGES, **errors.MESSAGES, **cli.MESSAGES, **tui.MESSAGES,
                            **minutes.MESSAGES, **web.MESSAGES}
"""Every message key of this language."""
