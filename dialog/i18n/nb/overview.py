"""Norske meldinger: arrangørens oversikt på tvers av konferansene."""

MESSAGES: dict[str, str] = {
    "overview.title": "Oversikt over dialogkonferansene",
    "overview.subtitle.one": "{count} konferanse, {first} – {last}",
    "overview.subtitle.other": "{count} konferanser, {first} – {last}",
    "overview.exported.one": "Laget {date} kl. {time} av {count} konferansefil.",
    "overview.exported.other": "Laget {date} kl. {time} av {count} konferansefiler.",
    "overview.attendance": "Oppmøte",
    "overview.district": "Bydel",
    "overview.date": "Dato",
    "overview.district_on_date": "{district} {date}",
    "overview.demo_mark": "{name} (demo)",
    "overview.demos_left_out.one": "utelatt: {count} demokonferanse ({names}); «dialog overview --include-demos» tar den med",
    "overview.demos_left_out.other": "utelatt: {count} demokonferanser ({names}); «dialog overview --include-demos» tar dem med",
    "overview.demos_only": "bare demokonferanser ble funnet: de vises, hver merket (demo)",
    "overview.copy.forms": "{kept} mot {left} skjemaer",
    "overview.copy.notes": "{kept} mot {left} notater",
    "overview.copy.measures": "{kept} mot {left} tiltak",
    "overview.copy.participants": "{kept} mot {left} deltakere",
    "overview.copy.separator": ", ",
    "overview.interviews": "Intervjuer",
    "overview.informants": "Informanter",
    "overview.participants": "Deltakere på konferansen",
    "overview.forms": "Evalueringsskjema levert",
    "overview.column.participants": "Deltakere",
    "overview.column.forms": "Skjemaer levert",
    "overview.columns_explained": "Deltakere: på dialogkonferansen. Skjemaer levert: evalueringsskjemaer levert på konferansen.",
    "overview.hidden_conference": "{name} ({count})",
    "overview.hidden_at": "Færre enn {minimum} svar, ikke vist av hensyn til anonymiteten (antall svar i parentes): {conferences}.",
    "overview.hidden_everywhere": "Færre enn {minimum} svar på hver konferanse, så ingenting er vist (antall svar i parentes): {conferences}.",
    "overview.no_answers": "Ingen svarte på dette spørsmålet på noen av konferansene.",
    "overview.total": "Sum",
    "overview.matrix": "Tema etter bydel",
    "overview.theme": "Tema",
    "overview.measure_counts": "Tiltak etter tema og bydel",
    "overview.measures": "Tiltak",
    "overview.measure": "Tiltak",
    "overview.level": "Ansvarlig nivå",
    "overview.owner": "Ansvarlig",
    "overview.deadline": "Frist",
    "overview.status": "Status",
    "overview.overdue": "over fristen",
    "overview.overdue_deadline": "{deadline} – over fristen",
    "overview.overdue_count.one": "{count} av {total} tiltak er åpent og over fristen per {day}: fristen står i fet skrift, merket «over fristen».",
    "overview.overdue_count.other": "{count} av {total} tiltak er åpne og over fristen per {day}: fristene står i fet skrift, merket «over fristen».",
    "overview.evaluation": "Evaluering på tvers av konferansene",
    "overview.mean": "Snitt",
    "overview.distribution": "Fordeling (1/2/3/4/5)",
    "overview.files": "Filer som er lest",
    "cli.overview.help": "les mange konferansefiler (fra flere maskiner) side om side: oppmøte, tema etter bydel, tiltak, evaluering",
    "cli.overview.paths": "konferansefiler eller mapper (søkes med undermapper; standard: sesjonsmappa)",
    "cli.overview.out": "hvor det skal skrives (standard: ./exports/oversikt.docx, eller oversikt-csv/)",
    "cli.overview.include_demos": "ta med demokonferanser også, hver merket (demo); uten dette utelates de, med mindre det bare finnes demoer",
    "cli.overview.order": "rekkefølgen på konferansene: etter dato (standard), eller slik filene og mappene ble gitt",
    "cli.overview.template": "organisasjonens .docx-mal; stiler, sidestørrelse, topptekst og bunntekst brukes i oversikten i Word",
    "overview.none": "fant ingen konferansefiler i {paths}.",
    "overview.left_out": "utelatt: {reason}",
    "overview.counted_once": "funnet to ganger, telt én gang: {path}: {reason}",
    "overview.file_name": "oversikt.docx",
    "overview.qdpx_name": "oversikt.qdpx",
    "overview.csv_folder": "oversikt-csv",
    "overview.csv_readme_left_out": "Ikke med i disse filene:",
    "overview.csv_readme_title.one": "CSV-filer for analyse fra oversikten over {count} dialogkonferanse ({layout}).",
    "overview.csv_readme_title.other": "CSV-filer for analyse fra oversikten over {count} dialogkonferanser ({layout}).",
    "overview.csv_readme": (
        "\n"
        "Hver fil begynner med bydel (district), dato (date), konferansens id (conference_id) og demo (1 for en "
        "demokonferanse, som bare tas med når det bes om det eller når ingen andre ble funnet), så to konferanser "
        "i samme bydel aldri blandes, og filene fra flere oversikter kan stables. Hver kode har ordene sine ved "
        "siden av, i kolonnen med samme navn og _text til slutt (status = challenge, status_text = Utfordring).\n"
        "\n"
        "attendance.csv – én rad per konferanse: intervjuer, informanter, deltakere, evalueringsskjemaer, notater "
        "og tiltak. Den siste raden, «{total}», har summene: ta den bort når du stabler eller summerer radene.\n"
        "display-matrix.csv – tema × konferanse: status for hvert tema i katalogen og hvor mange tiltak "
        "konferansen foreslo under det.\n"
        "measures.csv – alle tiltak: tema, tiltak, ansvarsnivå, ansvarlig, frist, over fristen (1 for et åpent "
        "tiltak som er over fristen den dagen filene ble laget), status og stemmer.\n"
        "notes.csv – alle gruppenotater: gruppe, temaer, type, rollebokstav og tekst.\n"
        "evaluation.csv – hvert skalaspørsmål per konferanse: antall svar (n), gjennomsnitt og antall svar per "
        "poeng. Med færre enn {minimum} svar står gjennomsnitt og fordeling tomme, for å verne anonymiteten.\n"
        "\n"
        "En celle som ville startet en formel i et regneark (=, +, -, @), har fått en apostrof foran.\n"
    ),
    "key.overview": "Oversikt",
    "tip.overview": "Oversikt over alle konferansene i denne mappa: oppmøte og tiltak",
    "key.change_status": "Status",
    "tip.change_status": "Endre status for valgt tiltak (lagres i tiltakets egen konferansefil)",
    "overview.reading": "Leser konferansefilene …",
    "overview.opening": "Åpner oversikten …",
    "overview.read.one": "{count} konferanse lest.",
    "overview.read.other": "{count} konferanser lest.",
    "overview.any_status": "Alle statuser",
    "overview.any_level": "Alle nivåer",
    "overview.any_district": "Alle bydeler",
    "overview.pick_measure": "Velg et tiltak i fanen Tiltak først.",
    "overview.status_question": "Ny status for: {measure}",
    "overview.status_written": "Status satt til {status} i {path}.",
    "overview.writing": "Skriver statusen inn i {path} …",
    "help.overview": "Alle konferansefilene i mappa og undermappene, lest side om side uten å endres. Fanen Oppmøte gjengir sluttrapportens tabell med summer; fanen Tiltak viser alle tiltak, med filtre, og merker åpne tiltak som er over fristen; fanen Tema etter bydel viser hvert tema i katalogen per bydel (+ positivt, ± blandet, − utfordring, · ikke drøftet); fanen Evaluering på tvers av konferansene viser antall, snitt og fordeling per spørsmål og konferanse, og skjuler alt med færre enn 3 svar. Demokonferanser utelates når det finnes ekte konferanser i mappa, og vises merket (demo) når det ikke finnes noe annet; en bydels andre konferanse får sin egen kolonne, med datoen i navnet. En status du endrer, skrives inn i tiltakets egen konferansefil. «dialog overview» skriver det samme som Word eller CSV.",
    "overview.evaluation_hint": "Snittskår, med antall svar i parentes; – der færre enn 3 svarte (skjult for å verne anonymiteten).",
}
