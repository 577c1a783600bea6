"""Numbered paper forms: printing them (``dialog forms``), typing them in by sheet number, the minutes' count."""

MESSAGES: dict[str, str] = {
    # dialog forms
    "cli.forms.help": "skriv ut evalueringsskjemaer på papir: ett nummerert skjema per side, med QR-koden til "
                      "mobilskjemaet (Word)",
    "cli.forms.count": "hvor mange skjemaer (standard: antall deltakere, ellers 30)",
    "cli.forms.first": "nummeret på det første skjemaet (standard: det neste etter det siste som er skrevet ut eller "
                       "tastet inn, først 1)",
    "cli.forms.out": "hvor filen skal skrives (standard: ./exports/<dato>-<bydel>-skjema.docx)",
    "forms.written.one": "{count} skjema (nr. {first}) skrevet til {path}",
    "forms.written.other": "{count} skjemaer (nr. {first}–{last}) skrevet til {path}",
    "forms.used_before.one": "merk: skjema nr. {first} er skrevet ut eller tastet inn før; del bare ut ett skjema "
                             "med hvert nummer",
    "forms.used_before.other": "merk: {count} av disse numrene ({first}–{last}) er skrevet ut eller tastet inn før; "
                               "del bare ut ett skjema med hvert nummer",
    "error.sheet_count": "antall skjemaer må være et helt tall fra 1 til {high}, ikke {count}; ingenting ble skrevet.",
    "error.sheet_first": "skjemanumrene må ligge mellom 1 og {high}; {count} skjemaer fra nr. {first} går ikke; "
                         "ingenting ble skrevet.",
    # The Word document
    "paper_forms.file_name": "{date}-{district}-skjema.docx",
    "paper_forms.doc_title": "Evalueringsskjema – {district} {date}",
    "paper_forms.doc_subject": "Evalueringsskjema på papir, dialogkonferansen i {district} {date}",
    "paper_forms.sheet": "Skjema nr. {number}",
    "paper_forms.title": "Evaluering av dialogkonferansen – {district}, {date}",
    "paper_forms.intro": "Skjemaet er anonymt: ikke skriv navnet ditt. Sett ett kryss per spørsmål, og hopp over "
                         "det du ikke vil svare på.",
    "paper_forms.qr_caption": "Vil du heller svare på mobilen? Skann koden.",
    "paper_forms.qr_alt": "QR-kode til det samme skjemaet på mobilen",
    "paper_forms.scale_ends": "{low} = ikke i det hele tatt, {high} = helt",
    # Typing them in
    "field.sheet_number": "Skjemanummer",
    "paper.sheet_label": "Skjema nr. (øverst på arket)",
    "paper.sheet_needed": "Skriv skjemanummeret først (øverst på arket).",
    "paper.sheet_taken": "Skjema nr. {number} er allerede skrevet inn. Ctrl+E åpner det for retting.",
    "paper.correcting": "Retter skjema nr. {number}",
    "paper.correct_hint": "Rett svarene, og trykk Ctrl+S. Escape avbryter.",
    "paper.corrected": "Skjema nr. {number} er rettet (det telles fortsatt én gang). Skriv inn det neste.",
    "paper.older_form": "Skjema nr. {number} ble skrevet inn på en eldre versjon av skjemaet og kan ikke rettes "
                        "her.",
    "key.correct_sheet": "Rett skjema",
    "tip.correct_sheet": "Åpne skjemaet med dette nummeret for å rette det",
    "error.sheet_number": "'{value}' er ikke et skjemanummer; skriv et helt tall fra 1 til {high}.",
    "error.sheet_taken": "skjema nr. {number} er allerede skrevet inn, så dette ble ikke lagret. Ctrl+E åpner det "
                         "for retting.",
    "error.sheet_missing": "skjema nr. {number} er ikke skrevet inn ennå.",
    "error.sheet_not_paper": "bare papirskjemaer har skjemanummer.",
    # The Evaluation screen
    "key.print_forms": "Skriv ut skjema",
    "tip.print_forms": "Lag nummererte papirskjemaer til utskrift (Word) i exports/",
    "paper_forms.writing": "Lager papirskjemaene …",
    # The minutes
    "minutes.forms_by_way": "Slik kom skjemaene inn: {ways}.",
    "minutes.way.paper": "{count} på papir",
    "minutes.way.phone": "{count} fra mobil",
    "minutes.way.terminal": "{count} i appen",
    "minutes.way_and": "og",
}
"""Messages for numbered paper forms."""
