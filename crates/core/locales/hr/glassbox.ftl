# Widget Glassbox — hrvatski.
# Nazivi su usklađeni s hrvatskom verzijom Uredbe (EU) 2024/1689 („UI sustav”) i Opće uredbe o zaštiti podataka.

## Obavijest o UI sustavu (Akt o umjetnoj inteligenciji, čl. 50.)

# Accessible name of the notice region.
notice-region-label = Obavijest: UI sustav
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Komunicirate s UI sustavom { $system }, a ne s čovjekom.
# The sentence itself, when no system name was given.
notice-sentence = Komunicirate s UI sustavom, a ne s čovjekom.
notice-operator = Ovim sustavom upravlja { $controller }.
notice-operator-unknown = Ovim sustavom upravlja vlasnik ove internetske stranice.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } upotrebljava ovaj UI sustav za donošenje odluka o vama ili kao pomoć pri njihovu donošenju.
notice-high-risk-unknown = Ovaj UI sustav upotrebljava se za donošenje odluka o vama ili kao pomoć pri njihovu donošenju.
notice-human = Razgovor s čovjekom
notice-more-info = Kako funkcionira ovaj UI sustav
notice-privacy = Kako se upotrebljavaju vaši podaci
notice-ack-hint = Prije početka potvrdite da ste pročitali ovu obavijest.
notice-ack = Razumijem
notice-acked = Hvala. Sada možete početi.
notice-human-requested = Vaš zahtjev za razgovor s čovjekom proslijeđen je.

## Označivanje sadržaja generiranog umjetnom inteligencijom

# Text alternative of the "AI" label on generated content.
ai-label-alt = Generirano pomoću UI-ja
ai-label-alt-modified = Izmijenjeno pomoću UI-ja
ai-label-generated = GENERIRANO
ai-label-modified = IZMIJENJENO

## Objašnjenje automatizirane odluke (Opća uredba o zaštiti podataka, čl. 13.–15. i 22.; Akt o umjetnoj inteligenciji, čl. 86.)

explanation-title = O ovoj odluci
explanation-region-label = Objašnjenje automatizirane odluke
explanation-loading = Učitavanje objašnjenja ove odluke…
explanation-failed = Objašnjenje ove odluke nije se moglo učitati.
explanation-failed-hint = I dalje možete zatražiti da odluku preispita čovjek.
explanation-retry = Pokušajte ponovno
explanation-outcome-favourable = Ishod: u vašu korist
explanation-outcome-unfavourable = Ishod: nepovoljan za vas
explanation-outcome-neutral = Ishod: neutralan
explanation-decided-at = Datum odluke: { $date }
explanation-factors = Glavni čimbenici
explanation-factors-caption = Čimbenici i njihova težina, od najvažnijeg do najmanje važnog
explanation-factor = Čimbenik
explanation-your-value = Vaša vrijednost
explanation-weight = Težina
explanation-weight-strong = jak
explanation-weight-moderate = umjeren
explanation-weight-slight = slab
explanation-weight-none = bez utjecaja
explanation-yes = da
explanation-no = ne
explanation-for-you = u vašu korist
explanation-against-you = na vašu štetu
explanation-show-all = Prikažite sve čimbenike ({ $count })
explanation-show-fewer = Prikažite samo glavne čimbenike
explanation-no-factors = Za ovu odluku nije naveden nijedan pojedinačni čimbenik.
summary-against-one = Najviše na vašu štetu utjecao je čimbenik: { $factors }.
summary-against-many = Najviše na vašu štetu utjecali su čimbenici: { $factors }.
summary-for-one = Najviše u vašu korist utjecao je čimbenik: { $factors }.
summary-for-many = Najviše u vašu korist utjecali su čimbenici: { $factors }.
summary-nothing-against = Nijedan čimbenik nije utjecao na vašu štetu.
summary-no-factors = Za ovu odluku nije naveden nijedan pojedinačni čimbenik.
list-and = { $head } i { $last }
explanation-logic = Kako sustav funkcionira
explanation-data = Koji su vaši podaci upotrijebljeni
explanation-category-source = Izvor: { $source }
explanation-category-why = Zašto je važno: { $why }
explanation-sources = Odakle potječu vaši podaci
explanation-counterfactuals = Što bi promijenilo odluku
explanation-counterfactuals-intro = Odluka bi bila drukčija u ovim slučajevima:
explanation-significance = Što ova odluka znači za vas
explanation-consequences = Što slijedi
explanation-role = Uloga UI sustava
explanation-role-advisory = UI sustav dao je savjet; odluku je donio čovjek.
explanation-role-decisive = Ovu je odluku donio UI sustav.
explanation-human-reviewed = Ovu je odluku preispitao čovjek.
explanation-not-human-reviewed = Ovu odluku još nije preispitao nijedan čovjek.
explanation-model = Model
explanation-model-documentation = Dokumentacija modela
explanation-review-timescale = Rok za odgovor na zahtjev za preispitivanje: { $timescale }.
explanation-missing = { $controller } ne pruža ovu informaciju.
explanation-missing-unknown = Upravitelj ove internetske stranice ne pruža ovu informaciju.
explanation-contest-how = Kako osporiti ovu odluku: { $how }
explanation-contest = Imate pravo zatražiti da ovu odluku preispita čovjek, izraziti svoje stajalište i osporiti odluku.
explanation-request-review = Zatražite da odluku preispita čovjek
explanation-review-requested = Vaš zahtjev da odluku preispita čovjek priprema se.

## Poveznica iz obavijesti na obrazac zahtjeva
notice-rights = Vaša prava
