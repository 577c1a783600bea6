"""Numbered paper forms: printing them (``dialog forms``), typing them in by sheet number, the minutes' count."""

MESSAGES: dict[str, str] = {
    # dialog forms
    "cli.forms.help": "print paper evaluation forms: one numbered form per page, with the QR code of the phone "
                      "form (Word)",
    "cli.forms.count": "how many forms (default: the number of participants, else 30)",
    "cli.forms.first": "the number of the first form (default: the one after the last printed or typed, at first 1)",
    "cli.forms.out": "where to write (default: ./exports/<date>-<district>-forms.docx)",
    "forms.written.one": "{count} form (no. {first}) written to {path}",
    "forms.written.other": "{count} forms (no. {first}–{last}) written to {path}",
    "forms.used_before.one": "note: form no. {first} was printed or typed in before; hand out only one form with "
                             "each number",
    "forms.used_before.other": "note: {count} of these numbers ({first}–{last}) were printed or typed in before; "
                               "hand out only one form with each number",
    "error.sheet_count": "the number of forms must be a whole number from 1 to {high}, not {count}; nothing was "
                         "written.",
    "error.sheet_first": "form numbers must lie between 1 and {high}; {count} forms from no. {first} do not fit; "
                         "nothing was written.",
    # The Word document
    "paper_forms.file_name": "{date}-{district}-forms.docx",
    "paper_forms.doc_title": "Evaluation form – {district} {date}",
    "paper_forms.doc_subject": "Paper evaluation forms, the dialogue conference in {district} {date}",
    "paper_forms.sheet": "Form no. {number}",
    "paper_forms.title": "Evaluation of the dialogue conference – {district}, {date}",
    "paper_forms.intro": "This form is anonymous: do not write your name. Tick one box per question, and skip "
                         "what you do not want to answer.",
    "paper_forms.qr_caption": "Rather answer on your phone? Scan the code.",
    "paper_forms.qr_alt": "QR code for the same form on a phone",
    "paper_forms.scale_ends": "{low} = not at all, {high} = completely",
    # Typing them in
    "field.sheet_number": "Form number",
    "paper.sheet_label": "Form no. (at the top of the sheet)",
    "paper.sheet_needed": "Type the form number first (at the top of the sheet).",
    "paper.sheet_taken": "Form no. {number} is already typed in. Ctrl+E opens it to correct it.",
    "paper.correcting": "Correcting form no. {number}",
    "paper.correct_hint": "Correct the answers and press Ctrl+S. Escape cancels.",
    "paper.corrected": "Form no. {number} is corrected (it still counts once). Type the next one.",
    "paper.older_form": "Form no. {number} was typed in on an older version of the form and cannot be corrected "
                        "here.",
    "key.correct_sheet": "Correct form",
    "tip.correct_sheet": "Open the form with this number to correct it",
    "error.sheet_number": "'{value}' is not a form number; type a whole number from 1 to {high}.",
    "error.sheet_taken": "form no. {number} is already typed in, so this was not saved. Ctrl+E opens it to "
                         "correct it.",
    "error.sheet_missing": "form no. {number} has not been typed in yet.",
    "error.sheet_not_paper": "only paper forms carry a form number.",
    # The Evaluation screen
    "key.print_forms": "Print forms",
    "tip.print_forms": "Make numbered paper forms to print (Word) in exports/",
    "paper_forms.writing": "Making the paper forms …",
    # The minutes
    "minutes.forms_by_way": "How the forms came in: {ways}.",
    "minutes.way.paper": "{count} on paper",
    "minutes.way.phone": "{count} from phones",
    "minutes.way.terminal": "{count} in the app",
    "minutes.way_and": "and",
}
"""Messages for numbered paper forms."""
