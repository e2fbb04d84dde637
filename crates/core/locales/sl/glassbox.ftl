# Gradnik Glassbox — slovenščina.
# Izrazi so usklajeni s slovensko različico Uredbe (EU) 2024/1689 („sistem UI“) in Splošne uredbe o varstvu podatkov (GDPR).

## Obvestilo o sistemu UI (Akt o umetni inteligenci, člen 50)

# Accessible name of the notice region.
notice-region-label = Obvestilo: sistem UI
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Komunicirate s sistemom UI { $system } in ne s človekom.
# The sentence itself, when no system name was given.
notice-sentence = Komunicirate s sistemom UI in ne s človekom.
notice-operator = Ta sistem upravlja { $controller }.
notice-operator-unknown = Ta sistem upravlja lastnik tega spletnega mesta.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } uporablja ta sistem UI za sprejemanje odločitev o vas ali kot pomoč pri njihovem sprejemanju.
notice-high-risk-unknown = Ta sistem UI se uporablja za sprejemanje odločitev o vas ali kot pomoč pri njihovem sprejemanju.
notice-human = Pogovor s človekom
notice-more-info = Kako deluje ta sistem UI
notice-privacy = Kako se uporabljajo vaši podatki
notice-ack-hint = Preden začnete, potrdite, da ste prebrali to obvestilo.
notice-ack = Razumem
notice-acked = Hvala. Zdaj lahko začnete.
notice-human-requested = Vaša zahteva za pogovor s človekom je bila posredovana.

## Označevanje vsebine, ustvarjene z UI

# Text alternative of the "AI" label on generated content.
ai-label-alt = Ustvarjeno z UI
ai-label-alt-modified = Spremenjeno z UI
ai-label-generated = USTVARJENO
ai-label-modified = SPREMENJENO

## Obrazložitev avtomatizirane odločitve (GDPR, členi 13–15 in 22; Akt o umetni inteligenci, člen 86)

explanation-title = O tej odločitvi
explanation-region-label = Obrazložitev avtomatizirane odločitve
explanation-loading = Nalaganje obrazložitve te odločitve…
explanation-failed = Obrazložitve te odločitve ni bilo mogoče naložiti.
explanation-failed-hint = Še vedno lahko zahtevate, da odločitev pregleda človek.
explanation-retry = Poskusite znova
explanation-outcome-favourable = Izid: v vašo korist
explanation-outcome-unfavourable = Izid: za vas neugoden
explanation-outcome-neutral = Izid: nevtralen
explanation-decided-at = Datum odločitve: { $date }
explanation-factors = Glavni dejavniki
explanation-factors-caption = Dejavniki in njihova teža, od najpomembnejšega do najmanj pomembnega
explanation-factor = Dejavnik
explanation-your-value = Vaša vrednost
explanation-weight = Teža
explanation-weight-strong = močan
explanation-weight-moderate = zmeren
explanation-weight-slight = majhen
explanation-weight-none = brez vpliva
explanation-yes = da
explanation-no = ne
explanation-for-you = v vašo korist
explanation-against-you = v vašo škodo
explanation-show-all = Prikažite vse dejavnike ({ $count })
explanation-show-fewer = Prikažite le glavne dejavnike
explanation-no-factors = Za to odločitev ni bil naveden noben posamezen dejavnik.
summary-against-one = Najbolj v vašo škodo je vplival dejavnik: { $factors }.
summary-against-many = Najbolj v vašo škodo so vplivali dejavniki: { $factors }.
summary-for-one = Najbolj v vašo korist je vplival dejavnik: { $factors }.
summary-for-many = Najbolj v vašo korist so vplivali dejavniki: { $factors }.
summary-nothing-against = Noben dejavnik ni vplival v vašo škodo.
summary-no-factors = Za to odločitev ni bil naveden noben posamezen dejavnik.
list-and = { $head } in { $last }
explanation-logic = Kako sistem deluje
explanation-data = Kateri vaši podatki so bili uporabljeni
explanation-category-source = Vir: { $source }
explanation-category-why = Zakaj je pomembno: { $why }
explanation-sources = Od kod izvirajo vaši podatki
explanation-counterfactuals = Kaj bi spremenilo odločitev
explanation-counterfactuals-intro = Odločitev bi bila drugačna v teh primerih:
explanation-significance = Kaj ta odločitev pomeni za vas
explanation-consequences = Kaj sledi
explanation-role = Vloga sistema UI
explanation-role-advisory = Sistem UI je podal priporočilo; odločitev je sprejel človek.
explanation-role-decisive = To odločitev je sprejel sistem UI.
explanation-human-reviewed = To odločitev je pregledal človek.
explanation-not-human-reviewed = Te odločitve še ni pregledal noben človek.
explanation-model = Model
explanation-model-documentation = Dokumentacija modela
explanation-review-timescale = Rok za odgovor na zahtevo za pregled: { $timescale }.
explanation-missing = { $controller } te informacije ne zagotavlja.
explanation-missing-unknown = Upravljavec tega spletnega mesta te informacije ne zagotavlja.
explanation-contest-how = Kako izpodbijati to odločitev: { $how }
explanation-contest = Imate pravico zahtevati, da to odločitev pregleda človek, izraziti svoje stališče in odločitev izpodbijati.
explanation-request-review = Zahtevajte človeški pregled
explanation-review-requested = Vaša zahteva za človeški pregled se pripravlja.

## Povezava iz obvestila na obrazec za zahteve
notice-rights = Vaše pravice
