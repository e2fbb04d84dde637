# Referenční přijímač Glassbox — čeština. Co přijímač sděluje osobě, která podala žádost:
# ověřovací e-mail a stránky, které otevírají jeho odkazy. Kompiluje se jen do přijímače.
# Terminologie podle českého znění obecného nařízení o ochraně osobních údajů (nařízení (EU) 2016/679): „správce“.

## Ověřovací e-mail (prostý text)

# Předmět.
mail-subject = Potvrďte prosím svou žádost týkající se osobních údajů { $reference }
mail-hello = Dobrý den,
mail-received = Vaše žádost týkající se osobních údajů { $reference } byla doručena správci, kterým je { $controller }.
# { $hours } je číslo, 1 nebo více.
mail-confirm = Chcete-li potvrdit, že tato e-mailová adresa patří vám, otevřete do { $hours } h tento odkaz:
mail-due = Odpověď dostanete nejpozději do { $date } (jeden měsíc od obdržení žádosti, čl. 12 odst. 3 GDPR).
mail-follow = Svou žádost můžete sledovat zde:
mail-ignore = Pokud jste tuto žádost nepodali, tento e-mail ignorujte: nic se nestane.

## Stránka, kterou otevírá potvrzovací odkaz, a stránka po potvrzení

verify-title = Potvrďte svou žádost
verify-text = Stisknutím tlačítka potvrďte, že jste tuto žádost týkající se osobních údajů adresovali správci, kterým je { $controller }.
verify-button = Potvrdit žádost
verified-title = Děkujeme
verified-text = Vaše žádost { $reference } je potvrzena. Správce, kterým je { $controller }, odpoví nejpozději do { $date }.
verify-invalid-title = Neplatný odkaz
verify-invalid-text = Tento potvrzovací odkaz je neplatný nebo mu vypršela platnost. Podejte prosím žádost znovu nebo se obraťte na správce.
follow-link = Sledovat žádost

## Stránka se stavem žádosti

status-title = Vaše žádost { $reference }
status-sent-to = Adresát: { $controller }
status-status = Stav
status-kinds = Uplatněná práva
status-received = Přijato
status-due = Lhůta pro odpověď
# Správce prodloužil lhůtu (čl. 12 odst. 3 GDPR); { $reason } je jeho text.
status-extended = Lhůta byla prodloužena do { $date }. Důvod: { $reason }
status-refusal = Důvody odmítnutí
status-private = Adresu této stránky nikomu nesdělujte: kdokoli ji zná, může vidět tento stav (nikoli však vaše osobní údaje).
status-history = Historie
status-when = Kdy (UTC)
status-what = Událost
state-received = Přijata
state-verified = E-mailová adresa potvrzena
state-in-progress = Vyřizuje se
state-completed = Vyřízena
state-refused = Zamítnuta
history-received = Žádost přijata
history-status = Stav: { $status }
history-extended = Lhůta prodloužena do { $date }
history-purged = Osobní údaje vymazány (uplynula doba uložení)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Vaše žádost týkající se osobních údajů { $reference } byla přijata
msg-received = { $controller } obdržel vaši žádost týkající se osobních údajů { $reference } dne { $date }.
msg-due = Odpověď dostanete nejpozději do { $date } (jeden měsíc od obdržení žádosti, čl. 12 odst. 3 GDPR).
msg-may-extend = V případě potřeby, s ohledem na složitost a počet žádostí, lze tuto lhůtu prodloužit o další dva měsíce; o tom i o důvodech byste byli informováni během prvního měsíce.
msg-complaint = Máte právo podat stížnost u dozorového úřadu, zejména v členském státě svého obvyklého bydliště, místa výkonu zaměstnání nebo místa, kde došlo k údajnému porušení.
msg-complaint-with = Máte právo podat stížnost u dozorového úřadu, například { $authority } ({ $url }), zejména v členském státě svého obvyklého bydliště, místa výkonu zaměstnání nebo místa, kde došlo k údajnému porušení.
msg-verified-subject = Vaše žádost { $reference } je potvrzena
msg-verified = Vaše e-mailová adresa je potvrzena. { $controller } vyřizuje vaši žádost { $reference } a odpoví nejpozději do { $date }.
msg-extended-subject = Vyřízení vaší žádosti { $reference } vyžaduje více času
msg-extended = { $controller } prodloužil lhůtu pro odpověď na vaši žádost { $reference } (čl. 12 odst. 3 GDPR). Nová lhůta končí { $date }.
msg-reason = Důvody: { $reason }
msg-refused-subject = Vaše žádost { $reference } byla zamítnuta
msg-refused = { $controller } nepřijme na základě vaší žádosti { $reference } žádná opatření.
msg-remedy = Máte také právo na účinnou soudní ochranu (čl. 79 GDPR).
msg-completed-subject = Vaše žádost { $reference } je vyřízena
msg-completed = { $controller } vyřídil vaši žádost { $reference }. Co bylo provedeno:
done-access = Přístup: obdrželi jste kopii svých osobních údajů a informace o jejich zpracování.
done-rectification = Oprava: vaše osobní údaje byly opraveny.
done-erasure = Výmaz: vaše osobní údaje byly vymazány.
done-objection = Námitka: vaše osobní údaje se již nezpracovávají pro účely, proti nimž jste vznesli námitku.
done-restriction = Omezení: zpracování vašich osobních údajů bylo omezeno.
done-portability = Přenositelnost: obdrželi jste své osobní údaje ve strukturovaném, běžně používaném a strojově čitelném formátu.
done-human-review = Lidské přezkoumání: člověk přezkoumal rozhodnutí s ohledem na váš názor.
msg-link-subject = Nový odkaz pro potvrzení vaší žádosti { $reference }
msg-link = Zde je nový odkaz pro potvrzení vaší žádosti { $reference }. Žádost si ponechává své číslo i lhůtu, { $date }.
history-link = Odeslán nový potvrzovací odkaz
verify-expired-title = Platnost tohoto odkazu vypršela
verify-expired-text = Platnost potvrzovacího odkazu vaší žádosti { $reference } vypršela. Vaše žádost zůstává zachována: můžete získat nový odkaz pro tutéž žádost se stejným číslem a lhůtou.
verify-renew-button = Poslat nový odkaz
verify-renewed-title = Nový odkaz je na cestě
verify-renewed-text = Na vaši e-mailovou adresu jsme poslali nový potvrzovací odkaz pro vaši žádost { $reference }. Žádost si ponechává svou lhůtu, { $date }.

## Result

msg-download = Odpověď si stáhněte zde (odkaz platí do { $date }):
msg-no-data = { $controller } o vás neuchovává žádné osobní údaje.
msg-result-link-subject = Nový odkaz ke stažení odpovědi na vaši žádost { $reference }
msg-result-link = Zde je nový odkaz ke stažení odpovědi na vaši žádost { $reference }.
history-result-link = Odeslán nový odkaz ke stažení
status-mail-withheld = E-mail s potvrzením této žádosti teď nemůžeme odeslat (na tuto adresu dnes odešlo příliš mnoho e-mailů). Vaše žádost je uložena: odkaz k potvrzení si vyžádejte tlačítkem níže později, například zítra.
status-mail-button = Pošlete mi odkaz k potvrzení

msg-systems = V každém z našich systémů:
system-done = { $system }: provedeno.
system-no-data = { $system }: neuchovávali jsme o vás žádné osobní údaje.
