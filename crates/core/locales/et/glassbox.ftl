# Glassbox widget — eesti keel.
# Terminid järgivad määruse (EL) 2024/1689 („tehisintellektisüsteem“) ja määruse (EL) 2016/679 (isikuandmete kaitse üldmäärus) eestikeelset versiooni.

## Tehisintellekti teade (tehisintellekti käsitlev määrus, artikkel 50)

# Accessible name of the notice region.
notice-region-label = Teade: tehisintellektisüsteem
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Te suhtlete tehisintellektisüsteemiga { $system }, mitte inimesega.
# The sentence itself, when no system name was given.
notice-sentence = Te suhtlete tehisintellektisüsteemiga, mitte inimesega.
notice-operator = Seda süsteemi haldab { $controller }.
notice-operator-unknown = Seda süsteemi haldab selle veebisaidi omanik.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } kasutab seda tehisintellektisüsteemi Teid puudutavate otsuste tegemiseks või nende tegemise toetamiseks.
notice-high-risk-unknown = Seda tehisintellektisüsteemi kasutatakse Teid puudutavate otsuste tegemiseks või nende tegemise toetamiseks.
notice-human = Räägi inimesega
notice-more-info = Kuidas see tehisintellektisüsteem töötab
notice-privacy = Kuidas Teie andmeid kasutatakse
notice-ack-hint = Palun kinnitage enne alustamist, et olete selle teate läbi lugenud.
notice-ack = Sain aru
notice-acked = Aitäh! Võite alustada.
notice-human-requested = Teie soov inimesega rääkida on edastatud.

## Tehisintellekti loodud sisu märgistamine

# Text alternative of the "AI" label on generated content.
ai-label-alt = Tehisintellekti loodud
ai-label-alt-modified = Tehisintellektiga muudetud
ai-label-generated = LOODUD
ai-label-modified = MUUDETUD

## Automatiseeritud otsuse selgitus (isikuandmete kaitse üldmäärus, artiklid 13–15 ja 22; tehisintellekti käsitlev määrus, artikkel 86)

explanation-title = Selle otsuse kohta
explanation-region-label = Automatiseeritud otsuse selgitus
explanation-loading = Otsuse selgituse laadimine…
explanation-failed = Selle otsuse selgitust ei õnnestunud laadida.
explanation-failed-hint = Saate siiski taotleda, et otsuse vaataks läbi inimene.
explanation-retry = Proovi uuesti
explanation-outcome-favourable = Tulemus: Teie kasuks
explanation-outcome-unfavourable = Tulemus: mitte Teie kasuks
explanation-outcome-neutral = Tulemus: neutraalne
explanation-decided-at = Otsuse kuupäev: { $date }
explanation-factors = Peamised tegurid
explanation-factors-caption = Tegurid ja nende kaal, kõige olulisemast kõige vähem oluliseni
explanation-factor = Tegur
explanation-your-value = Teie väärtus
explanation-weight = Kaal
explanation-weight-strong = tugev
explanation-weight-moderate = mõõdukas
explanation-weight-slight = väike
explanation-weight-none = mõju puudub
explanation-yes = jah
explanation-no = ei
explanation-for-you = Teie kasuks
explanation-against-you = Teie kahjuks
explanation-show-all = Näita kõiki tegureid ({ $count })
explanation-show-fewer = Näita ainult peamisi tegureid
explanation-no-factors = Selle otsuse kohta ei esitatud ühtegi üksiktegurit.
summary-against-one = Kõige enam Teie kahjuks mõjunud tegur: { $factors }.
summary-against-many = Kõige enam Teie kahjuks mõjunud tegurid: { $factors }.
summary-for-one = Kõige enam Teie kasuks mõjunud tegur: { $factors }.
summary-for-many = Kõige enam Teie kasuks mõjunud tegurid: { $factors }.
summary-nothing-against = Ükski tegur ei mõjunud Teie kahjuks.
summary-no-factors = Selle otsuse kohta ei esitatud ühtegi üksiktegurit.
list-and = { $head } ja { $last }
explanation-logic = Kuidas süsteem töötab
explanation-data = Milliseid Teie andmeid kasutati
explanation-category-source = Allikas: { $source }
explanation-category-why = Miks see on oluline: { $why }
explanation-sources = Kust Teie andmed pärinevad
explanation-counterfactuals = Mis oleks otsust muutnud
explanation-counterfactuals-intro = Otsus oleks olnud teistsugune järgmistel juhtudel:
explanation-significance = Mida see otsus Teie jaoks tähendab
explanation-consequences = Mis edasi saab
explanation-role = Tehisintellektisüsteemi roll
explanation-role-advisory = Tehisintellektisüsteem andis soovituse; otsuse tegi inimene.
explanation-role-decisive = Selle otsuse tegi tehisintellektisüsteem.
explanation-human-reviewed = Inimene on selle otsuse läbi vaadanud.
explanation-not-human-reviewed = Ükski inimene ei ole seda otsust veel läbi vaadanud.
explanation-model = Mudel
explanation-model-documentation = Mudeli dokumentatsioon
explanation-review-timescale = Läbivaatamise taotlusele vastamise tähtaeg: { $timescale }.
explanation-missing = { $controller } ei ole seda teavet esitanud.
explanation-missing-unknown = Selle veebisaidi haldaja ei ole seda teavet esitanud.
explanation-contest-how = Kuidas seda otsust vaidlustada: { $how }
explanation-contest = Teil on õigus taotleda, et inimene vaataks selle otsuse läbi, väljendada oma seisukohta ja otsus vaidlustada.
explanation-request-review = Taotle läbivaatamist inimese poolt
explanation-review-requested = Teie taotlust, et otsuse vaataks läbi inimene, valmistatakse ette.

## Teate link taotlusvormile
notice-rights = Teie õigused
