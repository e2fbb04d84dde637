# Referentni prijamnik Glassbox — hrvatski. Što prijamnik poručuje osobi koja je podnijela zahtjev:
# e-poruka za provjeru i stranice koje otvaraju njezine poveznice. Uključuje se samo u prijamnik.
# Nazivi su usklađeni s hrvatskom verzijom Opće uredbe o zaštiti podataka (Uredba (EU) 2016/679): „voditelj obrade”.

## E-poruka za provjeru (običan tekst)

# Predmet.
mail-subject = Potvrdite svoj zahtjev u vezi sa zaštitom podataka { $reference }
mail-hello = Poštovani,
mail-received = Voditelj obrade ({ $controller }) zaprimio je vaš zahtjev u vezi sa zaštitom podataka { $reference }.
# { $hours } je broj, 1 ili veći.
mail-confirm = Kako biste potvrdili da je ova adresa e-pošte vaša, otvorite ovu poveznicu u roku od { $hours } h:
mail-due = Odgovor ćete dobiti najkasnije do { $date } (mjesec dana od zaprimanja zahtjeva, čl. 12. st. 3. Opće uredbe o zaštiti podataka).
mail-follow = Svoj zahtjev možete pratiti ovdje:
mail-ignore = Ako niste podnijeli ovaj zahtjev, zanemarite ovu e-poruku: ništa se neće poduzeti.

## Stranica koju otvara poveznica za potvrdu i stranica nakon potvrde

verify-title = Potvrda zahtjeva
verify-text = Pritisnite gumb kako biste potvrdili da ste ovaj zahtjev u vezi sa zaštitom podataka podnijeli voditelju obrade ({ $controller }).
verify-button = Potvrdite zahtjev
verified-title = Hvala
verified-text = Vaš je zahtjev { $reference } potvrđen. Voditelj obrade ({ $controller }) odgovorit će najkasnije do { $date }.
verify-invalid-title = Poveznica nije valjana
verify-invalid-text = Ova poveznica za potvrdu nije valjana ili je istekla. Ponovno podnesite zahtjev ili se obratite voditelju obrade.
follow-link = Pratite svoj zahtjev

## Stranica sa stanjem zahtjeva

status-title = Vaš zahtjev { $reference }
status-sent-to = Upućen voditelju obrade: { $controller }
status-status = Stanje
status-kinds = Prava koja ostvarujete
status-received = Zaprimljeno
status-due = Rok za odgovor
# Voditelj obrade produljio je rok (čl. 12. st. 3. Opće uredbe o zaštiti podataka); { $reason } njegov je tekst.
status-extended = Rok je produljen do { $date }. Razlog: { $reason }
status-refusal = Razlozi odbijanja
status-private = Adresu ove stranice čuvajte za sebe: svatko tko je ima može vidjeti ovo stanje (ali ne i vaše osobne podatke).
status-history = Povijest
status-when = Kada (UTC)
status-what = Događaj
state-received = Zaprimljen
state-verified = Adresa e-pošte potvrđena
state-in-progress = Rješava se
state-completed = Riješen
state-refused = Odbijen
history-received = Zahtjev zaprimljen
history-status = Stanje: { $status }
history-extended = Rok produljen do { $date }
history-purged = Osobni podaci izbrisani (isteklo je razdoblje pohrane)
