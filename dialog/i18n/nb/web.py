"""Norwegian bokmål messages: the pages phones and laptops see."""

MESSAGES: dict[str, str] = {
    "web.form_title": "Evaluering av dialogkonferansen",
    "web.form_intro": "Anonymt: verken navn, adresse eller tidspunkt lagres. Svar på det du vil, og hopp over "
                      "resten.",
    "web.scale_low": "1 = ikke i det hele tatt",
    "web.scale_high": "5 = helt",
    "web.no_answer": "Vil ikke svare",
    "web.scale_skip": "Ikke svart",
    "web.send": "Send",
    "web.thanks_title": "Takk!",
    "web.thanks_body": "Svarene dine er lagret. Du kan lukke denne siden.",
    "web.already_received": "Dette skjemaet er allerede mottatt, så det ble ikke lagret en gang til. Du kan "
                            "lukke denne siden.",
    "web.another_hint": "Deler dere telefon? Da kan neste person fylle ut sitt eget skjema her.",
    "web.another_form": "Fyll ut et nytt skjema",
    "web.form_expired": "Skjemaet var blitt for gammelt, så ingenting ble sendt. Alt du skrev, står her "
                        "fortsatt: trykk på knappen igjen.",
    "web.too_many": "For mange forespørsler på en gang. Vent noen sekunder og prøv igjen.",
    "web.error.too_many_title": "Vent litt",
    "web.error.bad_request_title": "Forespørselen kunne ikke leses",
    "web.error.bad_request": "Nettleseren sendte noe rommet ikke kunne lese, så ingenting ble lagret. Gå tilbake "
                             "og prøv igjen, eller skann QR-koden på nytt.",
    "web.error.not_found_title": "Fant ikke siden",
    "web.error.not_found": "Det finnes ingen side på denne adressen. Skann QR-koden i rommet for å komme til "
                           "skjemaet eller gruppesiden.",
    "web.error.scan_again_title": "Skann QR-koden på nytt",
    "web.error.scan_again": "Nettleseren er ikke lenger koblet til rommet, kanskje fordi informasjonskapslene "
                            "er slettet, kodene er byttet ut eller rommet er stengt. Skann QR-koden på nytt. "
                            "Det du allerede har sendt, er tatt vare på.",
    "web.error.code_unknown_title": "Koden gjelder ikke",
    "web.error.code_unknown": "Denne QR-koden gjelder ikke (lenger): Den kan være byttet ut, eller rommet er "
                              "stengt. Spør den som leder konferansen, om koden som gjelder nå.",
    "web.error.method_title": "Siden kan ikke brukes slik",
    "web.error.method": "Denne adressen tar ikke imot denne typen forespørsel. Gå tilbake og bruk knappene på "
                        "siden.",
    "web.error.too_slow_title": "Det tok for lang tid",
    "web.error.too_slow": "Det du sendte, kom ikke fram i tide, så ingenting ble lagret. Gå tilbake og send "
                          "på nytt.",
    "web.error.too_large_title": "For mye tekst",
    "web.error.too_large": "Det du sendte, var for langt (over {size} kB), så ingenting ble lagret. Gå tilbake, "
                           "kort ned teksten og send på nytt.",
    "web.error.server_title": "Noe gikk galt",
    "web.error.server": "Noe gikk galt i rommet, og det du sendte, er kanskje ikke lagret. Gå tilbake og send "
                        "på nytt. Skjer det igjen, si fra til den som leder konferansen.",
    "web.notes_intro": "Notater for denne gruppen. Oppgi rollebokstav (B, T, L …), aldri navn. Du kan redigere "
                       "notatene som er skrevet fra denne enheten.",
    "web.field_kind": "Type notat",
    "web.field_role": "Rollebokstav (B, T, L …), aldri navn",
    "web.field_text": "Notatet",
    "web.new_note": "Nytt notat",
    "web.save": "Lagre",
    "web.edit": "Rediger",
    "web.note_already_saved": "Dette notatet er allerede lagret, så det ble ikke lagret en gang til.",
    "web.note_changed": "Notatet ble endret på en annen skjerm etter at du åpnet det. Nå står det: {text} – "
                        "Din ordlyd står under og er tatt vare på i historikken; trykk Lagre for å bruke den.",
    "web.themes": "Tema",
    # The phone's answer to the finding the leader shows (issue 17, item 1)
    "web.finding_place": "Funn {number} av {total}",
    "web.finding_intro": "Anonymt: verken navn, adresse eller tidspunkt lagres.",
    "web.finding_question": "Hva sier du til dette funnet?",
    "web.finding_hint.confirmed": "Det stemmer med det jeg vet.",
    "web.finding_hint.nuanced": "Det stemmer delvis, men det er mer å si.",
    "web.finding_hint.contested": "Det stemmer ikke med det jeg vet.",
    "web.finding_hint.new_angle": "Jeg ser det fra en annen side.",
    "web.finding_not_chosen": "Ikke valgt ennå",
    "web.finding_comment": "Kommentar (kan stå tom)",
    "web.finding_role": "Din rollegruppe (kan stå tom)",
    "web.finding_change": "Send endringen",
    "web.finding_stored": "Svaret ditt er lagret. Du kan endre det til lederen går videre.",
    "web.finding_none_title": "Ingen funn å svare på nå",
    "web.finding_none": "Når lederen viser et funn, kan du svare på det her. Last inn siden på nytt for å se det.",
    "web.finding_shown_title": "Salens svar vises nå",
    "web.finding_shown": "Lederen viser nå hva salen svarte på dette funnet, så det tar ikke imot flere svar. Når "
                         "lederen viser neste funn, kan du svare på det her.",
    "web.finding_to_form": "Til evalueringsskjemaet",
    "web.finding_moved": "Lederen har gått videre til et annet funn. Last inn siden på nytt for å svare på det.",
    "web.finding_you_wrote": "Det du skrev om «{title}»:",
    "web.finding_you_wrote_untitled": "Det du skrev:",
    "web.finding_answer_was": "Svar: {response}",
    "web.finding_comment_was": "Kommentar:",
    "web.finding_role_was": "Rollegruppe: {role}",
    "web.finding_choose": "Velg ett av de fire svarene før du sender.",
    "web.finding_comment_long": "Kommentaren er for lang: høyst {limit} tegn. Du skrev {length}.",
    "web.finding_role_unknown": "Den rollegruppen finnes ikke. Velg en fra lista, eller la den stå tom.",
    "web.finding_unknown": "Det funnet finnes ikke lenger, så svaret ble ikke lagret.",
    # Groups confirm their notes (issue 17, item 2)
    "web.check_heading": "Slik blir notatene i referatet",
    "web.check_intro": "Les notatene sammen. Er dette det dere sa, trykk «Dette er våre ord». Er noe feil, flagg notatet og skriv kort hva som bør endres.",
    "web.no_notes_yet": "Ingen notater ennå.",
    "web.confirm": "Dette er våre ord",
    "web.flag_open": "Flagg for endring",
    "web.flag_reason": "Hva bør endres? Kort, og aldri navn",
    "web.back_to_notes": "Tilbake til notatene",
    "web.flag_send": "Flagg notatet",
    "web.flagged": "Flagget: {reason}",
    "web.check_state.confirmed": "Status: Gruppen bekreftet notatene kl. {time}.",
    "web.check_state.flagged.one": "Status: {count} notat er flagget for endring.",
    "web.check_state.flagged.other": "Status: {count} notater er flagget for endring.",
    "web.check_state.changed": "Status: Notatene er endret etter at gruppen bekreftet dem. Les dem og bekreft på nytt.",
    "web.check_state.not_looked_at": "Status: Gruppen har ikke bekreftet notatene ennå.",
}
