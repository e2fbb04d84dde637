# Glassbox-widget — Nederlands.
# Termen volgens de Nederlandse versie van Verordening (EU) 2024/1689 („AI-systeem”) en de AVG; aanspreekvorm „u”.

## De AI-melding (AI-verordening, art. 50)

# Toegankelijke naam van het meldingsgebied.
notice-region-label = Melding: AI-systeem
# De meldingszin, als de integrator het systeem een naam heeft gegeven (data-system).
notice-sentence-named = U communiceert met { $system }, een AI-systeem, en niet met een mens.
# De meldingszin, als er geen systeemnaam is opgegeven.
notice-sentence = U communiceert met een AI-systeem, niet met een mens.
notice-operator = Dit systeem wordt beheerd door { $controller }.
notice-operator-unknown = Dit systeem wordt beheerd door de eigenaar van deze website.
# Art. 26, lid 11: gebruiksverantwoordelijken van AI-systemen met een hoog risico informeren de betrokken personen.
notice-high-risk = { $controller } gebruikt dit AI-systeem om besluiten over u te nemen of voor te bereiden.
notice-high-risk-unknown = Dit AI-systeem wordt gebruikt om besluiten over u te nemen of voor te bereiden.
notice-human = Met een mens praten
notice-more-info = Hoe dit AI-systeem werkt
notice-privacy = Hoe uw gegevens worden gebruikt
notice-ack-hint = Bevestig voordat u begint dat u deze melding hebt gelezen.
notice-ack = Ik begrijp het
notice-acked = Dank u. U kunt nu beginnen.
notice-human-requested = Uw verzoek om met een mens te praten is doorgegeven.

## Markering van door AI gegenereerde inhoud

# Tekstalternatief voor het label „AI” bij gegenereerde inhoud.
ai-label-alt = Gegenereerd door AI
ai-label-alt-modified = Bewerkt met AI
ai-label-generated = GEGENEREERD
ai-label-modified = GEWIJZIGD

## Uitleg bij een geautomatiseerd besluit (AVG art. 13–15 en 22; AI-verordening art. 86)

explanation-title = Over dit besluit
explanation-region-label = Uitleg bij een geautomatiseerd besluit
explanation-loading = De uitleg bij dit besluit wordt geladen…
explanation-failed = De uitleg bij dit besluit kon niet worden geladen.
explanation-failed-hint = U kunt nog steeds vragen dat een mens het besluit beoordeelt.
explanation-retry = Opnieuw proberen
explanation-outcome-favourable = Uitkomst: in uw voordeel
explanation-outcome-unfavourable = Uitkomst: niet in uw voordeel
explanation-outcome-neutral = Uitkomst: neutraal
explanation-decided-at = Besloten op { $date }
explanation-factors = De belangrijkste factoren
explanation-factors-caption = Factoren en hun gewicht, van belangrijkst naar minst belangrijk
explanation-factor = Beslisfactor
explanation-your-value = Uw waarde
explanation-weight = Gewicht
explanation-weight-strong = sterk
explanation-weight-moderate = matig
explanation-weight-slight = gering
explanation-weight-none = geen effect
explanation-yes = ja
explanation-no = nee
explanation-for-you = in uw voordeel
explanation-against-you = in uw nadeel
explanation-show-all = Alle factoren tonen ({ $count })
explanation-show-fewer = Alleen de belangrijkste factoren tonen
explanation-no-factors = Voor dit besluit zijn geen afzonderlijke factoren opgegeven.
summary-against-one = De factor die het zwaarst in uw nadeel woog, was { $factors }.
summary-against-many = De factoren die het zwaarst in uw nadeel wogen, waren { $factors }.
summary-for-one = De factor die het zwaarst in uw voordeel woog, was { $factors }.
summary-for-many = De factoren die het zwaarst in uw voordeel wogen, waren { $factors }.
summary-nothing-against = Geen enkele factor woog in uw nadeel.
summary-no-factors = Voor dit besluit zijn geen afzonderlijke factoren opgegeven.
list-and = { $head } en { $last }
explanation-logic = Hoe het systeem werkt
explanation-data = Welke gegevens van u zijn gebruikt
explanation-category-source = Bron: { $source }
explanation-category-why = Waarom dit telt: { $why }
explanation-sources = Waar uw gegevens vandaan komen
explanation-counterfactuals = Wat de beslissing had veranderd
explanation-counterfactuals-intro = In deze gevallen was de beslissing anders uitgevallen:
explanation-significance = Wat dit besluit voor u betekent
explanation-consequences = Wat er nu gebeurt
explanation-role = De rol van het AI-systeem
explanation-role-advisory = Het AI-systeem gaf advies; een mens heeft het besluit genomen.
explanation-role-decisive = Het AI-systeem heeft dit besluit genomen.
explanation-human-reviewed = Een mens heeft dit besluit beoordeeld.
explanation-not-human-reviewed = Nog geen mens heeft dit besluit beoordeeld.
explanation-model = Het model
explanation-model-documentation = Documentatie van het model
explanation-review-timescale = Op een verzoek om beoordeling wordt binnen { $timescale } gereageerd.
explanation-missing = Niet verstrekt door { $controller }.
explanation-missing-unknown = Niet verstrekt door de beheerder van deze website.
explanation-contest-how = Zo vecht u deze beslissing aan: { $how }
explanation-contest = U hebt het recht om dit besluit door een mens te laten beoordelen, uw standpunt kenbaar te maken en het besluit aan te vechten.
explanation-request-review = Beoordeling door een mens vragen
explanation-review-requested = Uw verzoek om beoordeling door een mens wordt voorbereid.

## De link van de melding naar het verzoekformulier
notice-rights = Uw rechten
