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
    "web.too_many": "Too many requests at once. Wait a few seconds and try again.",
    "web.error.too_many_title": "Please wait",
    "web.error.bad_request_title": "The request could not be read",
    "web.error.bad_request": "Your browser sent something the room could not read, so nothing was stored. Go back "
                             "and try again, or scan the QR code again.",
    "web.error.not_found_title": "Page not found",
    "web.error.not_found": "There is no page at this address. Scan the QR code in the room to reach the form or "
                           "your group's page.",
    "web.error.scan_again_title": "Scan the QR code again",
    "web.error.scan_again": "This browser is no longer connected to the room, perhaps because its cookies "
                            "were cleared, the codes were renewed or the room was closed. Scan the QR code "
                            "again. Whatever you already sent is kept.",
    "web.error.code_unknown_title": "This code is not valid",
    "web.error.code_unknown": "This QR code is not (or no longer) valid: it may have been replaced, or the room is "
                              "closed. Ask the person leading the conference for the current code.",
    "web.error.method_title": "Not available this way",
    "web.error.method": "This address does not take this kind of request. Go back and use the buttons on the "
                        "page.",
    "web.error.too_slow_title": "That took too long",
    "web.error.too_slow": "What you sent did not arrive in time, so nothing was stored. Go back and send it again.",
    "web.error.too_large_title": "Too much text",
    "web.error.too_large": "What you sent was too long (over {size} kB), so nothing was stored. Go back, shorten "
                           "the text and send it again.",
    "web.error.server_title": "Something went wrong",
    "web.error.server": "Something went wrong in the room, and what you sent may not have been stored. Go back and "
                        "send it again. If it happens again, tell the person leading the conference.",
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
    # The phone's answer to the finding the leader shows (issue 17, item 1)
    "web.finding_place": "Finding {number} of {total}",
    "web.finding_intro": "Anonymous: no name, address or time is stored.",
    "web.finding_question": "What do you say to this finding?",
    "web.finding_hint.confirmed": "It matches what I know.",
    "web.finding_hint.nuanced": "It is partly right, but there is more to say.",
    "web.finding_hint.contested": "It does not match what I know.",
    "web.finding_hint.new_angle": "I see it from another side.",
    "web.finding_not_chosen": "Not chosen yet",
    "web.finding_comment": "Comment (you may leave it empty)",
    "web.finding_role": "Your role group (you may leave it empty)",
    "web.finding_change": "Send the change",
    "web.finding_stored": "Your answer is stored. You can change it until the leader moves on.",
    "web.finding_none_title": "No finding to answer now",
    "web.finding_none": "When the leader shows a finding, you can answer it here. Reload the page to see it.",
    "web.finding_shown_title": "The room's answers are on the screen",
    "web.finding_shown": "The leader is showing what the room answered to this finding, so it takes no more "
                         "answers. When the leader shows the next finding, you can answer it here.",
    "web.finding_to_form": "Go to the evaluation form",
    "web.finding_moved": "The leader has moved on to another finding. Reload the page to answer it.",
    "web.finding_you_wrote": "What you wrote about “{title}”:",
    "web.finding_you_wrote_untitled": "What you wrote:",
    "web.finding_answer_was": "Answer: {response}",
    "web.finding_comment_was": "Comment:",
    "web.finding_role_was": "Role group: {role}",
    "web.finding_choose": "Choose one of the four answers before you send.",
    "web.finding_comment_long": "The comment is too long: at most {limit} characters. You wrote {length}.",
    "web.finding_role_unknown": "That role group does not exist. Choose one from the list, or leave it empty.",
    "web.finding_unknown": "That finding no longer exists, so the answer was not stored.",
    # Groups confirm their notes (issue 17, item 2)
    "web.check_heading": "Your notes as the minutes will show them",
    "web.check_intro": "Read the notes together. If this is what you said, press “These are our words”. If something is wrong, flag the note and say briefly what should change.",
    "web.no_notes_yet": "No notes yet.",
    "web.confirm": "These are our words",
    "web.flag_open": "Flag to change",
    "web.flag_reason": "What should change? Briefly, and never a name",
    "web.back_to_notes": "Back to the notes",
    "web.flag_send": "Flag the note",
    "web.flagged": "Flagged: {reason}",
    "web.check_state.confirmed": "Status: the group confirmed these notes at {time}.",
    "web.check_state.flagged.one": "Status: {count} note is flagged to change.",
    "web.check_state.flagged.other": "Status: {count} notes are flagged to change.",
    "web.check_state.changed": "Status: the notes changed after the group confirmed them. Read them and confirm again.",
    "web.check_state.not_looked_at": "Status: the group has not confirmed its notes yet.",
}
