"""One short real day on one file: the app with the room open, phones, laptops, a second writer killed,
`dialog serve` stopped with Ctrl+C, and list/export/overview/qr in other windows, all at once.

Every acknowledged write is found by a fresh reader in another program at once and at the end; the
-wal and -shm stay while a writer lives; the file passes integrity_check. `make soak` runs longer days.
"""

from __future__ import annotations

import random

import pytest

from bench.real_day import real_day

pytestmark = pytest.mark.long  # started first (tests/conftest.py)

SECONDS = 20


async def test_a_real_day_loses_nothing_acknowledged(stovner):
    figures = await real_day(stovner, SECONDS, random.Random(20261202))
    print(figures)
    assert figures.problems() == []
    # Every kind of writer really wrote during the day.
    sources = set(figures.acknowledged)
    assert {"room phone form", "room laptop note", "serve phone form", "second writer"} <= sources, sources
    assert figures.leader_notes > 0
    assert figures.reader_runs, "no reading command ran"
