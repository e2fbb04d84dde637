# Glassbox gavėjas – lietuvių kalba. Ką gavėjas sako prašymą pateikusiam asmeniui: patvirtinimo el. laiškas ir puslapiai, kuriuos atveria jo nuorodos.
# Terminai suderinti su Reglamento (ES) 2016/679 (BDAR) lietuviška redakcija.

## Patvirtinimo el. laiškas (grynasis tekstas)

# Subject line.
mail-subject = Patvirtinkite savo duomenų apsaugos prašymą { $reference }
mail-hello = Sveiki,
mail-received = Duomenų valdytojas { $controller } gavo jūsų duomenų apsaugos prašymą { $reference }.
# { $hours } is a number, 1 or more.
mail-confirm = Kad patvirtintumėte, jog šis el. pašto adresas priklauso jums, atidarykite šią nuorodą per { $hours } val.:
mail-due = Atsakymą gausite ne vėliau kaip { $date } (per vieną mėnesį nuo gavimo, BDAR 12 str. 3 d.).
mail-follow = Savo prašymo būseną galite stebėti čia:
mail-ignore = Jei šio prašymo nepateikėte, į šį el. laišką nekreipkite dėmesio: nieko nebus daroma.

## Puslapis, kurį atveria patvirtinimo nuoroda, ir puslapis po patvirtinimo

verify-title = Patvirtinkite savo prašymą
verify-text = Paspauskite mygtuką ir patvirtinkite, kad šį duomenų apsaugos prašymą duomenų valdytojui ({ $controller }) pateikėte jūs.
verify-button = Patvirtinti prašymą
verified-title = Ačiū
verified-text = Jūsų prašymas { $reference } patvirtintas. Duomenų valdytojas { $controller } atsakys ne vėliau kaip { $date }.
verify-invalid-title = Nuoroda negalioja
verify-invalid-text = Ši patvirtinimo nuoroda netinkama arba nebegalioja. Pateikite prašymą iš naujo arba susisiekite su duomenų valdytoju.
follow-link = Stebėti prašymo būseną

## Prašymo būsenos puslapis

