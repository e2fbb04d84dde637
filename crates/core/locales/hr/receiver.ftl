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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Vaš zahtjev u vezi s osobnim podacima { $reference } je zaprimljen
msg-received = { $controller } zaprimio je vaš zahtjev u vezi s osobnim podacima { $reference } dana { $date }.
msg-due = Odgovor ćete dobiti najkasnije do { $date } (mjesec dana od zaprimanja zahtjeva, čl. 12. st. 3. Opće uredbe o zaštiti podataka).
msg-may-extend = Prema potrebi, uzimajući u obzir složenost i broj zahtjeva, taj se rok može produljiti za dodatna dva mjeseca; o tome biste bili obaviješteni, uz razloge, u prvom mjesecu.
msg-complaint = Imate pravo podnijeti pritužbu nadzornom tijelu, osobito u državi članici u kojoj imate uobičajeno boravište, mjesto rada ili mjesto navodne povrede.
msg-complaint-with = Imate pravo podnijeti pritužbu nadzornom tijelu, na primjer { $authority } ({ $url }), osobito u državi članici u kojoj imate uobičajeno boravište, mjesto rada ili mjesto navodne povrede.
msg-verified-subject = Vaš zahtjev { $reference } je potvrđen
msg-verified = Vaša adresa e-pošte je potvrđena. { $controller } obrađuje vaš zahtjev { $reference } i odgovorit će najkasnije do { $date }.
msg-extended-subject = Za vaš zahtjev { $reference } potrebno je više vremena
msg-extended = { $controller } produljio je rok za odgovor na vaš zahtjev { $reference } (čl. 12. st. 3. Opće uredbe o zaštiti podataka). Novi rok je { $date }.
msg-reason = Razlozi: { $reason }
msg-refused-subject = Vaš zahtjev { $reference } je odbijen
msg-refused = { $controller } neće postupiti po vašem zahtjevu { $reference }.
msg-remedy = Imate i pravo na učinkovit pravni lijek pred sudom (čl. 79. Opće uredbe o zaštiti podataka).
msg-completed-subject = Vaš zahtjev { $reference } je riješen
msg-completed = { $controller } riješio je vaš zahtjev { $reference }. Što je učinjeno:
done-access = Pristup: dobili ste kopiju svojih osobnih podataka i informacije o njihovoj obradi.
done-rectification = Ispravak: vaši osobni podaci su ispravljeni.
done-erasure = Brisanje: vaši osobni podaci su izbrisani.
done-objection = Prigovor: vaši se osobni podaci više ne obrađuju u svrhe kojima ste prigovorili.
done-restriction = Ograničenje: obrada vaših osobnih podataka je ograničena.
done-portability = Prenosivost: dobili ste svoje osobne podatke u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu.
done-human-review = Ljudsko preispitivanje: osoba je preispitala odluku uzimajući u obzir vaše stajalište.
msg-link-subject = Nova poveznica za potvrdu vašeg zahtjeva { $reference }
msg-link = Ovo je nova poveznica za potvrdu vašeg zahtjeva { $reference }. Zahtjev zadržava svoj broj i rok, { $date }.
history-link = Poslana nova poveznica za potvrdu
verify-expired-title = Ova je poveznica istekla
verify-expired-text = Poveznica za potvrdu vašeg zahtjeva { $reference } je istekla. Vaš zahtjev je sačuvan: možete dobiti novu poveznicu za isti zahtjev, s istim brojem i rokom.
verify-renew-button = Pošalji mi novu poveznicu
verify-renewed-title = Nova poveznica je na putu
verify-renewed-text = Poslali smo novu poveznicu za potvrdu vašeg zahtjeva { $reference } na vašu adresu e-pošte. Zahtjev zadržava svoj rok, { $date }.

## Result

msg-download = Preuzmite odgovor ovdje (poveznica vrijedi do { $date }):
msg-no-data = { $controller } ne posjeduje nikakve vaše osobne podatke.
msg-result-link-subject = Nova poveznica za preuzimanje odgovora na vaš zahtjev { $reference }
msg-result-link = Ovo je nova poveznica za preuzimanje odgovora na vaš zahtjev { $reference }.
history-result-link = Poslana nova poveznica za preuzimanje
status-mail-withheld = Sada nismo mogli poslati e-poruku za potvrdu ovog zahtjeva (danas previše poruka na ovu adresu). Vaš je zahtjev sačuvan: gumbom u nastavku zatražite poveznicu za potvrdu kasnije, na primjer sutra.
status-mail-button = Pošaljite mi poveznicu za potvrdu

msg-systems = U svakom od naših sustava:
system-done = { $system }: izvršeno.
system-no-data = { $system }: nisu se čuvali nikakvi osobni podaci o vama.
