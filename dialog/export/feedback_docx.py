"""The feedback sheet for participants: what came of the day, in plain words, on one or two pages (nb or en).

It is for the people who were in the room – service users, relatives, staff –
so it says little and says it plainly: what the room recognised, where it
disagreed or saw something new, what was agreed, what will be done, by whom
and by when, and how to keep track. One column, no tables and nothing
landscape, so it prints on A4 and reads on a phone. It carries the day it was
issued: when a measure's status changes later (the overview writes it into
the file), the sheet issued again shows each measure's new status and a newer
date. It uses the minutes' styles, page furniture and language tags, so it
looks like it comes from the same organisation (an organisation's template
too).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from dialog.core.database import open_conference
from dialog.core.rows import Measure
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.export.dates import long_date
from dialog.export.docx_furniture import add_page_furniture
from dialog.export.docx_parts import ensure_style, heading, new_document, to_bytes
from dialog.export.docx_properties import finish
from dialog.export.docx_xml import RunLook, paragraph_element
from dialog.export.feedback_data import FeedbackData, SheetFinding, read_feedback
from dialog.export.paths import write_atomically
from dialog.i18n import t

TEXT_POINTS = 11.5
"""Body text a size up from the minutes' 11 pt: easier to read on paper, and the sheet is short."""

MARGIN = Cm(2.0)
"""The sheet's page margins without a template (the minutes have 2.5 cm)."""

HEADING, HEADING_GAP = "Heading 1", Pt(14)
"""The main headings' room above them without a template (python-docx's Heading 1 has 24 pt)."""

BLOCK_GAP = Pt(6)
"""The gap under each measure's block: enough to tell them apart, less than a paragraph's 10 pt."""

PLAIN_TEXT, BOLD_TEXT = RunLook(points=TEXT_POINTS), RunLook(bold=True, points=TEXT_POINTS)

FINDING_GROUPS = (*FINDING_RESPONSES, None)
"""The findings are told by what the room said: recognised, partly, disagreed, new; then any with no response."""


