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


def paired(first, second, pairs: int = 7) -> tuple[float, float]:
    """Run ``first`` and ``second`` alternately (A B A B …) ``pairs`` times; return both medians in seconds.

    Alternating puts both under the same load, so their ratio holds on a busy machine.
    """
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(pairs):
        for action, kept in ((first, samples[0]), (second, samples[1])):
            start = time.perf_counter()
            action()
            kept.append(time.perf_counter() - start)
    return statistics.median(samples[0]), statistics.median(samples[1])
