"""English messages: the pages phones and laptops see."""

MESSAGES: dict[str, str] = {
    "web.form_title": "Evaluation of the dialogue conference",
    "web.form_intro": "Anonymous: no name, no address and no time is stored. Answer what you like and leave "
                      "the rest.",
    "web.scale_low": "1 = not at all",
    "web.scale_high": "5 = completely",
    "web.no_answer": "Prefer not to say",
    "web.scale_skip": "No answer",
    "web.send": "Send",
    "web.thanks_title": "Thank you!",
    "web.thanks_body": "Your answers are stored. You can close this page.",
    "web.already_received": "This form has already been received, so it was not stored a second time. You can "
                            "close this page.",
    "web.another_hint": "Sharing a phone? The next person can fill in a form of their own here.",
    "web.another_form": "Fill in another form",
    "web.form_expired": "This form had gone out of date, so nothing was sent. Everything you typed is still "
                        "here: press the button again.",
    "web.scan_again_title": "Scan the code again",
    "web.scan_again": "This code no longer works, or the browser has forgotten it. Scan the QR code on the "
                      "screen or on the table again to come straight in.",
    "web.too_many": "Too many requests at once. Wait a few seconds and try again.",
    "web.notes_intro": "Notes for this group. Attribute by role letter (B, T, L …), never by name. You can edit "
                       "the notes written on this device.",
    "web.field_kind": "Kind of note",
    "web.field_role": "Role letter (B, T, L …), never a name",
    "web.field_text": "The note",
    "web.new_note": "New note",
    "web.save": "Save",
    "web.edit": "Edit",
    "web.note_already_saved": "This note is already saved, so it was not saved a second time.",
    "web.note_changed": "This note was changed on another screen after you opened it. It now reads: {text} – "
                        "Your wording is below and kept in the note's history; press Save to make it the note's.",
    "web.themes": "Themes",
}
