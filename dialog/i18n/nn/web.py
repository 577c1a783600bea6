"""Norwegian nynorsk messages: the pages phones and laptops see."""

MESSAGES: dict[str, str] = {
    "web.form_title": "Evaluering av dialogkonferansen",
    "web.form_intro": "Anonymt: verken namn, adresse eller tidspunkt blir lagra. Svar på det du vil, og hopp over "
                      "resten.",
    "web.scale_low": "1 = ikkje i det heile",
    "web.scale_high": "5 = heilt",
    "web.no_answer": "Vil ikkje svare",
    "web.scale_skip": "Ikkje svara",
    "web.send": "Send",
    "web.thanks_title": "Takk!",
    "web.thanks_body": "Svara dine er lagra. Du kan lukke denne sida.",
    "web.already_received": "Dette skjemaet er allereie motteke, så det vart ikkje lagra ein gong til. Du kan "
                            "lukke denne sida.",
    "web.another_hint": "Deler de telefon? Då kan neste person fylle ut sitt eige skjema her.",
    "web.another_form": "Fyll ut eit nytt skjema",
    "web.form_expired": "Skjemaet var for gammalt, så ingenting vart sendt. Alt du skreiv, står her "
                        "framleis: trykk på knappen igjen.",
    "web.too_many": "For mange førespurnader på ein gong. Vent nokre sekund og prøv igjen.",
    "web.error.too_many_title": "Vent litt",
    "web.error.bad_request_title": "Førespurnaden kunne ikkje lesast",
    "web.error.bad_request": "Nettlesaren sende noko rommet ikkje kunne lese, så ingenting vart lagra. Gå tilbake "
                             "og prøv igjen, eller skann QR-koden på nytt.",
    "web.error.not_found_title": "Fann ikkje sida",
    "web.error.not_found": "Det finst inga side på denne adressa. Skann QR-koden i rommet for å kome til "
                           "skjemaet eller gruppesida.",
    "web.error.scan_again_title": "Skann QR-koden på nytt",
    "web.error.scan_again": "Nettlesaren er ikkje lenger kopla til rommet, kanskje fordi informasjonskapslane "
                            "er sletta, det er laga nye kodar, eller rommet er stengt. Skann QR-koden på nytt. "
                            "Det du allereie har sendt, er teke vare på.",
    "web.error.code_unknown_title": "Koden gjeld ikkje",
    "web.error.code_unknown": "Denne QR-koden gjeld ikkje (lenger): Koden kan vere bytt ut, eller rommet er "
                              "stengt. Spør den som leier konferansen, om koden som gjeld no.",
    "web.error.method_title": "Sida kan ikkje brukast slik",
    "web.error.method": "Denne adressa tek ikkje imot denne typen førespurnad. Gå tilbake og bruk knappane på "
                        "sida.",
    "web.error.too_slow_title": "Det tok for lang tid",
    "web.error.too_slow": "Det du sende, kom ikkje fram i tide, så ingenting vart lagra. Gå tilbake og send "
                          "på nytt.",
    "web.error.too_large_title": "For mykje tekst",
    "web.error.too_large": "Det du sende, var for langt (over {size} kB), så ingenting vart lagra. Gå tilbake, "
                           "kort ned teksten og send på nytt.",
    "web.error.server_title": "Noko gjekk gale",
    "web.error.server": "Noko gjekk gale i rommet, og det du sende, er kanskje ikkje lagra. Gå tilbake og send "
                        "på nytt. Skjer det igjen, sei frå til den som leier konferansen.",
    "web.notes_intro": "Notat for denne gruppa. Skriv rollebokstav (B, T, L …), aldri namn. Du kan redigere "
                       "notata som er skrivne frå denne eininga.",
    "web.field_kind": "Type notat",
    "web.field_role": "Rollebokstav (B, T, L …), aldri namn",
    "web.field_text": "Notatet",
    "web.new_note": "Nytt notat",
    "web.save": "Lagre",
    "web.edit": "Rediger",
    "web.note_already_saved": "Dette notatet er allereie lagra, så det vart ikkje lagra ein gong til.",
    "web.note_changed": "Notatet vart endra på ein annan skjerm etter at du opna det. No står det: {text} – "
                        "Det du skreiv, står under og er lagra i historikken; trykk Lagre for å bruke det.",
    "web.themes": "Tema",
    # The phone's answer to the finding the leader shows (issue 17, item 1)
    "web.finding_place": "Funn {number} av {total}",
    "web.finding_intro": "Anonymt: verken namn, adresse eller tidspunkt blir lagra.",
    "web.finding_question": "Kva seier du til dette funnet?",
    "web.finding_hint.confirmed": "Det stemmer med det eg veit.",
    "web.finding_hint.nuanced": "Det stemmer delvis, men det er meir å seie.",
    "web.finding_hint.contested": "Det stemmer ikkje med det eg veit.",
    "web.finding_hint.new_angle": "Eg ser det frå ei anna side.",
    "web.finding_not_chosen": "Ikkje valt enno",
    "web.finding_comment": "Kommentar (kan stå tom)",
    "web.finding_role": "Rollegruppa di (kan stå tom)",
    "web.finding_change": "Send endringa",
    "web.finding_stored": "Svaret ditt er lagra. Du kan endre det til leiaren går vidare.",
    "web.finding_none_title": "Ingen funn å svare på no",
    "web.finding_none": "Når leiaren viser eit funn, kan du svare på det her. Last inn sida på nytt for å sjå "
                        "det.",
    "web.finding_shown_title": "Svara frå salen blir viste no",
    "web.finding_shown": "Leiaren viser no kva salen svarte på dette funnet, så det tek ikkje imot fleire svar. "
                         "Når leiaren viser neste funn, kan du svare på det her.",
    "web.finding_to_form": "Til evalueringsskjemaet",
    "web.finding_moved": "Leiaren har gått vidare til eit anna funn. Last inn sida på nytt for å svare på det.",
    "web.finding_you_wrote": "Det du skreiv om «{title}»:",
    "web.finding_you_wrote_untitled": "Det du skreiv:",
    "web.finding_answer_was": "Svar: {response}",
    "web.finding_comment_was": "Kommentar:",
    "web.finding_role_was": "Rollegruppe: {role}",
    "web.finding_choose": "Vel eitt av dei fire svara før du sender.",
    "web.finding_comment_long": "Kommentaren er for lang: høgst {limit} teikn. Du skreiv {length}.",
    "web.finding_role_unknown": "Den rollegruppa finst ikkje. Vel ei frå lista, eller la feltet stå tomt.",
    "web.finding_unknown": "Det funnet finst ikkje lenger, så svaret vart ikkje lagra.",
    # Groups confirm their notes (issue 17, item 2)
    "web.check_heading": "Slik blir notata i referatet",
    "web.check_intro": ("Les notata saman. Er dette det de sa, trykk «Dette er orda våre». Er noko feil, "
                        "flagg notatet og skriv kort kva som bør endrast."),
    "web.no_notes_yet": "Ingen notat enno.",
    "web.confirm": "Dette er orda våre",
    "web.flag_open": "Flagg for endring",
    "web.flag_reason": "Kva bør endrast? Kort, og aldri namn",
    "web.back_to_notes": "Tilbake til notata",
    "web.flag_send": "Flagg notatet",
    "web.flagged": "Flagga: {reason}",
    "web.check_state.confirmed": "Status: Gruppa stadfesta notata kl. {time}.",
    "web.check_state.flagged.one": "Status: {count} notat er flagga for endring.",
    "web.check_state.flagged.other": "Status: {count} notat er flagga for endring.",
    "web.check_state.changed": "Status: Notata er endra etter at gruppa stadfesta dei. Les dei og stadfest på nytt.",
    "web.check_state.not_looked_at": "Status: Gruppa har ikkje stadfesta notata enno.",
}
