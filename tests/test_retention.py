"""`dialog list` flags conferences past the retention period (default 12 months, configurable)."""

from __future__ import annotations

from datetime import date

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.sessions import past_retention


def test_the_retention_boundary():
    assert not past_retention("2025-11-25", 12, today=date(2026, 11, 25))
    assert past_retention("2025-11-25", 12, today=date(2026, 11, 26))
    assert not past_retention("2024-02-29", 12, today=date(2025, 2, 28))
    assert past_retention("2024-02-29", 12, today=date(2025, 3, 1))
    assert not past_retention("2026-01-31", 1, today=date(2026, 2, 28))
    assert not past_retention("not a date", 12)


def test_list_flags_only_old_conferences_and_says_what_to_do(cli, sessions, monkeypatch):
    today = date.today()
    recent = f"{today.year}-{today.month:02d}-01"
    create_conference(sessions / "new.dialog.sqlite", ConferenceFacts("Alna", recent)).close()
    create_conference(sessions / "old.dialog.sqlite", ConferenceFacts("Bjerke", "2019-05-02")).close()
    result = cli("--sessions", str(sessions), "list")
    lines = result.out.splitlines()
    bjerke = next(line for line in lines if line.startswith("Bjerke"))
    alna = next(line for line in lines if line.startswith("Alna"))
    assert bjerke.endswith("⚠ older than 12 months") and "older" not in alna
    assert lines[-1].startswith("1 conference is older than 12 months.")
    assert "older" not in cli("--sessions", str(sessions), "list", "--retention-months", "120").out
    monkeypatch.setenv("DIALOG_RETENTION_MONTHS", "600")
    assert "older" not in cli("--sessions", str(sessions), "list").out
    bad = cli("--sessions", str(sessions), "list", "--retention-months", "0")
    assert bad.code == 2 and bad.err.strip() == "dialog: 0 is not a number of months; use a whole number from 1 up."
