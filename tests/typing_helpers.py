"""Typing notes as an assistant does on a busy laptop: keys on a clock of their own, a CPU hog, room traffic.

A terminal hands the app each key when it is typed, whether or not the app has
finished with the last one; a busy app then finds several keys waiting at once.
:class:`Typist` does the same from a thread of its own: each key is posted at
its moment on the wall clock, and keys that fell due while the typist could
not run (the CPU hog held the interpreter) are posted together, as a
terminal's buffer delivers them.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from textual import events

from dialog.core.database import open_conference
from dialog.core.notes import add_note, list_notes
from dialog.core.vocabulary import NOTE_KINDS

WORDS = ["legevakta", "svarer", "ikke", "om", "natta", "helgene", "er", "tynne", "ingen", "ringer", "tilbake",
         "fastlegen", "tar", "seg", "tid", "kontaktpersonen", "holder", "tråden", "søknader", "på", "nav", "får",
         "hjelp", "med", "skjemaer", "møtes", "på", "kafé", "ønsker", "færre", "bytter", "av", "ansatte"]
SHORT_WORDS = ["på", "nav", "får", "tid", "kafé", "om", "er", "av", "færre", "møtes", "tråden", "ikke"]
"""Shorter words with the same kinds of letters as :data:`WORDS` (å, æ, ø, é), for tests whose time goes per key."""
ROLES = ("B", "T", "L", "P", "B2", "T1", "PO", "N")


@dataclass(frozen=True)
class Note:
    """A note as typed: its kind's digit, the role letter, Tab or Enter, the words, Enter."""

    kind: str
    role: str
    text: str
    after_role: str = "tab"

    def keys(self) -> list[str]:
        """The keys, one a press (a character, or a key name such as ``enter``)."""
        return [str(NOTE_KINDS.index(self.kind) + 1), *self.role, self.after_role, *self.text, "enter"]

    @property
    def stored(self) -> tuple[str, str, str]:
        """The note as the file must hold it: kind, role letter, words."""
        return self.kind, self.role, self.text


def notes_to_type(count: int, seed: int, words: tuple[int, int] = (2, 4), vocabulary: list[str] = WORDS) -> list[Note]:
    """``count`` notes of every kind, each with a role letter, words in Norwegian (from ``vocabulary``) and a
    number to tell them apart."""
    chance = random.Random(seed)
    return [Note(NOTE_KINDS[number % len(NOTE_KINDS)], chance.choice(ROLES),
                 " ".join(chance.choice(vocabulary) for _ in range(chance.randint(*words))) + f" {number + 1}",
                 chance.choice(("tab", "enter")))
            for number in range(count)]


def key_event(key: str) -> events.Key:
    """The Key event a terminal makes of one press."""
    named = {" ": ("space", " "), "enter": ("enter", "\r"), "tab": ("tab", "\t"), "shift+tab": ("shift+tab", None),
             "escape": ("escape", "\x1b"), "]": ("right_square_bracket", "]"), "[": ("left_square_bracket", "[")}
    if key in named:
        return events.Key(*named[key])
    return events.Key(key, key if len(key) == 1 else None)


def steady(seconds: float) -> Callable[[str, str], float]:
    """Every key ``seconds`` after the last."""
    return lambda _before, _key: seconds


def bursts(slowest: float, fastest: float, seed: int) -> Callable[[str, str], float]:
    """Between ``fastest`` and ``slowest`` a key, and a quick burst across Tab and Enter: the key after
    one of them, and the one after that, come at the fastest pace (the hand runs on into the next field)."""
    chance = random.Random(seed)
    recent: list[str] = []

    def gap(before: str, key: str) -> float:
        recent[:] = [*recent[-1:], before]
        if any(k in ("tab", "enter") for k in recent):
            return fastest
        return chance.uniform(fastest, slowest)

    return gap


