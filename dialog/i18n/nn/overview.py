"""Norwegian nynorsk messages: the organiser's overview across conferences."""

MESSAGES: dict[str, str] = {
    "overview.title": "Oversikt over dialogkonferansane",
    "overview.subtitle.one": "{count} konferanse, {first} – {last}",
    "overview.subtitle.other": "{count} konferansar, {first} – {last}",
    "overview.exported.one": "Laga {date} kl. {time} frå {count} konferansefil.",
    "overview.exported.other": "Laga {date} kl. {time} frå {count} konferansefiler.",
    "overview.attendance": "Oppmøte",
    "overview.district": "Bydel",
    "overview.date": "Dato",
    "overview.district_on_date": "{district} {date}",
    "overview.demo_mark": "{name} (demo)",
    "overview.demos_left_out.one": (
        "ikkje med: {count} demokonferanse ({names}); «dialog overview --include-demos» tek han med"
    ),
    "overview.demos_left_out.other": (
        "ikkje med: {count} demokonferansar ({names}); «dialog overview --include-demos» tek dei med"
    ),
    "overview.demos_only": "fann berre demokonferansar: dei blir viste, kvar merkt (demo)",
    "overview.copy.forms": "{kept} mot {left} skjema",
    "overview.copy.notes": "{kept} mot {left} notat",
    "overview.copy.measures": "{kept} mot {left} tiltak",
    "overview.copy.participants": "{kept} mot {left} deltakarar",
    "overview.copy.separator": ", ",
    "overview.interviews": "Intervju",
    "overview.informants": "Informantar",
    "overview.participants": "Deltakarar på konferansen",
    "overview.forms": "Leverte evalueringsskjema",
    "overview.column.participants": "Deltakarar",
    "overview.column.forms": "Leverte skjema",
    "overview.columns_explained": (
        "Deltakarar: på dialogkonferansen. Leverte skjema: evalueringsskjema som kom inn på konferansen."
    ),
    "overview.hidden_conference": "{name} ({count})",
    "overview.hidden_at": (
        "Færre enn {minimum} svar, ikkje vist av omsyn til anonymiteten (talet på svar i parentes): "
        "{conferences}."
    ),
    "overview.hidden_everywhere": (
        "Færre enn {minimum} svar på kvar konferanse, så ingenting er vist (talet på svar i parentes): "
        "{conferences}."
    ),
    "overview.no_answers": "Ingen svarte på dette spørsmålet på nokon av konferansane.",
    "overview.total": "Sum",
    "overview.matrix": "Tema etter bydel",
    "overview.theme": "Tema",
    "overview.measure_counts": "Tiltak etter tema og bydel",
    "overview.measures": "Tiltak",
    "overview.measure": "Tiltak",
    "overview.level": "Ansvarleg nivå",
    "overview.owner": "Ansvarleg",
    "overview.deadline": "Frist",
    "overview.status": "Status",
    "overview.overdue": "over fristen",
    "overview.overdue_deadline": "{deadline} – over fristen",
    "overview.overdue_count.one": (
        "{count} av {total} tiltak er ope og over fristen per {day}: fristen står i feit skrift, "
        "merkt «over fristen»."
    ),
    "overview.overdue_count.other": (
        "{count} av {total} tiltak er opne og over fristen per {day}: fristane står i feit skrift, "
        "merkte «over fristen»."
    ),
    "overview.evaluation": "Evaluering på tvers av konferansane",
    "overview.mean": "Snitt",
    "overview.distribution": "Fordeling (1/2/3/4/5)",
    "overview.files": "Filer som er lesne",
    "cli.overview.help": (
        "les mange konferansefiler (frå fleire maskiner) side om side: oppmøte, tema etter bydel, tiltak, "
        "evaluering"
    ),
    "cli.overview.paths": "konferansefiler eller mapper (undermappene blir òg lesne; standard: sesjonsmappa)",
    "cli.overview.out": "kvar det skal skrivast (standard: ./exports/oversikt.docx, eller oversikt-csv/)",
    "cli.overview.include_demos": (
        "ta med demokonferansar òg, kvar merkt (demo); utan dette er dei ikkje med, så sant det ikkje berre "
        "finst demoar"
    ),
    "cli.overview.order": "rekkjefølgja på konferansane: etter dato (standard), eller slik du gav filene og mappene",
    "cli.overview.template": (
        ".docx-mal frå organisasjonen; stilane, sidestorleiken, toppteksten og botnteksten blir brukte i "
        "oversikta i Word"
    ),
    "overview.none": "fann ingen konferansefiler i {paths}.",
    "overview.left_out": "ikkje med: {reason}",
    "overview.counted_once": "fanst to gonger, talt éin gong: {path}: {reason}",
    "overview.file_name": "oversikt.docx",
    "overview.qdpx_name": "oversikt.qdpx",
    "overview.csv_folder": "oversikt-csv",
    "overview.csv_readme_left_out": "Ikkje med i desse filene:",
    "overview.csv_readme_title.one": (
        "CSV-filer for analyse frå oversikta over {count} dialogkonferanse ({layout})."
    ),
    "overview.csv_readme_title.other": (
        "CSV-filer for analyse frå oversikta over {count} dialogkonferansar ({layout})."
    ),
    "overview.csv_readme": (
        "\n"
        "Kvar fil byrjar med bydel (district), dato (date), id-en til konferansen (conference_id) og demo (1 for "
        "ein demokonferanse, som berre blir teken med når nokon ber om det eller når det ikkje fanst andre), så to "
        "konferansar i same bydel aldri blir blanda, og filene frå fleire oversikter kan stablast. Kvar kode har "
        "orda sine ved sida av, i kolonnen med same namn og _text til slutt (status = challenge, "
        "status_text = Utfordring).\n"
        "\n"
        "attendance.csv – éi rad per konferanse: intervju, informantar, deltakarar, evalueringsskjema, notat "
        "og tiltak. Den siste rada, «{total}», har summane: ta henne bort når du stablar eller summerer radene.\n"
        "display-matrix.csv – tema × konferanse: status for kvart tema i katalogen og kor mange tiltak "
        "konferansen føreslo under temaet.\n"
        "measures.csv – alle tiltak: tema, tiltak, ansvarsnivå, ansvarleg, frist, over fristen (1 for eit ope "
        "tiltak som er over fristen den dagen filene vart laga), status og stemmer.\n"
        "notes.csv – alle gruppenotat: gruppe, tema, type, rollebokstav og tekst.\n"
        "evaluation.csv – kvart skalaspørsmål per konferanse: talet på svar (n), gjennomsnitt og talet på svar "
        "per poeng. Med færre enn {minimum} svar står gjennomsnitt og fordeling tomme, for å verne anonymiteten.\n"
        "\n"
        "Ei celle som elles ville starte ein formel i eit rekneark (=, +, -, @), har fått ein apostrof framfor.\n"
    ),
    "key.overview": "Oversikt",
    "tip.overview": "Oversikt over alle konferansane i denne mappa: oppmøte og tiltak",
    "key.change_status": "Status",
    "tip.change_status": "Endre status for valt tiltak (blir lagra i konferansefila som tiltaket høyrer til)",
    "overview.reading": "Les konferansefilene …",
    "overview.opening": "Opnar oversikta …",
    "overview.read.one": "Las {count} konferanse.",
    "overview.read.other": "Las {count} konferansar.",
    "overview.any_status": "Alle statusar",
    "overview.any_level": "Alle nivå",
    "overview.any_district": "Alle bydelar",
    "overview.pick_measure": "Vel eit tiltak i fanen Tiltak først.",
    "overview.status_question": "Ny status for: {measure}",
    "overview.status_written": "Status sett til {status} i {path}.",
    "overview.writing": "Skriv statusen inn i {path} …",
    "help.overview": (
        "Alle konferansefilene i mappa og undermappene, lesne side om side utan at dei blir endra. Fanen "
        "Oppmøte viser tabellen frå sluttrapporten med summar; fanen Tiltak viser alle tiltak, med filter, og "
        "merker opne tiltak som er over fristen; fanen Tema etter bydel viser kvart tema i katalogen per bydel "
        "(+ positivt, ± blanda, − utfordring, · ikkje drøfta); fanen Evaluering på tvers av konferansane viser "
        "tal, snitt og fordeling per spørsmål og konferanse, og skjuler alt med færre enn 3 svar. "
        "Demokonferansar er ikkje med når det finst ekte konferansar i mappa, og blir viste merkte (demo) når "
        "det ikkje finst noko anna; den andre konferansen i ein bydel får eigen kolonne, med datoen i namnet. "
        "Ein status du endrar, blir skriven inn i konferansefila som tiltaket høyrer til. «dialog overview» "
        "skriv det same som Word eller CSV."
    ),
    "overview.evaluation_hint": (
        "Snittskår, med talet på svar i parentes; – der færre enn 3 svarte (skjult for å verne anonymiteten)."
    ),
}
