# Glassbox-referentieontvanger — Nederlands.
# Termen volgens de Nederlandse versie van de AVG (Verordening (EU) 2016/679); aanspreekvorm „u”.
# Wat de ontvanger zegt tegen de persoon die het verzoek heeft gedaan: de bevestigingsmail en de pagina's die de links ervan openen.

## De bevestigingsmail (platte tekst)

# Onderwerpregel.
mail-subject = Bevestig uw privacyverzoek { $reference }
mail-hello = Goedendag,
mail-received = { $controller } heeft uw privacyverzoek { $reference } ontvangen.
# { $hours } is een getal, 1 of meer.
mail-confirm = Open deze link binnen { $hours } uur om te bevestigen dat dit e-mailadres van u is:
mail-due = U krijgt uiterlijk op { $date } antwoord (een maand na ontvangst, art. 12 lid 3 AVG).
mail-follow = Hier kunt u uw verzoek volgen:
mail-ignore = Als u dit verzoek niet hebt gedaan, negeer dan deze e-mail: er gebeurt niets.

## De pagina die de bevestigingslink opent, en de pagina na de bevestiging

verify-title = Bevestig uw verzoek
verify-text = Klik op de knop om te bevestigen dat u dit privacyverzoek aan { $controller } hebt gedaan.
verify-button = Mijn verzoek bevestigen
verified-title = Bedankt
verified-text = Uw verzoek { $reference } is bevestigd. { $controller } antwoordt uiterlijk op { $date }.
verify-invalid-title = Ongeldige link
verify-invalid-text = Deze bevestigingslink is ongeldig of verlopen. Dien uw verzoek opnieuw in of neem contact op met de verwerkingsverantwoordelijke.
follow-link = Uw verzoek volgen

## De statuspagina van een verzoek

status-title = Uw verzoek { $reference }
status-sent-to = Verstuurd aan: { $controller }
status-status = Stand van zaken
status-kinds = Uitgeoefende rechten
status-received = Ontvangen
status-due = Antwoord uiterlijk op
# De verwerkingsverantwoordelijke heeft de termijn verlengd (art. 12 lid 3 AVG); { $reason } is diens tekst.
status-extended = De termijn is verlengd tot { $date }. Reden: { $reason }
status-refusal = Redenen voor de weigering
status-private = Houd het adres van deze pagina privé: iedereen die het heeft, kan deze status zien (maar geen van uw persoonsgegevens).
status-history = Geschiedenis
status-when = Wanneer (UTC)
status-what = Wat er gebeurde
state-received = Ontvangen
state-verified = E-mailadres bevestigd
state-in-progress = In behandeling
state-completed = Afgehandeld
state-refused = Geweigerd
history-received = Verzoek ontvangen
history-status = Nieuwe status: { $status }
history-extended = Termijn verlengd tot { $date }
history-purged = Persoonsgegevens gewist (bewaartermijn verstreken)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Uw verzoek over uw gegevens { $reference } is ontvangen
msg-received = { $controller } heeft uw verzoek over uw gegevens { $reference } ontvangen op { $date }.
msg-due = U krijgt uiterlijk op { $date } antwoord (een maand na ontvangst, art. 12 lid 3 AVG).
msg-may-extend = Indien nodig, rekening houdend met de complexiteit en het aantal verzoeken, kan deze termijn met nog eens twee maanden worden verlengd; u hoort dat dan, met de redenen, binnen de eerste maand.
msg-complaint = U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk plaatsvond.
msg-complaint-with = U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, bijvoorbeeld { $authority } ({ $url }), met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk plaatsvond.
msg-verified-subject = Uw verzoek { $reference } is bevestigd
msg-verified = Uw e-mailadres is bevestigd. { $controller } behandelt uw verzoek { $reference } en antwoordt uiterlijk op { $date }.
msg-extended-subject = Er is meer tijd nodig voor uw verzoek { $reference }
msg-extended = { $controller } heeft de termijn voor het antwoord op uw verzoek { $reference } verlengd (art. 12 lid 3 AVG). De nieuwe uiterste datum is { $date }.
msg-reason = Redenen: { $reason }
msg-refused-subject = Uw verzoek { $reference } is geweigerd
msg-refused = { $controller } geeft geen gevolg aan uw verzoek { $reference }.
msg-remedy = U hebt ook het recht op een doeltreffende voorziening in rechte bij de rechter (art. 79 AVG).
msg-completed-subject = Uw verzoek { $reference } is afgehandeld
msg-completed = { $controller } heeft uw verzoek { $reference } afgehandeld. Wat er is gedaan:
done-access = Inzage: u hebt een kopie van uw persoonsgegevens en de informatie over de verwerking ervan gekregen.
done-rectification = Rectificatie: uw persoonsgegevens zijn verbeterd.
done-erasure = Wissing: uw persoonsgegevens zijn gewist.
done-objection = Bezwaar: uw persoonsgegevens worden niet langer verwerkt voor de doeleinden waartegen u bezwaar maakte.
done-restriction = Beperking: de verwerking van uw persoonsgegevens is beperkt.
done-portability = Overdraagbaarheid: u hebt uw persoonsgegevens gekregen in een gestructureerde, gangbare en machineleesbare vorm.
done-human-review = Menselijke beoordeling: een persoon heeft het besluit opnieuw bekeken, rekening houdend met uw standpunt.
msg-link-subject = Een nieuwe link om uw verzoek { $reference } te bevestigen
msg-link = Hier is een nieuwe link om uw verzoek { $reference } te bevestigen. Het verzoek houdt zijn referentie en zijn uiterste datum, { $date }.
history-link = Nieuwe bevestigingslink verstuurd
verify-expired-title = Deze link is verlopen
verify-expired-text = De bevestigingslink voor uw verzoek { $reference } is verlopen. Uw verzoek blijft bewaard: u kunt een nieuwe link krijgen voor hetzelfde verzoek, met dezelfde referentie en uiterste datum.
verify-renew-button = Stuur mij een nieuwe link
verify-renewed-title = Er is een nieuwe link onderweg
verify-renewed-text = We hebben een nieuwe bevestigingslink voor uw verzoek { $reference } naar uw e-mailadres gestuurd. Het verzoek houdt zijn uiterste datum, { $date }.

## Result

msg-download = Download het antwoord hier (de link werkt tot en met { $date }):
msg-no-data = { $controller } heeft geen persoonsgegevens over u.
msg-result-link-subject = Een nieuwe link om het antwoord op uw verzoek { $reference } te downloaden
msg-result-link = Hier is een nieuwe link om het antwoord op uw verzoek { $reference } te downloaden.
history-result-link = Nieuwe downloadlink verstuurd
status-mail-withheld = We konden de bevestigingsmail voor dit verzoek nu niet versturen (vandaag te veel mails naar dit adres). Uw verzoek is bewaard: vraag de bevestigingslink later aan met de knop hieronder, bijvoorbeeld morgen.
status-mail-button = Stuur mij de bevestigingslink

msg-systems = In elk van onze systemen:
system-done = { $system }: uitgevoerd.
system-no-data = { $system }: er werden geen persoonsgegevens over u bewaard.
