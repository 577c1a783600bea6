"""Timing for benchmarks: the median of a few runs, in seconds."""

from __future__ import annotations

import statistics
import time


def timed(action, repeat: int = 5) -> float:
    """Return the median wall time of ``action`` in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
