"""The store counts a job done only once its answer has been handed on: a waiter that sees the store idle never
looks at a screen whose data is still on its way (the snapshots of the Closing screen caught it empty)."""

from __future__ import annotations

import threading

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.store import Store


def test_the_store_is_busy_until_every_answer_has_been_handed_on(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2026-11-25")).close()
    store = Store(path)
    release = threading.Event()
    seen: list[bool] = []
    try:
        future = store.submit(lambda db: release.wait(5) and db.execute("SELECT district FROM conference").fetchone())
        future.add_done_callback(lambda _done: seen.append(store.idle()))  # as the screen's reply is posted
        assert not store.idle()
        release.set()
        assert future.result(timeout=5)[0] == "Alna"
        for _ in range(500):
            if store.idle():
                break
            threading.Event().wait(0.01)
        assert seen == [False] and store.idle()
    finally:
        store.close()
