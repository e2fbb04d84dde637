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