class FeedbackWriter:
    """Writes one conference's feedback sheet into a python-docx Document."""

    def __init__(self, data: FeedbackData, language: str, document: DocxDocument, issued: date) -> None:
        self.data = data
        self.language = language
        self.doc = document
        self.issued = issued

    def t(self, key: str, **params: object) -> str:
        """Translate into the sheet's language (not the program's)."""
        return t(key, self.language, **params)

    def write(self) -> DocxDocument:
        """Every part, in order."""
        for part in (self.title, self.findings, self.agreed, self.measures, self.follow):
            part()
        return self.doc

    def text(self, runs: list[tuple[str, RunLook]], style: str | None = None, *,
             keep_with_next: bool = False) -> Paragraph:
        """A paragraph of runs in the sheet's text size (``\\n`` is a line break within it)."""
        element = paragraph_element([(words, look) for words, look in runs if words],
                                    ensure_style(self.doc, style) if style else None, keep_with_next)
        self.doc.element.body._insert_p(element)
        return Paragraph(element, self.doc._body)

    def title(self) -> None:
        facts = self.data.facts
        day = long_date(facts["date"], self.language)
        heading(self.doc, self.t("feedback.title", district=facts["district"]), 0)
        self.text([(self.t("feedback.issued", date=self.issued_on()), BOLD_TEXT),
                   (" " + self.t("feedback.intro", date=day), PLAIN_TEXT)])

    def issued_on(self) -> str:
        """The day the sheet was issued, in words ("2. desember 2026")."""
        return long_date(self.issued.isoformat(), self.language)

    def findings(self) -> None:
        findings = self.data.findings
        if not findings:
            return
        heading(self.doc, self.t("feedback.h_findings"), 1)
        self.text([(self.t("feedback.findings_intro", count=len(findings)), PLAIN_TEXT)], keep_with_next=True)
        for response in FINDING_GROUPS:
            chosen = [finding for finding in findings if finding.response == response]
            if not chosen:
                continue
            heading(self.doc, self.t(f"feedback.h_{response or 'no_response'}"), 2)
            for finding in chosen:
                self.finding(finding)

    def finding(self, finding: SheetFinding) -> None:
        """The finding's title, the leader's comment on the response, and the phones' answers where 3 or more."""
        words = " ".join(part for part in (finding.comment.strip(), self.room_sentence(finding)) if part)
        title = finding.title.rstrip(" .")
        self.text([(title + ("." if words else ""), BOLD_TEXT), (" " + words if words else "", PLAIN_TEXT)],
                  "List Bullet")

    def room_sentence(self, finding: SheetFinding) -> str:
        """"12 answered on their phones: 8 agreed and 4 partly agreed." – nothing when fewer than 3 answered."""
        if finding.room is None:
            return ""
        parts = [self.t(f"feedback.room_{response}", count=count)
                 for response, count in finding.room.items() if count]
        answers = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + self.t("feedback.and") + parts[-1]
        return self.t("feedback.room", count=sum(finding.room.values()), answers=answers)

    def agreed(self) -> None:
        points = self.data.plenary
        if not points:
            return
        heading(self.doc, self.t("feedback.h_agreed"), 1)
        for point in points:
            lead = self.t(f"feedback.lead_{point['kind']}")
            self.text([(lead, BOLD_TEXT), (point["text"], PLAIN_TEXT)], "List Bullet")

    def measures(self) -> None:
        heading(self.doc, self.t("feedback.h_measures"), 1)
        measures = self.data.measures
        if not measures:
            self.text([(self.t("feedback.no_measures"), PLAIN_TEXT)])
            return
        self.text([(self.t("feedback.measures_intro", count=len(measures)) + " "
                    + self.t("feedback.status_on", date=self.issued_on()), PLAIN_TEXT)], keep_with_next=True)
        for measure in measures:
            self.measure(measure)

    def measure(self, measure: Measure) -> None:
        """A short block: what (bold), then who, and by when with its status now."""
        when = self.t("feedback.by", date=long_date(measure["deadline"], self.language)) if measure["deadline"] \
            else self.t("feedback.not_decided")
        status = t(f"status.{measure['status']}", self.language)
        block = self.text([(measure["text"].strip() + "\n", BOLD_TEXT),
                           (self.t("feedback.who") + " ", BOLD_TEXT), (self.who(measure) + "\n", PLAIN_TEXT),
                           (self.t("feedback.when") + " ", BOLD_TEXT), (when + ". ", PLAIN_TEXT),
                           (self.t("feedback.status") + " ", BOLD_TEXT), (status, PLAIN_TEXT)])
        block.paragraph_format.space_after = BLOCK_GAP
        block.paragraph_format.keep_together = True  # a measure is never split over two pages

    def who(self, measure: Measure) -> str:
        """The owner, and the level when the owner's words do not already name it ("NAV Stovner" is NAV)."""
        level = t(f"level.{measure['level']}", self.language) if measure["level"] else ""
        owner = measure["owner"].strip()
        if owner and level and level.split()[0].casefold() not in owner.casefold().split():
            if level[1:2].islower():  # "Bydelen" reads "(bydelen)"; "NAV" and "DPS (…)" keep their capitals
                level = level[0].lower() + level[1:]
            return f"{owner} – {level}" if "(" in level else f"{owner} ({level})"
        return owner or level or self.t("feedback.not_decided")

    def follow(self) -> None:
        heading(self.doc, self.t("feedback.h_follow"), 1)
        sentences = [self.t("feedback.follow_ask", district=self.data.facts["district"])]
        leaders = self.data.leaders
        if leaders:
            names = leaders[0] if len(leaders) == 1 else ", ".join(leaders[:-1]) + self.t("feedback.and") + leaders[-1]
            sentences.append(self.t("feedback.follow_leader", count=len(leaders), names=names))
        sentences.append(self.t("feedback.follow_again"))
        self.text([(" ".join(sentences), PLAIN_TEXT)])


def _compact(document: DocxDocument) -> None:
    """Narrower margins and less room above the main headings than the minutes: the sheet stays on two pages."""
    section = document.sections[0]
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
    document.styles[HEADING].paragraph_format.space_before = HEADING_GAP


def build_feedback(source: Path, language: str | None = None, template: Path | None = None,
                   issued: date | None = None) -> bytes:
    """Return the .docx bytes of the feedback sheet of the conference at ``source``, issued today
    (or on ``issued``)."""
    db = open_conference(source, read_only=True)
    try:
        data = read_feedback(db)
    finally:
        db.close()
    language = language or data.facts["language"]
    document = new_document(template, language)
    if template is None:  # an organisation's template keeps its own page and headings
        _compact(document)
    document = FeedbackWriter(data, language, document, issued or date.today()).write()
    district, day = data.facts["district"], data.facts["date"]
    add_page_furniture(document, t("feedback.running_header", language, district=district,
                                   date=long_date(day, language)), t("minutes.page_of", language))
    finish(document, title=t("feedback.doc_title", language, district=district, date=day),
           subject=t("feedback.doc_subject", language, district=district, date=long_date(day, language)),
           language=language)
    return to_bytes(document)


def export_feedback(source: Path, out: Path, *, language: str | None = None, template: Path | None = None,
                    force: bool = False) -> Path:
    """Write the feedback sheet to ``out`` (a numbered name if taken, unless ``force``); return the path."""
    return write_atomically(out, build_feedback(source, language, template), force=force)
