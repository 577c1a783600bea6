"""bench/RESULTS.md in parts: `make bench` writes the figures at the top, `make soak` its own section below.

A section starts with a ``<!-- section: NAME -->`` line and runs to the next one
(or the end); each writer replaces only its own, so one never erases the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

MARK = re.compile(r"^<!-- section: ([a-z-]+) -->$", re.M)


def sections(text: str) -> tuple[str, dict[str, str]]:
    """The text before the first section, and each section's text by name (its mark line included)."""
    marks = list(MARK.finditer(text))
    head = text[: marks[0].start()] if marks else text
    found = {}
    for number, mark in enumerate(marks):
        end = marks[number + 1].start() if number + 1 < len(marks) else len(text)
        found[mark.group(1)] = text[mark.start(): end].rstrip("\n") + "\n"
    return head, found


def keep_sections(new_head: str, path: Path) -> str:
    """``new_head`` followed by the sections already in ``path``."""
    _old_head, found = sections(path.read_text(encoding="utf-8") if path.exists() else "")
    return new_head.rstrip("\n") + "\n\n" + "\n".join(found.values()) if found else new_head


def replace_section(path: Path, name: str, body: str) -> None:
    """Put ``body`` as section ``name`` into ``path``, keeping everything else."""
    head, found = sections(path.read_text(encoding="utf-8") if path.exists() else "")
    found[name] = f"<!-- section: {name} -->\n{body.rstrip()}\n"
    path.write_text(head.rstrip("\n") + "\n\n" + "\n".join(found.values()), encoding="utf-8")


def run_alone(section: str, heading: str, about: str, run: Callable[[Path, Callable[..., None]], None],
              width: int) -> None:
    """Run a bench that is not part of `make bench` and keep its figures as ``section`` of bench/RESULTS.md.

    ``run(folder, line)`` gets a temporary folder and ``line(name, value, unit, baseline=None)``, which prints a
    figure with its ratio to ``baseline``; ``about`` says how the figures were taken, after the machine's facts.
    """
    import os
    import platform
    import tempfile
    from datetime import datetime

    lines = []

    def line(name: str, value: float, unit: str, baseline: float | None = None) -> None:
        ratio = f"{value / baseline:.2f}x" if baseline else "-"
        text = f"{name:<{width}} {value:>9.1f} {unit:<3} ratio {ratio}"
        lines.append(text)
        print(text, flush=True)

    with tempfile.TemporaryDirectory(prefix=f"dialog-{section}-") as folder:
        run(Path(folder), line)
    load = os.getloadavg()[0]
    body = (f"## {heading}\n\nRun {datetime.now():%Y-%m-%d %H:%M} on {platform.machine()} · {os.cpu_count()} cores"
            f" · load {load:.1f}: {about}\n\n```\n" + "\n".join(lines) + "\n```\n")
    replace_section(Path(__file__).parent / "RESULTS.md", section, body)
