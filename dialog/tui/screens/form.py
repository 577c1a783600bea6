"""A general modal form: labelled fields, validated before it closes.

Screens describe their fields with :class:`Field`; the form hands back a dict of
values, or None when cancelled. A ``validate`` function (pure, no disk) may
refuse the values with a message, shown in the form while everything typed
stays in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList, Static, TextArea

from dialog.core.errors import DialogError
from dialog.i18n import t
from dialog.tui.button_keys import BUTTON_KEYS, ButtonKeys
from dialog.tui.privacy_hint import privacy_hint
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.paste_input import PasteInput


@dataclass
class Field:
    """One field: ``kind`` is input, number, text (multi-line), select or multi.

    A ``checked`` field is watched for personal data while it is typed (see
    :func:`dialog.tui.privacy_hint.privacy_hint`): a warning, never a refusal.
    """

    name: str
    label: str
    kind: str = "input"
    value: Any = ""
    """What the field shows first: text, a number, the chosen option, or the options chosen (``multi``)."""
    options: list[tuple[str, str]] = field(default_factory=list)
    placeholder: str = ""
    checked: bool = False


class FormScreen(ButtonKeys, TranslatedBindings, ModalScreen[dict | None]):
    """Edit some fields; Ctrl+S (or Enter in a one-line field) saves, Escape cancels; ← → between the buttons."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="form.save", tooltip="tip.save_form"),
        Binding("escape", "cancel", "key.cancel", id="form.cancel", tooltip="tip.cancel"),
        *BUTTON_KEYS,
    ]

    def __init__(self, title: str, fields: list[Field],
                 validate: Callable[[dict], object] | None = None, submit: str | None = None,
                 watched: Sequence[str] = ()) -> None:
        super().__init__()
        self.heading = title
        self.fields = fields
        self.validate = validate
        self.submit = submit or t("button.save")  # what the main button says: Save, Create, Import
        self.watched = watched  # the conference's names to watch, for the checked fields

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog-box", classes="form"):
            yield Label(self.heading, classes="title", markup=False)
            for spec in self.fields:
                yield Label(spec.label, markup=False)
                yield self._widget(spec)
                if spec.checked:  # right under its field, so it is seen while typing
                    yield Static("", id=f"privacy-{spec.name}", classes="privacy-warning", markup=False)
            yield Static("", id="error", classes="error", markup=False)
            with Horizontal(id="buttons"):
                yield Button(self.submit, variant="primary", id="save")
                yield Button(t("button.cancel"), id="cancel")

    @staticmethod
    def _widget(spec: Field):
        widget_id = f"field-{spec.name}"
        if spec.kind == "text":
            return TextArea(str(spec.value or ""), id=widget_id, soft_wrap=True, classes="form-text")
        if spec.kind == "select":
            return Select(spec.options, value=spec.value if spec.value is not None else Select.NULL,
                          id=widget_id, allow_blank=True, compact=True, prompt=t("form.not_chosen"))
        if spec.kind == "multi":
            chosen = set(spec.value or ())
            return SelectionList(*[(label, value, value in chosen) for label, value in spec.options],
                                 id=widget_id, classes="form-multi")
        restrict = r"[0-9]*" if spec.kind == "number" else None
        return PasteInput(str(spec.value if spec.value is not None else ""), id=widget_id,
                     placeholder=spec.placeholder, restrict=restrict, compact=True)

    def values(self) -> dict:
        """Read every field as typed."""
        result: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.name}")
            if isinstance(widget, TextArea):
                result[spec.name] = widget.text
            elif isinstance(widget, Select):
                result[spec.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, SelectionList):
                result[spec.name] = list(widget.selected)
            elif isinstance(widget, Input):
                result[spec.name] = widget.value
        return result

    def action_save(self) -> None:
        """Validate and close with the values, or show what is wrong."""
        values = self.values()
        if self.validate is not None:
            try:
                self.validate(values)
            except DialogError as error:
                self.query_one("#error", Static).update(error.message())
                return
        self.dismiss(values)

    def on_mount(self) -> None:
        self.query_one("#dialog-box").can_focus = False
        self.query_one(f"#field-{self.fields[0].name}").focus()
        self.initial = self.values()
        self._check_privacy()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._check_privacy()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._check_privacy()

    def _check_privacy(self) -> None:
        """Warn under each checked field while it looks like it holds personal data."""
        checked = [spec for spec in self.fields if spec.checked]
        values = self.values() if checked else {}
        for spec in checked:
            hint = privacy_hint([(spec.label, str(values[spec.name] or ""))], self.watched)
            warning = self.query_one(f"#privacy-{spec.name}", Static)
            if hint and not warning.display:
                self.call_after_refresh(warning.scroll_visible, animate=False)
            warning.update(hint)
            warning.display = bool(hint)

    def action_cancel(self) -> None:
        """Close without saving; asks first if anything was typed."""
        if self.values() == self.initial:
            self.dismiss(None)
            return
        from dialog.tui.screens.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(t("form.discard_question"), t("button.discard")), answered)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
