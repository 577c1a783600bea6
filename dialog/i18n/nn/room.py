"""Norwegian nynorsk messages: opening the room for phones and laptops, and the QR codes on screen."""

MESSAGES: dict[str, str] = {
    "key.room": "Rommet",
    "tip.room": "Opne eller stenge rommet: telefonar og maskinar på dette nettet kan delta",
    "key.qr": "QR-kode",
    "tip.qr": "Vis QR-koden stort, for prosjektoren",
    "key.other_code": "Annan kode",
    "tip.other_code": "Vis førre eller neste kode",
    "key.new_codes": "Nye kodar",
    "tip.new_codes": "Lag nye QR-kodar: alle dei gamle, òg utskrivne, sluttar å verke med ein gong",
    "room.title": "Rommet",
    "room.window_opening": "Opnar vindauget Rommet …",
    "help.room": "Vel adressa og porten, og opne rommet; adressene i QR-kodane står under når det er ope. "
                 "Har ein kode kome på avvegar, lagar Ctrl+R nye kodar: dei gamle, òg utskrivne, sluttar å verke "
                 "med ein gong, og dei som er inne, må skanne på nytt. Esc lukkar vindauget; rommet er som før.",
    "room.explain": "Telefonar fyller ut evalueringsskjemaet, og maskinane til sekretærane skriv gruppenotat over "
                    "dette nettet; svara går rett inn i denne konferansefila og ingen andre stader. Vel "
                    "adressa dei andre når (dei må vere på same trådlause nett, eller på hotspoten til denne "
                    "maskinen).",
    "room.host": "Adresse",
    "room.port": "Port",
    "room.looking": "Finn adressene til maskinen …",
    "room.opening": "Opnar rommet …",
    "room.closing": "Stenger rommet …",
    "room.is_open": "Rommet er ope på {url}",
    "room.is_closed": "Rommet er stengt. Telefonar og maskinar får «finst ikkje» til du opnar det.",
    "room.addresses": "Adresser (dei same som i QR-kodane; Ctrl+R lagar nye og stenger dei gamle ute)",
    "room.address_line": "{label}: {url}",
    "room.guest_network": "På eit gjestenett som held einingane frå kvarandre, når ingen denne maskinen: slå på "
                          "hotspoten til maskinen i staden, eller bruk papirskjema.",
    "room.confirm_new_codes": "Lage nye QR-kodar? Alle dei gamle kodane sluttar å verke med ein gong, òg dei "
                              "utskrivne. Telefonar og maskinar som er inne, må skanne ein ny kode, og skjema "
                              "som er halvvegs utfylte, kan ikkje sendast.",
    "room.codes_renewed": "Nye QR-kodar er laga. Dei gamle verkar ikkje lenger.",
    "room.renewing": "Lagar nye QR-kodar …",
    "room.line": "● Rommet er ope: {url} · Ctrl+O rommet · q QR-kode",
    "room.line_no_qr": "● Rommet er ope: {url} · Ctrl+O rommet",
    "qr.loading": "Hentar QR-kodane …",
    "button.open_room": "Opne rommet",
    "button.close_room": "Steng rommet",
    "button.new_codes": "Lag nye kodar",
    "button.back": "Tilbake",
    "qr.scan_evaluation": "Skann koden for å fylle ut evalueringsskjemaet",
    "qr.scan_group": "{group}: skann koden for å skrive notata til gruppa",
    "qr.clock_left": "Gruppearbeid: {time} att",
    "qr.clock_paused": "Gruppearbeid: {time} att (pause)",
    "qr.clock_over": "Gruppearbeid: tida er ute ({time})",
    "qr.count.one": "{count} skjema har kome inn så langt",
    "qr.count.other": "{count} skjema har kome inn så langt",
    "help.qr": "Koden blir vist så stor som vindauget tillèt, for prosjektoren. ← og → viser dei andre kodane. "
               "Ctrl+R lagar nye kodar (dei gamle, òg utskrivne, sluttar å verke), og den nye blir vist med ein "
               "gong.",
    "qr.hint": "← → andre kodar · Ctrl+R nye kodar · Esc tilbake",
    "qr.too_small": "Vindauget er for lite for koden. Gjer teksten mindre eller vindauget større, eller skriv ut "
                    "kodane med «dialog qr».",
    "qr.room_closed": "Rommet er stengt: opne det først (Ctrl+O).",
    "serve.group": "{group}: {url}",
}
