"""The default anonymous evaluation form."""

from __future__ import annotations

from dataclasses import dataclass

SCALE_LOW, SCALE_HIGH = 1, 5
"""The answers of a scale question: 1 to 5, as on the paper form (a digit key answers it in the app)."""



def sane_scale(low: object, high: object) -> tuple[int, int]:
    """A stored scale's ends as the app can use them: within 1–5, the smaller first.

    Every writer keeps to 1–5; this guards the readers (tally, pages, overview)
    against a file changed by another tool, where ``scale_max`` 10⁹ would make
    a distribution of a billion scores.
    """
    if isinstance(low, int) and isinstance(high, int) and SCALE_LOW <= low <= high <= SCALE_HIGH:
        return low, high
    return SCALE_LOW, SCALE_HIGH


MAX_QUESTION_TEXT = 500
"""Longest wording of a question, in each language."""

MAX_SHEET_NUMBER = 9999
"""Highest number a printed paper form may carry ("Skjema nr. 9999")."""


@dataclass(frozen=True)
class Question:
    """One question of an evaluation form template, worded in bokmål, English and nynorsk."""

    code: str
    kind: str
    text_nb: str
    text_en: str
    scale_min: int | None = None
    scale_max: int | None = None
    text_nn: str = ""


DEFAULT_QUESTIONS: tuple[Question, ...] = (
    Question("role", "role", "Hvilken rolle hadde du i dag? (frivillig å svare)",
             "What was your role today? (optional)", text_nn="Kva rolle hadde du i dag? (frivillig å svare)"),
    Question("matched", "scale", "Stemte funnene med dine egne erfaringer?",
             "Did the findings match your own experience?", SCALE_LOW, SCALE_HIGH,
             text_nn="Stemde funna med dine eigne erfaringar?"),
    Question("voice", "scale", "Fikk du sagt det du ønsket?", "Did you get to say what you wanted?",
             SCALE_LOW, SCALE_HIGH, text_nn="Fekk du sagt det du ønskte?"),
    Question("safe", "scale", "Opplevde du at det var trygt å si sin mening?",
             "Did the setting feel safe for speaking your mind?", SCALE_LOW, SCALE_HIGH,
             text_nn="Opplevde du at det var trygt å seie meininga di?"),
    Question("learned", "scale", "Lærte du noe nytt?", "Did you learn something new?",
             SCALE_LOW, SCALE_HIGH, text_nn="Lærte du noko nytt?"),
    Question("useful", "scale", "Hvor nyttig var konferansen alt i alt?",
             "Overall, how useful was the conference?", SCALE_LOW, SCALE_HIGH,
             text_nn="Kor nyttig var konferansen alt i alt?"),
    Question("missing", "text", "Var det noe som manglet?", "Was anything missing?",
             text_nn="Var det noko som mangla?"),
    Question("follow_up", "text", "Hva bør bydelen følge opp først?",
             "What should the district follow up first?", text_nn="Kva bør bydelen følgje opp først?"),
    Question("comments", "text", "Andre kommentarer", "Other comments", text_nn="Andre kommentarar"),
)
"""Role (optional), five 1-5 scales and three free-text questions."""
