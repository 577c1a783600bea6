"""Run every benchmark and print one line per figure: name, value, unit, ratio to baseline."""

from __future__ import annotations

import os
import platform
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from bench.timing import timed
from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.export.json_format import conference_to_dict, dumps, export_json, import_json

RESULTS = Path(__file__).parent / "RESULTS.md"
LINES: list[str] = []


def line(name: str, value: float, unit: str, baseline: float | None = None) -> None:
    """Print one figure: name, value, unit and the ratio to its baseline (measured in the same run)."""
    ratio = f"{value / baseline:.2f}x" if baseline else "-"
    text = f"{name:<50} {value:>10.2f} {unit:<4} ratio {ratio}"
    LINES.append(text)
    print(text, flush=True)


def write_results() -> None:
    """Keep the latest figures, with date and machine, in bench/RESULTS.md."""
    machine = f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    body = ["# Latest benchmark figures", "", f"Run {datetime.now():%Y-%m-%d %H:%M} on {machine} with `make bench`.",
            "Ratios compare with the baseline measured in the same run (see each module in bench/).", "",
            "```", *LINES, "```", ""]
    from bench.results import keep_sections

    RESULTS.write_text(keep_sections("\n".join(body), RESULTS), encoding="utf-8")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="dialog-bench-"))
    counter = iter(range(10_000))

    def demo() -> Path:
        return build_demo(folder / f"d{next(counter)}", "stovner")

    def bare_file() -> None:
        conn = sqlite3.connect(folder / f"bare{next(counter)}.sqlite")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()

    bare = timed(bare_file) * 1000
    line("create bare SQLite file (baseline)", bare, "ms")
    line("create Stovner demo vs bare file", timed(demo) * 1000, "ms", bare)
    path = demo()
    db = open_conference(path)
    line("JSON form of the demo, in memory", timed(lambda: dumps(conference_to_dict(db))) * 1000, "ms")
    db.close()
    exported = export_json(path, folder / "x.json")
    line("JSON import of the demo", timed(lambda: import_json(exported, folder / f"i{next(counter)}")) * 1000, "ms")

    from bench.export_bench import run as export_figures

    export_figures(folder, line)

    from bench.flood_bench import run as flood_figures

    flood_figures(folder, line)

    from bench.finding_bench import run as finding_figures

    finding_figures(folder, line)

    from bench.app_bench import run as app_figures

    app_figures(folder, line)

    from bench.memory_bench import run as memory_figures

    memory_figures(folder, line)

    from bench.overview_bench import run as overview_figures

    overview_figures(folder, line)

    from bench.crash_bench import run as crash_figures

    crash_figures(folder, line)
    write_results()


if __name__ == "__main__":
    main()
