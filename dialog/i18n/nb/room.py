"""Norske meldinger: å åpne rommet for telefoner og maskiner, og QR-kodene på skjermen."""

MESSAGES: dict[str, str] = {
    "key.room": "Rommet",
    "tip.room": "Åpne eller stenge rommet: telefoner og maskiner på dette nettet kan delta",
    "key.qr": "QR-kode",
    "tip.qr": "Vis QR-koden stort, for prosjektoren",
    "key.other_code": "Annen kode",
    "tip.other_code": "Vis forrige eller neste kode",
    "key.new_codes": "Nye koder",
    "tip.new_codes": "Lag nye QR-koder: alle de gamle, også utskrevne, slutter å virke med en gang",
    "room.title": "Rommet",
    "room.window_opening": "Åpner vinduet Rommet …",
    "help.room": "Velg adressen og porten, og åpne rommet; adressene i QR-kodene står under når det er åpent. "
                 "Har en kode kommet på avveie, lager Ctrl+R nye koder: de gamle, også utskrevne, slutter å virke "
                 "med en gang, og de som er inne, må skanne på nytt. Esc lukker vinduet; rommet er som før.",
    "room.explain": "Telefoner fyller ut evalueringsskjemaet og sekretærenes maskiner skriver gruppenotater over "
                    "dette nettet; svarene går rett inn i denne konferansefila og ingen andre steder. Velg "
                    "adressen de andre når (de må være på samme trådløse nett, eller på denne maskinens hotspot).",
    "room.host": "Adresse",
    "room.port": "Port",
    "room.looking": "Finner maskinens adresser …",
    "room.opening": "Åpner rommet …",
    "room.closing": "Stenger rommet …",
    "room.is_open": "Rommet er åpent på {url}",
    "room.is_closed": "Rommet er stengt. Telefoner og maskiner får «finnes ikke» til du åpner det.",
    "room.addresses": "Adresser (de samme som i QR-kodene; Ctrl+R lager nye og stenger de gamle ute)",
    "room.address_line": "{label}: {url}",
    "room.guest_network": "På et gjestenett som holder enhetene fra hverandre, når ingen denne maskinen: slå på "
                          "maskinens hotspot i stedet, eller bruk papirskjema.",
    "room.confirm_new_codes": "Lage nye QR-koder? Alle de gamle kodene slutter å virke med en gang, også de "
                              "utskrevne. Telefoner og maskiner som er inne, må skanne en ny kode, og skjemaer "
                              "som er halvveis utfylt, kan ikke sendes.",
    "room.codes_renewed": "Nye QR-koder er laget. De gamle virker ikke lenger.",
    "room.renewing": "Lager nye QR-koder …",
    "room.line": "● Rommet er åpent: {url} · Ctrl+O rommet · q QR-kode",
    "room.line_no_qr": "● Rommet er åpent: {url} · Ctrl+O rommet",
    "qr.loading": "Henter QR-kodene …",
    "button.open_room": "Åpne rommet",
    "button.close_room": "Steng rommet",
    "button.new_codes": "Lag nye koder",
    "button.back": "Tilbake",
    "qr.scan_evaluation": "Skann koden for å fylle ut evalueringsskjemaet",
    "qr.scan_group": "{group}: skann koden for å skrive gruppas notater",
    "qr.clock_left": "Gruppearbeid: {time} igjen",
    "qr.clock_paused": "Gruppearbeid: {time} igjen (pause)",
    "qr.clock_over": "Gruppearbeid: tiden er ute ({time})",
    "qr.count.one": "{count} skjema levert så langt",
    "qr.count.other": "{count} skjemaer levert så langt",
    "help.qr": "Koden vises så stor som vinduet tillater, for prosjektoren. ← og → viser de andre kodene. Ctrl+R "
               "lager nye koder (de gamle, også utskrevne, slutter å virke), og den nye vises straks.",
    "qr.hint": "← → andre koder · Ctrl+R nye koder · Esc tilbake",
    "qr.too_small": "Vinduet er for lite for koden. Gjør teksten mindre eller vinduet større, eller skriv ut "
                    "kodene med «dialog qr».",
    "qr.room_closed": "Rommet er stengt: åpne det først (Ctrl+O).",
    "serve.group": "{group}: {url}",
}
