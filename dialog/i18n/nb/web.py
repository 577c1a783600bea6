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
    "web.scan_again_title": "Skann koden på nytt",
    "web.scan_again": "Denne koden virker ikke lenger, eller nettleseren har glemt den. Skann QR-koden på "
                      "skjermen eller på bordet på nytt, så kommer du rett inn.",
    "web.too_many": "For mange forespørsler på en gang. Vent noen sekunder og prøv igjen.",
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
}