class Typist(threading.Thread):
    """Posts keys to the app on a wall-clock schedule, from a thread, as a terminal does."""

    def __init__(self, app, keys: list[str], gap: Callable[[str, str], float]) -> None:
        super().__init__(daemon=True, name="typist")
        self.app = app
        self.keys = keys
        self.gap = gap
        self.finished = threading.Event()

    def run(self) -> None:
        due = []
        moment = time.monotonic()
        before = ""
        for key in self.keys:
            moment += self.gap(before, key)
            due.append(moment)
            before = key
        sent = 0
        while sent < len(self.keys):
            wait = due[sent] - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            while sent < len(self.keys) and due[sent] <= time.monotonic():
                self.app.post_message(key_event(self.keys[sent]))
                sent += 1
        self.finished.set()


@contextmanager
def busy_cpu(threads: int = 1, chunk: int = 3_000_000) -> Iterator[None]:
    """A laptop busy with something else: threads in this process that keep computing.

    ``sum(range(chunk))`` runs in C and keeps Python's interpreter lock for its
    whole length (some 30 ms for 3 million on a laptop), so the app stalls again
    and again, as on a machine whose CPU is wanted elsewhere.
    """
    stop = threading.Event()

    def burn() -> None:
        while not stop.is_set():
            sum(range(chunk))
            time.sleep(0.001)

    workers = [threading.Thread(target=burn, daemon=True, name="busy-cpu") for _ in range(threads)]
    for worker in workers:
        worker.start()
    try:
        yield
    finally:
        stop.set()
        for worker in workers:
            worker.join()


@contextmanager
def room_traffic(path: Path, group_ids: list[str], every: float = 1.0) -> Iterator[list[str]]:
    """Laptops in the room adding notes to the same file (through their own connection, as ``dialog serve``
    does) every ``every`` seconds, to the groups in turn; yields the texts written so far."""
    stop = threading.Event()
    written: list[str] = []

    def write() -> None:
        db = open_conference(path)
        try:
            while not stop.wait(every):
                text = f"Fra rommet {len(written) + 1}"
                add_note(db, group_ids[len(written) % len(group_ids)], "other", text, "B", author_device="laptop")
                written.append(text)
        finally:
            db.close()

    writer = threading.Thread(target=write, daemon=True, name="room-traffic")
    writer.start()
    try:
        yield written
    finally:
        stop.set()
        writer.join()


async def typed_out(pilot, typist: Typist, seconds: float = 600) -> None:
    """Wait until every key the typist sent has been handled and every save has landed.

    An outcome, not a time: the app has no key waiting, nothing queued, no store
    job and no unsaved text, three looks in a row.
    """
    app = pilot.app
    deadline = time.monotonic() + seconds
    quiet = 0
    while quiet < 3:
        assert time.monotonic() < deadline, "the app never finished with the typed keys"
        await asyncio.sleep(0.2)
        waiting = getattr(app, "keys_waiting", None)
        if waiting is None:  # an app without the key pipeline: its held keys, if any
            waiting = len(getattr(app, "_key_backlog", ()) or ())
        busy = (not typist.finished.is_set() or waiting or app.message_queue_size
                or (app.store is not None and not app.store.idle()) or app.unsaved.entries)
        quiet = 0 if busy else quiet + 1
    await pilot.pause()


def terminal_notes(path: Path, group_id: str | None = None) -> list[tuple[str, str, str]]:
    """The notes this terminal wrote (not the room's laptops), in the list's order: kind, role letter, words."""
    db = open_conference(path)
    try:
        return [(n["kind"], n["role_letter"], n["text"]) for n in list_notes(db, group_id)
                if n["author_device"] == "terminal"]
    finally:
        db.close()


def report(typed: list[Note], stored: list[tuple[str, str, str]]) -> str:
    """A short account for a failed assertion: how many notes landed whole, which did not."""
    whole = [note for note in typed if note.stored in stored]
    missing = [note.stored for note in typed if note.stored not in stored][:5]
    odd = [note for note in stored if note not in {n.stored for n in typed}][:5]
    return f"{len(whole)}/{len(typed)} notes stored whole; missing e.g. {missing}; stored instead e.g. {odd}"
