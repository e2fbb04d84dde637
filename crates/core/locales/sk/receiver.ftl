# Referenčný prijímač Glassbox — slovenčina. Čo prijímač oznamuje osobe, ktorá podala žiadosť:
# overovací e-mail a stránky, ktoré otvárajú jeho odkazy. Kompiluje sa len do prijímača.
# Terminológia podľa slovenského znenia všeobecného nariadenia o ochrane údajov (nariadenie (EÚ) 2016/679): „prevádzkovateľ“.

## Overovací e-mail (obyčajný text)

# Predmet.
mail-subject = Potvrďte, prosím, svoju žiadosť týkajúcu sa osobných údajov { $reference }
mail-hello = Dobrý deň,
mail-received = Vaša žiadosť týkajúca sa osobných údajov { $reference } bola doručená prevádzkovateľovi, ktorým je { $controller }.
# { $hours } je číslo, 1 alebo viac.
mail-confirm = Ak chcete potvrdiť, že táto e-mailová adresa patrí vám, otvorte do { $hours } h tento odkaz:
mail-due = Odpoveď dostanete najneskôr do { $date } (jeden mesiac od doručenia žiadosti, čl. 12 ods. 3 GDPR).
mail-follow = Svoju žiadosť môžete sledovať tu:
mail-ignore = Ak ste túto žiadosť nepodali, tento e-mail ignorujte: nič sa nestane.

## Stránka, ktorú otvára potvrdzovací odkaz, a stránka po potvrdení

verify-title = Potvrďte svoju žiadosť
verify-text = Stlačením tlačidla potvrďte, že ste túto žiadosť týkajúcu sa osobných údajov adresovali prevádzkovateľovi, ktorým je { $controller }.
verify-button = Potvrdiť žiadosť
verified-title = Ďakujeme
verified-text = Vaša žiadosť { $reference } je potvrdená. Prevádzkovateľ, ktorým je { $controller }, odpovie najneskôr do { $date }.
verify-invalid-title = Neplatný odkaz
verify-invalid-text = Tento potvrdzovací odkaz je neplatný alebo mu uplynula platnosť. Podajte, prosím, žiadosť znova alebo sa obráťte na prevádzkovateľa.
follow-link = Sledovať žiadosť

## Stránka so stavom žiadosti

