"""A REFI-QDA project (``.qdpx``) for qualitative analysis tools: QualCoder, ATLAS.ti, MAXQDA, NVivo.

The ``.qdpx`` is a ZIP archive of ``project.qde`` (QDA-XML 1.0) and one
UTF-8 text file per source under ``Sources/``. For each conference:

- one text source per group: its notes in the minutes' order, each under a
  line naming its kind and role letter; every note is a selection coded
  with its kind, and the source as a whole with the group's themes;
- the plenary points as one source (each point coded with its kind), and the
  leader's assessment as another;
- a case for the district (the conference) and one per group, with the
  district, the date, the group and the role letters of its members as
  variables.

Selections count positions in Unicode characters of the source text, the end
exclusive (``text[start:end]`` is the note), so æ, ø and å count one each.
No names are carried: notes are attributed by role letter only, and the
leaders are left out. Identifiers are UUIDs derived from the conference's and
each row's id, so a second export of the same file has the same ones, and the
code system is the same for every conference (a project of many conferences
codes them all with one set of codes).
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from dialog.core.rows import Theme
from dialog.core.vocabulary import NOTE_KINDS, PLENARY_KINDS
from dialog.export.qdpx_texts import ConferenceTexts, GroupTexts, Passage, read_texts
from dialog.i18n import t
from dialog.i18n.names import local_name

NAMESPACE = "urn:QDA-XML:project:1.0"
"""The QDA-XML project namespace."""

GUIDS = uuid.UUID("5b0f8c1e-3d5a-4d8e-9c61-0d1a7e6f4b21")
"""The namespace our UUIDs are derived in (uuid5), so the same row always gets the same GUID."""

ORIGIN = "dialog"
"""What the project says made it."""


def _utc_now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def guid(*parts: str) -> str:
    """The stable GUID of one thing in the project, from the ids that name it."""
    return str(uuid.uuid5(GUIDS, "/".join(parts)))


@dataclass
class LaidOut:
    """A source's text with where each passage stands in it (start and end in Unicode characters, end exclusive)."""

    text: str = ""
    places: list[tuple[Passage, int, int]] = field(default_factory=list)

    def line(self, words: str) -> None:
        """Add a line that is not coded (a heading)."""
        self.text += words + "\n"

    def passage(self, passage: Passage) -> None:
        """Add a passage on its own line(s) and remember where it stands."""
        start = len(self.text)
        self.text += passage.text
        self.places.append((passage, start, len(self.text)))
        self.text += "\n\n"


def _heading(passage: Passage, prefix: str, language: str) -> str:
    label = t(f"{prefix}.{passage.code}", language)
    return f"{label} · {passage.role_letter}" if passage.role_letter else label


def group_text(group: GroupTexts, theme_names: dict[str, str], language: str) -> LaidOut:
    """The group's notes as one text: the group and its themes, then each note under its kind and role letter."""
    laid = LaidOut()
    laid.line(group.name)
    if group.themes:
        laid.line(t("qdpx.themes", language) + ": " + "; ".join(
            f"{code} {theme_names.get(code, '')}".strip() for code in group.themes))
    laid.line("")
    for note in group.notes:
        laid.line(_heading(note, "note_kind", language))
        laid.passage(note)
    return laid


def plenary_text(points: list[Passage], language: str) -> LaidOut:
    """The plenary points as one text, each under its kind."""
    laid = LaidOut()
    laid.line(t("qdpx.plenary", language))
    laid.line("")
    for point in points:
        laid.line(_heading(point, "plenary_kind", language))
        laid.passage(point)
    return laid


