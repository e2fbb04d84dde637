# Glassbox-referensmottagare — svenska.
# Termer enligt den svenska versionen av dataskyddsförordningen (förordning (EU) 2016/679); tilltal ”du”.
# Det mottagaren säger till den som gjort begäran: bekräftelsemejlet och sidorna som dess länkar öppnar.

## Bekräftelsemejlet (ren text)

# Ämnesrad.
mail-subject = Bekräfta din begäran { $reference } om dina personuppgifter
mail-hello = Hej!
mail-received = { $controller } har tagit emot din begäran { $reference } om dina personuppgifter.
# { $hours } är ett tal, 1 eller större.
mail-confirm = Öppna den här länken inom { $hours } tim. för att bekräfta att e-postadressen är din:
mail-due = Du får svar senast den { $date } (en månad efter mottagandet, art. 12.3 i dataskyddsförordningen).
mail-follow = Du kan följa din begäran här:
mail-ignore = Om du inte har gjort den här begäran kan du bortse från e-postmeddelandet: ingenting kommer att göras.

## Sidan som bekräftelselänken öppnar, och sidan efter bekräftelsen

verify-title = Bekräfta din begäran
verify-text = Klicka på knappen för att bekräfta att det är du som har skickat den här begäran om dina personuppgifter till { $controller }.
verify-button = Bekräfta min begäran
verified-title = Tack
verified-text = Din begäran { $reference } är bekräftad. { $controller } svarar senast den { $date }.
verify-invalid-title = Ogiltig länk
verify-invalid-text = Den här bekräftelselänken är ogiltig eller har gått ut. Gör din begäran på nytt eller kontakta den personuppgiftsansvarige.
follow-link = Följ din begäran

## Statussidan för en begäran

status-title = Din begäran { $reference }
status-sent-to = Skickad till: { $controller }
status-status = Ärendets status
status-kinds = Utövade rättigheter
status-received = Mottagen
status-due = Svar senast
# Den personuppgiftsansvarige har förlängt tidsfristen (art. 12.3 i dataskyddsförordningen); { $reason } är dennes text.
status-extended = Tidsfristen har förlängts till den { $date }. Skäl: { $reason }
status-refusal = Skäl för avslaget
status-private = Håll den här sidans adress hemlig: alla som har den kan se statusen (men inga av dina personuppgifter).
status-history = Historik
status-when = När (UTC)
status-what = Händelse
state-received = Mottagen
state-verified = E-postadressen bekräftad
state-in-progress = Under behandling
state-completed = Avslutad
state-refused = Avslagen
history-received = Begäran mottagen
history-status = Ny status: { $status }
history-extended = Tidsfristen förlängd till den { $date }
history-purged = Personuppgifterna raderade (lagringstiden har löpt ut)
