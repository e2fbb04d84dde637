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
