"""200 SIGKILL rounds (100 note writers, 100 servers taking forms): how many lose nothing and stay sound."""

from __future__ import annotations

import random
from pathlib import Path

from bench.crash_rounds import forms_round, notes_round
from dialog.core.demo import build_demo

ROUNDS = 100


def run(folder: Path, line) -> None:
    """Print the crash figures."""
    rng = random.Random(7)
    for name, writer in (("notes", notes_round), ("forms", forms_round)):
        path = build_demo(folder / f"crash-{name}", "stovner")
        survived = acknowledged = 0
        for _ in range(ROUNDS):
            result = writer(path, rng)
            acknowledged += result.acknowledged
            survived += result.missing == 0 and result.integrity == "ok"
        line(f"SIGKILL rounds without loss ({name})", survived, "", ROUNDS)
        line(f"acknowledged {name} checked after kills", acknowledged, "")
