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
