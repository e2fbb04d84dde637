# Glassbox logrīks – latviešu valoda.
# Termini saskaņoti ar Regulas (ES) 2024/1689 latviešu valodas versiju: “MI sistēma”.

## Paziņojums par MI (Mākslīgā intelekta akta 50. pants)

notice-region-label = Paziņojums: MI sistēma
notice-sentence-named = Jūs sazināties ar MI sistēmu { $system }, nevis ar cilvēku.
notice-sentence = Jūs sazināties ar MI sistēmu, nevis ar cilvēku.
notice-operator = Šo sistēmu pārvalda { $controller }.
notice-operator-unknown = Šo sistēmu pārvalda šīs tīmekļa vietnes īpašnieks.
notice-high-risk = { $controller } izmanto šo MI sistēmu, lai pieņemtu lēmumus par jums vai palīdzētu tos pieņemt.
notice-high-risk-unknown = Šo MI sistēmu izmanto, lai pieņemtu lēmumus par jums vai palīdzētu tos pieņemt.
notice-human = Runāt ar cilvēku
notice-more-info = Kā darbojas šī MI sistēma
notice-privacy = Kā tiek izmantoti jūsu dati
notice-ack-hint = Pirms sākat, lūdzu, apstipriniet, ka šis paziņojums ir izlasīts.
notice-ack = Sapratu
notice-acked = Paldies! Varat sākt.
notice-human-requested = Jūsu lūgums runāt ar cilvēku ir nodots tālāk.

## MI ģenerēta satura marķēšana

ai-label-alt = Ģenerēts ar MI
ai-label-alt-modified = Pārveidots ar MI
ai-label-generated = ĢENERĒTS
ai-label-modified = MODIFICĒTS

## Automatizēta lēmuma skaidrojums (VDAR 13.–15. un 22. pants; Mākslīgā intelekta akta 86. pants)

explanation-title = Par šo lēmumu
explanation-region-label = Automatizēta lēmuma skaidrojums
explanation-loading = Ielādē šī lēmuma skaidrojumu…
explanation-failed = Šī lēmuma skaidrojumu neizdevās ielādēt.
explanation-failed-hint = Jūs joprojām varat lūgt, lai lēmumu pārskata cilvēks.
explanation-retry = Mēģināt vēlreiz
explanation-outcome-favourable = Rezultāts: jums labvēlīgs
explanation-outcome-unfavourable = Rezultāts: jums nelabvēlīgs
explanation-outcome-neutral = Rezultāts: neitrāls
explanation-decided-at = Lēmuma datums: { $date }
explanation-factors = Galvenie faktori
explanation-factors-caption = Faktori un to ietekme – no svarīgākā līdz vismazāk svarīgajam
explanation-factor = Faktors
explanation-your-value = Jūsu vērtība
explanation-weight = Svars
explanation-weight-strong = spēcīga
explanation-weight-moderate = mērena
explanation-weight-slight = neliela
explanation-weight-none = bez ietekmes
explanation-yes = jā
explanation-no = nē
explanation-for-you = jums par labu
explanation-against-you = jums par sliktu
explanation-show-all = Rādīt visus faktorus ({ $count })
explanation-show-fewer = Rādīt tikai galvenos faktorus
explanation-no-factors = Par šo lēmumu nav norādīts neviens atsevišķs faktors.
summary-against-one = Faktors, kas visvairāk bija jums par sliktu: { $factors }.
summary-against-many = Faktori, kas visvairāk bija jums par sliktu: { $factors }.
summary-for-one = Faktors, kas visvairāk bija jums par labu: { $factors }.
summary-for-many = Faktori, kas visvairāk bija jums par labu: { $factors }.
summary-nothing-against = Neviens faktors nebija jums par sliktu.
summary-no-factors = Par šo lēmumu nav norādīts neviens atsevišķs faktors.
list-and = { $head } un { $last }
explanation-logic = Kā darbojas sistēma
explanation-data = Kurus jūsu datus tā izmantoja
explanation-category-source = Avots: { $source }
explanation-category-why = Kāpēc tas ir svarīgi: { $why }
explanation-sources = No kurienes iegūti jūsu dati
explanation-counterfactuals = Kas būtu mainījis lēmumu
explanation-counterfactuals-intro = Lēmums būtu bijis citāds šādos gadījumos:
explanation-significance = Ko šis lēmums jums nozīmē
explanation-consequences = Kas notiks tālāk
explanation-role = MI sistēmas loma
explanation-role-advisory = MI sistēma sniedza ieteikumu; lēmumu pieņēma cilvēks.
explanation-role-decisive = Šo lēmumu pieņēma MI sistēma.
explanation-human-reviewed = Šo lēmumu ir pārskatījis cilvēks.
explanation-not-human-reviewed = Neviens cilvēks šo lēmumu vēl nav pārskatījis.
explanation-model = Modelis
explanation-model-documentation = Modeļa dokumentācija
explanation-review-timescale = Atbildes termiņš uz pārskatīšanas lūgumu: { $timescale }.
explanation-missing = { $controller } šo informāciju nesniedz.
explanation-missing-unknown = Šīs tīmekļa vietnes turētājs šo informāciju nesniedz.
explanation-contest-how = Kā apstrīdēt šo lēmumu: { $how }
explanation-contest = Jums ir tiesības lūgt, lai šo lēmumu pārskata cilvēks, paust savu viedokli un apstrīdēt lēmumu.
explanation-request-review = Lūgt cilvēka pārskatīšanu
explanation-review-requested = Jūsu lūgums pēc cilvēka veiktas pārskatīšanas tiek sagatavots.

## Saite no paziņojuma uz pieprasījuma veidlapu
notice-rights = Jūsu tiesības
