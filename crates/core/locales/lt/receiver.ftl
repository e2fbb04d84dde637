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
