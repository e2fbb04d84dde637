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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Din begäran om dina personuppgifter { $reference } har tagits emot
msg-received = { $controller } tog emot din begäran om dina personuppgifter { $reference } den { $date }.
msg-due = Du får svar senast den { $date } (en månad efter mottagandet, art. 12.3 i dataskyddsförordningen).
msg-may-extend = Vid behov, med hänsyn till hur komplicerade begärandena är och hur många de är, kan tiden förlängas med ytterligare två månader; du får i så fall veta det, med skälen, inom den första månaden.
msg-complaint = Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist, din arbetsplats eller där det påstådda intrånget begicks.
msg-complaint-with = Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, till exempel { $authority } ({ $url }), särskilt i den medlemsstat där du har din hemvist, din arbetsplats eller där det påstådda intrånget begicks.
msg-verified-subject = Din begäran { $reference } är bekräftad
msg-verified = Din e-postadress är bekräftad. { $controller } handlägger din begäran { $reference } och svarar senast den { $date }.
msg-extended-subject = Mer tid behövs för din begäran { $reference }
msg-extended = { $controller } har förlängt tiden för att svara på din begäran { $reference } (art. 12.3 i dataskyddsförordningen). Den nya sista dagen är { $date }.
msg-reason = Skäl: { $reason }
msg-refused-subject = Din begäran { $reference } har avslagits
msg-refused = { $controller } kommer inte att vidta någon åtgärd med anledning av din begäran { $reference }.
msg-remedy = Du har också rätt till ett effektivt rättsmedel i domstol (art. 79 i dataskyddsförordningen).
msg-completed-subject = Din begäran { $reference } är klar
msg-completed = { $controller } har slutfört din begäran { $reference }. Detta har gjorts:
done-access = Tillgång: du har fått en kopia av dina personuppgifter och informationen om hur de behandlas.
done-rectification = Rättelse: dina personuppgifter har rättats.
done-erasure = Radering: dina personuppgifter har raderats.
done-objection = Invändning: dina personuppgifter behandlas inte längre för de ändamål du invände mot.
done-restriction = Begränsning: behandlingen av dina personuppgifter har begränsats.
done-portability = Dataportabilitet: du har fått dina personuppgifter i ett strukturerat, allmänt använt och maskinläsbart format.
done-human-review = Mänsklig prövning: en person har prövat beslutet med hänsyn till din synpunkt.
msg-link-subject = En ny länk för att bekräfta din begäran { $reference }
msg-link = Här är en ny länk för att bekräfta din begäran { $reference }. Begäran behåller sitt referensnummer och sin sista dag, { $date }.
history-link = Ny bekräftelselänk skickad
verify-expired-title = Länken har gått ut
verify-expired-text = Bekräftelselänken för din begäran { $reference } har gått ut. Din begäran finns kvar: du kan få en ny länk för samma begäran, med samma referensnummer och sista dag.
verify-renew-button = Skicka en ny länk till mig
verify-renewed-title = En ny länk är på väg
verify-renewed-text = Vi har skickat en ny bekräftelselänk för din begäran { $reference } till din e-postadress. Begäran behåller sin sista dag, { $date }.

## Result

msg-download = Ladda ned svaret här (länken fungerar till och med { $date }):
msg-no-data = { $controller } har inga personuppgifter om dig.
msg-result-link-subject = En ny länk för att ladda ned svaret på din begäran { $reference }
msg-result-link = Här är en ny länk för att ladda ned svaret på din begäran { $reference }.
history-result-link = Ny nedladdningslänk skickad
status-mail-withheld = Vi kunde inte skicka bekräftelsemejlet för denna begäran nu (för många mejl till denna adress i dag). Din begäran är sparad: använd knappen nedan för att få bekräftelselänken senare, till exempel i morgon.
status-mail-button = Skicka mig bekräftelselänken

msg-systems = I vart och ett av våra system:
system-done = { $system }: utfört.
system-no-data = { $system }: inga personuppgifter om dig fanns lagrade.
