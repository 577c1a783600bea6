"""The plain data shape a demo conference is written in."""

from __future__ import annotations

from dataclasses import dataclass, field

from dialog.core.conference import ConferenceFacts


@dataclass(frozen=True)
class DemoRoom:
    """The room's own answers to a finding from phones.

    ``responses`` says how many gave each response; ``roles`` and
    ``comments`` the role groups given and the comments typed by the first
    answers of a response (the others gave none).
    """

    responses: dict[str, int]
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    comments: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def answers(self) -> list[tuple[str, str, str | None]]:
        """Every answer as (response, comment, role code or None)."""
        answers: list[tuple[str, str, str | None]] = []
        for response, count in self.responses.items():
            roles, comments = self.roles.get(response, ()), self.comments.get(response, ())
            answers += [(response, comments[number] if number < len(comments) else "",
                         roles[number] if number < len(roles) else None) for number in range(count)]
        return answers


@dataclass(frozen=True)
class DemoFinding:
    """A main point of the process report, its quotes, how the room responded and what it answered from phones."""

    title: str
    body: str
    theme: str
    quotes: tuple[tuple[str, str], ...]
    response: str
    comment: str
    room: DemoRoom | None = None


@dataclass(frozen=True)
class DemoMeasure:
    """A measure proposed by a group and followed up after the plenary."""

    text: str
    theme: str
    level: str
    owner: str
    deadline: str
    status: str
    votes: int


@dataclass(frozen=True)
class DemoGroup:
    """A work group: themes, role mix, what it noted and what it proposed."""

    name: str
    themes: tuple[str, ...]
    members: dict[str, int]
    notes: tuple[tuple[str, str, str], ...]
    measures: tuple[DemoMeasure, ...]


@dataclass(frozen=True)
class DemoConference:
    """Everything needed to build a finished demo conference file."""

    facts: ConferenceFacts
    leaders: tuple[tuple[str, str], ...]
    attendance: dict[str, int]
    run_times: tuple[tuple[str, str], ...]
    end_time: str
    findings: tuple[DemoFinding, ...]
    groups: tuple[DemoGroup, ...]
    plenary: tuple[tuple[str, str, int | None], ...]
    assessment: str
    forms: tuple[dict[str, int | str | None], ...]
    display: dict[str, str] = field(default_factory=dict)
