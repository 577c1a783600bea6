"""Bar charts of evaluation answers, as PNG images for the minutes.

matplotlib (Agg backend, no screen needed) draws them: it is the most widely
used and best maintained plotting library for Python, and it writes PNG
without a browser or a display server.
"""

from __future__ import annotations

import io

from dialog.core.evaluation import ScaleTally


def distribution_png(tally: ScaleTally, title: str, count_label: str) -> bytes:
    """Draw one scale question's distribution (never called for a suppressed tally)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    scores = list(tally.distribution)
    counts = [tally.distribution[score] for score in scores]
    figure, axes = pyplot.subplots(figsize=(5.5, 2.2), dpi=130)
    try:
        bars = axes.bar([str(score) for score in scores], counts, color="#2f6f9f", width=0.6)
        axes.bar_label(bars, padding=2, fontsize=8)
        axes.set_title(title, fontsize=9, loc="left", wrap=True)
        axes.set_ylabel(count_label, fontsize=8)
        axes.set_ylim(0, max(counts + [1]) * 1.25)
        axes.spines[["top", "right"]].set_visible(False)
        axes.tick_params(labelsize=8)
        axes.yaxis.get_major_locator().set_params(integer=True)
        # Fixed margins: tight_layout would draw every chart twice and triple the export time.
        figure.subplots_adjust(left=0.09, right=0.98, bottom=0.14, top=0.84)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        pyplot.close(figure)
    return buffer.getvalue()
