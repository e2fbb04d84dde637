# Ricevitore di riferimento Glassbox — italiano. Ciò che il ricevitore comunica a chi ha presentato una
# richiesta: l'email di verifica e le pagine aperte dai suoi link. Compilato solo nel ricevitore.
# Termini conformi alla versione italiana del regolamento (UE) 2016/679 (RGPD): «titolare del trattamento».

## L'email di verifica (testo semplice)

# Oggetto.
mail-subject = Confermi la sua richiesta in materia di protezione dei dati { $reference }
mail-hello = Buongiorno,
mail-received = { $controller } ha ricevuto la sua richiesta in materia di protezione dei dati { $reference }.
# { $hours } è un numero, 1 o più.
mail-confirm = Per confermare che questo indirizzo email è suo, apra il link seguente entro { $hours } h:
mail-due = Riceverà una risposta al più tardi entro il { $date } (un mese dal ricevimento; RGPD, art. 12, par. 3).
mail-follow = Può seguire la sua richiesta qui:
mail-ignore = Se non ha presentato lei questa richiesta, ignori questa email: non verrà fatto nulla.

## La pagina aperta dal link di conferma e la pagina dopo la conferma

verify-title = Confermi la sua richiesta
verify-text = Prema il pulsante per confermare di aver presentato questa richiesta in materia di protezione dei dati a { $controller }.
verify-button = Conferma la mia richiesta
verified-title = Grazie
verified-text = La sua richiesta { $reference } è confermata. { $controller } risponderà al più tardi entro il { $date }.
verify-invalid-title = Link non valido
verify-invalid-text = Questo link di conferma non è valido o è scaduto. Presenti di nuovo la richiesta o contatti il titolare del trattamento.
follow-link = Stato della richiesta

## La pagina di stato di una richiesta

status-title = La sua richiesta { $reference }
status-sent-to = Inviata a: { $controller }
status-status = Stato
status-kinds = Diritti esercitati
status-received = Data di ricevimento
status-due = Termine per la risposta
# Il titolare del trattamento ha prorogato il termine (RGPD, art. 12, par. 3); { $reason } è il suo testo.
status-extended = Il termine è stato prorogato al { $date }. Motivo: { $reason }
status-refusal = Motivi del rifiuto
status-private = Mantenga riservato l'indirizzo di questa pagina: chiunque lo conosca può vedere questo stato (ma nessuno dei suoi dati personali).
status-history = Cronologia
status-when = Quando (UTC)
status-what = Evento
state-received = Ricevuta
state-verified = Indirizzo email confermato
state-in-progress = In lavorazione
state-completed = Completata
state-refused = Respinta
history-received = Richiesta ricevuta
history-status = Stato: { $status }
history-extended = Termine prorogato al { $date }
history-purged = Dati personali cancellati (periodo di conservazione scaduto)
