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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Din anmodning om dine personoplysninger { $reference } er modtaget
msg-received = { $controller } modtog din anmodning om dine personoplysninger { $reference } den { $date }.
msg-due = Du får svar senest den { $date } (en måned efter modtagelsen, jf. databeskyttelsesforordningens art. 12, stk. 3).
msg-may-extend = Om nødvendigt kan fristen under hensyntagen til anmodningernes kompleksitet og antal forlænges med yderligere to måneder; i så fald får du besked med begrundelse inden for den første måned.
msg-complaint = Du har ret til at indgive en klage til en tilsynsmyndighed, navnlig i den medlemsstat, hvor du har dit sædvanlige opholdssted, dit arbejdssted eller stedet for den påståede overtrædelse.
msg-complaint-with = Du har ret til at indgive en klage til en tilsynsmyndighed, for eksempel { $authority } ({ $url }), navnlig i den medlemsstat, hvor du har dit sædvanlige opholdssted, dit arbejdssted eller stedet for den påståede overtrædelse.
msg-verified-subject = Din anmodning { $reference } er bekræftet
msg-verified = Din e-mailadresse er bekræftet. { $controller } behandler din anmodning { $reference } og svarer senest den { $date }.
msg-extended-subject = Der er brug for mere tid til din anmodning { $reference }
msg-extended = { $controller } har forlænget fristen for at svare på din anmodning { $reference } (jf. databeskyttelsesforordningens art. 12, stk. 3). Den nye frist er den { $date }.
msg-reason = Begrundelse: { $reason }
msg-refused-subject = Din anmodning { $reference } er afvist
msg-refused = { $controller } imødekommer ikke din anmodning { $reference }.
msg-remedy = Du har også ret til effektive retsmidler ved en domstol (databeskyttelsesforordningens art. 79).
msg-completed-subject = Din anmodning { $reference } er behandlet
msg-completed = { $controller } har behandlet din anmodning { $reference }. Det blev gjort:
done-access = Indsigt: du har fået en kopi af dine personoplysninger og oplysningerne om behandlingen af dem.
done-rectification = Berigtigelse: dine personoplysninger er rettet.
done-erasure = Sletning: dine personoplysninger er slettet.
done-objection = Indsigelse: dine personoplysninger behandles ikke længere til de formål, du gjorde indsigelse mod.
done-restriction = Begrænsning: behandlingen af dine personoplysninger er begrænset.
done-portability = Dataportabilitet: du har fået dine personoplysninger i et struktureret, almindeligt anvendt og maskinlæsbart format.
done-human-review = Menneskelig prøvelse: en person har gennemgået afgørelsen under hensyntagen til dit synspunkt.
msg-link-subject = Et nyt link til at bekræfte din anmodning { $reference }
msg-link = Her er et nyt link til at bekræfte din anmodning { $reference }. Anmodningen beholder sit referencenummer og sin frist, { $date }.
history-link = Nyt bekræftelseslink sendt
verify-expired-title = Dette link er udløbet
verify-expired-text = Bekræftelseslinket til din anmodning { $reference } er udløbet. Din anmodning er bevaret: du kan få et nyt link til den samme anmodning med samme referencenummer og frist.
verify-renew-button = Send mig et nyt link
verify-renewed-title = Et nyt link er på vej
verify-renewed-text = Vi har sendt et nyt bekræftelseslink til din anmodning { $reference } til din e-mailadresse. Anmodningen beholder sin frist, { $date }.

## Result

msg-download = Hent svaret her (linket virker til og med { $date }):
msg-no-data = { $controller } har ingen personoplysninger om dig.
msg-result-link-subject = Et nyt link til at hente svaret på din anmodning { $reference }
msg-result-link = Her er et nyt link til at hente svaret på din anmodning { $reference }.
history-result-link = Nyt downloadlink sendt
status-mail-withheld = Vi kunne ikke sende bekræftelsesmailen for denne anmodning nu (for mange mails til denne adresse i dag). Din anmodning er gemt: brug knappen nedenfor for at få bekræftelseslinket senere, for eksempel i morgen.
status-mail-button = Send mig bekræftelseslinket

msg-systems = I hvert af vores systemer:
system-done = { $system }: udført.
system-no-data = { $system }: der var ingen personoplysninger om dig.
