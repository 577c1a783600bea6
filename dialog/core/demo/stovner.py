"""The Stovner demo: 15 participants, four groups, 13 evaluation forms, 12 to 15 phones answering most findings.

The content is written for this product from the short account of the Stovner
findings in the domain brief; people are described by role letters only.
"""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts
from dialog.core.demo.model import DemoConference, DemoFinding, DemoGroup, DemoMeasure, DemoRoom

FINDINGS = (
    DemoFinding(
        title="Psykisk helseteam kommer hjem til folk",
        body="Brukerne gir teamet gode skussmål fordi de kommer hjem, hjelper med skjemaer og blir med "
             "på kontorer som NAV og trygdekontoret.",
        theme="4.1",
        quotes=(
            ("De kom hjem til meg da jeg ikke klarte å gå ut. Det var det som snudde det.", "B"),
            ("Hun ble med meg på NAV og satt der hele tiden. Alene hadde jeg gått hjem igjen.", "B"),
        ),
        response="confirmed",
        comment="Bred enighet i salen. Flere ansatte sa at hjemmebesøkene er det første som blir kuttet "
                "når det er travelt.",
        room=DemoRoom(
            {"confirmed": 11, "nuanced": 3, "new_angle": 1},
            roles={"confirmed": ("user", "user", "user", "user", "user", "staff", "staff"),
                   "nuanced": ("staff", "staff")},
            comments={"confirmed": ("Uten hjemmebesøkene hadde jeg ikke kommet meg hit i dag.",
                                    "Stemmer. Men det tok lang tid før jeg stolte på dem."),
                      "nuanced": ("Besøkene er gode, men det er lang ventetid før de starter.",),
                      "new_angle": ("Kunne pårørende også fått et besøk og noen råd?",)},
        ),
    ),
    DemoFinding(
        title="Få kjenner ordet brukermedvirkning, men kontaktpersonen holder tråden",
        body="Begrepet sier lite for de fleste. Likevel opplever mange at de blir hørt gjennom en fast "
             "kontaktperson som kjenner dem.",
        theme="3.2",
        quotes=(
            ("Brukermedvirkning? Det har jeg aldri hørt om. Men jeg sier fra til kontaktpersonen min.", "B"),
        ),
        response="nuanced",
        comment="Salen la til at det står og faller på én person: når kontaktpersonen slutter, "
                "forsvinner medvirkningen.",
        room=DemoRoom(
            {"confirmed": 5, "nuanced": 7, "contested": 1, "new_angle": 1},
            roles={"confirmed": ("user", "user"), "nuanced": ("user", "user", "user"), "contested": ("staff",)},
            comments={"nuanced": ("Jeg blir hørt når jeg har samme kontaktperson. Nå har jeg hatt fire.",
                                  "Ordet er vanskelig, men vi vet godt hva det betyr i praksis."),
                      "contested": ("Vi snakker om brukermedvirkning på hvert personalmøte.",)},
        ),
    ),
    DemoFinding(
        title="Individuell plan er lite kjent og følges dårlig opp",
        body="Få har en individuell plan, og de som har det, vet sjelden hvem som har ansvaret for å "
             "følge den opp.",
        theme="4.2",
        quotes=(
            ("Jeg har en plan et sted i en skuff. Ingen har spurt om den siden.", "B"),
        ),
        response="confirmed",
        comment="Lederne bekreftet at rutinen for oppfølging av IP ikke er på plass.",
        room=DemoRoom(
            {"confirmed": 10, "nuanced": 2, "contested": 1},
            comments={"confirmed": ("Jeg visste ikke at jeg hadde rett på en plan.",
                                    "Planen ble laget, men ingen har sett på den etterpå.")},
        ),
    ),
    DemoFinding(
        title="Samlokaliserte boliger: godt fellesskap, lite å si over husreglene",
        body="Beboerne liker de sosiale aktivitetene, men har lite innflytelse på husordensreglene og "
             "ser personalet sjelden.",
        theme="4.5",
        quotes=(
            ("Vi har det fint på fredagskaffen. Men reglene fikk vi bare i posten.", "B"),
            ("Personalet sitter på kontoret. Man må banke på for å få hjelp.", "B"),
        ),
        response="contested",
        comment="Ansatte mente de er til stede hver dag; beboerne opplever det annerledes. "
                "Uenigheten ble tatt med til gruppearbeidet.",
        room=DemoRoom(
            {"confirmed": 6, "nuanced": 3, "contested": 6},
            roles={"confirmed": ("user", "user", "user", "user", "user"),
                   "contested": ("staff", "staff", "staff", "staff", "manager", "manager")},
            comments={"confirmed": ("Man må banke på en lukket dør for å få hjelp.",),
                      "nuanced": ("Kommer an på hvem som er på vakt.",),
                      "contested": ("Vi er ute i fellesarealene hver dag, men kanskje på feil tider.",
                                    "Reglene ble gått gjennom på et beboermøte i fjor.")},
        ),
    ),
    DemoFinding(
        title="Ingen krisehjelp utenom kontortid, tynne hjemmetjenester i helgene",
        body="Etter klokka 15 og i helgene finnes det lite annet enn legevakta, og hjemmetjenesten har "
             "lite tid til den enkelte.",
        theme="4.9",
        quotes=(
            ("Krisene mine kommer ikke i kontortiden.", "B"),
            ("På lørdag kommer de bare med medisinene og går igjen.", "P"),
        ),
        response="confirmed",
        comment="Dette engasjerte salen mest, og det ble valgt som tema for en egen gruppe.",
        room=DemoRoom(
            {"confirmed": 13, "nuanced": 1, "new_angle": 1},
            roles={"confirmed": ("user", "user", "relative", "user", "user", "staff", "staff", "staff")},
            comments={"confirmed": ("Kvelden er verst. Da er det ingen å ringe.",
                                    "Legevakta kjenner meg ikke, og jeg orker ikke forklare alt på nytt.",
                                    "Som pårørende er det jeg som blir ringt klokka tre om natta."),
                      "new_angle": ("En kriseplan jeg har selv, med numre til folk som kjenner meg.",)},
        ),
    ),
    DemoFinding(
        title="Svak overgang mellom DPS og bydelen",
        body="Ved utskriving fra DPS får bydelen ofte beskjed sent, og brukeren står uten oppfølging "
             "de første ukene.",
        theme="3.9",
        quotes=(
            ("Jeg ble skrevet ut på fredag, og ingen visste om det før onsdag.", "B"),
        ),
        response="confirmed",
        comment="DPS-representanten kjente seg igjen og foreslo et fast samarbeidsmøte.",
        room=DemoRoom(
            {"confirmed": 8, "nuanced": 3, "contested": 1},
            roles={"confirmed": ("user", "user", "user"), "contested": ("dps",)},
            comments={"confirmed": ("Ble skrevet ut på en fredag, og ingen ringte før uka etter.",),
                      "nuanced": ("Det har blitt bedre etter at ambulant team kom i gang.",)},
        ),
    ),
    DemoFinding(
        title="Fastlegene tar seg tid til å snakke",
        body="Mange har en fastlege som lytter og tar seg tid, og som følger opp over lang tid.",
        theme="4.8",
        quotes=(
            ("Legen min har kjent meg i tolv år. Han skjønner når noe er galt.", "B"),
        ),
        response="nuanced",
        comment="Stor forskjell mellom legene; to brukere fortalte om korte timer og lite tid.",
        room=DemoRoom({"confirmed": 1, "nuanced": 1}),  # the leader moved on quickly: too few to show
    ),
    DemoFinding(
        title="Arbeidstreningen på Jesperud har flere søkere enn plasser",
        body="Tilbudet får svært gode tilbakemeldinger, men ventelisten er lang.",
        theme="4.12",
        quotes=(
            ("Der fikk jeg være noe annet enn syk.", "B"),
        ),
        response="new_angle",
        comment="Nytt perspektiv: aktivitetshuset kan være et trinn på veien mens man venter, "
                "hvis det samarbeider med Jesperud og NAV.",
        room=DemoRoom(
            {"confirmed": 4, "nuanced": 2, "new_angle": 8},
            roles={"new_angle": ("user", "user", "user", "user_org", "staff", "staff", "staff")},
            comments={"confirmed": ("Ventelisten er over et halvt år.",),
                      "new_angle": ("Aktivitetshuset kunne vært et sted å starte mens man venter.",
                                    "NAV bør være med fra første dag, ikke når plassen er klar.")},
        ),
    ),
)

