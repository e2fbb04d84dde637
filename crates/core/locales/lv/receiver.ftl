# Glassbox saņēmējs – latviešu valoda. Ko saņēmējs saka personai, kas iesniedza pieprasījumu: apstiprinājuma e-pasts un lapas, ko atver tā saites.
# Termini saskaņoti ar Regulas (ES) 2016/679 (VDAR) latviešu valodas versiju.

## Apstiprinājuma e-pasts (vienkāršs teksts)

# Subject line.
mail-subject = Lūdzu, apstipriniet savu datu aizsardzības pieprasījumu { $reference }
mail-hello = Labdien!
mail-received = Pārzinis { $controller } ir saņēmis jūsu datu aizsardzības pieprasījumu { $reference }.
# { $hours } is a number, 1 or more.
mail-confirm = Lai apstiprinātu, ka šī e-pasta adrese pieder jums, atveriet šo saiti { $hours } h laikā:
mail-due = Atbildi saņemsiet ne vēlāk kā { $date } (viena mēneša laikā pēc saņemšanas, VDAR 12. panta 3. punkts).
mail-follow = Savam pieprasījumam varat sekot šeit:
mail-ignore = Ja šo pieprasījumu neiesniedzāt jūs, neņemiet vērā šo e-pastu: nekas netiks darīts.

## Lapa, ko atver apstiprinājuma saite, un lapa pēc apstiprināšanas

verify-title = Apstipriniet savu pieprasījumu
verify-text = Nospiediet pogu, lai apstiprinātu, ka iesniedzāt šo datu aizsardzības pieprasījumu pārzinim ({ $controller }).
verify-button = Apstiprināt pieprasījumu
verified-title = Paldies!
verified-text = Jūsu pieprasījums { $reference } ir apstiprināts. Pārzinis { $controller } atbildēs ne vēlāk kā { $date }.
verify-invalid-title = Saite nav derīga
verify-invalid-text = Šī apstiprinājuma saite nav derīga vai tās derīguma termiņš ir beidzies. Lūdzu, iesniedziet pieprasījumu vēlreiz vai sazinieties ar pārzini.
follow-link = Sekot pieprasījuma statusam

## Pieprasījuma statusa lapa

status-title = Jūsu pieprasījums { $reference }
status-sent-to = Adresāts: { $controller }
status-status = Statuss
status-kinds = Izmantotās tiesības
status-received = Saņemts
status-due = Atbildes termiņš
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = Termiņš pagarināts līdz { $date }. Iemesls: { $reason }
status-refusal = Atteikuma iemesli
status-private = Neizpaudiet šīs lapas adresi: ikviens, kam tā ir zināma, var redzēt šo statusu (bet ne jūsu personas datus).
status-history = Vēsture
status-when = Kad (UTC)
status-what = Kas notika
state-received = Saņemts
state-verified = E-pasta adrese apstiprināta
state-in-progress = Tiek izskatīts
state-completed = Izpildīts
state-refused = Noraidīts
history-received = Pieprasījums saņemts
history-status = Statuss: { $status }
history-extended = Termiņš pagarināts līdz { $date }
history-purged = Personas dati dzēsti (glabāšanas laikposms beidzies)
