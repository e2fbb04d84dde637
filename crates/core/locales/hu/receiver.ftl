# Glassbox fogadó — magyar. Amit a fogadó a kérelmet benyújtó személynek mond: a megerősítő e-mail és a benne lévő hivatkozásokkal megnyíló oldalak.
# A szakkifejezések az (EU) 2016/679 rendelet (általános adatvédelmi rendelet) magyar nyelvű változatát követik.

## A megerősítő e-mail (egyszerű szöveg)

# Subject line.
mail-subject = Kérjük, erősítse meg adatvédelmi kérelmét ({ $reference })
mail-hello = Tisztelt Kérelmező!
mail-received = { $controller } megkapta az Ön adatvédelmi kérelmét (hivatkozási szám: { $reference }).
# { $hours } is a number, 1 or more.
mail-confirm = Annak megerősítéséhez, hogy ez az e-mail-cím az Öné, nyissa meg az alábbi hivatkozást { $hours } órán belül:
mail-due = Kérelmére legkésőbb a következő határidőig választ kap: { $date } (a beérkezéstől számított egy hónap, általános adatvédelmi rendelet, 12. cikk (3) bekezdés).
mail-follow = Kérelmét itt követheti nyomon:
mail-ignore = Ha nem Ön nyújtotta be ezt a kérelmet, hagyja figyelmen kívül ezt az e-mailt: semmilyen intézkedésre nem kerül sor.

## A megerősítő hivatkozással megnyíló oldal és a megerősítés utáni oldal

verify-title = Erősítse meg kérelmét
verify-text = Nyomja meg a gombot annak megerősítéséhez, hogy Ön nyújtotta be ezt az adatvédelmi kérelmet a következő adatkezelőhöz: { $controller }.
verify-button = Megerősítem a kérelmemet
verified-title = Köszönjük
verified-text = Kérelmét ({ $reference }) megerősítettük. { $controller } legkésőbb a következő határidőig válaszol: { $date }.
verify-invalid-title = Érvénytelen hivatkozás
verify-invalid-text = Ez a megerősítő hivatkozás érvénytelen vagy lejárt. Kérjük, nyújtsa be újra a kérelmét, vagy forduljon az adatkezelőhöz.
follow-link = Kérelme nyomon követése

## A kérelem állapotoldala

status-title = Az Ön kérelme: { $reference }
status-sent-to = Címzett: { $controller }
status-status = Állapot
status-kinds = Gyakorolt jogok
status-received = Beérkezés ideje
status-due = Válaszadási határidő
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = A határidőt meghosszabbították, az új határidő: { $date }. Indoklás: { $reason }
status-refusal = Az elutasítás indokai
status-private = Ennek az oldalnak a címét ne ossza meg másokkal: aki ismeri, láthatja ezt az állapotot (személyes adatait azonban nem).
status-history = Előzmények
status-when = Időpont (UTC)
status-what = Esemény
state-received = Beérkezett
state-verified = E-mail-cím megerősítve
state-in-progress = Folyamatban
state-completed = Teljesítve
state-refused = Elutasítva
history-received = A kérelem beérkezett
history-status = Állapot: { $status }
history-extended = A határidő meghosszabbítva, az új határidő: { $date }
history-purged = Személyes adatok törölve (a megőrzési idő lejárt)
