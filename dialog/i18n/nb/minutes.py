"""Norwegian bokmål messages: the Word minutes."""

MESSAGES: dict[str, str] = {
    "minutes.title": "Referat fra dialogkonferansen – {district}",
    "minutes.doc_title": "Referat – {district} {date}",
    "minutes.doc_subject": "Dialogkonferanse i {district}, {date}",
    "minutes.running_header": "{district} · {date}",
    "minutes.page_of": "Side {page} av {pages}",
    "minutes.exported": "Eksportert {date} kl. {time}, fase: {phase}",
    "minutes.h_facts": "Konferansen og grunnlaget",
    "minutes.h_attendance": "Oppmøte",
    "minutes.h_agenda": "Dagsorden slik den ble gjennomført",
    "minutes.h_findings": "Hovedfunn og deltakernes respons",
    "minutes.h_groups": "Gruppearbeid",
    "minutes.h_plenary": "Plenum",
    "minutes.h_assessment": "Prosesslederens vurdering",
    "minutes.h_evaluation": "Evaluering",
    "minutes.h_follow_up": "Oppfølging: tiltak",
    "minutes.h_display": "Status per tema (til matrisen tema × bydel)",
    "minutes.fact": "Opplysning",
    "minutes.value": "Verdi",
    "minutes.district": "Bydel",
    "minutes.date": "Dato",
    "minutes.venue": "Sted",
    "minutes.leaders.one": "Prosessleder",
    "minutes.leaders.other": "Prosessledere",
    "minutes.co_leaders": "medleder",
    "minutes.report_version": "Prosessrapport",
    "minutes.interviews": "Intervjuer bak rapporten",
    "minutes.informants": "Informanter bak rapporten",
    "minutes.role": "Rolle",
    "minutes.letter": "Bokstav",
    "minutes.count": "Deltakere",
    "minutes.total": "I alt",
    "minutes.phase": "Fase",
    "minutes.planned_start": "Planlagt start",
    "minutes.planned_length": "Planlagt varighet",
    "minutes.actual": "Gjennomført",
    "minutes.minutes": "{minutes} min",
    "minutes.more_time": "+{minutes} min",
    "minutes.paused": "pause {minutes} min",
    "minutes.none": "Ingenting ble ført.",
    "minutes.response": "Deltakernes respons",
    "minutes.no_response": "ikke ført",
    "minutes.members": "Deltakere etter rolle: {members}",
    "minutes.kind_works_well": "Dette fungerer godt",
    "minutes.kind_works_less_well": "Dette fungerer mindre godt",
    "minutes.kind_new_angle": "Nye perspektiver",
    "minutes.kind_quote": "Sitater",
    "minutes.kind_other": "Annet",
    "minutes.kind_measure": "Foreslåtte tiltak",
    "minutes.responsible": "ansvar",
    "minutes.no_level": "nivå ikke satt",
    "minutes.plenary_priority": "Prioriteringer",
    "minutes.plenary_agreement": "Enighet",
    "minutes.plenary_disagreement": "Uenighet",
    "minutes.plenary_other": "Andre punkter",
    "minutes.assessment_note": "Prosesslederens eget syn, holdt adskilt fra det deltakerne sa.",
    "minutes.forms_returned": "{participants}, {forms} levert.",
    "minutes.more_forms_than_participants": "Merk: flere skjemaer enn deltakere – kanskje svarte noen både på "
                                            "papir og på telefon, eller oppmøtet er ført for lavt.",
    "minutes.question": "Spørsmål",
    "minutes.mean": "Snitt",
    "minutes.distribution": "Svar per verdi (1–5)",
    "minutes.suppressed": "færre enn {minimum} svar – vises ikke",
    "minutes.scale_note": "Skala fra 1 (ikke i det hele tatt) til 5 (helt). Fordelinger med færre enn {minimum} "
                          "svar vises ikke, for å verne anonymiteten.",
    "csv.readme": (
        "CSV-filer for analyse fra én dialogkonferanse ({layout}).\n"
        "\n"
        "Hver fil begynner med bydel (district), dato (date) og konferansens id (conference_id), så filene fra "
        "mange konferanser kan stables i én tabell. Hver kode har ordene sine ved siden av, i kolonnen med samme "
        "navn og _text til slutt (kind = works_well, kind_text = Fungerer godt).\n"
        "\n"
        "findings.csv – hovedfunnene: nummer, tittel, tema, responsen prosesslederen førte (med kommentar), hvor "
        "mange som svarte på mobil (room_n) og hvor mange som ga hvert svar (room_confirmed, room_nuanced, "
        "room_contested, room_new_angle). Med færre enn {minimum} svar står fordelingen tom.\n"
        "room-comments.csv – kommentarene fra mobil til hvert funn, uten svar, rolle eller tidspunkt.\n"
        "notes.csv – gruppenotatene slik de står i referatet: gruppe, temaer (koder; navnene i themes_text), type, "
        "rollebokstav og tekst.\n"
        "measures.csv – tiltakene: tema, tiltak, ansvarsnivå, ansvarlig, frist, stemmer, status og gruppe.\n"
        "evaluation.csv – svarene på evalueringsskjemaene, én rad per svar: skjemanummer, rolle, spørsmål, "
        "type, poeng og fritekst. Skjemanummeret er et løpenummer som bare holder svarene fra samme skjema "
        "sammen; det sier ingenting om tidspunkt eller om skjemaet kom på papir eller fra telefon.\n"
        "evaluation-summary.csv – hvert skalaspørsmål med antall svar (n), gjennomsnitt og antall svar per "
        "poeng, som i referatet. Med færre enn {minimum} svar står gjennomsnitt og fordeling tomme.\n"
        "\n"
        "Anonymitet: ingen svar knyttes til en gruppe på færre enn {minimum} personer. Rollen vises bare når "
        "minst {minimum} skjemaer oppga den; ellers står det «{hidden}», også når rollen ikke er oppgitt. "
        "Ville «{hidden}» omfatte færre enn {minimum} skjemaer, skjules også de minste rollegruppene. Med færre "
        "enn {minimum} skjemaer i alt har evaluation.csv ingen rader (denne konferansen har {forms}); da står "
        "bare antallene i evaluation-summary.csv, og fritekstsvarene i referatet.\n"
        "\n"
        "En celle som ville startet en formel i et regneark (=, +, -, @), har fått en apostrof foran.\n"
    ),
    "csv.layout_plain": "UTF-8, komma som skilletegn, desimalpunktum",
    "csv.layout_excel": (
        "for regneark på norsk: UTF-8 med byte-rekkefølgemerke (BOM), semikolon som skilletegn, desimalkomma; "
        "en kode som tema 3.10 har et usynlig ordbindetegn foran, så den ikke leses som en dato"
    ),
    "csv.role_hidden": "skjult (en rolle oppgitt på færre enn {minimum} skjemaer, eller ingen)",
    "minutes.answers": "Svar",
    "minutes.panel": "Spm. {number}",
    "minutes.chart_alt": "Stolpediagram med ett felt per spørsmål, alle på samme skala fra 0 til {top} svar. "
                         "{questions}",
    "minutes.chart_alt_question": "Spørsmål {number}, «{question}»: {counts}.",
    "minutes.figure": "Figur 1: Svarene per verdi (1–5) på hvert spørsmål, nummerert som i tabellen. Alle søylene "
                      "har samme skala, fra 0 til {top} svar.",
    "minutes.no_comments": "Ingen kommentarer.",
    "minutes.theme": "Tema",
    "minutes.measure": "Tiltak",
    "minutes.level": "Ansvarlig nivå",
    "minutes.owner": "Ansvarlig",
    "minutes.deadline": "Frist",
    "minutes.priority": "Prioritet (prikker)",
    "minutes.status": "Status",
    "minutes.display_note": "Hvert tema i katalogen med statusen fra denne konferansen. Kolonnen passer inn i "
                            "matrisen tema × bydel, der bydelene står side om side; «dialog overview» setter den "
                            "sammen fra konferansefilene.",
    "minutes.display_derived": "{mark} Utledet fra gruppenotatene om temaet, ikke satt av prosesslederen.",
    # REFI-QDA project (.qdpx)
    "qdpx.themes": "Tema",
    "qdpx.plenary": "Plenum",
    "qdpx.assessment": "Prosessleders vurdering",
    "qdpx.code.note_kinds": "Notattype",
    "qdpx.code.plenary_kinds": "Plenum",
    "qdpx.code.themes": "Tema",
    "qdpx.variable.district": "Bydel",
    "qdpx.variable.date": "Dato",
    "qdpx.variable.group": "Gruppe",
    "qdpx.variable.roles": "Roller i gruppen",
    "qdpx.project_one": "Dialogkonferanse {district} {date}",
    "qdpx.project_many": "Dialogkonferanser ({count})",
    # The room's own answers to each finding, from phones (issue 17)
    "minutes.room": "Svar fra salen på mobil",
    "minutes.room_answered": "{count} svarte",
    "minutes.room_suppressed": "{count} svarte; fordelingen vises ikke med færre enn {minimum} svar",
    "minutes.room_none": "ingen svarte",
    "minutes.room_share": "{count} ({percent}\u00a0%)",
    "minutes.room_who": "Rollegruppe",
    "minutes.room_everyone": "Alle",
    "minutes.room_role_hidden": "Andre / ikke oppgitt",
    "minutes.room_comments": "Kommentarer fra salen:",
    "privacy.section.room_comment": "Kommentar fra salen til funn",
    # Groups confirm their notes (issue 17, item 2)
    "minutes.check_confirmed": "Gruppen bekreftet notatene.",
    "minutes.check_changed": "Notatene ble endret etter at gruppen bekreftet dem.",
    "minutes.check_not_looked_at": "Gruppen har ikke bekreftet notatene.",
    "minutes.check_flagged.one": "Gruppen har ikke bekreftet notatene: {count} notat ble flagget for endring og er ikke endret.",
    "minutes.check_flagged.other": "Gruppen har ikke bekreftet notatene: {count} notater ble flagget for endring og er ikke endret.",
}
