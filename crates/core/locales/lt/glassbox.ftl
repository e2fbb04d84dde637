# Glassbox valdiklis – lietuvių kalba.
# Terminai suderinti su Reglamento (ES) 2024/1689 lietuviška redakcija: „DI sistema“.

## Pranešimas apie DI (Dirbtinio intelekto aktas, 50 str.)

notice-region-label = Pranešimas: DI sistema
notice-sentence-named = Bendraujate su DI sistema { $system }, o ne su žmogumi.
notice-sentence = Bendraujate su DI sistema, o ne su žmogumi.
notice-operator = Šią sistemą valdo { $controller }.
notice-operator-unknown = Šią sistemą valdo šios svetainės savininkas.
notice-high-risk = { $controller } naudoja šią DI sistemą, kad priimtų sprendimus dėl jūsų arba padėtų juos priimti.
notice-high-risk-unknown = Ši DI sistema naudojama priimant sprendimus dėl jūsų arba padedant juos priimti.
notice-human = Kalbėti su žmogumi
notice-more-info = Kaip veikia ši DI sistema
notice-privacy = Kaip naudojami jūsų duomenys
notice-ack-hint = Prieš pradėdami patvirtinkite, kad perskaitėte šį pranešimą.
notice-ack = Supratau
notice-acked = Ačiū. Galite pradėti.
notice-human-requested = Jūsų prašymas kalbėti su žmogumi perduotas.

## DI sugeneruoto turinio žymėjimas

ai-label-alt = Sugeneruota DI
ai-label-alt-modified = Pakeista naudojant DI
ai-label-generated = SUKURTA
ai-label-modified = PAKEISTA

## Automatizuoto sprendimo paaiškinimas (BDAR 13–15 ir 22 str.; Dirbtinio intelekto aktas, 86 str.)

explanation-title = Apie šį sprendimą
explanation-region-label = Automatizuoto sprendimo paaiškinimas
explanation-loading = Įkeliamas šio sprendimo paaiškinimas…
explanation-failed = Nepavyko įkelti šio sprendimo paaiškinimo.
explanation-failed-hint = Vis tiek galite paprašyti, kad sprendimą peržiūrėtų žmogus.
explanation-retry = Bandyti dar kartą
explanation-outcome-favourable = Rezultatas: jums palankus
explanation-outcome-unfavourable = Rezultatas: jums nepalankus
explanation-outcome-neutral = Rezultatas: neutralus
explanation-decided-at = Sprendimo data: { $date }
explanation-factors = Pagrindiniai veiksniai
explanation-factors-caption = Veiksniai ir jų svarba – nuo svarbiausio iki mažiausiai svarbaus
explanation-factor = Veiksnys
explanation-your-value = Jūsų reikšmė
explanation-weight = Svoris
explanation-weight-strong = stipri
explanation-weight-moderate = vidutinė
explanation-weight-slight = silpna
explanation-weight-none = be poveikio
explanation-yes = taip
explanation-no = ne
explanation-for-you = jums palankus
explanation-against-you = jums nepalankus
explanation-show-all = Rodyti visus veiksnius ({ $count })
explanation-show-fewer = Rodyti tik pagrindinius veiksnius
explanation-no-factors = Apie atskirus šio sprendimo veiksnius informacijos nepateikta.
summary-against-one = Labiausiai jums nepalankus veiksnys: { $factors }.
summary-against-many = Labiausiai jums nepalankūs veiksniai: { $factors }.
summary-for-one = Labiausiai jums palankus veiksnys: { $factors }.
summary-for-many = Labiausiai jums palankūs veiksniai: { $factors }.
summary-nothing-against = Nė vienas veiksnys nebuvo jums nepalankus.
summary-no-factors = Apie atskirus šio sprendimo veiksnius informacijos nepateikta.
list-and = { $head } ir { $last }
explanation-logic = Kaip veikia sistema
explanation-data = Kuriuos jūsų duomenis ji naudojo
explanation-category-source = Šaltinis: { $source }
explanation-category-why = Kodėl tai svarbu: { $why }
explanation-sources = Iš kur gauti jūsų duomenys
explanation-counterfactuals = Kas būtų pakeitę sprendimą
explanation-counterfactuals-intro = Sprendimas būtų buvęs kitoks šiais atvejais:
explanation-significance = Ką šis sprendimas jums reiškia
explanation-consequences = Kas bus toliau
explanation-role = DI sistemos vaidmuo
explanation-role-advisory = DI sistema pateikė rekomendaciją, o sprendimą priėmė žmogus.
explanation-role-decisive = Šį sprendimą priėmė DI sistema.
explanation-human-reviewed = Šį sprendimą peržiūrėjo žmogus.
explanation-not-human-reviewed = Žmogus šio sprendimo dar neperžiūrėjo.
explanation-model = Modelis
explanation-model-documentation = Modelio dokumentacija
explanation-review-timescale = Atsakymo į prašymą peržiūrėti terminas: { $timescale }.
explanation-missing = { $controller } šios informacijos nepateikė.
explanation-missing-unknown = Šios svetainės valdytojas šios informacijos nepateikė.
explanation-contest-how = Kaip užginčyti šį sprendimą: { $how }
explanation-contest = Turite teisę prašyti, kad šį sprendimą peržiūrėtų žmogus, pareikšti savo požiūrį ir užginčyti sprendimą.
explanation-request-review = Prašyti žmogaus peržiūros
explanation-review-requested = Rengiamas jūsų prašymas, kad sprendimą peržiūrėtų žmogus.

## Nuoroda iš pranešimo į prašymo formą
notice-rights = Jūsų teisės
