"""LibreOffice for the tests: make templates the way an organisation would, read documents back as a reader would.

Skipped only where LibreOffice is not installed; CI sets DIALOG_REQUIRE_OFFICE=1
so a missing LibreOffice fails there instead of passing silently. Each
conversion runs with its own profile folder, so it never waits for (or
disturbs) a LibreOffice the developer has open.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGES = {"soffice": "libreoffice-writer", "pdftotext": "poppler-utils"}
"""Each command the tests run and the Debian package that has it."""


def require(command: str) -> str:
    """The command's path; skip the test where it is missing, unless CI asked for it (DIALOG_REQUIRE_OFFICE)."""
    found = shutil.which(command) or (shutil.which("libreoffice") if command == "soffice" else None)
    if found is None:
        if os.environ.get("DIALOG_REQUIRE_OFFICE"):
            raise RuntimeError(f"DIALOG_REQUIRE_OFFICE is set but {command} is not installed")
        pytest.skip(f"{command} is not installed (apt install {PACKAGES[command]})")
    return found


def convert(source: Path, to: str, profile: Path) -> Path:
    """Convert ``source`` with LibreOffice (``to``: docx, odt, pdf) into its folder; return the new file."""
    office = require("soffice")
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", to, "--outdir", str(source.parent), str(source)],
                   check=True, capture_output=True, timeout=240)
    result = source.with_suffix("." + to)
    assert result.exists(), f"LibreOffice made no {to} of {source.name}"
    return result


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page, as pdftotext reads it (layout kept)."""
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def pdf_outline(pdf: Path) -> list[tuple[int, str]]:
    """The PDF's bookmarks (what a reader's side panel shows) as (depth, title), depth 1 at the top.

    LibreOffice writes them from the document's outline levels, the same ones its
    Navigator and Word's navigation pane list.
    """
    data = pdf.read_bytes()
    objects = {int(number): body for number, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    parents, titles = {}, {}
    for number, body in objects.items():
        parent = re.search(rb"/Parent (\d+) 0 R", body)
        title = re.search(rb"/Title\s*<FEFF([0-9A-Fa-f]*)>", body)
        if parent and title:
            parents[number] = int(parent.group(1))
            titles[number] = bytes.fromhex(title.group(1).decode()).decode("utf-16-be")

    def depth(number: int) -> int:
        return 1 + depth(parents[number]) if number in parents else 0

    return sorted((depth(number), titles[number]) for number in titles)
