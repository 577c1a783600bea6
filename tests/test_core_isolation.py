"""The core and export layers must work without Textual."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import dialog.core
import dialog.export

PROBE = """
import importlib, json, sys
culprits = []
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    if any(m == "textual" or m.startswith("textual.") for m in sys.modules):
        culprits.append(name)
        break
print(json.dumps(culprits))
"""


def modules_of(package) -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."))


def test_core_and_export_import_without_textual():
    modules = modules_of(dialog.core) + modules_of(dialog.export)
    assert "dialog.core.database" in modules and "dialog.export.json_format" in modules
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(modules)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_probe_does_notice_textual():
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(["dialog.tui.app"])],
                            capture_output=True, text=True)
    assert json.loads(result.stdout) == ["dialog.tui.app"]
