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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Megkaptuk az adataival kapcsolatos { $reference } kérelmét
msg-received = { $controller } { $date } napján megkapta az adataival kapcsolatos { $reference } kérelmét.
msg-due = Kérelmére legkésőbb a következő határidőig választ kap: { $date } (a beérkezéstől számított egy hónap, általános adatvédelmi rendelet, 12. cikk (3) bekezdés).
msg-may-extend = Szükség esetén, figyelembe véve a kérelem összetettségét és a kérelmek számát, ez a határidő további két hónappal meghosszabbítható; erről és annak okairól az első hónapon belül tájékoztatást kapna.
msg-complaint = Joga van panaszt tenni egy felügyeleti hatóságnál, különösen a szokásos tartózkodási helye, munkahelye vagy a feltételezett jogsértés helye szerinti tagállamban.
msg-complaint-with = Joga van panaszt tenni egy felügyeleti hatóságnál, például: { $authority } ({ $url }), különösen a szokásos tartózkodási helye, munkahelye vagy a feltételezett jogsértés helye szerinti tagállamban.
msg-verified-subject = A(z) { $reference } kérelmét megerősítette
msg-verified = E-mail-címe megerősítést nyert. { $controller } foglalkozik a(z) { $reference } kérelmével, és legkésőbb a következő időpontig válaszol: { $date }.
msg-extended-subject = A(z) { $reference } kérelméhez több időre van szükség
msg-extended = { $controller } meghosszabbította a(z) { $reference } kérelmére adandó válasz határidejét (általános adatvédelmi rendelet, 12. cikk (3) bekezdés). Az új határidő: { $date }.
msg-reason = Indokok: { $reason }
msg-refused-subject = A(z) { $reference } kérelmét elutasították
msg-refused = { $controller } nem tesz intézkedést a(z) { $reference } kérelme nyomán.
msg-remedy = Joga van továbbá hatékony bírósági jogorvoslathoz (általános adatvédelmi rendelet, 79. cikk).
msg-completed-subject = A(z) { $reference } kérelmét teljesítették
msg-completed = { $controller } teljesítette a(z) { $reference } kérelmét. Ami történt:
done-access = Hozzáférés: megkapta személyes adatai másolatát és a kezelésükre vonatkozó tájékoztatást.
done-rectification = Helyesbítés: személyes adatait helyesbítették.
done-erasure = Törlés: személyes adatait törölték.
done-objection = Tiltakozás: személyes adatait már nem kezelik azokra a célokra, amelyek ellen tiltakozott.
done-restriction = Korlátozás: személyes adatai kezelését korlátozták.
done-portability = Adathordozhatóság: személyes adatait tagolt, széles körben használt, géppel olvasható formátumban megkapta.
done-human-review = Emberi felülvizsgálat: egy ember az Ön álláspontját figyelembe véve felülvizsgálta a döntést.
msg-link-subject = Új hivatkozás a(z) { $reference } kérelme megerősítéséhez
msg-link = Íme egy új hivatkozás a(z) { $reference } kérelme megerősítéséhez. A kérelem megtartja hivatkozási számát és határidejét: { $date }.
history-link = Új megerősítő hivatkozás elküldve
verify-expired-title = Ez a hivatkozás lejárt
verify-expired-text = A(z) { $reference } kérelme megerősítő hivatkozása lejárt. Kérelme megmarad: ugyanahhoz a kérelemhez új hivatkozást kaphat, azonos hivatkozási számmal és határidővel.
verify-renew-button = Új hivatkozást kérek
verify-renewed-title = Az új hivatkozás úton van
verify-renewed-text = Új megerősítő hivatkozást küldtünk a(z) { $reference } kérelméhez az e-mail-címére. A kérelem megtartja határidejét: { $date }.

## Result

msg-download = A választ itt töltheti le (a hivatkozás eddig működik: { $date }):
msg-no-data = { $controller } nem kezel Önre vonatkozó személyes adatot.
msg-result-link-subject = Új hivatkozás a(z) { $reference } kérelmére adott válasz letöltéséhez
msg-result-link = Íme egy új hivatkozás a(z) { $reference } kérelmére adott válasz letöltéséhez.
history-result-link = Új letöltési hivatkozás elküldve
status-mail-withheld = A kérelem megerősítő e-mailjét most nem tudtuk elküldeni (erre a címre ma már túl sok e-mail ment). A kérelmét megőriztük: az alábbi gombbal később, például holnap kérheti a megerősítő linket.
status-mail-button = Kérem a megerősítő linket

msg-systems = Minden rendszerünkben:
system-done = { $system }: elvégezve.
system-no-data = { $system }: nem tároltunk Önről személyes adatot.
