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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Ihr Datenschutzantrag { $reference } ist eingegangen
msg-received = { $controller } hat Ihren Datenschutzantrag { $reference } am { $date } erhalten.
msg-due = Sie erhalten spätestens bis { $date } eine Antwort (ein Monat nach Eingang, Art. 12 Abs. 3 DSGVO).
msg-may-extend = Wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist, kann diese Frist um weitere zwei Monate verlängert werden; Sie würden darüber innerhalb des ersten Monats unter Angabe der Gründe informiert.
msg-complaint = Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.
msg-complaint-with = Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, zum Beispiel bei { $authority } ({ $url }), insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.
msg-verified-subject = Ihr Datenschutzantrag { $reference } ist bestätigt
msg-verified = Ihre E-Mail-Adresse ist bestätigt. { $controller } bearbeitet Ihren Antrag { $reference } und antwortet spätestens bis { $date }.
msg-extended-subject = Für Ihren Datenschutzantrag { $reference } wird mehr Zeit benötigt
msg-extended = { $controller } hat die Frist für die Antwort auf Ihren Antrag { $reference } verlängert (Art. 12 Abs. 3 DSGVO). Die neue Frist endet am { $date }.
msg-reason = Gründe: { $reason }
msg-refused-subject = Ihr Datenschutzantrag { $reference } wurde abgelehnt
msg-refused = { $controller } wird auf Ihren Antrag { $reference } hin nicht tätig.
msg-remedy = Sie haben außerdem das Recht auf einen wirksamen gerichtlichen Rechtsbehelf (Art. 79 DSGVO).
msg-completed-subject = Ihr Datenschutzantrag { $reference } ist erledigt
msg-completed = { $controller } hat Ihren Antrag { $reference } erledigt. Was getan wurde:
done-access = Auskunft: Eine Kopie Ihrer personenbezogenen Daten und die Informationen über ihre Verarbeitung wurden Ihnen zur Verfügung gestellt.
done-rectification = Berichtigung: Ihre personenbezogenen Daten wurden berichtigt.
done-erasure = Löschung: Ihre personenbezogenen Daten wurden gelöscht.
done-objection = Widerspruch: Ihre personenbezogenen Daten werden für die Zwecke, denen Sie widersprochen haben, nicht mehr verarbeitet.
done-restriction = Einschränkung: Die Verarbeitung Ihrer personenbezogenen Daten wurde eingeschränkt.
done-portability = Datenübertragbarkeit: Ihre personenbezogenen Daten wurden Ihnen in einem strukturierten, gängigen und maschinenlesbaren Format bereitgestellt.
done-human-review = Menschliche Überprüfung: Eine Person hat die Entscheidung unter Berücksichtigung Ihres Standpunkts überprüft.
msg-link-subject = Ein neuer Link zur Bestätigung Ihres Datenschutzantrags { $reference }
msg-link = Hier ist ein neuer Link zur Bestätigung Ihres Antrags { $reference }. Der Antrag behält sein Aktenzeichen und seine Frist, { $date }.
history-link = Neuer Bestätigungslink gesendet
verify-expired-title = Dieser Link ist abgelaufen
verify-expired-text = Der Bestätigungslink für Ihren Antrag { $reference } ist abgelaufen. Ihr Antrag bleibt erhalten: Sie können einen neuen Link für denselben Antrag anfordern, mit demselben Aktenzeichen und derselben Frist.
verify-renew-button = Neuen Link senden
verify-renewed-title = Ein neuer Link ist unterwegs
verify-renewed-text = Wir haben einen neuen Bestätigungslink für Ihren Antrag { $reference } an Ihre E-Mail-Adresse gesendet. Der Antrag behält seine Frist, { $date }.

## Result

msg-download = Laden Sie die Antwort hier herunter (der Link gilt bis { $date }):
msg-no-data = { $controller } verarbeitet keine personenbezogenen Daten über Sie.
msg-result-link-subject = Ein neuer Link zum Herunterladen der Antwort auf Ihren Antrag { $reference }
msg-result-link = Hier ist ein neuer Link zum Herunterladen der Antwort auf Ihren Antrag { $reference }.
history-result-link = Neuer Download-Link gesendet
status-mail-withheld = Wir konnten die Bestätigungs-E-Mail für diesen Antrag gerade nicht senden (heute zu viele E-Mails an diese Adresse). Ihr Antrag ist gespeichert: Fordern Sie den Bestätigungslink später mit der Schaltfläche unten an, zum Beispiel morgen.
status-mail-button = Bestätigungslink senden

msg-systems = In jedem unserer Systeme:
system-done = { $system }: erledigt.
system-no-data = { $system }: Es waren keine personenbezogenen Daten über Sie gespeichert.
