"""The fixed vocabularies of the model: phases, note kinds, responses, levels.

Values are stored as these codes; what a user sees comes from the i18n
catalogues under keys such as ``phase.setup`` or ``note_kind.quote``.
"""

from __future__ import annotations

PHASES: tuple[str, ...] = ("setup", "presentation", "group_work", "plenary", "evaluation", "closing")
"""The phases of a dialogue conference, in their planned order."""

NOTE_KINDS: tuple[str, ...] = ("works_well", "works_less_well", "new_angle", "quote", "measure", "other")
"""What a group note records."""

FINDING_RESPONSES: tuple[str, ...] = ("confirmed", "nuanced", "contested", "new_angle")
"""How participants responded to a finding of the process report."""

RESPONSIBLE_LEVELS: tuple[str, ...] = ("service", "district", "city", "dps", "nav")
"""Who must act on a measure."""

MEASURE_STATUSES: tuple[str, ...] = ("proposed", "agreed", "in_progress", "done", "dropped")
"""Follow-up status of a measure."""

PLENARY_KINDS: tuple[str, ...] = ("priority", "agreement", "disagreement", "other")
"""What a plenary point records."""

DISPLAY_STATUSES: tuple[str, ...] = ("positive", "mixed", "challenge", "not_discussed")
"""A theme's status in the cross-district display matrix."""

RESPONSE_SOURCES: tuple[str, ...] = ("paper", "phone", "terminal")
"""Where an evaluation response came from."""

QUESTION_KINDS: tuple[str, ...] = ("scale", "text", "role")
"""Kinds of evaluation question: a 1-5 scale, free text, or the optional role."""

LEADER_ROLES: tuple[str, ...] = ("leader", "co_leader")
"""A process leader or a co-leader."""

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
"""Document languages a conference can be written in: Norwegian bokmål, Norwegian nynorsk, English."""

NORWEGIAN: tuple[str, ...] = ("nb", "nn")
"""The two written standards of Norwegian: file names and number formats are the same in both."""


def sql_in(values: tuple[str, ...]) -> str:
    """Render codes as an SQL ``IN`` list for CHECK constraints."""
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"