status-title = Vaša žiadosť { $reference }
status-sent-to = Adresát: { $controller }
status-status = Stav
status-kinds = Uplatnené práva
status-received = Prijaté
status-due = Lehota na odpoveď
# Prevádzkovateľ predĺžil lehotu (čl. 12 ods. 3 GDPR); { $reason } je jeho text.
status-extended = Lehota bola predĺžená do { $date }. Dôvod: { $reason }
status-refusal = Dôvody zamietnutia
status-private = Adresu tejto stránky si nechajte pre seba: ktokoľvek ju pozná, môže vidieť tento stav (nie však vaše osobné údaje).
status-history = História
status-when = Kedy (UTC)
status-what = Udalosť
state-received = Prijatá
state-verified = E-mailová adresa potvrdená
state-in-progress = Vybavuje sa
state-completed = Vybavená
state-refused = Zamietnutá
history-received = Žiadosť prijatá
history-status = Stav: { $status }
history-extended = Lehota predĺžená do { $date }
history-purged = Osobné údaje vymazané (uplynula doba uchovávania)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Vaša žiadosť týkajúca sa osobných údajov { $reference } bola prijatá
msg-received = { $controller } prijal vašu žiadosť týkajúcu sa osobných údajov { $reference } dňa { $date }.
msg-due = Odpoveď dostanete najneskôr do { $date } (jeden mesiac od doručenia žiadosti, čl. 12 ods. 3 GDPR).
msg-may-extend = V prípade potreby, so zreteľom na zložitosť a počet žiadostí, sa táto lehota môže predĺžiť o ďalšie dva mesiace; o tom aj o dôvodoch by ste boli informovaní počas prvého mesiaca.
msg-complaint = Máte právo podať sťažnosť dozornému orgánu, najmä v členskom štáte svojho obvyklého pobytu, miesta výkonu práce alebo miesta údajného porušenia.
msg-complaint-with = Máte právo podať sťažnosť dozornému orgánu, napríklad { $authority } ({ $url }), najmä v členskom štáte svojho obvyklého pobytu, miesta výkonu práce alebo miesta údajného porušenia.
msg-verified-subject = Vaša žiadosť { $reference } je potvrdená
msg-verified = Vaša e-mailová adresa je potvrdená. { $controller } vybavuje vašu žiadosť { $reference } a odpovie najneskôr do { $date }.
msg-extended-subject = Vybavenie vašej žiadosti { $reference } si vyžaduje viac času
msg-extended = { $controller } predĺžil lehotu na odpoveď na vašu žiadosť { $reference } (čl. 12 ods. 3 GDPR). Nová lehota uplynie { $date }.
msg-reason = Dôvody: { $reason }
msg-refused-subject = Vaša žiadosť { $reference } bola zamietnutá
msg-refused = { $controller } na základe vašej žiadosti { $reference } neprijme žiadne opatrenia.
msg-remedy = Máte tiež právo na účinný súdny prostriedok nápravy (čl. 79 GDPR).
msg-completed-subject = Vaša žiadosť { $reference } je vybavená
msg-completed = { $controller } vybavil vašu žiadosť { $reference }. Čo sa urobilo:
done-access = Prístup: dostali ste kópiu svojich osobných údajov a informácie o ich spracúvaní.
done-rectification = Oprava: vaše osobné údaje boli opravené.
done-erasure = Vymazanie: vaše osobné údaje boli vymazané.
done-objection = Námietka: vaše osobné údaje sa už nespracúvajú na účely, voči ktorým ste namietali.
done-restriction = Obmedzenie: spracúvanie vašich osobných údajov bolo obmedzené.
done-portability = Prenosnosť: dostali ste svoje osobné údaje v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte.
done-human-review = Ľudské preskúmanie: človek preskúmal rozhodnutie so zreteľom na váš názor.
msg-link-subject = Nový odkaz na potvrdenie vašej žiadosti { $reference }
msg-link = Tu je nový odkaz na potvrdenie vašej žiadosti { $reference }. Žiadosť si ponecháva svoje číslo aj lehotu, { $date }.
history-link = Odoslaný nový potvrdzovací odkaz
verify-expired-title = Platnosť tohto odkazu uplynula
verify-expired-text = Platnosť potvrdzovacieho odkazu vašej žiadosti { $reference } uplynula. Vaša žiadosť zostáva zachovaná: môžete získať nový odkaz pre tú istú žiadosť s rovnakým číslom a lehotou.
verify-renew-button = Poslať nový odkaz
verify-renewed-title = Nový odkaz je na ceste
verify-renewed-text = Na vašu e-mailovú adresu sme poslali nový potvrdzovací odkaz pre vašu žiadosť { $reference }. Žiadosť si ponecháva svoju lehotu, { $date }.

## Result

msg-download = Odpoveď si stiahnite tu (odkaz platí do { $date }):
msg-no-data = { $controller } o vás neuchováva žiadne osobné údaje.
msg-result-link-subject = Nový odkaz na stiahnutie odpovede na vašu žiadosť { $reference }
msg-result-link = Tu je nový odkaz na stiahnutie odpovede na vašu žiadosť { $reference }.
history-result-link = Odoslaný nový odkaz na stiahnutie
status-mail-withheld = E-mail s potvrdením tejto žiadosti teraz nemôžeme odoslať (na túto adresu dnes odišlo príliš veľa e-mailov). Vaša žiadosť je uložená: odkaz na potvrdenie si vyžiadajte tlačidlom nižšie neskôr, napríklad zajtra.
status-mail-button = Pošlite mi odkaz na potvrdenie

msg-systems = V každom z našich systémov:
system-done = { $system }: vykonané.
system-no-data = { $system }: neuchovávali sme o vás žiadne osobné údaje.
