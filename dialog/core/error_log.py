"""Unexpected errors written down for whoever looks into them: where in the code it happened, never what was typed.

The screen says an unexpected error in one line; the traceback behind it goes
to ``errors.log`` in the user's state folder (``~/.local/state/dialog`` on
Linux, ``DIALOG_STATE_DIR`` to choose another). An exception's message can
quote what it was handed – a note, a finding, a name – so the log keeps only
the exception's type and the code's own lines: file, line number, function
and the source line of each frame, for every error in the chain. Nothing from
the conference is in it. It never grows past :data:`MAX_BYTES` (the older half
is dropped), and writing it never fails the work that failed first.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "errors.log"

MAX_BYTES = 512 * 1024
"""The log's largest size; past it, the older entries go."""


def log_folder() -> Path:
    """Where the log is kept: ``DIALOG_STATE_DIR``, else the platform's state folder for dialog."""
    chosen = os.environ.get("DIALOG_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_state_path

    return user_state_path("dialog", appauthor=False)


def describe(error: BaseException, where: str) -> str:
    """One log entry for ``error``: when, what was being done (``where``), and its frames – no message."""
    from dialog import __version__

    lines = [f"--- {datetime.now().isoformat(timespec='seconds')} dialog {__version__}: {where}"]
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for position, link in enumerate(reversed(chain)):
        if position:
            lines.append("  which led to")
        kind = type(link)
        lines.append(f"  {kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f"    {frame.filename}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"      {frame.line.strip()}")
    return "\n".join(lines) + "\n"


def log_unexpected(error: BaseException, where: str) -> Path | None:
    """Append ``error``'s entry to the log; return the log's path, or None when it could not be written."""
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        entry = describe(error, where).encode("utf-8", "replace")
        if path.exists() and path.stat().st_size + len(entry) > MAX_BYTES:
            kept = path.read_bytes()[-(MAX_BYTES // 2):]
            start = kept.find(b"\n--- ")
            path.write_bytes(kept[start + 1:] if start >= 0 else b"")
        with path.open("ab") as log:
            log.write(entry)
        return path
    except Exception:  # noqa: BLE001 - the log is a help, never a second failure
        return None
