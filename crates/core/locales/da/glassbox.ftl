# Glassbox-widget — dansk.
# Termer efter den danske udgave af forordning (EU) 2024/1689 (»AI-system«) og databeskyttelsesforordningen; tiltaleform »du«, som er normen på danske websteder.

## AI-meddelelsen (forordningen om kunstig intelligens, art. 50)

# Tilgængeligt navn på meddelelsesområdet.
notice-region-label = Meddelelse: AI-system
# Selve sætningen, når integratoren har navngivet systemet (data-system).
notice-sentence-named = Du interagerer med { $system }, et AI-system, ikke med et menneske.
# Selve sætningen, når der ikke er angivet et systemnavn.
notice-sentence = Du interagerer med et AI-system, ikke med et menneske.
notice-operator = Systemet drives af { $controller }.
notice-operator-unknown = Systemet drives af ejeren af denne hjemmeside.
# Art. 26, stk. 11: idriftsættere af højrisiko-AI-systemer oplyser personer om, at et sådant system anvendes.
notice-high-risk = { $controller } bruger dette AI-system til at træffe eller forberede afgørelser om dig.
notice-high-risk-unknown = Dette AI-system bruges til at træffe eller forberede afgørelser om dig.
notice-human = Tal med et menneske
notice-more-info = Sådan fungerer dette AI-system
notice-privacy = Sådan bruges dine oplysninger
notice-ack-hint = Bekræft, at du har læst denne meddelelse, før du begynder.
notice-ack = Jeg forstår
notice-acked = Tak. Du kan begynde nu.
notice-human-requested = Din anmodning om at tale med et menneske er sendt videre.

## Mærkning af AI-genereret indhold

# Tekstalternativ til »AI«-mærket på genereret indhold.
ai-label-alt = Genereret af AI
ai-label-alt-modified = Ændret med AI
ai-label-generated = GENERERET
ai-label-modified = ÆNDRET

## Forklaring af en automatisk afgørelse (databeskyttelsesforordningen art. 13-15 og 22; forordningen om kunstig intelligens art. 86)

explanation-title = Om denne afgørelse
explanation-region-label = Forklaring af en automatisk afgørelse
explanation-loading = Henter forklaringen på afgørelsen…
explanation-failed = Forklaringen på afgørelsen kunne ikke hentes.
explanation-failed-hint = Du kan stadig bede om, at et menneske vurderer afgørelsen.
explanation-retry = Prøv igen
explanation-outcome-favourable = Resultat: til din fordel
explanation-outcome-unfavourable = Resultat: ikke til din fordel
explanation-outcome-neutral = Resultat: neutralt
explanation-decided-at = Afgjort den { $date }
explanation-factors = De vigtigste faktorer
explanation-factors-caption = Faktorerne og deres vægt, fra den vigtigste til den mindst vigtige
explanation-factor = Faktor
explanation-your-value = Din værdi
explanation-weight = Vægt
explanation-weight-strong = stærk
explanation-weight-moderate = moderat
explanation-weight-slight = svag
explanation-weight-none = ingen betydning
explanation-yes = ja
explanation-no = nej
explanation-for-you = til din fordel
explanation-against-you = imod dig
explanation-show-all = Vis alle faktorer ({ $count })
explanation-show-fewer = Vis kun de vigtigste faktorer
explanation-no-factors = Der er ikke oplyst nogen enkeltfaktorer for denne afgørelse.
summary-against-one = Den faktor, der vejede tungest imod dig, var { $factors }.
summary-against-many = De faktorer, der vejede tungest imod dig, var { $factors }.
summary-for-one = Den faktor, der vejede tungest til din fordel, var { $factors }.
summary-for-many = De faktorer, der vejede tungest til din fordel, var { $factors }.
summary-nothing-against = Ingen faktor vejede imod dig.
summary-no-factors = Der er ikke oplyst nogen enkeltfaktorer for denne afgørelse.
list-and = { $head } og { $last }
explanation-logic = Sådan fungerer systemet
explanation-data = Hvilke af dine oplysninger der blev brugt
explanation-category-source = Kilde: { $source }
explanation-category-why = Hvorfor det har betydning: { $why }
explanation-sources = Hvor dine oplysninger stammer fra
explanation-counterfactuals = Hvad der ville have ændret afgørelsen
explanation-counterfactuals-intro = Afgørelsen ville have været en anden i disse tilfælde:
explanation-significance = Hvad afgørelsen betyder for dig
explanation-consequences = Hvad der sker nu
explanation-role = AI-systemets rolle
explanation-role-advisory = AI-systemet gav en anbefaling; et menneske traf afgørelsen.
explanation-role-decisive = AI-systemet traf denne afgørelse.
explanation-human-reviewed = Et menneske har vurderet denne afgørelse.
explanation-not-human-reviewed = Intet menneske har vurderet denne afgørelse endnu.
explanation-model = Modellen
explanation-model-documentation = Dokumentation af modellen
explanation-review-timescale = En anmodning om vurdering besvares inden for { $timescale }.
explanation-missing = Ikke oplyst af { $controller }.
explanation-missing-unknown = Ikke oplyst af ejeren af denne hjemmeside.
explanation-contest-how = Sådan anfægter du denne afgørelse: { $how }
explanation-contest = Du har ret til at få et menneske til at vurdere afgørelsen, til at fremkomme med dine synspunkter og til at bestride afgørelsen.
explanation-request-review = Bed om menneskelig vurdering
explanation-review-requested = Din anmodning om menneskelig vurdering bliver gjort klar.

## Meddelelsens link til anmodningsformularen
notice-rights = Dine rettigheder