class ProjectWriter:
    """Builds ``project.qde`` and the source files for one or more conferences."""

    def __init__(self, conferences: list[ConferenceTexts], language: str) -> None:
        from lxml import etree

        self.etree = etree
        self.conferences = conferences
        self.language = language
        self.sources: dict[str, str] = {}
        """File name in the archive (``Sources/GUID.txt``) -> its text."""

    def element(self, parent, tag: str, **attributes: str):
        """A child element in the project namespace."""
        return self.etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attributes)

    def project_xml(self, name: str) -> bytes:
        """The whole ``project.qde``, its sources' texts kept in :attr:`sources`."""
        etree = self.etree
        root = etree.Element(f"{{{NAMESPACE}}}Project", {"name": name, "origin": ORIGIN,
                                                          "creationDateTime": _utc_now()},
                             nsmap={None: NAMESPACE})
        self._codebook(root)
        self._variables(root)
        cases = self.element(root, "Cases")
        sources = self.element(root, "Sources")
        for conference in self.conferences:
            self._conference(conference, cases, sources)
        if not len(cases):
            root.remove(cases)
        if not len(sources):
            root.remove(sources)
        return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)

    def _code(self, parent, key: str, name: str, codable: bool = True):
        return self.element(parent, "Code", guid=guid("code", key), name=name, isCodable="true" if codable else "false")

    def _codebook(self, root) -> None:
        language = self.language
        codes = self.element(self.element(root, "CodeBook"), "Codes")
        kinds = self._code(codes, "note_kind", t("qdpx.code.note_kinds", language), codable=False)
        for kind in NOTE_KINDS:
            self._code(kinds, f"note_kind/{kind}", t(f"note_kind.{kind}", language))
        plenary = self._code(codes, "plenary_kind", t("qdpx.code.plenary_kinds", language), codable=False)
        for kind in PLENARY_KINDS:
            self._code(plenary, f"plenary_kind/{kind}", t(f"plenary_kind.{kind}", language))
        themes = self._code(codes, "theme", t("qdpx.code.themes", language), codable=False)
        self._themes(themes, _all_themes(self.conferences), None)

    def _themes(self, parent, themes: list[Theme], above: str | None) -> None:
        known = {theme["code"] for theme in themes}
        for theme in themes:
            if theme["parent_code"] == above or (above is None and theme["parent_code"] not in known):
                name = local_name(theme, self.language)
                self._themes(self._code(parent, f"theme/{theme['code']}", f"{theme['code']} {name}".strip()), themes,
                             theme["code"])

    def _variables(self, root) -> None:
        variables = self.element(root, "Variables")
        for key, kind in VARIABLES:
            self.element(variables, "Variable", guid=guid("variable", key),
                         name=t(f"qdpx.variable.{key}", self.language), typeOfVariable=kind)

    def _value(self, parent, key: str, value: str) -> None:
        holder = self.element(parent, "VariableValue")
        self.element(holder, "VariableRef", targetGUID=guid("variable", key))
        tag = "DateValue" if dict(VARIABLES)[key] == "Date" else "TextValue"
        self.element(holder, tag).text = value

    def _source(self, sources, key: str, name: str, laid: LaidOut, codes: Iterable[str] = ()) -> str:
        source_guid = guid(key)
        self.sources[f"Sources/{source_guid}.txt"] = laid.text
        source = self.element(sources, "TextSource", guid=source_guid, name=name,
                              plainTextPath=f"internal://{source_guid}.txt")
        for passage, start, end in laid.places:
            selection = self.element(source, "PlainTextSelection", guid=guid(key, "selection", passage.id),
                                     name=_selection_name(passage.text), startPosition=str(start),
                                     endPosition=str(end))
            coding = self.element(selection, "Coding", guid=guid(key, "coding", passage.id))
            self.element(coding, "CodeRef", targetGUID=guid("code", passage_code(passage, key)))
        for code in codes:
            coding = self.element(source, "Coding", guid=guid(key, "coding", code))
            self.element(coding, "CodeRef", targetGUID=guid("code", code))
        return source_guid

    def _conference(self, conference: ConferenceTexts, cases, sources) -> None:
        language = self.language
        names = {theme["code"]: local_name(theme, language) for theme in conference.themes}
        label = f"{conference.district} {conference.date}"
        district_case = self.element(cases, "Case", guid=guid(conference.id, "case"), name=label)
        self._value(district_case, "district", conference.district)
        self._value(district_case, "date", conference.date)
        owned: list[str] = []
        for group in conference.groups:
            key = f"{conference.id}/group/{group.id}"
            source_guid = self._source(sources, key, f"{label} · {group.name}", group_text(group, names, language),
                                       [f"theme/{code}" for code in group.themes])
            owned.append(source_guid)
            case = self.element(cases, "Case", guid=guid(key, "case"), name=f"{label} · {group.name}")
            for variable, value in (("district", conference.district), ("date", conference.date),
                                    ("group", group.name), ("roles", ", ".join(group.role_letters))):
                self._value(case, variable, value)
            self.element(case, "SourceRef", targetGUID=source_guid)
        if conference.plenary:
            owned.append(self._source(sources, f"{conference.id}/plenary",
                                      f"{label} · {t('qdpx.plenary', language)}", plenary_text(conference.plenary,
                                                                                                language)))
        if conference.assessment.strip():
            laid = LaidOut()
            laid.text = conference.assessment
            owned.append(self._source(sources, f"{conference.id}/assessment",
                                      f"{label} · {t('qdpx.assessment', language)}", laid))
        for source_guid in owned:
            self.element(district_case, "SourceRef", targetGUID=source_guid)


VARIABLES: tuple[tuple[str, str], ...] = (("district", "Text"), ("date", "Date"), ("group", "Text"), ("roles", "Text"))
"""The cases' variables and their REFI-QDA types."""


def passage_code(passage: Passage, key: str) -> str:
    """The code a passage is coded with: its plenary kind in the plenary source, else its note kind."""
    return f"plenary_kind/{passage.code}" if key.endswith("/plenary") else f"note_kind/{passage.code}"


def _selection_name(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= 60 else words[:60].rsplit(" ", 1)[0] + " …"


def _all_themes(conferences: list[ConferenceTexts]) -> list[Theme]:
    """Every theme of every conference once, by code, in the first conference's order."""
    seen: dict[str, Theme] = {}
    for conference in conferences:
        for theme in conference.themes:
            seen.setdefault(theme["code"], theme)
    return list(seen.values())


def project_bytes(conferences: list[ConferenceTexts], language: str, name: str) -> bytes:
    """The ``.qdpx`` archive's bytes for ``conferences``."""
    writer = ProjectWriter(conferences, language)
    project = writer.project_xml(name)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project)
        for path, text in writer.sources.items():
            archive.writestr(path, text.encode("utf-8"))
    return buffer.getvalue()


def export_qdpx(sources: list[Path], out: Path, *, language: str | None = None, force: bool = False) -> Path:
    """Write one project for the conference files ``sources`` to ``out`` (a numbered free name unless ``force``)."""
    from dialog.export.paths import write_atomically

    conferences = [read_texts(path) for path in sources]
    language = language or (conferences[0].language if conferences else "nb")
    if len(conferences) == 1:
        name = t("qdpx.project_one", language, district=conferences[0].district, date=conferences[0].date)
    else:
        name = t("qdpx.project_many", language, count=len(conferences))
    return write_atomically(out, project_bytes(conferences, language, name), force=force)
