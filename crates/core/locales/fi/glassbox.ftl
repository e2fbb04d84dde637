# Glassbox-widget — suomi.
# Termit asetuksen (EU) 2024/1689 suomenkielisen toisinnon (”tekoälyjärjestelmä”) ja tietosuoja-asetuksen mukaan; sinuttelu, kuten suomalaisilla verkkosivuilla on tavallista.

## Tekoälyilmoitus (tekoälysäädöksen 50 artikla)

# Ilmoitusalueen saavutettava nimi.
notice-region-label = Ilmoitus: tekoälyjärjestelmä
# Itse ilmoitus, kun integroija on nimennyt järjestelmän (data-system).
notice-sentence-named = { $system } on tekoälyjärjestelmä, ei ihminen.
# Itse ilmoitus, kun järjestelmän nimeä ei ole annettu.
notice-sentence = Olet yhteydessä tekoälyjärjestelmään, et ihmiseen.
notice-operator = Järjestelmää ylläpitää { $controller }.
notice-operator-unknown = Järjestelmää ylläpitää tämän verkkosivuston omistaja.
# 26 artiklan 11 kohta: suuririskisten tekoälyjärjestelmien käyttöönottajat ilmoittavat henkilöille järjestelmän käytöstä.
notice-high-risk = { $controller } käyttää tätä tekoälyjärjestelmää sinua koskevien päätösten tekemiseen tai valmisteluun.
notice-high-risk-unknown = Tätä tekoälyjärjestelmää käytetään sinua koskevien päätösten tekemiseen tai valmisteluun.
notice-human = Puhu ihmisen kanssa
notice-more-info = Miten tämä tekoälyjärjestelmä toimii
notice-privacy = Miten tietojasi käytetään
notice-ack-hint = Vahvista ennen aloittamista, että olet lukenut tämän ilmoituksen.
notice-ack = Ymmärrän
notice-acked = Kiitos. Voit aloittaa nyt.
notice-human-requested = Pyyntösi päästä puhumaan ihmisen kanssa on välitetty eteenpäin.

## Tekoälyllä tuotetun sisällön merkitseminen

# Tuotetun sisällön ”AI”-merkin tekstivastine.
ai-label-alt = Tekoälyn tuottama
ai-label-alt-modified = Muokattu tekoälyllä
ai-label-generated = TUOTETTU
ai-label-modified = MUOKATTU

## Automaattisen päätöksen selitys (tietosuoja-asetuksen 13–15 ja 22 artikla; tekoälysäädöksen 86 artikla)

explanation-title = Tietoa tästä päätöksestä
explanation-region-label = Automaattisen päätöksen selitys
explanation-loading = Ladataan päätöksen selitystä…
explanation-failed = Päätöksen selitystä ei voitu ladata.
explanation-failed-hint = Voit silti pyytää, että ihminen arvioi päätöksen.
explanation-retry = Yritä uudelleen
explanation-outcome-favourable = Tulos: sinulle myönteinen
explanation-outcome-unfavourable = Tulos: sinulle kielteinen
explanation-outcome-neutral = Tulos: neutraali
explanation-decided-at = Päätetty { $date }
explanation-factors = Tärkeimmät tekijät
explanation-factors-caption = Tekijät ja niiden painoarvo tärkeimmästä vähiten tärkeään
explanation-factor = Tekijä
explanation-your-value = Sinun arvosi
explanation-weight = Paino
explanation-weight-strong = vahva
explanation-weight-moderate = kohtalainen
explanation-weight-slight = vähäinen
explanation-weight-none = ei vaikutusta
explanation-yes = kyllä
explanation-no = ei
explanation-for-you = hyväksesi
explanation-against-you = haitaksesi
explanation-show-all = Näytä kaikki tekijät ({ $count })
explanation-show-fewer = Näytä vain tärkeimmät tekijät
explanation-no-factors = Tästä päätöksestä ei ole ilmoitettu yksittäisiä tekijöitä.
summary-against-one = Eniten haitaksesi vaikutti: { $factors }.
summary-against-many = Eniten haitaksesi vaikuttivat: { $factors }.
summary-for-one = Eniten hyväksesi vaikutti: { $factors }.
summary-for-many = Eniten hyväksesi vaikuttivat: { $factors }.
summary-nothing-against = Mikään tekijä ei vaikuttanut haitaksesi.
summary-no-factors = Tästä päätöksestä ei ole ilmoitettu yksittäisiä tekijöitä.
list-and = { $head } ja { $last }
explanation-logic = Miten järjestelmä toimii
explanation-data = Mitä tietojasi käytettiin
explanation-category-source = Lähde: { $source }
explanation-category-why = Miksi sillä on merkitystä: { $why }
explanation-sources = Mistä tietosi ovat peräisin
explanation-counterfactuals = Mikä olisi muuttanut päätöksen
explanation-counterfactuals-intro = Päätös olisi ollut toinen näissä tapauksissa:
explanation-significance = Mitä päätös merkitsee sinulle
explanation-consequences = Mitä seuraavaksi tapahtuu
explanation-role = Tekoälyjärjestelmän rooli
explanation-role-advisory = Tekoälyjärjestelmä antoi suosituksen; päätöksen teki ihminen.
explanation-role-decisive = Tekoälyjärjestelmä teki tämän päätöksen.
explanation-human-reviewed = Ihminen on arvioinut tämän päätöksen.
explanation-not-human-reviewed = Kukaan ihminen ei ole vielä arvioinut tätä päätöstä.
explanation-model = Malli
explanation-model-documentation = Mallin dokumentaatio
explanation-review-timescale = Vastausaika arviointipyyntöön: { $timescale }.
explanation-missing = { $controller } ei ole ilmoittanut tätä.
explanation-missing-unknown = Tämän verkkosivuston ylläpitäjä ei ole ilmoittanut tätä.
explanation-contest-how = Näin riitautat tämän päätöksen: { $how }
explanation-contest = Sinulla on oikeus vaatia, että ihminen arvioi päätöksen, sekä oikeus esittää kantasi ja riitauttaa päätös.
explanation-request-review = Pyydä ihmisen arviota
explanation-review-requested = Pyyntöäsi ihmisen tekemästä arviosta valmistellaan.

## Ilmoituksen linkki pyyntölomakkeeseen
notice-rights = Oikeutesi
