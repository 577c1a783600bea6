"""The Bjerke demo: a small conference with 11 participants and three groups.

Written for this product; only the counts (4 interviews, 20 informants,
11 participants) come from the domain brief.
"""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts
from dialog.core.demo.model import DemoConference, DemoFinding, DemoGroup, DemoMeasure

FINDINGS = (
    DemoFinding(
        title="Vanskelig å finne fram til tjenestene",
        body="Mange visste ikke hvor de skulle henvende seg første gang, og informasjonen på nett "
             "og i brosjyrer var utdatert.",
        theme="3.4",
        quotes=(("Jeg ringte fire steder før noen visste hvem som hadde ansvaret.", "B"),),
        response="confirmed",
        comment="Ansatte bekreftet at brosjyren er fra 2005.",
    ),
    DemoFinding(
        title="God støtte fra aktivitetshuset",
        body="Aktivitetshuset beskrives som et sted der man blir møtt som et vanlig menneske.",
        theme="4.10",
        quotes=(("Der spør ingen hva diagnosen min er.", "B"),),
        response="confirmed",
        comment="",
    ),
    DemoFinding(
        title="Saksbehandlerne i NAV byttes ofte",
        body="Brukerne må fortelle historien sin på nytt hver gang de får en ny saksbehandler.",
        theme="4.12",
        quotes=(("Tre saksbehandlere på ett år. Jeg orker ikke begynne på nytt igjen.", "B"),),
        response="nuanced",
        comment="NAV forklarte omorganiseringen; salen mente det likevel må finnes en fast kontakt.",
    ),
    DemoFinding(
        title="Ansvarsgruppemøter oppleves som nyttige når brukeren leder dem",
        body="De få som har prøvd å lede sitt eget møte, forteller om større eierskap til planen.",
        theme="4.3",
        quotes=(("Da jeg satte dagsorden selv, ble det mitt møte.", "B"),),
        response="new_angle",
        comment="Nytt: pårørende ønsker en egen del av møtet uten fagfolk til stede.",
    ),
    DemoFinding(
        title="Lang ventetid på boligtilbud",
        body="Flere bor midlertidig i lang tid, og det gjør det vanskelig å komme videre.",
        theme="4.4",
        quotes=(("Midlertidig har vart i to år nå.", "B"),),
        response="contested",
        comment="Bydelen mente ventetiden er kortere nå; brukerne var uenige.",
    ),
)

GROUPS = (
    DemoGroup(
        name="Gruppe A – Informasjon og første kontakt",
        themes=("3.4",),
        members={"user": 2, "staff": 1, "manager": 1},
        notes=(
            ("works_well", "T", "Servicetorget svarer raskt på telefon."),
            ("works_less_well", "B1", "Brosjyren er gammel, og nettsiden har feil telefonnummer."),
            ("new_angle", "B2", "Brukere kan lage brosjyren sammen med ansatte."),
            ("measure", "L", "Ny brosjyre og nettside, skrevet sammen med brukere."),
        ),
        measures=(
            DemoMeasure("Lage ny brosjyre og nettside om tjenestene sammen med brukere",
                        "3.4", "district", "Kommunikasjonsrådgiver i bydelen", "2008-05-01", "agreed", 6),
        ),
    ),
    DemoGroup(
        name="Gruppe B – NAV og arbeid",
        themes=("4.12",),
        members={"user": 2, "nav": 1, "relative": 1},
        notes=(
            ("works_well", "N", "Arbeidsrettet oppfølging har fått flere veiledere."),
            ("works_less_well", "B1", "Ingen fast kontaktperson i NAV."),
            ("quote", "P", "Det er jeg som må huske alt for ham når saksbehandleren er ny."),
            ("measure", "N", "Fast kontaktperson i NAV for brukere med psykiske lidelser."),
        ),
        measures=(
            DemoMeasure("Fast kontaktperson i NAV for brukere som følges opp av psykisk helsetjeneste",
                        "4.12", "nav", "NAV Bjerke", "2008-06-01", "proposed", 5),
        ),
    ),
    DemoGroup(
        name="Gruppe C – Ansvarsgruppe og bolig",
        themes=("4.3", "4.4"),
        members={"user": 1, "staff": 1, "manager": 1},
        notes=(
            ("works_well", "B", "Når jeg leder møtet selv, blir det bedre."),
            ("works_less_well", "T", "Boligkontoret har ikke kapasitet til å møte i ansvarsgruppene."),
            ("new_angle", "L", "Tilby kurs i å lede sitt eget ansvarsgruppemøte."),
            ("measure", "L", "Kurs for brukere i å lede eget ansvarsgruppemøte."),
        ),
        measures=(
            DemoMeasure("Kurs for brukere i å lede sitt eget ansvarsgruppemøte",
                        "4.3", "service", "Psykisk helsetjeneste Bjerke", "2008-04-15", "proposed", 4),
        ),
    ),
)