status-title = Jūsų prašymas { $reference }
status-sent-to = Gavėjas: { $controller }
status-status = Būsena
status-kinds = Įgyvendinamos teisės
status-received = Gauta
status-due = Atsakymo terminas
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = Terminas pratęstas iki { $date }. Priežastis: { $reason }
status-refusal = Atsisakymo priežastys
status-private = Šio puslapio adreso niekam neatskleiskite: kiekvienas, kas jį žino, gali matyti šią būseną (bet ne jūsų asmens duomenis).
status-history = Istorija
status-when = Kada (UTC)
status-what = Kas įvyko
state-received = Gautas
state-verified = El. pašto adresas patvirtintas
state-in-progress = Nagrinėjamas
state-completed = Įvykdytas
state-refused = Atmestas
history-received = Prašymas gautas
history-status = Būsena: { $status }
history-extended = Terminas pratęstas iki { $date }
history-purged = Asmens duomenys ištrinti (pasibaigė saugojimo laikotarpis)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Jūsų prašymas dėl duomenų { $reference } gautas
msg-received = { $controller } gavo jūsų prašymą dėl duomenų { $reference } { $date }.
msg-due = Atsakymą gausite ne vėliau kaip { $date } (per vieną mėnesį nuo gavimo, BDAR 12 str. 3 d.).
msg-may-extend = Prireikus, atsižvelgiant į prašymų sudėtingumą ir skaičių, šis terminas gali būti pratęstas dar dviem mėnesiais; apie tai ir priežastis būtumėte informuoti per pirmąjį mėnesį.
msg-complaint = Turite teisę pateikti skundą priežiūros institucijai, visų pirma valstybėje narėje, kurioje yra jūsų įprastinė gyvenamoji vieta, darbo vieta arba tariamo pažeidimo vieta.
msg-complaint-with = Turite teisę pateikti skundą priežiūros institucijai, pavyzdžiui, { $authority } ({ $url }), visų pirma valstybėje narėje, kurioje yra jūsų įprastinė gyvenamoji vieta, darbo vieta arba tariamo pažeidimo vieta.
msg-verified-subject = Jūsų prašymas { $reference } patvirtintas
msg-verified = Jūsų el. pašto adresas patvirtintas. { $controller } nagrinėja jūsų prašymą { $reference } ir atsakys ne vėliau kaip { $date }.
msg-extended-subject = Jūsų prašymui { $reference } reikia daugiau laiko
msg-extended = { $controller } pratęsė atsakymo į jūsų prašymą { $reference } terminą (BDAR 12 str. 3 d.). Naujas terminas – { $date }.
msg-reason = Priežastys: { $reason }
msg-refused-subject = Jūsų prašymas { $reference } atmestas
msg-refused = { $controller } nesiims veiksmų pagal jūsų prašymą { $reference }.
msg-remedy = Taip pat turite teisę į veiksmingą teisminę teisių gynimo priemonę teisme (BDAR 79 str.).
msg-completed-subject = Jūsų prašymas { $reference } įvykdytas
msg-completed = { $controller } įvykdė jūsų prašymą { $reference }. Kas padaryta:
done-access = Susipažinimas: jums pateikta jūsų asmens duomenų kopija ir informacija apie jų tvarkymą.
done-rectification = Ištaisymas: jūsų asmens duomenys ištaisyti.
done-erasure = Ištrynimas: jūsų asmens duomenys ištrinti.
done-objection = Nesutikimas: jūsų asmens duomenys nebetvarkomi tais tikslais, kuriems nesutikote.
done-restriction = Apribojimas: jūsų asmens duomenų tvarkymas apribotas.
done-portability = Perkeliamumas: jūsų asmens duomenys jums pateikti susistemintu, įprastai naudojamu ir kompiuterio skaitomu formatu.
done-human-review = Žmogaus peržiūra: žmogus peržiūrėjo sprendimą atsižvelgdamas į jūsų požiūrį.
msg-link-subject = Nauja nuoroda jūsų prašymui { $reference } patvirtinti
msg-link = Štai nauja nuoroda jūsų prašymui { $reference } patvirtinti. Prašymas išlaiko savo numerį ir terminą – { $date }.
history-link = Išsiųsta nauja patvirtinimo nuoroda
verify-expired-title = Ši nuoroda nebegalioja
verify-expired-text = Jūsų prašymo { $reference } patvirtinimo nuoroda nebegalioja. Jūsų prašymas išsaugotas: galite gauti naują nuorodą tam pačiam prašymui, su tuo pačiu numeriu ir terminu.
verify-renew-button = Atsiųskite man naują nuorodą
verify-renewed-title = Nauja nuoroda jau siunčiama
verify-renewed-text = Į jūsų el. pašto adresą išsiuntėme naują prašymo { $reference } patvirtinimo nuorodą. Prašymas išlaiko savo terminą – { $date }.

## Result

msg-download = Atsakymą atsisiųskite čia (nuoroda galioja iki { $date }):
msg-no-data = { $controller } neturi jokių jūsų asmens duomenų.
msg-result-link-subject = Nauja nuoroda atsakymui į jūsų prašymą { $reference } atsisiųsti
msg-result-link = Štai nauja nuoroda atsakymui į jūsų prašymą { $reference } atsisiųsti.
history-result-link = Išsiųsta nauja atsisiuntimo nuoroda
status-mail-withheld = Šiuo metu negalėjome išsiųsti šio prašymo patvirtinimo laiško (šiandien šiuo adresu išsiųsta per daug laiškų). Jūsų prašymas išsaugotas: patvirtinimo nuorodą gaukite vėliau, pavyzdžiui, rytoj, paspaudę mygtuką žemiau.
status-mail-button = Atsiųskite man patvirtinimo nuorodą

msg-systems = Kiekvienoje mūsų sistemoje:
system-done = { $system }: atlikta.
system-no-data = { $system }: jūsų asmens duomenų nebuvo saugoma.