GROUPS = (
    DemoGroup(
        name="Gruppe 1 – Krisehjelp etter kontortid",
        themes=("4.9",),
        members={"user": 2, "staff": 1, "manager": 1},
        notes=(
            ("works_well", "B1", "Legevakta er flinke når man først kommer dit."),
            ("works_less_well", "B2", "Ingen å ringe mellom klokka 15 og 08 som kjenner meg."),
            ("works_less_well", "T", "Hjemmetjenesten har bare 10 minutter per besøk i helgene."),
            ("quote", "B1", "Det hjelper å vite at noen tar telefonen, selv om jeg ikke ringer."),
            ("new_angle", "L", "Kriseplan som brukeren selv eier, med navn og nummer til dem som kjenner en."),
            ("measure", "L", "Prøve ut en telefon til psykisk helseteam til kl. 22 på hverdager."),
            ("measure", "B2", "Kriseplan til alle som ønsker det, laget sammen med kontaktpersonen."),
        ),
        measures=(
            DemoMeasure("Prøveordning med telefon til psykisk helseteam til kl. 22 på hverdager",
                        "4.9", "district", "Leder for psykisk helseteam", "2008-03-01", "agreed", 9),
            DemoMeasure("Tilby alle brukere en egen kriseplan laget sammen med kontaktpersonen",
                        "4.9", "service", "Kontaktpersonene i psykisk helseteam", "2008-01-31", "agreed", 7),
        ),
    ),
    DemoGroup(
        name="Gruppe 2 – Å bo i samlokalisert bolig",
        themes=("4.5", "4.6"),
        members={"user": 2, "staff": 1, "manager": 1},
        notes=(
            ("works_well", "B1", "Fredagskaffen og turene gjør at man blir kjent med naboene."),
            ("works_less_well", "B2", "Husreglene ble bestemt uten at vi ble spurt."),
            ("works_less_well", "B1", "Vi vet ikke når personalet er på jobb."),
            ("works_well", "T", "Personalet har fått opplæring i motiverende samtale."),
            ("new_angle", "B2", "Et husmøte hver måned der beboerne setter dagsorden."),
            ("quote", "T", "Vi trodde vi var synlige. Det er nyttig å høre at det ikke oppleves sånn."),
            ("measure", "L", "Husmøte hver måned, med referat på oppslagstavla."),
            ("measure", "T", "Oppslag med hvem som er på jobb i dag, med bilde."),
        ),
        measures=(
            DemoMeasure("Månedlig husmøte der beboerne setter dagsorden og reglene gjennomgås",
                        "4.5", "service", "Boligleder", "2007-12-15", "in_progress", 6),
            DemoMeasure("Oppslag ved inngangen som viser hvem som er på jobb hver dag",
                        "4.6", "service", "Personalgruppa i boligen", "2007-11-30", "done", 3),
        ),
    ),
    DemoGroup(
        name="Gruppe 3 – Fra aktivitet til arbeid",
        themes=("4.10", "4.12"),
        members={"user": 1, "user_org": 1, "staff": 1},
        notes=(
            ("works_well", "B", "Jesperud gir struktur på dagen og folk å snakke med."),
            ("works_less_well", "BO", "Ventelisten gjør at mange gir opp før de får plass."),
            ("works_less_well", "B", "NAV-veilederen byttes ut hele tiden."),
            ("new_angle", "BO", "Aktivitetshuset kan brukes som et første trinn mens man venter."),
            ("quote", "B", "Jeg vil ikke bare ha noe å gjøre. Jeg vil ha noe å gå til."),
            ("measure", "T", "Felles inntaksmøte mellom aktivitetshuset, Jesperud og NAV."),
        ),
        measures=(
            DemoMeasure("Felles inntaksmøte for aktivitetshuset, Jesperud og NAV hver sjette uke",
                        "4.12", "nav", "NAV Stovner, avdeling for arbeid", "2008-02-15", "proposed", 5),
            DemoMeasure("Fast NAV-veileder for deltakere i arbeidstrening",
                        "4.12", "nav", "NAV Stovner", "2008-04-01", "proposed", 4),
        ),
    ),
    DemoGroup(
        name="Gruppe 4 – Samarbeid mellom bydelen og DPS",
        themes=("3.9",),
        members={"user": 1, "relative": 1, "staff": 1, "dps": 1},
        notes=(
            ("works_well", "D", "Ambulant team fra DPS har kommet i gang med hjemmebesøk."),
            ("works_less_well", "B", "Bydelen får ikke beskjed når man skrives ut."),
            ("works_less_well", "P", "Som pårørende får jeg ikke vite noe før det har gått galt."),
            ("new_angle", "P", "Pårørende bør spørres om de vil være med i samarbeidsmøtet."),
            ("quote", "D", "Vi sender epikrisen, men den blir liggende i posten."),
            ("measure", "D", "Fast samarbeidsmøte DPS–bydel annenhver uke om utskrivinger."),
            ("measure", "T", "Bydelen ringer brukeren innen tre dager etter utskriving."),
        ),
        measures=(
            DemoMeasure("Fast samarbeidsmøte mellom DPS og bydelen annenhver uke om kommende utskrivinger",
                        "3.9", "dps", "Avdelingsleder ved DPS og leder for psykisk helseteam",
                        "2008-01-15", "agreed", 8),
            DemoMeasure("Bydelen tar kontakt med brukeren innen tre virkedager etter utskriving",
                        "3.9", "district", "Psykisk helseteam", "2008-01-15", "agreed", 6),
        ),
    ),
)

