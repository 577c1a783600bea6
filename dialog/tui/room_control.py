"""Opening and closing the room from the app: the server's process starts and stops on worker threads.

Starting the child, waiting for it to bind and waiting for it to end all take
time, so none of it runs on Textual's loop; the worker posts
:class:`RoomChanged` and the app tells the screen on show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from dialog.core.errors import DialogError
from dialog.i18n import t
from dialog.tui.app_requests import CloseRoom, LoadRoomCodes, OpenRoom, RenewRoomCodes
from dialog.tui.replies import WorkFailed, describe_failure
from dialog.tui.screen_contracts import FollowsRoom
from dialog.tui.typed_app import AppPart
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.work_results import RoomCodesRead, RoomCodesRenewed

if TYPE_CHECKING:
    from abc import abstractmethod

    from textual.dom import DOMNode
    from textual.screen import Screen

    from dialog.core.store import Store
    from dialog.export.qr_codes import RoomCode
    from dialog.web.room_process import RoomProcess


@dataclass
class RoomChanged(Message, bubble=False):
    """The room opened, closed or failed to open (``error`` is one line for the user)."""

    error: str = ""


class RoomControl(AppPart):
    """Mixin for the app: one room at a time, for the conference that is open.

    Screens ask through messages (dialog/tui/app_requests.py): :class:`OpenRoom`, :class:`CloseRoom`,
    :class:`LoadRoomCodes`, :class:`RenewRoomCodes`.
    """

    room: RoomProcess | None = None

    if TYPE_CHECKING:  # what this mixin uses of the rest of the app (abstract: DialogApp must have it)
        store: Store | None
        conference_language: str

        @abstractmethod
        def showing(self) -> Screen | None: ...

    def on_open_room(self, message: OpenRoom) -> None:
        """A screen asks to open the room."""
        self.open_the_room(message.host, message.port)

    def on_close_room(self, message: CloseRoom) -> None:
        """A screen asks to close the room."""
        self.close_the_room()

    def on_load_room_codes(self, message: LoadRoomCodes) -> None:
        """A screen asks for the room's codes."""
        self.load_room_codes(message.asker, message.then, message.failed)

    def on_renew_room_codes(self, message: RenewRoomCodes) -> None:
        """A screen asks for new room codes."""
        self.ask_to_renew_codes(message.asker, message.then)

    def open_the_room(self, host: str, port: int) -> None:
        """Start serving the open conference on ``host:port`` (closing any room already open)."""
        if self.store is None:
            return  # the conference was closed meanwhile: no room to open
        old, self.room = self.room, None
        path: Path = self.store.path
        language: str = self.conference_language

        def start() -> None:
            # A child process serves the room, so a flood of phones never takes the screen's time.
            from dialog.web.room_process import RoomProcess

            if old is not None:
                old.stop()
            server = RoomProcess(path, language, host, port)
            try:
                server.start()
            except Exception as error:  # noqa: BLE001 - every failure becomes one line on screen
                self.post_message(RoomChanged(describe_failure(error)))
                return
            self.room = server
            self.post_message(RoomChanged())

        self.run_worker(start, thread=True, group="room", exclusive=False)

    def close_the_room(self) -> None:
        """Stop serving; every address answers 404 from the first moment."""
        server, self.room = self.room, None
        if server is None:
            return

        def stop() -> None:
            server.stop()
            self.post_message(RoomChanged())

        self.run_worker(stop, thread=True, group="room", exclusive=False)

    def load_room_codes(self, widget: DOMNode, then: Callable[[list[RoomCode]], None],
                        failed: Callable[[str], None] | None = None) -> None:
        """Read the room's codes (a token for every group, the server told of new ones); ``then(codes)`` on ``widget``.

        ``failed(text)`` runs there instead when they cannot be read (the leader is told in one line), or when the
        room or the conference has closed meanwhile.
        """
        server = self.room
        store = self.store
        if server is None or store is None:
            if failed is not None:
                failed("")
            return

        def load() -> None:
            from dialog.export.qr_codes import list_room_codes

            try:
                codes = store.submit(list_room_codes, server.base_url).result()
                server.refresh_tokens()
            except Exception as error:  # noqa: BLE001 - shown as one line, the room stays as it is
                widget.post_message(WorkFailed(describe_failure(error), failed))
                return
            widget.post_message(RoomCodesRead(codes, then))

        self.run_worker(load, thread=True, group="room-codes")

    def ask_to_renew_codes(self, widget: DOMNode, then: Callable[[list[RoomCode] | None], None]) -> None:
        """Ask, then revoke every QR code and make new ones; ``then(codes)`` on ``widget`` (None: room closed).

        The old codes, printed ones too, stop working at once, and so do the cookies
        phones and laptops got from them: the room accepts only the new codes.
        """
        from dialog.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._renew_codes(widget, then)

        self.push_screen(ConfirmScreen(t("room.confirm_new_codes"), t("button.new_codes")), answered)

    def _renew_codes(self, widget: DOMNode, then: Callable[[list[RoomCode] | None], None]) -> None:
        server = self.room
        store = self.store
        if store is None:
            return
        say_under_way(widget.screen, t("room.renewing"), "renew")  # until the new codes show, or the failure
        over = partial(under_way_done, widget.screen, "renew")

        def renew() -> None:
            from dialog.core.access import rotate_tokens
            from dialog.export.qr_codes import list_room_codes

            try:
                store.submit(rotate_tokens).result()
                codes = None
                if server is not None:
                    server.refresh_tokens()  # the room reads the new tokens: old cookies stop working
                    codes = store.submit(list_room_codes, server.base_url).result()
            except Exception as error:  # noqa: BLE001 - shown as one line
                widget.post_message(WorkFailed(describe_failure(error), lambda _text: over()))
                return
            widget.post_message(RoomCodesRenewed(codes, partial(self._codes_renewed, then, over)))

        self.run_worker(renew, thread=True, group="room-codes")

    def _codes_renewed(self, then: Callable[[list[RoomCode] | None], None], over: Callable[[], None],
                       codes: list[RoomCode] | None) -> None:
        over()
        self.notify(t("room.codes_renewed"), markup=False)
        then(codes)

    def on_room_changed(self, message: RoomChanged) -> None:
        """Tell the screen on show; other screens look again when they are shown."""
        screen = self.showing()
        if isinstance(screen, FollowsRoom):
            screen.room_changed(message.error)

    def check_room_alive(self) -> None:
        """Tell the leader when the room's process ended without being asked (it was killed, or failed)."""
        server = self.room
        if server is not None and not server.is_running:
            self.room = None
            self.post_message(RoomChanged(DialogError("error.room_gone").message()))

    def stop_room_now(self) -> None:
        """Close the room and wait for it (when the app quits)."""
        server, self.room = self.room, None
        if server is not None:
            server.stop()
