"""The named answers of the store's jobs: one :class:`StoreReply` subclass per kind of job.

Each names what the job did; ``StoreClient.db(fn, ..., reply=NotesLoaded, then=...)`` posts it
to the asking widget with the job's result as ``value``. Tests watch them with ``message_hook``.
"""

from __future__ import annotations

from dialog.tui.store_client import StoreReply

# The conference file


class ConferenceOpened(StoreReply):
    """The opened conference's facts and phases were read."""


class BackupMade(StoreReply):
    """The file was backed up if it changed since the last backup (the value is the new marker)."""


class ConferenceFactsRead(StoreReply):
    """The conference's district, date and language were read (the title line)."""


class PhasesRead(StoreReply):
    """Each phase's state and plan were read again."""


class ChangesLookedFor(StoreReply):
    """The file was asked whether another program wrote to it."""


class PhaseMoved(StoreReply):
    """The conference moved to another phase."""


# Facts and agenda


class FactsLoaded(StoreReply):
    """The conference facts form's values were read."""


class FactsSaved(StoreReply):
    """The conference facts as typed reached the file."""


class PlanSaved(StoreReply):
    """A phase's planned start and length reached the file."""


class AttendanceLoaded(StoreReply):
    """Who came, by role, was read."""


class AttendanceSaved(StoreReply):
    """The attendance as typed reached the file."""


# Findings and their response


class FindingsLoaded(StoreReply):
    """The findings to present, the names to watch, the roles and the room's answers to the finding shown were read."""


class FindingSaved(StoreReply):
    """A finding and its quotes reached the file (the value is its id)."""


class FindingMoved(StoreReply):
    """A finding moved up or down the list."""


class FindingsImported(StoreReply):
    """Findings read from a process report were added (the value is the import report)."""


class ResponseSaved(StoreReply):
    """The room's response to a finding, or its comment, reached the file."""


class RoomAnswersRead(StoreReply):
    """The phones' answers to the finding on screen were read (after making it the one phones answer, when it
    was not yet)."""


class RevealSaved(StoreReply):
    """The room's answers to a finding were revealed or hidden again, and read."""


# Themes, groups and notes


class ThemeAdded(StoreReply):
    """The conference's own theme was added to its list."""


class GroupsLoaded(StoreReply):
    """The groups were read."""


class RolesLoaded(StoreReply):
    """The conference's roles were read (code, letter and names, in list order)."""


class GroupSaved(StoreReply):
    """A group's theme, members and room reached the file."""


class NotesLoaded(StoreReply):
    """A group's notes and the names to watch were read."""


class NoteSaved(StoreReply):
    """A note as typed reached the file (the value is the saved note)."""


class NoteDeleted(StoreReply):
    """A note was deleted (it can be restored)."""


class NoteRestored(StoreReply):
    """A deleted note came back."""


class HistoryLoaded(StoreReply):
    """A note and its earlier wordings were read."""


class WordingRestored(StoreReply):
    """An earlier wording of a note is its text again."""


class ClockRead(StoreReply):
    """A phase's clock was read."""


class ClockChanged(StoreReply):
    """A phase's clock was paused, resumed or given more time (the value is the clock)."""


# Plenary and measures


class PresentationLoaded(StoreReply):
    """What the groups present in plenary was read."""


class PlenaryPointSaved(StoreReply):
    """A plenary point reached the file."""


class MeasureSaved(StoreReply):
    """A proposed measure reached the file."""


class VotesAdded(StoreReply):
    """Votes for a measure were counted in."""


# Lists


class RowsLoaded(StoreReply):
    """The rows of a list (findings, groups, measures, questions …) were read."""


class RowDeleted(StoreReply):
    """A row of a list was deleted."""


# Evaluation and closing


class FormContextRead(StoreReply):
    """The evaluation form's questions, the roles and the names to watch were read."""


class FormSaved(StoreReply):
    """An evaluation form typed from paper reached the file (the value is its id)."""


class SheetLookedUp(StoreReply):
    """Whether a paper form's sheet number is typed in already was read (the value is True when it is)."""


class SheetRead(StoreReply):
    """A paper form already typed in was read, to correct it (the value is its PaperSheet)."""


class SheetCorrected(StoreReply):
    """A paper form's answers were replaced under its number (the value is its id)."""


class FormsCounted(StoreReply):
    """The number of evaluation forms handed in was read."""


class QuestionSaved(StoreReply):
    """An evaluation question reached the file."""


class TallyLoaded(StoreReply):
    """The evaluation's answers, counted per question, were read."""


class FreeTextLoaded(StoreReply):
    """The evaluation's written answers were read."""


class ClosingLoaded(StoreReply):
    """The assessment, the conference summary and the names to watch were read."""


class AssessmentSaved(StoreReply):
    """The leader's assessment as typed reached the file."""


class WarningsRead(StoreReply):
    """Texts that look like personal data were listed (before the minutes are written)."""


class TextNotSaved(StoreReply):
    """Typed text did not reach the file (the value is one line saying why); it stays queued and is sent again."""
