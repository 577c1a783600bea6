"""The default name of a conference's JSON export."""

from __future__ import annotations

from pathlib import Path

from dialog.core.conference import read_conference
from dialog.core.database import open_conference
from dialog.core.sessions import slugify
from dialog.export.json_format import export_json
from dialog.export.paths import exports_dir


def default_json_path(source: Path) -> Path:
    """Return ``exports/<date>-<district>.json`` for the conference at ``source``."""
    db = open_conference(source)
    try:
        facts = read_conference(db)
    finally:
        db.close()
    return exports_dir() / f"{facts['date']}-{slugify(facts['district'])}.json"


def export_json_default(source: Path, out: Path | None = None, *, force: bool = False) -> Path:
    """Export to ``out`` or the default path (numbered if taken); return where it went."""
    return export_json(source, out or default_json_path(source), force=force)
