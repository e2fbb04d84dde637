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
