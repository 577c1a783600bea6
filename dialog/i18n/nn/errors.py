"""Norwegian nynorsk messages: error messages."""

MESSAGES: dict[str, str] = {
    "error.usage": "{detail} (sjå '{prog} --help')",
    "error.option_needs_format": "{option} gjeld berre --format {format}; ingenting vart skrive.",
    "error.unexpected": "uventa feil: {detail}. Ingenting meir vart endra. Køyr på nytt med DIALOG_DEBUG=1 "
                        "for detaljar.",
    "error.logged": "Kvar i koden det skjedde, står i {log} (utan noko av det som er skrive inn).",
    "error.interrupted": "avbrote.",
    "error.app_crashed": "appen stoppa på grunn av ein uventa feil; feilsporet står rett over denne linja (kopier "
                         "det inn i ei feilmelding). Det som vart lagra før feilen, ligg i konferansefila.",
    "error.file_missing": "{path}: fila finst ikkje.",
    "error.file_is_directory": "{path} er ei mappe, ikkje ei fil.",
    "error.not_regular_file": "{path} er ikkje ei vanleg fil, men til dømes eit namngitt røyr eller ei eining; "
                              "oppgi ei vanleg fil.",
    "error.path_too_long": "{path}: namnet er for langt (eit fil- eller mappenamn kan ha høgst {limit} byte).",
    "error.path_too_long_in_all": "{path}: filbanen er for lang (høgst {limit} byte i alt).",
    "error.path_invalid": "{path} er ikkje ein brukande filbane.",
    "error.no_such_user": "{user}: det finst ingen slik brukar på denne maskinen, så filbanen kan ikkje finnast.",
    "error.file_unreadable": "{path} kan ikkje lesast: {reason}.",
    "error.file_exists": "{path} finst alt; ingenting vart skrive over.",
    "error.conference_exists": "det finst alt ein konferanse for {district} {date}: {path}. Opne han med "
                               "«dialog open», eller legg til --force for å opprette ein til.",
    "error.not_sqlite": "{path} er ikkje ein SQLite-database og kan difor ikkje vere ei konferansefil.",
    "error.not_conference": "{path} er ein SQLite-database, men ikkje ei dialogkonferansefil.",
    "error.too_new": "{path} er skriven av ein nyare versjon av dialog (format {version}; denne versjonen les "
                     "opp til {supported}). Oppdater dialog for å opne fila.",
    "error.file_damaged": "{path} er skadd: sjå sikkerheitskopiane med «dialog restore {path} --list», og "
                          "gjenopprett ein av dei. (SQLite: {reason})",
    "error.file_damaged_unnamed": "konferansefila er skadd: sjå sikkerheitskopiane med «dialog restore FIL --list», "
                                  "og gjenopprett ein av dei. (SQLite: {reason})",
    "error.file_locked": "{path} er låst av eit anna program (database is locked). Fila er ikkje skadd: lukk det "
                         "andre programmet, eller vent til det er ferdig, og prøv igjen.",
    "error.folder_read_only": "mappa {folder} er skriveverna, så {path} kan ikkje opnast der (SQLite må skrive "
                              "små hjelpefiler ved sida av). Fila er ikkje skadd: gjer mappa skrivbar, eller "
                              "kopier fila til ei mappe du kan skrive i.",
    "error.file_no_permission": "du har ikkje lov til å lese {path}. Fila er ikkje skadd: be eigaren av fila om "
                                "tilgang.",
    "error.file_read_only": "{path} er skriveverna: fila kan lesast, men ikkje endrast. Ho er ikkje skadd: gjer "
                            "fila skrivbar for å arbeide i henne.",
    "error.file_io": "{path} kunne ikkje lesast frå disken ({reason}). Sjekk disken eller nettverksstasjonen og "
                     "prøv igjen; ikkje gjenopprett over fila.",
    "error.file_cannot_open": "{path} kan ikkje opnast ({reason}).",
    "error.file_in_use": "{path} er open i eit anna program (appen eller «dialog serve»); lukk fila der først, og "
                         "gjenopprett så. Ingenting vart endra.",
    "error.cannot_create": "kan ikkje opprette {path}: {reason}.",
    "error.cannot_write": "kan ikkje skrive {path}: {reason}.",
    "error.out_not_regular": "{path} er ikkje ei vanleg fil: vel eit filnamn for --out.",
    "error.out_is_conference": "{path} er ei konferansefil, og eksporten ville ha skrive over henne. Vel eit anna "
                               "namn for --out.",
    "error.import_is_conference": "{path} er ei konferansefil, ikkje ei fil å importere frå: opne henne med "
                                  "'dialog open'.",
    "error.sessions_not_folder": "sessions-mappa {path} er ei fil, ikkje ei mappe.",
    "error.date": "'{value}' er ikkje ein gyldig dato; skriv datoen som ÅÅÅÅ-MM-DD, t.d. 2007-10-17.",
    "error.date_range": "'{value}' ligg utanfor åra {first}–{last}; datoar og tidspunkt må ligge innanfor desse.",
    "error.moment": "{field}: '{value}' er ikkje eit tidspunkt skrive som 2007-10-17T09:20:00+02:00.",
    "error.required": "{field} må fyllast ut.",
    "error.too_long": "{field} er for langt ({length} teikn; høgst {limit}).",
    "error.count": "{field}: '{value}' er ikkje eit heilt tal frå 0 til 10000.",
    "error.number_range": "{field}: '{value}' er ikkje eit heilt tal frå {low} til {high}.",
    "error.choice": "{field}: '{value}' er ikkje ein av {allowed}.",
    "error.finding_moved_on": "leiaren har gått vidare til eit anna funn, så svaret vart ikkje lagra.",
    "error.finding_answers_shown": "leiaren viser no svara frå salen på dette funnet, så svaret vart ikkje lagra.",
    "error.role_letter": "'{value}' er ikkje ein rollebokstav; bruk bokstavar som B, T eller L, gjerne med "
                         "eit tal (B2). Aldri namn.",
    "error.note_changed": "notatet vart endra på ein annan skjerm medan du redigerte det; begge ordlydane er "
                          "tekne vare på i historikken.",
    "error.scale_value": "svaret på '{question}' må vere eit heilt tal frå {low} til {high}.",
    "error.unknown_question": "skjemaet har ikkje spørsmålet '{code}'.",
    "error.empty_form": "skjemaet er tomt: svar på minst eitt spørsmål, og send det så.",
    "error.unknown_role": "'{role}' er ikkje ei rolle i denne konferansen.",
    "error.no_form_template": "denne konferansen har ikkje noko evalueringsskjema.",
    "error.delete_needs_yes": "sletting må stadfestast: køyr kommandoen i ein terminal, eller legg til --yes.",
    "error.json_invalid": "{path} er ikkje gyldig JSON ({detail}).",
    "error.json_too_large": "{path} er større enn {limit} MiB; det er ikkje ein konferanseeksport.",
    "error.json_shape": "JSON-fila er ikkje ein eksport av ein dialogkonferanse: {detail}.",
    "error.json_too_new": "JSON-fila har format {version}, som er nyare enn det denne versjonen av dialog les "
                          "({supported}). Oppdater dialog for å importere fila.",
    "error.json_data": "dataa i JSON-fila heng ikkje saman ({detail}); ingenting vart importert.",
    "error.json_value": "JSON-fila bryt ein regel appen følgjer, så ingenting vart importert: {detail}",
    "error.json_scale": "JSON-fila bryt ein regel appen følgjer, så ingenting vart importert: {where}: eit "
                        "skalaspørsmål går frå eit mindre til eit større heiltal innanfor {low}–{high}, og andre "
                        "spørsmål har ingen scale_min eller scale_max.",
    "error.json_answer_kind": "JSON-fila bryt ein regel appen følgjer, så ingenting vart importert: {where} svarar "
                              "ikkje på {kind}-spørsmålet sitt slik appen ville ha gjort (ein skala får value_int, "
                              "andre spørsmål value_text).",
    "error.json_too_many_rows": "JSON-fila har {count} rader i {table}, fleire enn dei {limit} appen tek vare på; "
                                "ingenting vart importert.",
    "error.json_too_deep": "{path} har verdiar lagde inni kvarandre i fleire lag enn nokon konferanseeksport har; "
                           "det er ikkje ein eksport.",
    "error.json_number_too_long": "{path} har eit tal med {digits} siffer, langt lengre enn noko tal i ein "
                                  "konferanseeksport; det er ikkje ein eksport.",
    "json.utf8": "ikkje UTF-8",
    "json.syntax.where": "{what} (linje {line}, kolonne {column})",
    "json.syntax.value": "ein verdi manglar",
    "json.syntax.name": "eit feltnamn i doble hermeteikn manglar",
    "json.syntax.comma": "eit komma manglar",
    "json.syntax.colon": "eit kolon manglar",
    "json.syntax.open_text": "ein tekst blir aldri avslutta",
    "json.syntax.control": "ein tekst har eit kontrollteikn",
    "json.syntax.escape": "ein kode med omvend skråstrek er ugyldig",
    "json.syntax.extra": "det kjem meir etter slutten av dokumentet",
    "json.syntax.other": "JSON-teksten er øydelagd",
    "json.not_a_number": "{name} er ikkje eit JSON-tal",
    "json.shape.top_level": "det øvste nivået er ikkje eit objekt",
    "json.shape.format": "«format» er ikkje «{name}»",
    "json.shape.format_version": "«format_version» er ikkje eit positivt heiltal",
    "json.shape.tables": "«tables» er ikkje eit objekt",
    "json.shape.unknown_table": "ukjend tabell {table}",
    "json.shape.not_list": "tabellen {table} er ikkje ei liste",
    "json.shape.one_conference": "«conference» må ha nøyaktig éi rad",
    "json.shape.row": "{where} er ikkje eit objekt",
    "json.shape.field": "{where}: feltet {field} er uventa eller manglar",
    "json.shape.value": "{where} {problem}",
    "json.problem.null": "kan ikkje vere null",
    "json.problem.whole_number": "er ikkje eit heiltal",
    "json.problem.number": "er ikkje eit tal",
    "json.problem.finite": "er ikkje eit endeleg tal",
    "json.problem.text": "er ikkje tekst",
    "json.problem.bad_text": "har ugyldig tekst",
    "json.data.reference": "ei rad viser til ei rad som ikkje finst",
    "json.data.unique": "to rader har same nøkkel {column}",
    "json.data.not_null": "{column} er tom der det ikkje er lov",
    "json.data.check": "ein verdi bryt ein regel i fila: {column}",
    "json.data.other": "SQLite: {detail}",
    "error.json_export_value": "konferansefila har ein verdi som JSON-forma ikkje kan bere ({detail}); "
                               "ingenting vart eksportert.",
    "error.already_imported": "denne konferansen finst alt i sessions-mappa: {path}.",
    "error.storage": "kunne ikkje lagre i konferansefila: {detail}. Det du skreiv, står framleis på skjermen.",
    "error.busy": "konferansefila var oppteken i eit anna program for lenge, så dette er ikkje lagra enno. Ingenting "
                  "er tapt: det du skreiv, står her framleis; send det igjen om ein augneblink.",
    "error.clock": "'{value}' er ikkje eit klokkeslett; skriv det som TT:MM, t.d. 09:45.",
    "error.theme_exists": "det finst alt eit tema med koden {code}.",
    "error.last_question": "skjemaet må ha minst eitt spørsmål.",
    "error.docx_unreadable": "{path} kan ikkje lesast som eit Word-dokument.",
    "error.template_unreadable": "{path} kan ikkje lesast som ein Word-mal; opne fila i Word eller LibreOffice og "
                                 "lagre henne som .docx.",
    "error.template_too_large": "{path} er større enn {limit} MiB, for stor til å vere ein Word-mal.",
    "error.docx_unpacks_too_large": "{path} blir pakka ut til meir enn {limit} MiB, for mykje til at "
                                    "Word-dokumentet kan lesast.",
    "error.import_kind": "{path}: berre .docx- og Markdown-filer (.md) kan importerast.",
    "error.import_empty": "{path} har ingen overskrifter eller kulepunkt å lage funn av.",
    "error.import_too_large": "{path} er større enn {limit} MiB, for stor til å vere ein prosessrapport.",
    "error.not_utf8": "{path} er ikkje UTF-8-tekst.",
    "error.port": "{port} er ikkje ein port; bruk eit tal frå 1 til 65535.",
    "error.host": "'{value}' er ikkje ei adresse: oppgi ei IP-adresse som 192.168.1.20, eller eit vertsnamn av "
                  "bokstavar, siffer, bindestrekar og punktum (høgst {limit} teikn).",
    "error.port_in_use": "port {port} er alt i bruk på denne maskinen; vel ein annan port, eller lukk det som "
                         "brukar porten.",
    "error.address_not_here": "{host} er ikkje ei adresse på denne maskinen; vel ei frå lista.",
    "error.port_not_allowed": "denne brukaren får ikkje opne port {port}; bruk ein port over 1023.",
    "error.server_start": "rommet kunne ikkje opnast: {detail}.",
    "error.room_gone": "rommet har stoppa av seg sjølv; opne det igjen med Ctrl+O.",
    "error.room_no_answer": "rommet kunne ikkje opnast: tenaren svara ikkje i tide.",
    "error.no_backups": "det finst ingen sikkerheitskopiar av {path} i .backups i mappa til fila.",
    "error.backup_number": "det finst ingen kopi nummer {number}; «dialog restore FIL --list» viser {count}.",
    "error.no_sound_backup": "ingen av sikkerheitskopiane av {path} er friske; sjå «dialog restore FIL --list».",
    "error.backup_missing": "{path} er ikkje ein sikkerheitskopi i ei .backups-mappe.",
    "error.backup_damaged": "sikkerheitskopien {path} er skadd ({reason}); vel ein annan med --number.",
    "error.restore_needs_yes": "gjenoppretting byter ut fila: køyr kommandoen i ein terminal for å stadfeste, "
                               "eller legg til --yes.",
    "error.disk_full": "disken er full, så ingenting meir kan lagrast. Det du skreiv, står framleis på skjermen og "
                       "blir lagra så snart det er plass: frigjer plass no.",
    "error.read_only": "konferansefila eller mappa kan ikkje skrivast til (skriveverna). Det du skreiv, står "
                       "framleis på skjermen; gjer mappa skrivbar, så blir det lagra.",
    "error.retention": "{months} er ikkje eit gyldig tal på månader; bruk eit heilt tal frå 1 og oppover.",
    "error.same_conference": "same konferanse som {path}, som har meir ({differences}) og blir rekna med; denne "
                             "kopien er ikkje teken med",
    "error.same_conference_mixed": "same konferanse som {path}, som blir rekna med ({differences}); kvar kopi har "
                                   "noko den andre manglar, så samanlikn dei før du slettar nokon av dei",
    "error.same_conference_equal": "same konferanse som {path}, som har like mykje, vart endra sist og difor blir "
                                   "rekna med; denne kopien er ikkje teken med",
    "error.conference_changed": "{path} inneheld no ein annan konferanse; les oversikta på nytt.",
    "error.measure_gone": "tiltaket finst ikkje lenger i {path}; les oversikta på nytt.",
    # Groups confirm their notes (issue 17, item 2)
    "error.notes_changed_meanwhile": "notata vart endra etter at sida vart opna, så dei vart ikkje stadfesta. Les "
                                     "lista slik ho er no, og stadfest på nytt.",
    "error.flagged_note_changed": "notatet vart endra etter at sida vart opna, så det vart ikkje flagga. Les det "
                                  "slik det står no.",
    "error.flagged_note_gone": "notatet finst ikkje lenger, så det vart ikkje flagga.",
}
