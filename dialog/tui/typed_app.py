"""What the type checker knows of the app: screens and widgets see a :class:`~dialog.tui.app.DialogApp`, and the
app's own mixins are checked as parts of an ``App``.

Screens and widgets read the app's state (``self.app.store``, ``.room``,
``.phase_info``, ``.unsaved`` …) and call the few app methods whose effect or
result they need at once (``hold_keys``, ``store_jobs_hold_keys``,
``flush_typed_text``). Everything else they ask of the app is a message
(dialog/tui/app_requests.py). Textual types ``self.app`` as a plain ``App``, so
mypy could not see those reads; with :class:`TypedApp` among a class's bases it
checks them against ``DialogApp``.

Why only for mypy: Textual's ``getters.app(DialogApp)`` would narrow ``app`` at
run time too, asserting ``isinstance`` on every access. But it needs the class
when the widget's class is made (a callable returning it is called right
there), and dialog/tui/app.py imports the screens: an import cycle. The
assertion would only repeat what the tests show: every screen and widget of
ours runs inside ``DialogApp``. So at run time Textual's own property answers,
and mypy is told what Textual itself tells it, narrowed (textual/message_pump.py
types ``app`` the same way, under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual import getters
    from textual.app import App
    from textual.dom import DOMNode

    from dialog.tui.app import DialogApp

    NodeBase = DOMNode
    AppBase = App
else:
    NodeBase = object
    AppBase = object


class TypedApp(NodeBase):
    """Mixin for screens, widgets and their mixins: ``self.app`` is the :class:`DialogApp` (for mypy only).

    For mypy the mixin is a ``DOMNode`` too, so a mixin built on it (``StoreClient``,
    ``HoldsTypedText``) may use ``post_message``, ``screen`` and ``is_attached`` of
    the widget it becomes part of. At run time it adds nothing.
    """

    if TYPE_CHECKING:
        app = getters.app(DialogApp)


class AppPart(AppBase):
    """Base of the app's own mixins (dialog/tui/room_control.py …): for mypy an ``App``, at run time nothing.

    What a mixin uses of the other parts of :class:`DialogApp` it declares in its
    own ``if TYPE_CHECKING:`` block, so that contract is written down and checked:
    methods as abstract (mypy refuses to make a ``DialogApp`` that lacks one, and
    checks each signature against the one defined), state with its type.
    """
