"""Which of a conference's texts look like they hold personal data, before a document leaves the machine.

Every free text that reaches the minutes or the CSV files is checked, in the
order the minutes show them: the findings (title, text, quotes, the comment on
how the room responded, the comments sent from phones with the room's own
answers), the group notes, the plenary points, the leader's
assessment, the evaluation forms' free-text answers and the measures (text and
who is responsible). The check warns; the leader decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.privacy import KINDS, describe_kinds, scan_text, watched_names
from dialog.i18n import get_language, t

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class TextWarning:
    """A stored text that looks like it holds personal data.

    ``section`` says what kind of text it is (a key of ``privacy.section.*``),
    ``place`` which one (a group and role letter, a finding's title, a question);
    ``first`` is where in ``text`` the first suspect stretch starts and ends.
    """

    section: str
    place: str
    text: str
    kinds: list[str]
    first: tuple[int, int] = (0, 0)

    def excerpt(self, width: int) -> tuple[str, int, int]:
        """About ``width`` characters of the text around its first suspect stretch, on one line.

        Returns the excerpt and where the stretch starts and ends in it, so a
        long assessment shows the phone number rather than its first sentences.
        """
        return excerpt(self.text, *self.first, width)

    def where(self, language: str | None = None) -> str:
        """``Note: Group 1 · B``, ``Leader's assessment``: where to look, in the active (or given) language."""
        label = t(f"privacy.section.{self.section}", language)
        return f"{label}: {self.place}" if self.place else label


def _joined(place: str, role: str) -> str:
    return f"{place} · {role}" if role else place


def _plenary_place(kind: str, language: str) -> str:
    return t(f"plenary_kind.{kind}", language)


TEXTS_TO_CHECK: tuple[tuple[str, str], ...] = (
    # (section, query giving place, role letter or '', text), in the order the minutes show them.
    ("finding", "SELECT title, '', title FROM finding ORDER BY position"),
    ("finding", "SELECT title, '', body FROM finding WHERE body != '' ORDER BY position"),
    ("quote", "SELECT f.title, q.role_letter, q.text FROM finding_quote q JOIN finding f ON f.id = q.finding_id "
              "ORDER BY f.position, q.position"),
    ("comment", "SELECT title, '', response_comment FROM finding WHERE response_comment != '' ORDER BY position"),
    ("room_comment", "SELECT f.title, '', a.comment FROM finding_answer a JOIN finding f ON f.id = a.finding_id "
                     "WHERE a.comment != '' ORDER BY f.position, a.voter"),
    ("note", "SELECT g.name, n.role_letter, n.text FROM note n JOIN work_group g ON g.id = n.group_id "
             "WHERE n.deleted_at IS NULL ORDER BY g.position, n.position"),
    ("plenary", "SELECT kind, '', text FROM plenary_point ORDER BY position"),
    ("assessment", "SELECT '', '', text FROM assessment"),
    ("evaluation", "SELECT CASE :language WHEN 'en' THEN coalesce(nullif(q.text_en, ''), q.text_nb) "
                   "WHEN 'nn' THEN coalesce(nullif(q.text_nn, ''), q.text_nb) ELSE q.text_nb END, '', a.value_text "
                   "FROM evaluation_answer a JOIN form_question q ON q.id = a.question_id "
                   "WHERE q.kind = 'text' AND a.value_text IS NOT NULL ORDER BY q.position, a.response_id"),
    ("measure", "SELECT coalesce(theme_code, ''), '', text FROM measure ORDER BY votes DESC, position"),
    ("measure_owner", "SELECT text, '', owner FROM measure WHERE owner != '' ORDER BY votes DESC, position"),
)
"""Every free text that reaches a document: (section, query of place, role letter, text)."""


def conference_warnings(db: Database, language: str | None = None) -> list[TextWarning]:
    """Every text of the conference that looks like it holds personal data, in the minutes' order."""
    language = language or get_language()
    names = watched_names(db)
    warnings = []
    for section, query in TEXTS_TO_CHECK:
        for place, role, text in db.execute(query, {"language": language} if ":language" in query else []):
            found = scan_text(text or "", names)
            if not found:
                continue
            kinds = [kind for kind in KINDS if any(hit.kind == kind for hit in found)]
            if section == "plenary":
                place = _plenary_place(place, language)
            elif section == "measure_owner":
                place = _shortened(place, 40)
            warnings.append(TextWarning(section, _joined(place, role), text, kinds, (found[0].start, found[0].end)))
    return warnings


def excerpt(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """``text[start:end]`` with context on both sides, about ``width`` characters in all, line breaks as spaces.

    Returns the excerpt (with "…" where text was cut) and where ``start`` and
    ``end`` fall in it.
    """
    flat = "".join(" " if character.isspace() else character for character in text)  # one for one: offsets hold
    if len(flat) <= width:
        return flat, start, end
    context = max(width - (end - start), 0)
    left = max(0, min(start - context // 2, len(flat) - width))
    right = max(end, left + width)
    head = "…" if left > 0 else ""
    tail = "…" if right < len(flat) else ""
    return head + flat[left:right] + tail, start - left + len(head), end - left + len(head)


def _shortened(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def warning_lines(warnings: list[TextWarning], limit: int | None = None, language: str | None = None) -> list[str]:
    """One line per text to check (all of them, or at most ``limit`` and then how many more), to read on a terminal."""
    lines = []
    shown = warnings if limit is None else warnings[:limit]
    for warning in shown:
        lines.append(t("privacy.item", language, where=warning.where(language),
                       kinds=describe_kinds(warning.kinds, language), text=warning.excerpt(80)[0]))
    if len(shown) < len(warnings):
        lines.append(t("privacy.more", language, count=len(warnings) - len(shown)))
    return lines
