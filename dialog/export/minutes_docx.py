"""The Word minutes (referat) of a conference, section by section, in nb or en.

The order follows what a district report needs: facts and basis, attendance,
the agenda as it ran, the findings and the room's response (the leader's
record of it, and the room's own answers from phones), the groups, the
plenary, the leader's own assessment (kept apart), evaluation, follow-up and
each theme's status for the cross-district matrix. Under the date, a line
says when the minutes were exported and at which phase. Headings never skip
a level (1, 2, 3), so Word's navigation pane and a PDF's bookmarks nest them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from docx.document import Document as DocxDocument

from dialog.core.database import open_conference
from dialog.core.ids_and_times import hhmm as clock
from dialog.core.phase_clock import PhaseClock
from dialog.core.rows import PhaseRun
from dialog.core.vocabulary import PHASES, PLENARY_KINDS
from dialog.export.dates import long_date, short_time
from dialog.export.docx_furniture import add_page_furniture
from dialog.export.docx_parts import (
    BOLD,
    WIDE_TABLE_POINTS,
    bullet,
    heading,
    landscape_section,
    new_document,
    paragraph,
    paragraph_runs,
    table,
    to_bytes,
    usable_width_cm,
)
from dialog.export.docx_properties import finish
from dialog.export.docx_widths import fitted_widths
from dialog.export.docx_xml import PLAIN
from dialog.export.minutes_data import MinutesData, read_minutes
from dialog.export.minutes_display import write_display
from dialog.export.minutes_evaluation import write_evaluation
from dialog.export.minutes_room import room_answered, room_table, write_room_answers
from dialog.export.paths import write_atomically
from dialog.i18n import t
from dialog.i18n.names import local_name

GROUP_SECTIONS = ("works_well", "works_less_well", "new_angle", "quote", "other")
"""Note kinds shown under each group, in this order (measures get their own list)."""


class MinutesWriter:
    """Writes one conference's minutes into a python-docx Document."""

    def __init__(self, data: MinutesData, language: str, document: DocxDocument, exported_at: datetime) -> None:
        self.data = data
        self.language = language
        self.doc = document
        self.exported_at = exported_at

    def t(self, key: str, **params: object) -> str:
        """Translate into the document's language (not the program's)."""
        return t(key, self.language, **params)

    def name(self, row: Mapping[str, object], stem: str = "name") -> str:
        """The nb or en name of a role or theme row."""
        return local_name(row, self.language, stem)

    def theme_label(self, code: str | None) -> str:
        theme = self.data.themes.get(code or "")
        return f"{code} {self.name(theme)}" if theme else ""

    def write(self) -> DocxDocument:
        """Every section, in order."""
        for section in (self.title, self.facts, self.attendance, self.agenda, self.findings, self.groups,
                        self.plenary, self.assessment, self.evaluation, self.follow_up, self.display):
            section()
        return self.doc

    def title(self) -> None:
        facts = self.data.facts
        heading(self.doc, self.t("minutes.title", district=facts["district"]), 0)
        paragraph(self.doc, long_date(facts["date"], self.language), "Subtitle")
        # When and at which phase: minutes exported before the closing are a draft, and say so by their phase.
        paragraph(self.doc, self.t("minutes.exported", date=long_date(self.exported_at.date().isoformat(),
                                                                       self.language),
                                   time=short_time(self.exported_at, self.language),
                                   phase=t(f"phase.{facts['phase']}", self.language)))

    def facts(self) -> None:
        facts, tr = self.data.facts, self.t
        heading(self.doc, tr("minutes.h_facts"), 1)
        names = [row["name"] for row in self.data.leaders if row["role"] == "leader"]
        leaders = ", ".join(names) or "–"
        co_leaders = ", ".join(row["name"] for row in self.data.leaders if row["role"] == "co_leader")
        rows = [
            [tr("minutes.district"), facts["district"]],
            [tr("minutes.date"), long_date(facts["date"], self.language)],
            [tr("minutes.venue"), facts["venue"] or "–"],
            [tr("minutes.leaders", count=len(names)),
             leaders + (f" ({tr('minutes.co_leaders')}: {co_leaders})" if co_leaders else "")],
            [tr("minutes.report_version"), facts["report_version"] or "–"],
            [tr("minutes.interviews"), "" if facts["interviews"] is None else str(facts["interviews"])],
            [tr("minutes.informants"), "" if facts["informants"] is None else str(facts["informants"])],
        ]
        table(self.doc, [tr("minutes.fact"), tr("minutes.value")], rows, weights=[5, 11])

    def attendance(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_attendance"), 1)
        rows = [[self.name(row), row["letter"], str(row["count"])] for row in self.data.attendance]
        rows.append([tr("minutes.total"), "", str(self.data.participants)])
        table(self.doc, [tr("minutes.role"), tr("minutes.letter"), tr("minutes.count")], rows, bold_last=True,
              weights=[9, 3, 4])

    def agenda(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_agenda"), 1)
        planned = {row["phase"]: row for row in self.data.plan}
        rows = []
        for phase in PHASES:
            runs = [row for row in self.data.log if row["phase"] == phase]
            plan = planned.get(phase)
            minutes = plan["planned_minutes"] if plan else None
            actual = ", ".join(self.run_text(row) for row in runs) or "–"
            rows.append([t(f"phase.{phase}", self.language), (plan["planned_start"] if plan else None) or "–",
                         "–" if minutes is None else tr("minutes.minutes", minutes=minutes), actual])
        table(self.doc, [tr("minutes.phase"), tr("minutes.planned_start"), tr("minutes.planned_length"),
                         tr("minutes.actual")], rows, weights=[4.5, 3.5, 3.5, 5])

    def run_text(self, run: PhaseRun) -> str:
        """``10:20–11:35``, with the minutes added and the time paused when the clock was adjusted."""
        text = f"{clock(run['started_at'])}–{clock(run['ended_at'])}"
        run_clock = PhaseClock(run["id"], run["extra_minutes"], run["paused_seconds"], run["paused_since"])
        if run_clock.paused and run["ended_at"]:  # ended while paused: the pause lasted to the end
            run_clock = run_clock.toggled(run["ended_at"])
        notes = []
        if run["extra_minutes"]:
            notes.append(self.t("minutes.more_time", minutes=run["extra_minutes"]))
        if round(run_clock.paused_seconds / 60):
            notes.append(self.t("minutes.paused", minutes=round(run_clock.paused_seconds / 60)))
        return f"{text} ({', '.join(notes)})" if notes else text

    def findings(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_findings"), 1)
        if not self.data.findings:
            paragraph(self.doc, tr("minutes.none"))
        room = room_answered(self)
        layout = room_table(self) if room else ([], [])
        for number, finding in enumerate(self.data.findings, start=1):
            heading(self.doc, f"{number}. {finding['title']}", 2)
            # A finding and the room's response to it share a page.
            if finding["body"]:
                paragraph(self.doc, finding["body"], keep_with_next=True)
            for quote in finding["quotes"]:
                bullet(self.doc, f"«{quote['text']}»" + (f" ({quote['role_letter']})" if quote["role_letter"] else ""),
                       keep_with_next=True)
            response = t(f"response.{finding['response']}", self.language) if finding["response"] else \
                tr("minutes.no_response")
            if finding["response_comment"]:
                response += " – " + finding["response_comment"]
            # The room's own answers from phones follow the leader's record of its response, on the same page.
            paragraph_runs(self.doc, [(tr("minutes.response") + ": ", BOLD), (response, PLAIN)],
                           keep_with_next=room)
            if room:
                write_room_answers(self, self.data.room[finding["id"]], layout)

    def groups(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_groups"), 1)
        if not self.data.groups:
            paragraph(self.doc, tr("minutes.none"))
        for group in self.data.groups:
            themes = ", ".join(self.theme_label(code) for code in group["themes"])
            heading(self.doc, group["name"] + (f" ({themes})" if themes else ""), 2)
            letters = {row["code"]: row["letter"] for row in self.data.attendance}
            members = ", ".join(f"{letters.get(code, code)} {number}" for code, number in group["members"].items())
            if members:
                paragraph(self.doc, tr("minutes.members", members=members), keep_with_next=True)  # with the notes
            notes = self.data.notes_by_group.get(group["id"], [])
            self.group_check(group["id"], bool(notes))
            for kind in GROUP_SECTIONS:
                chosen = [note for note in notes if note["kind"] == kind]
                if not chosen:
                    continue
                heading(self.doc, tr(f"minutes.kind_{kind}"), 3)
                for note in chosen:
                    text = f"«{note['text']}»" if kind == "quote" else note["text"]
                    bullet(self.doc, text + (f" ({note['role_letter']})" if note["role_letter"] else ""))
            measures = [m for m in self.data.measures if m["group_id"] == group["id"]]
            proposals = [note for note in notes if note["kind"] == "measure"]
            if measures or proposals:
                heading(self.doc, tr("minutes.kind_measure"), 3)
                for measure in measures:
                    level = t(f"level.{measure['level']}", self.language) if measure["level"] else \
                        tr("minutes.no_level")
                    bullet(self.doc, f"{measure['text']} ({tr('minutes.responsible')}: {level})")
                listed = {m["note_id"] for m in measures}
                for note in proposals:
                    if note["id"] not in listed and not any(m["text"] == note["text"] for m in measures):
                        bullet(self.doc, note["text"] + (f" ({note['role_letter']})" if note["role_letter"] else ""))

    def group_check(self, group_id: str, has_notes: bool) -> None:
        """One line: whether the group confirmed its notes, changed them since, or left notes flagged to change."""
        check = self.data.group_checks.get(group_id)
        if check is None or (not has_notes and check.confirmed_at is None):
            return
        paragraph(self.doc, self.t(f"minutes.check_{check.state}", count=len(check.flags)), keep_with_next=True)

    def plenary(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_plenary"), 1)
        if not self.data.plenary:
            paragraph(self.doc, tr("minutes.none"))
        for kind in PLENARY_KINDS:
            points = [p for p in self.data.plenary if p["kind"] == kind]
            if points:
                heading(self.doc, tr(f"minutes.plenary_{kind}"), 2)
                for point in points:
                    bullet(self.doc, point["text"])

    def assessment(self) -> None:
        tr = self.t
        heading(self.doc, tr("minutes.h_assessment"), 1)
        paragraph(self.doc, tr("minutes.assessment_note"), "Caption")
        paragraph(self.doc, self.data.assessment or tr("minutes.none"), "Intense Quote")

    def evaluation(self) -> None:
        write_evaluation(self)

    def follow_up(self) -> None:
        tr = self.t
        # Seven columns need a landscape page; the display row that follows shares it.
        landscape_section(self.doc)
        heading(self.doc, tr("minutes.h_follow_up"), 1)
        rows = []
        for measure in self.data.measures:
            rows.append([
                self.theme_label(measure["theme_code"]) or "–",
                measure["text"],
                t(f"level.{measure['level']}", self.language) if measure["level"] else "–",
                measure["owner"] or "–",
                long_date(measure["deadline"], self.language) if measure["deadline"] else "–",
                str(measure["votes"]),
                t(f"status.{measure['status']}", self.language),
            ])
        if not rows:
            paragraph(self.doc, tr("minutes.none"))
            return
        headers = [tr("minutes.theme"), tr("minutes.measure"), tr("minutes.level"), tr("minutes.owner"),
                   tr("minutes.deadline"), tr("minutes.priority"), tr("minutes.status")]
        table(self.doc, headers, rows, points=WIDE_TABLE_POINTS,
              widths=fitted_widths(headers, rows, usable_width_cm(self.doc), points=WIDE_TABLE_POINTS))

    def display(self) -> None:
        write_display(self)


def build_minutes(source: Path, language: str | None = None, template: Path | None = None,
                  exported_at: datetime | None = None) -> bytes:
    """Return the .docx bytes of the minutes of the conference at ``source``, saying they were exported now
    (or at ``exported_at``), in the machine's own time."""
    db = open_conference(source, read_only=True)
    try:
        data = read_minutes(db)
    finally:
        db.close()
    language = language or data.facts["language"]
    document = MinutesWriter(data, language, new_document(template, language),
                             exported_at or datetime.now().astimezone()).write()
    district, day = data.facts["district"], data.facts["date"]
    add_page_furniture(document, t("minutes.running_header", language, district=district,
                                   date=long_date(day, language)), t("minutes.page_of", language))
    finish(document, title=t("minutes.doc_title", language, district=district, date=day),
           subject=t("minutes.doc_subject", language, district=district, date=long_date(day, language)),
           language=language)
    return to_bytes(document)


def export_minutes(source: Path, out: Path, *, language: str | None = None, template: Path | None = None,
                   force: bool = False) -> Path:
    """Write the minutes to ``out`` (a numbered name if taken, unless ``force``); return the path."""
    return write_atomically(out, build_minutes(source, language, template), force=force)
