"""English messages: opening the room for phones and laptops, and the QR codes on screen."""

MESSAGES: dict[str, str] = {
    "key.room": "Room",
    "tip.room": "Open or close the room: phones and laptops on this network take part",
    "key.qr": "QR code",
    "tip.qr": "Show the QR code large, for the projector",
    "key.other_code": "Other code",
    "tip.other_code": "Show the previous or next code",
    "key.new_codes": "New codes",
    "tip.new_codes": "Make new QR codes: every old one, printed ones too, stops working at once",
    "room.title": "The room",
    "room.window_opening": "Opening the room window …",
    "help.room": "Pick the address and port and open the room; the addresses in the QR codes are listed below "
                 "while it is open. If a code has gone astray, Ctrl+R makes new codes: the old ones, printed ones "
                 "too, stop working at once, and those already in must scan again. Esc closes the window; the "
                 "room stays as it is.",
    "room.explain": "Phones fill in the evaluation form and assistants' laptops write group notes over this "
                    "network; the answers go straight into this conference file and nowhere else. Pick the "
                    "address the others can reach (they must be on the same Wi-Fi, or on this laptop's hotspot).",
    "room.host": "Address",
    "room.port": "Port",
    "room.looking": "Looking up this machine's addresses …",
    "room.opening": "Opening the room …",
    "room.closing": "Closing the room …",
    "room.is_open": "The room is open at {url}",
    "room.is_closed": "The room is closed. Phones and laptops get “not found” until you open it.",
    "room.addresses": "Addresses (the same as in the QR codes; Ctrl+R makes new ones and shuts the old ones out)",
    "room.address_line": "{label}: {url}",
    "room.guest_network": "On a guest network that keeps devices apart, nobody can reach this laptop: turn on "
                          "its hotspot instead, or use paper forms.",
    "room.confirm_new_codes": "Make new QR codes? Every old code stops working at once, printed ones too. Phones "
                              "and laptops already in must scan a new code, and forms half filled in cannot be "
                              "sent.",
    "room.codes_renewed": "New QR codes made. The old ones no longer work.",
    "room.renewing": "Making new QR codes …",
    "room.line": "● Room open: {url} · Ctrl+O the room · q QR code",
    "room.line_no_qr": "● Room open: {url} · Ctrl+O the room",
    "qr.loading": "Fetching the QR codes …",
    "button.open_room": "Open the room",
    "button.close_room": "Close the room",
    "button.new_codes": "Make new codes",
    "button.back": "Back",
    "qr.scan_evaluation": "Scan the code to fill in the evaluation form",
    "qr.scan_group": "{group}: scan the code to write the group's notes",
    "qr.clock_left": "Group work: {time} left",
    "qr.clock_paused": "Group work: {time} left (paused)",
    "qr.clock_over": "Group work: time is up ({time})",
    "qr.count.one": "{count} form returned so far",
    "qr.count.other": "{count} forms returned so far",
    "help.qr": "The code is drawn as large as the window allows, for the projector. ← and → show the other "
               "codes. Ctrl+R makes new codes (the old ones, printed ones too, stop working), and the new one is "
               "shown at once.",
    "qr.hint": "← → other codes · Ctrl+R new codes · Esc back",
    "qr.too_small": "The window is too small for the code. Make the text smaller or the window larger, or print "
                    "the codes with 'dialog qr'.",
    "qr.room_closed": "The room is closed: open it first (Ctrl+O).",
    "serve.group": "{group}: {url}",
}