PLENARY = (
    ("priority", "Krisehjelp etter kontortid er det viktigste å følge opp først.", 0),
    ("priority", "Overgangen fra DPS til bydelen må bli tryggere.", 3),
    ("agreement", "Hjemmebesøkene fra psykisk helseteam må skjermes når budsjettene strammes inn.", None),
    ("agreement", "Beboerne i samlokaliserte boliger skal være med og lage husreglene.", 1),
    ("disagreement", "Ansatte og beboere ser ulikt på hvor synlig personalet er i boligene; "
                     "det skal følges opp på første husmøte.", 1),
    ("other", "Brukerorganisasjonen tilbyr å holde et kurs om individuell plan for brukere og ansatte.", None),
)

ASSESSMENT = (
    "Konferansen hadde et godt og rolig klima. Brukerne tok ordet tidlig, også i plenum, og flere ansatte "
    "sa at de hadde lært mye av å høre brukernes erfaringer direkte. Funnene fra prosessrapporten ble i "
    "hovedsak bekreftet. Det viktigste nye var forslaget om å bruke aktivitetshuset som et trinn mot "
    "arbeid mens man venter på plass på Jesperud. Uenigheten om hvor synlig personalet er i boligene ble "
    "holdt saklig og bør følges opp. Gruppe 3 hadde bare én bruker; neste gang bør gruppene settes "
    "sammen slik at alle har minst to."
)

