"""A list of records from the file, with keys to add, edit and delete them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, ListItem, ListView, Static

from dialog.core.rows import Group, Role, Theme
from dialog.i18n import t
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import Field, FormScreen
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import RowDeleted, RowsLoaded
from dialog.tui.translated import TranslatedBindings

if TYPE_CHECKING:
    from sqlite_utils import Database

RowT = TypeVar("RowT", bound=Mapping[str, object])
"""The row type a list editor shows (one of dialog/core/rows.py)."""


class ListContext(TypedDict, total=False):
    """What an editor's forms offer besides its rows, read with them: each editor fills the parts it needs."""

    roles: list[Role]
    themes: list[Theme]
    groups: list[Group]
    watched: list[str]
    """The conference's names to watch, for the fields marked ``checked``."""


def crud_bindings(name: str) -> list[BindingType]:
    """The a / e / d keys every list editor has, with tooltips ``tip.add_<name>`` and so on."""
    return [
        Binding("a", "add", "key.add", id=f"{name}.add", tooltip=f"tip.add_{name}"),
        Binding("e", "edit", "key.edit", id=f"{name}.edit", tooltip=f"tip.edit_{name}"),
        Binding("d,delete", "delete", "key.delete", id=f"{name}.delete", tooltip=f"tip.delete_{name}"),
    ]


def follow_row(items: Sequence[Mapping[str, object]], chosen: Mapping[str, object] | None, index: int | None,
               key: str = "id", wanted: object = None) -> int:
    """Where the cursor goes after the rows were read again.

    On the row just saved (``wanted``, its ``key``) if there is one; else on the row it was on, if it
    is still there – a re-sort (votes, a move) takes the cursor along; else the same place, or the first row.
    """
    keys = [item.get(key) for item in items]
    if wanted is not None and wanted in keys:
        return keys.index(wanted)
    if chosen is not None and chosen.get(key) in keys:
        return keys.index(chosen[key])
    return min(index, len(items) - 1) if index is not None else 0


class ListEditor(StoreClient, TranslatedBindings, Vertical, Generic[RowT]):
    """Base for setup and plenary lists of ``RowT`` rows: subclasses say how to load and show them."""

    DEFAULT_CSS = """
    ListEditor { height: 1fr; }
    ListEditor > ListView { height: 1fr; border: round $primary-darken-2; }
    ListEditor > ListView:focus { border: round $accent; }
    ListEditor > .hint { height: auto; color: $text-muted; padding: 0 1; }
    """

    HINT_KEY = ""
    EMPTY_KEY = "list_editor.empty"
    ROW_KEY = "id"
    """The field that names a row, so the cursor stays on it when the list is read again in another order."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[RowT] = []
        self.context: ListContext = {}
        self.wanted_row: object = None
        """The row just added or saved (its ``ROW_KEY``): the cursor goes there when the list is read again."""

    def compose(self) -> ComposeResult:
        yield ListView()
        yield Static(t(self.HINT_KEY) if self.HINT_KEY else "", classes="hint", markup=False)

    def load(self, db: Database) -> tuple[list[RowT], ListContext]:
        """Read the rows and what the forms need to offer (runs on the store thread)."""
        raise NotImplementedError

    def render_item(self, item: RowT, index: int) -> Text:
        """One row of the list."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the rows again; the cursor stays on the row it was on, wherever that row is now."""
        self.db(self.load, reply=RowsLoaded, then=self._show)

    async def _show(self, loaded: tuple[list[RowT], ListContext]) -> None:
        items, self.context = loaded
        listing = self.query_one(ListView)
        wanted, self.wanted_row = self.wanted_row, None
        if items and items == self.items and len(listing.children) == len(items):
            return  # nothing changed: keep the list, its cursor and its scroll as they are
        chosen = self.selected()
        self.items = items
        index = listing.index
        await listing.clear()
        if not items:
            await listing.append(ListItem(Label(t(self.EMPTY_KEY), markup=False), disabled=True))
            return
        await listing.extend(ListItem(Label(self.render_item(item, number), markup=False))
                             for number, item in enumerate(items))
        listing.index = follow_row(items, chosen, index, self.ROW_KEY, wanted)

    def selected(self) -> RowT | None:
        """Return the row under the cursor."""
        index = self.query_one(ListView).index
        return self.items[index] if self.items and index is not None and index < len(self.items) else None

    @on(ListView.Selected)
    def _enter(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        """Edit the selected row (subclasses)."""

    def ask_form(self, title: str, fields: list[Field], save: Callable[[dict], Any],
                 validate: Callable[[dict], None] | None = None, submit: str | None = None) -> None:
        """Show a form; hand the values to ``save`` (which queues the store work).

        Fields marked ``checked`` warn while typed if they look like personal
        data, with the names to watch that :meth:`load` put in ``context["watched"]``.
        """

        def done(values: dict | None) -> None:
            if values is not None:
                save(values)

        self.app.push_screen(FormScreen(title, fields, validate, submit, self.context.get("watched", ())), done)

    def ask_delete(self, question: str, fn: Callable[..., Any], *args: Any) -> None:
        """Ask, then run ``fn(db, *args)`` and reload."""

        def answered(yes: bool | None) -> None:
            if yes:
                self.db(fn, *args, reply=RowDeleted, then=lambda _: self.reload())

        self.app.push_screen(ConfirmScreen(question, t("button.delete")), answered)

    def after_save(self, result: object = None) -> None:
        """Reload once the store has the change; a saved row's id (``result``) gets the cursor."""
        if isinstance(result, str):
            self.wanted_row = result
        self.reload()
