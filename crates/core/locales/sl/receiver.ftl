# Referenčni sprejemnik Glassbox — slovenščina. Kaj sprejemnik sporoči osebi, ki je vložila zahtevo:
# e-poštno sporočilo za preverjanje in strani, ki jih odprejo njegove povezave. Vključen je samo v sprejemnik.
# Izrazi so usklajeni s slovensko različico Splošne uredbe o varstvu podatkov (Uredba (EU) 2016/679): „upravljavec“.

## E-poštno sporočilo za preverjanje (navadno besedilo)

# Zadeva.
mail-subject = Potrdite svojo zahtevo glede varstva osebnih podatkov { $reference }
mail-hello = Pozdravljeni,
mail-received = Upravljavec ({ $controller }) je prejel vašo zahtevo glede varstva osebnih podatkov { $reference }.
# { $hours } je število, 1 ali več.
mail-confirm = Če želite potrditi, da je ta e-poštni naslov vaš, odprite to povezavo v { $hours } h:
mail-due = Odgovor boste prejeli najpozneje do { $date } (en mesec po prejemu zahteve, člen 12(3) GDPR).
mail-follow = Svojo zahtevo lahko spremljate tukaj:
mail-ignore = Če te zahteve niste vložili vi, prezrite to e-poštno sporočilo: nič se ne bo zgodilo.

## Stran, ki jo odpre potrditvena povezava, in stran po potrditvi

verify-title = Potrditev zahteve
verify-text = S pritiskom na gumb potrdite, da ste to zahtevo glede varstva osebnih podatkov poslali upravljavcu ({ $controller }).
verify-button = Potrdite zahtevo
verified-title = Hvala
verified-text = Vaša zahteva { $reference } je potrjena. Upravljavec ({ $controller }) bo odgovoril najpozneje do { $date }.
verify-invalid-title = Povezava ni veljavna
verify-invalid-text = Ta potrditvena povezava ni veljavna ali je potekla. Zahtevo pošljite znova ali se obrnite na upravljavca.
follow-link = Spremljajte svojo zahtevo

## Stran s stanjem zahteve

status-title = Vaša zahteva { $reference }
status-sent-to = Naslovnik: { $controller }
status-status = Stanje
status-kinds = Uveljavljane pravice
status-received = Prejeto
status-due = Rok za odgovor
# Upravljavec je podaljšal rok (člen 12(3) GDPR); { $reason } je njegovo besedilo.
status-extended = Rok je bil podaljšan do { $date }. Razlog: { $reason }
status-refusal = Razlogi za zavrnitev
status-private = Naslov te strani ohranite zase: kdor ga pozna, lahko vidi to stanje (ne pa tudi vaših osebnih podatkov).
status-history = Zgodovina
status-when = Kdaj (UTC)
status-what = Dogodek
state-received = Prejeta
state-verified = E-poštni naslov potrjen
state-in-progress = V obravnavi
state-completed = Zaključena
state-refused = Zavrnjena
history-received = Zahteva prejeta
history-status = Stanje: { $status }
history-extended = Rok podaljšan do { $date }
history-purged = Osebni podatki izbrisani (obdobje hrambe je poteklo)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Vaša zahteva glede osebnih podatkov { $reference } je prejeta
msg-received = { $controller } je prejel vašo zahtevo glede osebnih podatkov { $reference } dne { $date }.
msg-due = Odgovor boste prejeli najpozneje do { $date } (en mesec po prejemu zahteve, člen 12(3) GDPR).
msg-may-extend = Po potrebi se lahko ob upoštevanju zapletenosti in števila zahtev ta rok podaljša za največ dva dodatna meseca; o tem in o razlogih bi bili obveščeni v prvem mesecu.
msg-complaint = Imate pravico vložiti pritožbo pri nadzornem organu, zlasti v državi članici svojega običajnega prebivališča, kraja dela ali kraja domnevne kršitve.
msg-complaint-with = Imate pravico vložiti pritožbo pri nadzornem organu, na primer { $authority } ({ $url }), zlasti v državi članici svojega običajnega prebivališča, kraja dela ali kraja domnevne kršitve.
msg-verified-subject = Vaša zahteva { $reference } je potrjena
msg-verified = Vaš e-poštni naslov je potrjen. { $controller } obravnava vašo zahtevo { $reference } in bo odgovoril najpozneje do { $date }.
msg-extended-subject = Za vašo zahtevo { $reference } je potrebnega več časa
msg-extended = { $controller } je podaljšal rok za odgovor na vašo zahtevo { $reference } (člen 12(3) GDPR). Novi rok je { $date }.
msg-reason = Razlogi: { $reason }
msg-refused-subject = Vaša zahteva { $reference } je zavrnjena
msg-refused = { $controller } na podlagi vaše zahteve { $reference } ne bo ukrepal.
msg-remedy = Imate tudi pravico do učinkovitega pravnega sredstva pred sodiščem (člen 79 GDPR).
msg-completed-subject = Vaša zahteva { $reference } je rešena
msg-completed = { $controller } je rešil vašo zahtevo { $reference }. Kaj je bilo storjeno:
done-access = Dostop: prejeli ste kopijo svojih osebnih podatkov in informacije o njihovi obdelavi.
done-rectification = Popravek: vaši osebni podatki so bili popravljeni.
done-erasure = Izbris: vaši osebni podatki so bili izbrisani.
done-objection = Ugovor: vaši osebni podatki se ne obdelujejo več za namene, ki ste jim ugovarjali.
done-restriction = Omejitev: obdelava vaših osebnih podatkov je bila omejena.
done-portability = Prenosljivost: prejeli ste svoje osebne podatke v strukturirani, splošno uporabljeni in strojno berljivi obliki.
done-human-review = Človeški pregled: oseba je ob upoštevanju vašega stališča ponovno pregledala odločitev.
msg-link-subject = Nova povezava za potrditev vaše zahteve { $reference }
msg-link = Tukaj je nova povezava za potrditev vaše zahteve { $reference }. Zahteva ohrani svojo številko in rok, { $date }.
history-link = Poslana nova povezava za potrditev
verify-expired-title = Ta povezava je potekla
verify-expired-text = Povezava za potrditev vaše zahteve { $reference } je potekla. Vaša zahteva je ohranjena: za isto zahtevo lahko dobite novo povezavo, z isto številko in rokom.
verify-renew-button = Pošlji mi novo povezavo
verify-renewed-title = Nova povezava je na poti
verify-renewed-text = Na vaš e-poštni naslov smo poslali novo povezavo za potrditev zahteve { $reference }. Zahteva ohrani svoj rok, { $date }.

## Result

msg-download = Odgovor prenesite tukaj (povezava deluje do { $date }):
msg-no-data = { $controller } o vas ne hrani osebnih podatkov.
msg-result-link-subject = Nova povezava za prenos odgovora na vašo zahtevo { $reference }
msg-result-link = Tukaj je nova povezava za prenos odgovora na vašo zahtevo { $reference }.
history-result-link = Poslana nova povezava za prenos
status-mail-withheld = E-poštnega sporočila za potrditev te zahteve zdaj nismo mogli poslati (danes preveč sporočil na ta naslov). Vaša zahteva je shranjena: s spodnjim gumbom zahtevajte povezavo za potrditev pozneje, na primer jutri.
status-mail-button = Pošljite mi povezavo za potrditev

msg-systems = V vsakem od naših sistemov:
system-done = { $system }: opravljeno.
system-no-data = { $system }: o vas nismo hranili nobenih osebnih podatkov.
