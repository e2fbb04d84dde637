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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Jūsu pieprasījums par datiem { $reference } ir saņemts
msg-received = { $controller } saņēma jūsu pieprasījumu par datiem { $reference } { $date }.
msg-due = Atbildi saņemsiet ne vēlāk kā { $date } (viena mēneša laikā pēc saņemšanas, VDAR 12. panta 3. punkts).
msg-may-extend = Vajadzības gadījumā, ņemot vērā pieprasījumu sarežģītību un skaitu, šo termiņu var pagarināt vēl par diviem mēnešiem; par to un iemesliem jūs informētu pirmā mēneša laikā.
msg-complaint = Jums ir tiesības iesniegt sūdzību uzraudzības iestādei, jo īpaši dalībvalstī, kurā ir jūsu pastāvīgā dzīvesvieta, darbavieta vai iespējamā pārkāpuma vieta.
msg-complaint-with = Jums ir tiesības iesniegt sūdzību uzraudzības iestādei, piemēram, { $authority } ({ $url }), jo īpaši dalībvalstī, kurā ir jūsu pastāvīgā dzīvesvieta, darbavieta vai iespējamā pārkāpuma vieta.
msg-verified-subject = Jūsu pieprasījums { $reference } ir apstiprināts
msg-verified = Jūsu e-pasta adrese ir apstiprināta. { $controller } izskata jūsu pieprasījumu { $reference } un atbildēs ne vēlāk kā { $date }.
msg-extended-subject = Jūsu pieprasījumam { $reference } nepieciešams vairāk laika
msg-extended = { $controller } pagarināja termiņu atbildei uz jūsu pieprasījumu { $reference } (VDAR 12. panta 3. punkts). Jaunais termiņš ir { $date }.
msg-reason = Iemesli: { $reason }
msg-refused-subject = Jūsu pieprasījums { $reference } ir noraidīts
msg-refused = { $controller } neveiks darbības saistībā ar jūsu pieprasījumu { $reference }.
msg-remedy = Jums ir arī tiesības uz efektīvu tiesību aizsardzību tiesā (VDAR 79. pants).
msg-completed-subject = Jūsu pieprasījums { $reference } ir izpildīts
msg-completed = { $controller } izpildīja jūsu pieprasījumu { $reference }. Kas tika izdarīts:
done-access = Piekļuve: jums tika sniegta jūsu personas datu kopija un informācija par to apstrādi.
done-rectification = Labošana: jūsu personas dati tika laboti.
done-erasure = Dzēšana: jūsu personas dati tika dzēsti.
done-objection = Iebildumi: jūsu personas dati vairs netiek apstrādāti nolūkiem, pret kuriem jūs iebildāt.
done-restriction = Ierobežošana: jūsu personas datu apstrāde tika ierobežota.
done-portability = Pārnesamība: jums tika sniegti jūsu personas dati strukturētā, plaši izmantotā un mašīnlasāmā formātā.
done-human-review = Cilvēka pārskatīšana: cilvēks pārskatīja lēmumu, ņemot vērā jūsu viedokli.
msg-link-subject = Jauna saite jūsu pieprasījuma { $reference } apstiprināšanai
msg-link = Šeit ir jauna saite jūsu pieprasījuma { $reference } apstiprināšanai. Pieprasījums saglabā savu numuru un termiņu – { $date }.
history-link = Nosūtīta jauna apstiprinājuma saite
verify-expired-title = Šīs saites derīgums ir beidzies
verify-expired-text = Jūsu pieprasījuma { $reference } apstiprinājuma saites derīgums ir beidzies. Jūsu pieprasījums ir saglabāts: varat saņemt jaunu saiti tam pašam pieprasījumam ar to pašu numuru un termiņu.
verify-renew-button = Sūtīt man jaunu saiti
verify-renewed-title = Jauna saite ir ceļā
verify-renewed-text = Mēs nosūtījām jaunu pieprasījuma { $reference } apstiprinājuma saiti uz jūsu e-pasta adresi. Pieprasījums saglabā savu termiņu – { $date }.

## Result

msg-download = Lejupielādējiet atbildi šeit (saite darbojas līdz { $date }):
msg-no-data = { $controller } neglabā par jums nekādus personas datus.
msg-result-link-subject = Jauna saite atbildes uz jūsu pieprasījumu { $reference } lejupielādei
msg-result-link = Šeit ir jauna saite atbildes uz jūsu pieprasījumu { $reference } lejupielādei.
history-result-link = Nosūtīta jauna lejupielādes saite
status-mail-withheld = Pašlaik nevarējām nosūtīt šī pieprasījuma apstiprinājuma e-pastu (šodien uz šo adresi nosūtīts pārāk daudz e-pastu). Jūsu pieprasījums ir saglabāts: izmantojiet zemāk esošo pogu, lai saņemtu apstiprinājuma saiti vēlāk, piemēram, rīt.
status-mail-button = Nosūtīt man apstiprinājuma saiti

msg-systems = Katrā no mūsu sistēmām:
system-done = { $system }: izpildīts.
system-no-data = { $system }: par jums netika glabāti personas dati.