PLENARY = (
    ("priority", "Bedre informasjon om hvor man henvender seg først.", 0),
    ("agreement", "Brukere skal være med og skrive ny informasjon om tjenestene.", 0),
    ("disagreement", "Bydelen og brukerne er uenige om ventetiden på bolig er blitt kortere.", 2),
)

ASSESSMENT = (
    "En liten konferanse med god stemning. Gruppe C hadde bare én bruker, og det merket vi i samtalen. "
    "Informasjon og NAV-kontakt ble tydelig prioritert. Uenigheten om boligventetid bør belyses med tall "
    "før neste møte i brukerrådet."
)

FORMS: tuple[dict[str, int | str | None], ...] = (
    {"role": "user", "matched": 4, "voice": 4, "safe": 5, "learned": 3, "useful": 4},
    {"role": "user", "matched": 5, "voice": 3, "safe": 4, "learned": 4, "useful": 4,
     "missing": "Noen fra boligkontoret."},
    {"role": "user", "matched": 4, "voice": 5, "safe": 5, "learned": 4, "useful": 5},
    {"matched": 3, "voice": 4, "safe": 4, "learned": 3, "useful": 3,
     "comments": "For kort tid til gruppearbeid."},
    {"role": "relative", "matched": 5, "voice": 4, "safe": 4, "learned": 5, "useful": 5,
     "follow_up": "Fast kontakt i NAV."},
    {"role": "staff", "matched": 4, "voice": 5, "safe": 5, "learned": 4, "useful": 4},
    {"role": "manager", "matched": 4, "voice": 4, "safe": 5, "learned": 4, "useful": 4,
     "follow_up": "Ny brosjyre."},
    {"role": "nav", "matched": 3, "voice": 4, "safe": 4, "learned": 5, "useful": 4},
    {"role": "staff", "matched": 4, "voice": 4, "safe": 5, "learned": 3, "useful": 4},
)

DISPLAY = {
    "3.1": "positive", "3.2": "mixed", "3.3": "not_discussed", "3.4": "challenge", "3.5": "mixed",
    "3.6": "positive", "3.7": "not_discussed", "3.8": "not_discussed", "3.9": "mixed", "3.10": "not_discussed",
    "4.1": "positive", "4.2": "not_discussed", "4.3": "mixed", "4.4": "challenge", "4.5": "not_discussed",
    "4.6": "not_discussed", "4.7": "not_discussed", "4.8": "not_discussed", "4.9": "not_discussed",
    "4.10": "positive", "4.11": "not_discussed", "4.12": "challenge",
}

BJERKE = DemoConference(
    facts=ConferenceFacts(
        district="Bjerke",
        date="2008-02-06",
        venue="Bjerke bydelsadministrasjon, kantina",
        language="nb",
        report_version="Prosessrapport Bjerke (januar 2008)",
        interviews=4,
        informants=20,
    ),
    leaders=(("Hanne Lie Ødegård", "leader"),),
    attendance={"user": 5, "relative": 1, "staff": 2, "manager": 2, "nav": 1},
    run_times=(("setup", "12:10"), ("presentation", "12:30"), ("group_work", "13:05"), ("plenary", "14:05"),
               ("evaluation", "14:45"), ("closing", "14:55")),
    end_time="15:10",
    findings=FINDINGS,
    groups=GROUPS,
    plenary=PLENARY,
    assessment=ASSESSMENT,
    forms=FORMS,
    display=DISPLAY,
)
"""The finished Bjerke conference."""
