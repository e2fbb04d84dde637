# Glassbox-Referenzempfänger — Deutsch.
# Begriffe nach der deutschen Fassung der DSGVO (Verordnung (EU) 2016/679); Anrede „Sie“.
# Was der Empfänger der antragstellenden Person sagt: die Bestätigungs-E-Mail und die Seiten, die ihre Links öffnen.

## Die Bestätigungs-E-Mail (reiner Text)

# Betreffzeile.
mail-subject = Bitte bestätigen Sie Ihren Datenschutzantrag { $reference }
mail-hello = Guten Tag,
mail-received = { $controller } hat Ihren Datenschutzantrag { $reference } erhalten.
# { $hours } ist eine Zahl, 1 oder größer.
mail-confirm = Um zu bestätigen, dass diese E-Mail-Adresse Ihnen gehört, öffnen Sie bitte innerhalb von { $hours } Std. diesen Link:
mail-due = Sie erhalten spätestens bis { $date } eine Antwort (ein Monat nach Eingang, Art. 12 Abs. 3 DSGVO).
mail-follow = Hier können Sie Ihren Antrag verfolgen:
mail-ignore = Wenn Sie diesen Antrag nicht gestellt haben, ignorieren Sie diese E-Mail: Es wird nichts unternommen.

## Die Seite, die der Bestätigungslink öffnet, und die Seite nach der Bestätigung

verify-title = Bestätigen Sie Ihren Antrag
verify-text = Klicken Sie auf die Schaltfläche, um zu bestätigen, dass Sie diesen Datenschutzantrag an den Verantwortlichen { $controller } gestellt haben.
verify-button = Meinen Antrag bestätigen
verified-title = Vielen Dank
verified-text = Ihr Antrag { $reference } ist bestätigt. { $controller } antwortet spätestens bis { $date }.
verify-invalid-title = Link ungültig
verify-invalid-text = Dieser Bestätigungslink ist ungültig oder abgelaufen. Bitte stellen Sie Ihren Antrag erneut oder wenden Sie sich an den Verantwortlichen.
follow-link = Ihren Antrag verfolgen

## Die Statusseite eines Antrags

status-title = Ihr Antrag { $reference }
status-sent-to = Gesendet an: { $controller }
status-status = Bearbeitungsstand
status-kinds = Ausgeübte Rechte
status-received = Eingegangen
status-due = Antwort fällig bis
# Der Verantwortliche hat die Frist verlängert (Art. 12 Abs. 3 DSGVO); { $reason } ist sein Text.
status-extended = Die Frist wurde bis { $date } verlängert. Grund: { $reason }
status-refusal = Gründe für die Ablehnung
status-private = Halten Sie die Adresse dieser Seite geheim: Wer sie kennt, kann diesen Status sehen (aber keine Ihrer personenbezogenen Daten).
status-history = Verlauf
status-when = Zeitpunkt (UTC)
status-what = Ereignis
state-received = Eingegangen
state-verified = E-Mail-Adresse bestätigt
state-in-progress = In Bearbeitung
state-completed = Abgeschlossen
state-refused = Abgelehnt
history-received = Antrag eingegangen
history-status = Neuer Status: { $status }
history-extended = Frist verlängert bis { $date }
history-purged = Personenbezogene Daten gelöscht (Aufbewahrungsfrist abgelaufen)
