"""A conference file found damaged: offer its latest sound backup, restore it on a thread, then open it.

Mixin for the app. The check on opening (:meth:`DialogApp._checked`) hands a
damaged file's health report to :meth:`DamagedFiles.offer_backup`; a read or
write that meets damage later posts :class:`FileDamaged`, and the newest sound
backup is looked up the same way. A file that is only locked, read-only or not
permitted is said in one line: restoring would not help.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.i18n import t
from dialog.tui.messages import FileDamaged
from dialog.tui.replies import ReceivesReplies
from dialog.tui.typed_app import AppPart
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.work_results import BackupRestored, HealthChecked

if TYPE_CHECKING:
    from abc import abstractmethod

    from textual.screen import Screen

    from dialog.core.backups import HealthReport
    from dialog.core.store import Store


class DamagedFiles(ReceivesReplies, AppPart):
    """Offer, restore and open the latest sound backup of a damaged conference file."""

    offering_restore: bool = False
    """True while the leader is asked about a backup or it is being restored (one offer at a time)."""

    if TYPE_CHECKING:  # what this mixin uses of the rest of the app (abstract: DialogApp must have it)
        store: Store | None

        @abstractmethod
        def showing(self) -> Screen | None: ...

        @abstractmethod
        def open_conference(self, path: Path, name: str | None = None) -> None: ...

        @abstractmethod
        def close_the_room(self) -> None: ...

        @abstractmethod
        def _close_store(self) -> None: ...

        @abstractmethod
        def _checked(self, path: Path, health: HealthReport) -> None: ...

    def offer_backup(self, path: Path, health: HealthReport) -> None:
        """Say why ``path`` did not open; when it is damaged and a sound backup exists, offer to restore it."""
        problem, backup = health.problem, health.backup
        if problem is None:
            return  # sound after all: nothing to say
        if not health.damaged:  # locked, read-only, no permission …: the file is fine, restoring would not help
            self.notify(problem.message(), severity="error", timeout=15)
            return
        reason = problem.params.get("reason", "")
        if backup is None:
            self.notify(t("damaged.no_backup", path=path.name, reason=reason), severity="error", timeout=15)
            return
        if self.offering_restore:
            return
        self.offering_restore = True
        question = t("damaged.question", path=path.name, reason=reason, made=f"{backup.made:%Y-%m-%d %H:%M}")

        def answered(yes: bool | None) -> None:
            if yes:
                say_under_way(self.showing(), t("damaged.restoring", path=path.name), "restore")
                self.in_thread(_restore, path, backup.path, reply=BackupRestored,
                               then=lambda _: self._restore_over(opening=path),
                               failed=lambda _text: self._restore_over(), group="restore")
            else:
                self._restore_over()

        from dialog.tui.screens.confirm import ConfirmScreen

        self.push_screen(ConfirmScreen(question, t("button.restore"), danger=False), answered)

    def on_file_damaged(self, message: FileDamaged) -> None:
        """A read or write found damage the check on opening did not: offer the latest sound backup."""
        if self.store is None or self.store.path != message.path or self.offering_restore:
            return
        self.switch_mode("picker")
        self.close_the_room()
        self._close_store()
        # No second check: SQLite has just said the file is damaged (quick_check may miss what a query met).
        self.in_thread(_find_backup, message.path, message.reason, reply=HealthChecked,
                       then=partial(self._checked, message.path), group="health")

    def _restore_over(self, _value: object = None, opening: Path | None = None) -> None:
        """The offer was declined or the restore is done: open the restored file, or list the folder again."""
        from dialog.tui.screens.picker import PickerScreen

        self.offering_restore = False
        under_way_done(self.showing(), "restore")
        if opening is not None:
            self.open_conference(opening)
            return
        screen = self.showing()
        if isinstance(screen, PickerScreen):
            screen.read_folder()


def _find_backup(path: Path, reason: str) -> HealthReport:
    """On a worker thread: the health report of a file SQLite has just found damaged, with its newest sound backup."""
    from dialog.core.backups import HealthReport, newest_sound_backup
    from dialog.core.file_errors import damaged

    return HealthReport(damaged(path, reason), newest_sound_backup(path))


def _restore(path: Path, backup: Path) -> None:
    """On a worker thread: put ``backup`` in the damaged file's place (a failure leaves both files as they were)."""
    from dialog.core.restore import restore_backup

    restore_backup(path, backup)
