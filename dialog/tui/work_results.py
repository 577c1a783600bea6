"""The named answers of work on Textual's thread workers (not the store's jobs): see replies.py."""

from __future__ import annotations

from dialog.tui.replies import Reply

# Opening, checking and restoring conference files


class ConferencesListed(Reply):
    """The sessions folder was read (the value is the list of conferences)."""


class ConferenceCreated(Reply):
    """A new conference was made, or one for the same district and date was found (see picker.CreateOutcome)."""


class ConferenceDeleted(Reply):
    """A conference file and its backups were deleted."""


class HealthChecked(Reply):
    """A conference file was checked before opening (the value is its health report)."""


class BackupRestored(Reply):
    """A damaged file's latest sound backup took its place."""


# Documents and the organiser's overview


class ReportRead(Reply):
    """A process report was read into findings, not yet stored (the value is the blocks read)."""


class MinutesExported(Reply):
    """The Word minutes or the feedback sheet were written (the value is the line saying where)."""


class PaperFormsWritten(Reply):
    """The numbered paper forms were written (the value is the line saying where)."""


class OverviewRead(Reply):
    """Every conference file in the folders was read into the overview."""


class MeasureStatusWritten(Reply):
    """A measure's new status was written into its conference file."""


# The room


class AddressesFound(Reply):
    """The machine's network addresses phones can reach were looked up."""


class RoomCodesRead(Reply):
    """The room's QR codes were read (the value is the list of codes)."""


class RoomCodesRenewed(Reply):
    """Every QR code was revoked and new ones made (the value is the new codes, or None with the room closed)."""
