"""The one exception type for bad input the user can fix."""

from __future__ import annotations

from dialog.i18n import t


class DialogError(Exception):
    """A clear, translatable, one-line problem with what the user asked for.

    ``key`` names a message in the i18n catalogues and ``params`` fill it, so the
    same error reads well in both languages wherever it surfaces.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, language: str | None = None) -> str:
        """Render the error as one line in the active (or given) language."""
        text = t(self.key, language, **self.params) if language else t(self.key, **self.params)
        return " ".join(text.split())

    def __str__(self) -> str:
        return self.message()
