# Glassbox widget — Deutsch.
# Begriffe nach der deutschen Fassung der Verordnung (EU) 2024/1689 („KI-System“) und der DSGVO; Anrede „Sie“.

## Der KI-Hinweis (KI-Verordnung, Art. 50)

# Zugänglicher Name des Hinweisbereichs.
notice-region-label = Hinweis: KI-System
# Der Hinweissatz, wenn der Integrator das System benannt hat (data-system).
notice-sentence-named = Sie interagieren mit einem KI-System namens { $system }, nicht mit einem Menschen.
# Der Hinweissatz, wenn kein Systemname angegeben wurde.
notice-sentence = Sie interagieren mit einem KI-System, nicht mit einem Menschen.
notice-operator = Betreiber dieses Systems: { $controller }.
notice-operator-unknown = Dieses System wird vom Inhaber dieser Website betrieben.
# Art. 26 Abs. 11: Betreiber von Hochrisiko-Systemen informieren die Betroffenen über deren Einsatz.
notice-high-risk = { $controller } setzt dieses KI-System ein, um Entscheidungen über Sie zu treffen oder vorzubereiten.
notice-high-risk-unknown = Dieses KI-System wird eingesetzt, um Entscheidungen über Sie zu treffen oder vorzubereiten.
notice-human = Mit einem Menschen sprechen
notice-more-info = So funktioniert dieses KI-System
notice-privacy = So werden Ihre Daten verwendet
notice-ack-hint = Bitte bestätigen Sie vor dem Start, dass Sie diesen Hinweis gelesen haben.
notice-ack = Verstanden
notice-acked = Danke. Sie können jetzt beginnen.
notice-human-requested = Ihr Wunsch, mit einem Menschen zu sprechen, wurde weitergeleitet.

## Kennzeichnung KI-generierter Inhalte

# Textalternative des „KI“-Labels an erzeugten Inhalten.
ai-label-alt = Von KI erzeugt
ai-label-alt-modified = Mit KI bearbeitet
ai-label-generated = GENERIERT
ai-label-modified = VERÄNDERT

## Erklärung einer automatisierten Entscheidung (DSGVO Art. 13–15, 22; KI-Verordnung Art. 86)

explanation-title = Zu dieser Entscheidung
explanation-region-label = Erklärung einer automatisierten Entscheidung
explanation-loading = Die Erklärung dieser Entscheidung wird geladen …
explanation-failed = Die Erklärung dieser Entscheidung konnte nicht geladen werden.
explanation-failed-hint = Sie können trotzdem verlangen, dass ein Mensch die Entscheidung überprüft.
explanation-retry = Erneut versuchen
explanation-outcome-favourable = Ergebnis: zu Ihren Gunsten
explanation-outcome-unfavourable = Ergebnis: nicht zu Ihren Gunsten
explanation-outcome-neutral = Ergebnis: neutral
explanation-decided-at = Entschieden am { $date }
explanation-factors = Die wichtigsten Faktoren
explanation-factors-caption = Faktoren und ihr Gewicht, vom wichtigsten zum unwichtigsten
explanation-factor = Faktor
explanation-your-value = Ihr Wert
explanation-weight = Gewicht
explanation-weight-strong = stark
explanation-weight-moderate = mittel
explanation-weight-slight = gering
explanation-weight-none = ohne Einfluss
explanation-yes = ja
explanation-no = nein
explanation-for-you = zu Ihren Gunsten
explanation-against-you = zu Ihren Ungunsten
explanation-show-all = Alle Faktoren anzeigen ({ $count })
explanation-show-fewer = Nur die wichtigsten Faktoren anzeigen
explanation-no-factors = Für diese Entscheidung wurden keine einzelnen Faktoren angegeben.
summary-against-one = Am stärksten gegen Sie sprach: { $factors }.
summary-against-many = Am stärksten gegen Sie sprachen: { $factors }.
summary-for-one = Am stärksten für Sie sprach: { $factors }.
summary-for-many = Am stärksten für Sie sprachen: { $factors }.
summary-nothing-against = Kein Faktor sprach gegen Sie.
summary-no-factors = Für diese Entscheidung wurden keine einzelnen Faktoren angegeben.
list-and = { $head } und { $last }
explanation-logic = So funktioniert das System
explanation-data = Welche Ihrer Daten verwendet wurden
explanation-category-source = Quelle: { $source }
explanation-category-why = Warum es zählt: { $why }
explanation-sources = Woher Ihre Daten stammen
explanation-counterfactuals = Was die Entscheidung geändert hätte
explanation-counterfactuals-intro = In diesen Fällen wäre die Entscheidung anders ausgefallen:
explanation-significance = Was diese Entscheidung für Sie bedeutet
explanation-consequences = Wie es weitergeht
explanation-role = Die Rolle des KI-Systems
explanation-role-advisory = Das KI-System hat eine Empfehlung gegeben; entschieden hat ein Mensch.
explanation-role-decisive = Das KI-System hat diese Entscheidung getroffen.
explanation-human-reviewed = Ein Mensch hat diese Entscheidung überprüft.
explanation-not-human-reviewed = Diese Entscheidung wurde noch von keinem Menschen überprüft.
explanation-model = Das Modell
explanation-model-documentation = Dokumentation des Modells
explanation-review-timescale = Antwortfrist bei einer Überprüfung: { $timescale }.
explanation-missing = { $controller } hat dazu keine Angaben gemacht.
explanation-missing-unknown = Der Betreiber dieser Website hat dazu keine Angaben gemacht.
explanation-contest-how = So fechten Sie diese Entscheidung an: { $how }
explanation-contest = Sie haben das Recht, zu verlangen, dass ein Mensch diese Entscheidung überprüft, Ihren Standpunkt darzulegen und die Entscheidung anzufechten.
explanation-request-review = Überprüfung durch einen Menschen verlangen
explanation-review-requested = Ihr Antrag auf Überprüfung durch einen Menschen wird vorbereitet.

## Link vom Hinweis zum Antragsformular
notice-rights = Ihre Rechte
