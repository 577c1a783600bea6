"""Norske meldinger: å åpne rommet for telefoner og maskiner, og QR-kodene på skjermen."""

MESSAGES: dict[str, str] = {
    "key.room": "Rommet",
    "tip.room": "Åpne eller stenge rommet: telefoner og maskiner på dette nettet kan delta",
    "key.qr": "QR-kode",
    "tip.qr": "Vis QR-koden stort, for prosjektoren",
    "key.other_code": "Annen kode",
    "tip.other_code": "Vis forrige eller neste kode",
    "room.title": "Rommet",
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
    "room.addresses": "Adresser (de samme som i QR-kodene)",
    "room.address_line": "{label}: {url}",
    "room.guest_network": "På et gjestenett som holder enhetene fra hverandre, når ingen denne maskinen: slå på "
                          "maskinens hotspot i stedet, eller bruk papirskjema.",
    "room.line": "● Rommet er åpent: {url} · Ctrl+O rommet · q QR-kode",
    "button.open_room": "Åpne rommet",
    "button.close_room": "Steng rommet",
    "button.back": "Tilbake",
    "qr.scan_evaluation": "Skann koden for å fylle ut evalueringsskjemaet",
    "qr.scan_group": "{group}: skann koden for å skrive gruppas notater",
    "qr.count": "{forms} skjema levert så langt",
    "qr.hint": "← → andre koder · Esc tilbake",
    "qr.too_small": "Vinduet er for lite for koden. Gjør teksten mindre eller vinduet større, eller skriv ut "
                    "kodene med «dialog qr».",
    "qr.room_closed": "Rommet er stengt: åpne det først (Ctrl+O).",
    "serve.group": "{group}: {url}",
}
