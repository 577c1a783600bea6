"""Run by test_imports_obey_limits: ``dialog open FILE`` whose app meets a bug in a handler; exits as dialog does.

The bug is put in the handler that shows the opened conference, so the app
crashes after it has started, as a real bug would. It runs with Textual's
headless driver, so no terminal is needed.
"""

from __future__ import annotations

import sys

from textual.drivers.headless_driver import HeadlessDriver

from dialog.cli import main
from dialog.tui.app import DialogApp


def _bug(self, opened) -> None:
    raise RuntimeError("a bug in the handler that shows the opened conference")


if __name__ == "__main__":
    DialogApp.get_driver_class = lambda self: HeadlessDriver
    DialogApp._opened = _bug
    sys.exit(main(sys.argv[1:]))
