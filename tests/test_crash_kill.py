"""SIGKILL a writer at random moments: every acknowledged note or form is in the file, and the file is sound.

15 rounds of notes written through the core and 15 of forms sent to `dialog
serve` (30 in all); `make bench` runs 200.
"""

from __future__ import annotations

import random

import pytest

from bench.crash_rounds import forms_round, notes_round

ROUNDS = 15


@pytest.mark.parametrize("writer", [notes_round, forms_round], ids=["notes", "forms"])
def test_every_acknowledged_write_survives_sigkill(stovner, writer):
    rng = random.Random(20261125)
    acknowledged = 0
    for _ in range(ROUNDS):
        result = writer(stovner, rng)
        assert result.integrity == "ok"
        assert result.missing == 0, f"{result.missing} of {result.acknowledged} acknowledged writes were lost"
        acknowledged += result.acknowledged
    assert acknowledged > ROUNDS  # the writer really wrote before it was killed
