"""Norwegian nynorsk messages: numbered paper forms (printing them with ``dialog forms``, typing them in by sheet
number, the minutes' count)."""

MESSAGES: dict[str, str] = {
    # dialog forms
    "cli.forms.help": "skriv ut evalueringsskjema på papir: eitt nummerert skjema per side, med QR-koden til "
                      "mobilskjemaet (Word)",
    "cli.forms.count": "kor mange skjema (standard: talet på deltakarar, elles 30)",
    "cli.forms.first": "nummeret på det første skjemaet (standard: det neste etter det siste som er skrive ut eller "
                       "tasta inn, først 1)",
    "cli.forms.out": "kvar fila skal skrivast (standard: ./exports/<dato>-<bydel>-skjema.docx)",
    "forms.written.one": "{count} skjema (nr. {first}) skrive til {path}",
    "forms.written.other": "{count} skjema (nr. {first}–{last}) skrivne til {path}",
    "forms.used_before.one": "merk: skjema nr. {first} er skrive ut eller tasta inn før; del berre ut eitt skjema "
                             "med kvart nummer",
    "forms.used_before.other": "merk: {count} av desse numra ({first}–{last}) er skrivne ut eller tasta inn før; "
                               "del berre ut eitt skjema med kvart nummer",
    "error.sheet_count": "talet på skjema må vere eit heilt tal frå 1 til {high}, ikkje {count}; ingenting vart "
                         "skrive.",
    "error.sheet_first": "skjemanumra må ligge mellom 1 og {high}; {count} skjema frå nr. {first} går ikkje; "
                         "ingenting vart skrive.",
    # The Word document
    "paper_forms.file_name": "{date}-{district}-skjema.docx",
    "paper_forms.doc_title": "Evalueringsskjema – {district} {date}",
    "paper_forms.doc_subject": "Evalueringsskjema på papir, dialogkonferansen i {district} {date}",
    "paper_forms.sheet": "Skjema nr. {number}",
    "paper_forms.title": "Evaluering av dialogkonferansen – {district}, {date}",
    "paper_forms.intro": "Skjemaet er anonymt: ikkje skriv namnet ditt. Set eitt kryss per spørsmål, og hopp over "
                         "det du ikkje vil svare på.",
    "paper_forms.qr_caption": "Vil du heller svare på mobilen? Skann koden.",
    "paper_forms.qr_alt": "QR-kode til det same skjemaet på mobilen",
    "paper_forms.scale_ends": "{low} = ikkje i det heile, {high} = heilt",
    # Typing them in
    "field.sheet_number": "Skjemanummer",
    "paper.sheet_label": "Skjema nr. (øvst på arket)",
    "paper.sheet_needed": "Skriv skjemanummeret først (øvst på arket).",
    "paper.sheet_taken": "Skjema nr. {number} er allereie skrive inn. Ctrl+E opnar det for retting.",
    "paper.correcting": "Rettar skjema nr. {number}",
    "paper.correct_hint": "Rett svara, og trykk Ctrl+S. Escape avbryt.",
    "paper.corrected": "Skjema nr. {number} er retta (det tel framleis berre éin gong). Skriv inn det neste.",
    "paper.older_form": "Skjema nr. {number} vart skrive inn på ein eldre versjon av skjemaet og kan ikkje rettast "
                        "her.",
    "key.correct_sheet": "Rett skjema",
    "tip.correct_sheet": "Opne skjemaet med dette nummeret for å rette det",
    "error.sheet_number": "'{value}' er ikkje eit skjemanummer; skriv eit heilt tal frå 1 til {high}.",
    "error.sheet_taken": "skjema nr. {number} er allereie skrive inn, så dette vart ikkje lagra. Ctrl+E opnar det "
                         "for retting.",
    "error.sheet_missing": "skjema nr. {number} er ikkje skrive inn enno.",
    "error.sheet_not_paper": "berre papirskjema har skjemanummer.",
    # The Evaluation screen
    "key.print_forms": "Skriv ut skjema",
    "tip.print_forms": "Lag nummererte papirskjema til utskrift (Word) i exports/",
    "paper_forms.writing": "Lagar papirskjemaa …",
    # The minutes
    "minutes.forms_by_way": "Slik kom skjemaa inn: {ways}.",
    "minutes.way.paper": "{count} på papir",
    "minutes.way.phone": "{count} frå mobil",
    "minutes.way.terminal": "{count} i appen",
    "minutes.way_and": "og",
}
