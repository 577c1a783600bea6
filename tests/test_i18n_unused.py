"""Every message in the catalogues is said somewhere: a key no code asks for is dead text to translate and check."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from dialog.i18n import nb

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "dialog" / "i18n"
PLURAL_FORM = re.compile(r"\.(zero|one|two|few|many|other)$")


def catalogue_keys() -> set[str]:
    import importlib
    import pkgutil

    keys: set[str] = set()
    for module in pkgutil.iter_modules(nb.__path__):
        keys |= set(importlib.import_module(f"dialog.i18n.nb.{module.name}").MESSAGES)
    return keys


def words_in_code(folder: Path) -> tuple[set[str], set[str]]:
    """Every string literal in ``folder``'s code outside the catalogues, and every start of a key built at run time
    (``f"phase.{name}"``, ``"phase." + name``)."""
    literals: set[str] = set()
    starts: set[str] = set()
    for path in folder.rglob("*.py"):
        if path.parent.parent == CATALOGUES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                starts.add(node.values[0].value)
            elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
                  and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
                starts.add(node.left.value)
    return literals, {start for start in starts if len(start) >= 3 and "." in start}


def unused(keys: set[str], folder: Path) -> list[str]:
    literals, starts = words_in_code(folder)

    def said(key: str) -> bool:
        return (key in literals or PLURAL_FORM.sub("", key) in literals
                or any(key.startswith(start) for start in starts))

    return sorted(key for key in keys if not said(key))


def test_every_catalogue_key_is_used_by_the_code():
    keys = catalogue_keys()
    assert len(keys) > 500 and "phase.setup" in keys
    assert unused(keys, ROOT / "dialog") == []


def test_a_key_no_code_asks_for_is_found(tmp_path):
    (tmp_path / "screen.py").write_text('t("picker.heading")\nt(f"phase.{name}")\nt("tally." + kind)\n')
    found = unused({"picker.heading", "picker.subtitle", "phase.setup", "tally.forms.one", "web.thanks"}, tmp_path)
    assert found == ["picker.subtitle", "web.thanks"]
