"""Each package uses only the ones below it: the contracts in pyproject.toml, checked by import-linter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", *args], cwd=ROOT, capture_output=True, text=True)


def test_every_layer_contract_is_kept():
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [line for line in result.stdout.splitlines() if line.endswith(" KEPT")]
    assert len(kept) == 4, result.stdout  # core, export, web, i18n


def test_a_broken_contract_is_reported_with_the_import_that_breaks_it(tmp_path):
    config = tmp_path / "layers.toml"
    config.write_text('[tool.importlinter]\nroot_package = "dialog"\n\n'
                      '[[tool.importlinter.contracts]]\nname = "core without words"\ntype = "forbidden"\n'
                      'source_modules = ["dialog.core"]\nforbidden_modules = ["dialog.i18n"]\n')
    result = lint_imports("--config", str(config))
    assert result.returncode == 1
    assert "core without words BROKEN" in result.stdout
    assert "dialog.core." in result.stdout and "-> dialog.i18n" in result.stdout


def test_the_room_urls_are_written_in_one_place():
    """The server's paths come from dialog/core/room_urls.py: no other module spells one out."""
    paths = ('"/form', '"/notes', '"/thanks', '"/e/', '"/g/', "'/form", "'/notes", 'action="/')
    spelled = [f"{path.relative_to(ROOT)}: {needle}" for path in sorted((ROOT / "dialog").rglob("*.py"))
               if path.name != "room_urls.py" for needle in paths if needle in path.read_text()]
    assert spelled == []
