"""Norwegian nynorsk messages: the Word minutes."""

MESSAGES: dict[str, str] = {
    "minutes.title": "Referat frå dialogkonferansen – {district}",
    "minutes.doc_title": "Referat – {district} {date}",
    "minutes.doc_subject": "Dialogkonferanse i {district}, {date}",
    "minutes.running_header": "{district} · {date}",
    "minutes.page_of": "Side {page} av {pages}",
    "minutes.exported": "Eksportert {date} kl. {time}, fase: {phase}",
    "minutes.h_facts": "Konferansen og grunnlaget",
    "minutes.h_attendance": "Oppmøte",
    "minutes.h_agenda": "Dagsorden slik han vart gjennomført",
    "minutes.h_findings": "Hovudfunn og responsen frå deltakarane",
    "minutes.h_groups": "Gruppearbeid",
    "minutes.h_plenary": "Plenum",
    "minutes.h_assessment": "Vurderinga til prosessleiaren",
    "minutes.h_evaluation": "Evaluering",
    "minutes.h_follow_up": "Oppfølging: tiltak",
    "minutes.h_display": "Status per tema (til matrisa tema × bydel)",
    "minutes.fact": "Opplysning",
    "minutes.value": "Verdi",
    "minutes.district": "Bydel",
    "minutes.date": "Dato",
    "minutes.venue": "Stad",
    "minutes.leaders.one": "Prosessleiar",
    "minutes.leaders.other": "Prosessleiarar",
    "minutes.co_leaders": "medleiar",
    "minutes.report_version": "Prosessrapport",
    "minutes.interviews": "Intervju bak rapporten",
    "minutes.informants": "Informantar bak rapporten",
    "minutes.role": "Rolle",
    "minutes.letter": "Bokstav",
    "minutes.count": "Deltakarar",
    "minutes.total": "Til saman",
    "minutes.phase": "Fase",
    "minutes.planned_start": "Planlagd start",
    "minutes.planned_length": "Planlagd lengd",
    "minutes.actual": "Gjennomført",
    "minutes.minutes": "{minutes} min",
    "minutes.more_time": "+{minutes} min",
    "minutes.paused": "pause {minutes} min",
    "minutes.none": "Ingenting vart ført.",
    "minutes.response": "Responsen frå deltakarane",
    "minutes.no_response": "ikkje ført",
    "minutes.members": "Deltakarar etter rolle: {members}",
    "minutes.kind_works_well": "Dette fungerer godt",
    "minutes.kind_works_less_well": "Dette fungerer mindre godt",
    "minutes.kind_new_angle": "Nye vinklar",
    "minutes.kind_quote": "Sitat",
    "minutes.kind_other": "Anna",
    "minutes.kind_measure": "Forslag til tiltak",
    "minutes.responsible": "ansvar",
    "minutes.no_level": "nivå ikkje sett",
    "minutes.plenary_priority": "Prioriteringar",
    "minutes.plenary_agreement": "Semje",
    "minutes.plenary_disagreement": "Usemje",
    "minutes.plenary_other": "Andre punkt",
    "minutes.assessment_note": "Prosessleiaren sitt eige syn, halde åtskilt frå det deltakarane sa.",
    "minutes.forms_returned": "{participants}, {forms} levert.",
    "minutes.more_forms_than_participants": "Merk: fleire skjema enn deltakarar – kanskje nokon svarte både på "
                                            "papir og på telefon, eller oppmøtet er ført for lågt.",
    "minutes.question": "Spørsmål",
    "minutes.mean": "Snitt",
    "minutes.distribution": "Svar per verdi (1–5)",
    "minutes.suppressed": "færre enn {minimum} svar – ikkje vist",
    "minutes.scale_note": "Skala frå 1 (ikkje i det heile) til 5 (heilt). Fordelingar med færre enn {minimum} "
                          "svar er ikkje med, for å verne anonymiteten.",
    "csv.readme": (
        "CSV-filer for analyse frå éin dialogkonferanse ({layout}).\n"
        "\n"
        "Kvar fil byrjar med bydel (district), dato (date) og id-en til konferansen (conference_id), så filene frå "
        "mange konferansar kan stablast i éin tabell. Kvar kode har orda sine ved sida av, i kolonnen med same "
        "namn og _text til slutt (kind = works_well, kind_text = Fungerer godt).\n"
        "\n"
        "findings.csv – hovudfunna: nummer, tittel, tema, responsen prosessleiaren førte (med kommentar), kor "
        "mange som svarte på mobil (room_n) og kor mange som gav kvart svar (room_confirmed, room_nuanced, "
        "room_contested, room_new_angle). Med færre enn {minimum} svar står fordelinga tom.\n"
        "room-comments.csv – kommentarane frå mobil til kvart funn, utan svar, rolle eller tidspunkt.\n"
        "notes.csv – gruppenotata slik dei står i referatet: gruppe, tema (kodar; namna i themes_text), type, "
        "rollebokstav og tekst.\n"
        "measures.csv – tiltaka: tema, tiltak, ansvarsnivå, ansvarleg, frist, stemmer, status og gruppe.\n"
        "evaluation.csv – svara på evalueringsskjemaa, éi rad per svar: skjemanummer, rolle, spørsmål, "
        "type, poeng og fritekst. Skjemanummeret er eit løpenummer som berre held svara frå same skjema "
        "saman; det seier ingenting om tidspunkt eller om skjemaet kom på papir eller frå telefon.\n"
        "evaluation-summary.csv – kvart skalaspørsmål med talet på svar (n), gjennomsnitt og talet på svar per "
        "poeng, som i referatet. Med færre enn {minimum} svar står gjennomsnitt og fordeling tomme.\n"
        "\n"
        "Anonymitet: eit svar blir aldri knytt til ei gruppe på færre enn {minimum} personar. Rolla blir berre "
        "vist når minst {minimum} skjema oppgav same rolle; elles står det «{hidden}», òg når rolla ikkje er "
        "oppgitt. Ville «{hidden}» omfatte færre enn {minimum} skjema, blir òg dei minste rollegruppene skjulte. "
        "Med færre enn {minimum} skjema i alt har evaluation.csv ingen rader (denne konferansen har {forms}); då "
        "står berre tala i evaluation-summary.csv, og fritekstsvara i referatet.\n"
        "\n"
        "Ei celle som elles ville starte ein formel i eit rekneark (=, +, -, @), har fått ein apostrof framfor.\n"
    ),
    "csv.layout_plain": "UTF-8, komma som skiljeteikn, desimalpunktum",
    "csv.layout_excel": (
        "for rekneark på norsk: UTF-8 med byte-rekkjefølgjemerke (BOM), semikolon som skiljeteikn, desimalkomma; "
        "ein kode som tema 3.10 har eit usynleg ordbindeteikn framfor, så han ikkje blir lesen som ein dato"
    ),
    "csv.role_hidden": "skjult (ei rolle oppgitt på færre enn {minimum} skjema, eller inga)",
    "minutes.answers": "Svar",
    "minutes.panel": "Spm. {number}",
    "minutes.chart_alt": "Stolpediagram med eitt felt per spørsmål, alle på same skala frå 0 til {top} svar. "
                         "{questions}",
    "minutes.chart_alt_question": "Spørsmål {number}, «{question}»: {counts}.",
    "minutes.figure": "Figur 1: Svara per verdi (1–5) på kvart spørsmål, nummererte som i tabellen. Alle søylene "
                      "har same skala, frå 0 til {top} svar.",
    "minutes.no_comments": "Ingen kommentarar.",
    "minutes.theme": "Tema",
    "minutes.measure": "Tiltak",
    "minutes.level": "Ansvarleg nivå",
    "minutes.owner": "Ansvarleg",
    "minutes.deadline": "Frist",
    "minutes.priority": "Prioritet (prikkar)",
    "minutes.status": "Status",
    "minutes.display_note": "Kvart tema i katalogen med statusen frå denne konferansen. Kolonnen passar inn i "
                            "matrisa tema × bydel, der bydelane står side om side; «dialog overview» lagar "
                            "matrisa frå konferansefilene.",
    "minutes.display_derived": "{mark} Rekna ut frå gruppenotata om temaet, ikkje sett av prosessleiaren.",
    # REFI-QDA project (.qdpx)
    "qdpx.themes": "Tema",
    "qdpx.plenary": "Plenum",
    "qdpx.assessment": "Vurderinga til prosessleiaren",
    "qdpx.code.note_kinds": "Notattype",
    "qdpx.code.plenary_kinds": "Plenum",
    "qdpx.code.themes": "Tema",
    "qdpx.variable.district": "Bydel",
    "qdpx.variable.date": "Dato",
    "qdpx.variable.group": "Gruppe",
    "qdpx.variable.roles": "Roller i gruppa",
    "qdpx.project_one": "Dialogkonferanse {district} {date}",
    "qdpx.project_many": "Dialogkonferansar ({count})",
    # The room's own answers to each finding, from phones (issue 17)
    "minutes.room": "Svar frå salen på mobil",
    "minutes.room_answered": "{count} svarte",
    "minutes.room_suppressed": "{count} svarte; fordelinga blir ikkje vist med færre enn {minimum} svar",
    "minutes.room_none": "ingen svarte",
    "minutes.room_share": "{count} ({percent}\u00a0%)",
    "minutes.room_who": "Rollegruppe",
    "minutes.room_everyone": "Alle",
    "minutes.room_role_hidden": "Andre / ikkje oppgitt",
    "minutes.room_comments": "Kommentarar frå salen:",
    "privacy.section.room_comment": "Kommentar frå salen til funn",
    # Groups confirm their notes (issue 17, item 2)
    "minutes.check_confirmed": "Gruppa stadfesta notata.",
    "minutes.check_changed": "Notata vart endra etter at gruppa stadfesta dei.",
    "minutes.check_not_looked_at": "Gruppa har ikkje stadfesta notata.",
    "minutes.check_flagged.one": (
        "Gruppa har ikkje stadfesta notata: {count} notat vart flagga for endring og er ikkje endra."
    ),
    "minutes.check_flagged.other": (
        "Gruppa har ikkje stadfesta notata: {count} notat vart flagga for endring og er ikkje endra."
    ),
}
