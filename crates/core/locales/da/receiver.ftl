# Glassbox-referencemodtager — dansk.
# Termer efter den danske udgave af databeskyttelsesforordningen (forordning (EU) 2016/679); tiltaleform »du«.
# Det, modtageren siger til den person, der har sendt anmodningen: bekræftelsesmailen og de sider, dens links åbner.

## Bekræftelsesmailen (ren tekst)

# Emnelinje.
mail-subject = Bekræft venligst din anmodning { $reference } om dine personoplysninger
mail-hello = Hej
mail-received = { $controller } har modtaget din anmodning { $reference } om dine personoplysninger.
# { $hours } er et tal, 1 eller mere.
mail-confirm = Åbn dette link inden for { $hours } t. for at bekræfte, at e-mailadressen er din:
mail-due = Du får svar senest den { $date } (en måned efter modtagelsen, jf. databeskyttelsesforordningens art. 12, stk. 3).
mail-follow = Du kan følge din anmodning her:
mail-ignore = Hvis du ikke har sendt denne anmodning, kan du se bort fra denne e-mail: Der sker ikke noget.

## Siden, som bekræftelseslinket åbner, og siden efter bekræftelsen

verify-title = Bekræft din anmodning
verify-text = Tryk på knappen for at bekræfte, at du har sendt denne anmodning om dine personoplysninger til { $controller }.
verify-button = Bekræft min anmodning
verified-title = Tak
verified-text = Din anmodning { $reference } er bekræftet. { $controller } svarer senest den { $date }.
verify-invalid-title = Ugyldigt link
verify-invalid-text = Dette bekræftelseslink er ugyldigt eller udløbet. Send din anmodning igen, eller kontakt den dataansvarlige.
follow-link = Følg din anmodning

## Statussiden for en anmodning

status-title = Din anmodning { $reference }
status-sent-to = Sendt til: { $controller }
status-status = Sagens status
status-kinds = Rettigheder, der gøres brug af
status-received = Modtaget
status-due = Svar senest
# Den dataansvarlige har forlænget fristen (databeskyttelsesforordningens art. 12, stk. 3); { $reason } er den dataansvarliges tekst.
status-extended = Fristen er forlænget til den { $date }. Begrundelse: { $reason }
status-refusal = Begrundelse for afslaget
status-private = Hold denne sides adresse for dig selv: Alle, der har den, kan se denne status (men ingen af dine personoplysninger).
status-history = Historik
status-when = Tidspunkt (UTC)
status-what = Hændelse
state-received = Modtaget
state-verified = E-mailadresse bekræftet
state-in-progress = Under behandling
state-completed = Afsluttet
state-refused = Afslået
history-received = Anmodning modtaget
history-status = Ny status: { $status }
history-extended = Fristen forlænget til den { $date }
history-purged = Personoplysninger slettet (opbevaringsperioden er udløbet)