FORMS: tuple[dict[str, int | str | None], ...] = (
    {"role": "user", "matched": 5, "voice": 5, "safe": 5, "learned": 4, "useful": 5,
     "follow_up": "Krisetelefonen på kveldstid.", "comments": "Takk for at dere hørte på oss."},
    {"role": "user", "matched": 4, "voice": 4, "safe": 5, "learned": 3, "useful": 4,
     "missing": "Mer tid i gruppene."},
    {"role": "user", "matched": 5, "voice": 3, "safe": 4, "learned": 4, "useful": 4,
     "follow_up": "Husmøter i boligene."},
    {"role": "user", "matched": 4, "voice": 5, "safe": 5, "learned": 5, "useful": 5},
    {"matched": 3, "voice": 4, "safe": 4, "learned": 4, "useful": 4,
     "comments": "Litt mye å lese på lysbildene."},
    {"role": "user", "matched": 5, "voice": 4, "safe": 3, "learned": 3, "useful": 4,
     "missing": "Noen fra NAV burde vært her."},
    {"role": "relative", "matched": 4, "voice": 4, "safe": 4, "learned": 5, "useful": 5,
     "follow_up": "At pårørende blir tatt med når noen skrives ut."},
    {"role": "staff", "matched": 4, "voice": 5, "safe": 5, "learned": 5, "useful": 5,
     "comments": "Lærerikt å høre hvordan boligene oppleves."},
    {"role": "staff", "matched": 3, "voice": 4, "safe": 4, "learned": 4, "useful": 4},
    {"role": "staff", "matched": 4, "voice": 4, "safe": 5, "learned": 4, "useful": 4,
     "follow_up": "Rutine for individuell plan."},
    {"role": "manager", "matched": 4, "voice": 5, "safe": 5, "learned": 4, "useful": 5,
     "follow_up": "Samarbeidsmøtene med DPS."},
    {"role": "manager", "matched": 5, "voice": 4, "safe": 5, "learned": 3, "useful": 4},
    {"role": "dps", "matched": 4, "voice": 4, "safe": 5, "learned": 4, "useful": 4,
     "comments": "Bra at DPS var invitert. Vi kommer gjerne igjen."},
)

DISPLAY = {
    "3.1": "positive", "3.2": "mixed", "3.3": "not_discussed", "3.4": "challenge", "3.5": "challenge",
    "3.6": "positive", "3.7": "challenge", "3.8": "mixed", "3.9": "challenge", "3.10": "not_discussed",
    "4.1": "positive", "4.2": "challenge", "4.3": "not_discussed", "4.4": "not_discussed", "4.5": "mixed",
    "4.6": "mixed", "4.7": "challenge", "4.8": "mixed", "4.9": "challenge", "4.10": "positive",
    "4.11": "not_discussed", "4.12": "mixed",
}

STOVNER = DemoConference(
    facts=ConferenceFacts(
        district="Stovner",
        date="2007-10-17",
        venue="Stovner bydelshus, store møtesal",
        language="nb",
        report_version="Prosessrapport Stovner, versjon 2 (september 2007)",
        interviews=6,
        informants=17,
    ),
    leaders=(("Ingrid Sæther", "leader"), ("Tor Almli", "co_leader")),
    attendance={"user": 6, "relative": 1, "user_org": 1, "staff": 4, "manager": 2, "dps": 1},
    run_times=(("setup", "09:20"), ("presentation", "09:40"), ("group_work", "10:20"), ("plenary", "11:35"),
               ("evaluation", "12:25"), ("closing", "12:40")),
    end_time="12:55",
    findings=FINDINGS,
    groups=GROUPS,
    plenary=PLENARY,
    assessment=ASSESSMENT,
    forms=FORMS,
    display=DISPLAY,
)
"""The finished Stovner conference."""
