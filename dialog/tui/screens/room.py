"""The room window: pick the address, open or close the room, read the addresses out loud."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from dialog.core.errors import DialogError
from dialog.core.room_urls import DEFAULT_PORT
from dialog.i18n import t
from dialog.tui.app_requests import CloseRoom, LoadRoomCodes, OpenRoom, RenewRoomCodes
from dialog.tui.button_keys import BUTTON_KEYS, ButtonKeys
from dialog.tui.replies import ReceivesReplies
from dialog.tui.translated import TranslatedBindings
from dialog.tui.work_results import AddressesFound
from dialog.web.local_addresses import LocalAddress, machine_addresses


def parse_port(text: str) -> int:
    """The port typed in, or :class:`DialogError` with the usual one-line message."""
    try:
        port = int(text.strip())
    except ValueError:
        raise DialogError("error.port", port=text.strip()[:20]) from None
    if not 1 <= port <= 65535:
        raise DialogError("error.port", port=port)
    return port


class RoomScreen(ButtonKeys, ReceivesReplies, TranslatedBindings, ModalScreen[None]):
    """Open or close the participation server for the conference that is open (← → between the buttons)."""

    UNDER_WAY_LINE = "#room-state"
    """Where the room window says what is under way (opening, closing, new codes): dialog/tui/under_way.py."""

    BINDINGS = [
        Binding("escape", "close", "button.back", id="room.back", tooltip="tip.room"),
        Binding("ctrl+r", "new_codes", "key.new_codes", id="room.new_codes", tooltip="tip.new_codes"),
        Binding("f1", "app.help", "key.help", id="room.help", tooltip="tip.help"),
        *BUTTON_KEYS,
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="room-box"):
            yield Label(t("room.title"), classes="title", markup=False)
            yield Static(t("room.explain"), classes="hint", markup=False)
            with Horizontal(id="room-address"):
                yield Label(t("room.host"), markup=False)
                yield Select([], id="room-host", allow_blank=True, prompt=t("room.looking"), compact=True)
                yield Label(t("room.port"), markup=False)
                yield Input(str(DEFAULT_PORT), id="room-port", compact=True, max_length=5, restrict=r"[0-9]*")
            yield Static("", id="room-state", markup=False)
            yield Static("", id="room-urls", markup=False)
            yield Static(t("room.guest_network"), classes="hint", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("button.open_room"), variant="success", id="open-room")
                yield Button(t("button.close_room"), variant="error", id="close-room")
                yield Button(t("button.back"), variant="primary", id="back")

    def on_mount(self) -> None:
        self.in_thread(machine_addresses, reply=AddressesFound, then=self._show_addresses, group="addresses")
        self.room_changed("")

    def _show_addresses(self, addresses: list[LocalAddress]) -> None:
        select = self.query_one("#room-host", Select)
        select.set_options([(item.label, item.address) for item in addresses])
        server = self.app.room
        known = [item.address for item in addresses]
        select.value = server.host if server is not None and server.host in known else known[0]

    def room_changed(self, error: str) -> None:
        """Show whether the room is open, and its addresses; or why it did not open."""
        server = self.app.room
        state = self.query_one("#room-state", Static)
        state.set_class(bool(error), "error")
        if error:
            state.update(error)
        elif server is not None:
            state.update(t("room.is_open", url=server.base_url))
        else:
            state.update(t("room.is_closed"))
        self.query_one("#close-room").display = server is not None
        self.query_one("#open-room").display = server is None
        urls = self.query_one("#room-urls", Static)
        urls.update("")
        urls.display = False  # no empty lines while closed: at 80×24 they would push the buttons out of sight
        if server is not None:
            self.post_message(LoadRoomCodes(self, self._show_urls))

    def _show_urls(self, codes: list) -> None:
        lines = [t("room.addresses")] + [t("room.address_line", label=code.label, url=code.url) for code in codes]
        urls = self.query_one("#room-urls", Static)
        urls.update("\n".join(lines))
        urls.display = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "back":
            self.dismiss(None)
        elif event.button.id == "close-room":
            self.query_one("#room-state", Static).update(t("room.closing"))
            self.post_message(CloseRoom())
        elif event.button.id == "open-room":
            self._open()

    def _open(self) -> None:
        state = self.query_one("#room-state", Static)
        host = self.query_one("#room-host", Select).value
        try:
            port = parse_port(self.query_one("#room-port", Input).value)
        except DialogError as error:
            state.add_class("error")
            state.update(error.message())
            return
        if host is Select.NULL:
            return
        state.remove_class("error")
        state.update(t("room.opening"))
        self.post_message(OpenRoom(str(host), port))

    def action_new_codes(self) -> None:
        """Ask, then revoke every QR code and make new ones; the addresses shown change at once."""
        self.post_message(RenewRoomCodes(self, self._codes_renewed))

    def _codes_renewed(self, codes: list | None) -> None:
        if codes is not None:
            self._show_urls(codes)

    def help_text(self) -> str:
        """A short guide to the room window for the help window."""
        return t("help.room")

    def action_close(self) -> None:
        """Back to the phase screen; the room stays as it is."""
        self.dismiss(None)
