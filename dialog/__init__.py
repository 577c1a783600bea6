"""dialog: run a dialogue conference (dialogkonferanse) from the keyboard.

The package is split by job: ``core`` (plain Python model and storage),
``export`` (Word and machine formats), ``web`` (the participation server),
``tui`` (the Textual app), ``i18n`` (message catalogues) and ``cli``.
"""

__version__ = "0.1.0"
