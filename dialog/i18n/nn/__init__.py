"""Norwegian nynorsk messages, one module per part of the program."""

from dialog.i18n.nn import cli, errors, feedback, minutes, overview, paper, room, tui, vocabulary, web

MESSAGES: dict[str, str] = {**vocabulary.MESSAGES, **errors.MESSAGES, **cli.MESSAGES, **tui.MESSAGES,
                            **minutes.MESSAGES, **web.MESSAGES, **room.MESSAGES,
                            **overview.MESSAGES, **feedback.MESSAGES, **paper.MESSAGES}
"""Every message key of this language."""
