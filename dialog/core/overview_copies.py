"""Two copies of one conference, collected from two laptops: which one the overview counts, and how they differ.

The fuller copy is counted – the one holding more evaluation forms, notes and
measures together – because a copy taken before the forms were typed in may
well be the newer file (copied later, or touched by a backup tool). Only when
both hold as much is the more recently changed file counted. The notice for
the copy left out says how the two differ ("13 vs 3 forms"), and when each
holds something the other lacks, says so: neither is then complete.
"""

from __future__ import annotations

from pathlib import Path

from dialog.core.errors import DialogError
from dialog.core.overview_read import ConferenceOverview
from dialog.i18n import t

COMPARED = ("forms", "notes", "measures", "participants")
"""What two copies are compared by, in the order the notice names differences."""


def amounts(conference: ConferenceOverview) -> dict[str, int]:
    """How much one copy holds: forms, notes, measures and participants."""
    return {"forms": conference.forms, "notes": conference.note_count, "measures": len(conference.measures),
            "participants": conference.participants}


def counted_copy(first: ConferenceOverview, second: ConferenceOverview) -> tuple[ConferenceOverview,
                                                                                  ConferenceOverview]:
    """(the copy to count, the copy left out): the fuller one, else the one with more participants, else the newer."""
    def fullness(conference: ConferenceOverview) -> tuple[int, int, float]:
        held = amounts(conference)
        return held["forms"] + held["notes"] + held["measures"], held["participants"], _changed(conference.path)

    return (first, second) if fullness(first) >= fullness(second) else (second, first)


def copy_notice(kept: ConferenceOverview, left: ConferenceOverview) -> DialogError:
    """The one line for the copy left out: which copy is counted instead, and how the two differ."""
    held, other = amounts(kept), amounts(left)
    differences = [t(f"overview.copy.{name}", kept=held[name], left=other[name])
                   for name in COMPARED if held[name] != other[name]]
    if not differences:
        return DialogError("error.same_conference_equal", path=kept.path)
    key = "error.same_conference_mixed" if any(held[n] < other[n] for n in COMPARED) else "error.same_conference"
    return DialogError(key, path=kept.path, differences=t("overview.copy.separator").join(differences))


def _changed(path: Path) -> float:
    """When the file (or its -wal, which holds its latest writes) last changed; 0 when it cannot be told."""
    try:
        wal = Path(f"{path}-wal")
        return max(path.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0)
    except OSError:
        return 0.0
