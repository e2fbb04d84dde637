# Glassbox widget — magyar.
# A szakkifejezések az (EU) 2024/1689 rendelet („MI-rendszer”) és az (EU) 2016/679 rendelet (általános adatvédelmi rendelet) magyar nyelvű változatát követik.

## Tájékoztatás az MI-ről (a mesterséges intelligenciáról szóló rendelet 50. cikke)

# Accessible name of the notice region.
notice-region-label = Tájékoztatás: MI-rendszer
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Ön egy MI-rendszerrel ({ $system }) kommunikál, nem emberrel.
# The sentence itself, when no system name was given.
notice-sentence = Ön egy MI-rendszerrel kommunikál, nem emberrel.
notice-operator = A rendszert { $controller } üzemelteti.
notice-operator-unknown = A rendszert e weboldal tulajdonosa üzemelteti.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } ezt az MI-rendszert Önt érintő döntések meghozatalára vagy támogatására használja.
notice-high-risk-unknown = Ezt az MI-rendszert Önt érintő döntések meghozatalára vagy támogatására használják.
notice-human = Beszéljen emberrel
notice-more-info = Hogyan működik ez az MI-rendszer
notice-privacy = Az Ön adatainak felhasználása
notice-ack-hint = Kérjük, a kezdés előtt erősítse meg, hogy elolvasta ezt a tájékoztatást.
notice-ack = Megértettem
notice-acked = Köszönjük. Most már kezdheti.
notice-human-requested = Továbbítottuk a kérését, hogy emberrel beszélhessen.

## MI által létrehozott tartalom megjelölése

# Text alternative of the "AI" label on generated content.
ai-label-alt = MI által létrehozva
ai-label-alt-modified = MI segítségével módosítva
ai-label-generated = GENERÁLT
ai-label-modified = MÓDOSÍTOTT

## Automatizált döntés magyarázata (általános adatvédelmi rendelet, 13–15. és 22. cikk; a mesterséges intelligenciáról szóló rendelet 86. cikke)

explanation-title = Erről a döntésről
explanation-region-label = Automatizált döntés magyarázata
explanation-loading = A döntés magyarázatának betöltése…
explanation-failed = A döntés magyarázatát nem sikerült betölteni.
explanation-failed-hint = Ettől függetlenül kérheti, hogy a döntést egy ember vizsgálja felül.
explanation-retry = Újrapróbálás
explanation-outcome-favourable = Eredmény: az Ön javára
explanation-outcome-unfavourable = Eredmény: nem az Ön javára
explanation-outcome-neutral = Eredmény: semleges
explanation-decided-at = A döntés dátuma: { $date }
explanation-factors = A legfontosabb tényezők
explanation-factors-caption = A tényezők és súlyuk, a legfontosabbtól a legkevésbé fontosig
explanation-factor = Tényező
explanation-your-value = Az Ön értéke
explanation-weight = Súly
explanation-weight-strong = erős
explanation-weight-moderate = közepes
explanation-weight-slight = csekély
explanation-weight-none = nincs hatása
explanation-yes = igen
explanation-no = nem
explanation-for-you = az Ön javára
explanation-against-you = az Ön kárára
explanation-show-all = Az összes tényező megjelenítése ({ $count })
explanation-show-fewer = Csak a legfontosabb tényezők megjelenítése
explanation-no-factors = Ehhez a döntéshez nem adtak meg egyedi tényezőt.
summary-against-one = Az Ön kárára leginkább ható tényező: { $factors }.
summary-against-many = Az Ön kárára leginkább ható tényezők: { $factors }.
summary-for-one = Az Ön javára leginkább ható tényező: { $factors }.
summary-for-many = Az Ön javára leginkább ható tényezők: { $factors }.
summary-nothing-against = Egyetlen tényező sem hatott az Ön kárára.
summary-no-factors = Ehhez a döntéshez nem adtak meg egyedi tényezőt.
list-and = { $head } és { $last }
explanation-logic = Hogyan működik a rendszer
explanation-data = Mely adatait használta fel a rendszer
explanation-category-source = Forrás: { $source }
explanation-category-why = Miért számít: { $why }
explanation-sources = Honnan származnak az adatai
explanation-counterfactuals = Mi változtatott volna a döntésen
explanation-counterfactuals-intro = A döntés a következő esetekben másképp alakult volna:
explanation-significance = Mit jelent ez a döntés az Ön számára
explanation-consequences = Mi következik ezután
explanation-role = Az MI-rendszer szerepe
explanation-role-advisory = Az MI-rendszer javaslatot tett; a döntést ember hozta meg.
explanation-role-decisive = Ezt a döntést az MI-rendszer hozta meg.
explanation-human-reviewed = A döntést ember felülvizsgálta.
explanation-not-human-reviewed = A döntést ember még nem vizsgálta felül.
explanation-model = A modell
explanation-model-documentation = A modell dokumentációja
explanation-review-timescale = A felülvizsgálati kérelmek megválaszolásának határideje: { $timescale }.
explanation-missing = { $controller } nem adta meg.
explanation-missing-unknown = E weboldal üzemeltetője nem adta meg.
explanation-contest-how = Így vitathatja a döntést: { $how }
explanation-contest = Önnek joga van kérni, hogy a döntést ember vizsgálja felül, kifejteni az álláspontját, és kifogást benyújtani a döntéssel szemben.
explanation-request-review = Emberi felülvizsgálat kérése
explanation-review-requested = Az emberi felülvizsgálat iránti kérelmét előkészítjük.

## A tájékoztatás hivatkozása a kéreleműrlapra
notice-rights = Az Ön jogai
