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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = La sua richiesta relativa ai dati { $reference } è stata ricevuta
msg-received = { $controller } ha ricevuto la sua richiesta relativa ai dati { $reference } il { $date }.
msg-due = Riceverà una risposta al più tardi entro il { $date } (un mese dal ricevimento; RGPD, art. 12, par. 3).
msg-may-extend = Se necessario, tenuto conto della complessità e del numero delle richieste, questo termine può essere prorogato di due mesi; ne sarebbe informato, con i motivi, entro il primo mese.
msg-complaint = Ha il diritto di proporre reclamo a un’autorità di controllo, in particolare nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione.
msg-complaint-with = Ha il diritto di proporre reclamo a un’autorità di controllo, per esempio { $authority } ({ $url }), in particolare nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione.
msg-verified-subject = La sua richiesta { $reference } è confermata
msg-verified = Il suo indirizzo e-mail è confermato. { $controller } sta trattando la sua richiesta { $reference } e risponderà al più tardi entro il { $date }.
msg-extended-subject = Serve più tempo per la sua richiesta { $reference }
msg-extended = { $controller } ha prorogato il termine per rispondere alla sua richiesta { $reference } (RGPD, art. 12, par. 3). Il nuovo termine è il { $date }.
msg-reason = Motivi: { $reason }
msg-refused-subject = La sua richiesta { $reference } è stata respinta
msg-refused = { $controller } non darà seguito alla sua richiesta { $reference }.
msg-remedy = Ha inoltre il diritto a un ricorso giurisdizionale effettivo (RGPD, art. 79).
msg-completed-subject = La sua richiesta { $reference } è stata evasa
msg-completed = { $controller } ha evaso la sua richiesta { $reference }. Ecco cosa è stato fatto:
done-access = Accesso: le sono state fornite una copia dei suoi dati personali e le informazioni sul loro trattamento.
done-rectification = Rettifica: i suoi dati personali sono stati corretti.
done-erasure = Cancellazione: i suoi dati personali sono stati cancellati.
done-objection = Opposizione: i suoi dati personali non sono più trattati per le finalità a cui si è opposto.
done-restriction = Limitazione: il trattamento dei suoi dati personali è stato limitato.
done-portability = Portabilità: i suoi dati personali le sono stati forniti in un formato strutturato, di uso comune e leggibile da dispositivo automatico.
done-human-review = Riesame umano: una persona ha riesaminato la decisione tenendo conto del suo punto di vista.
msg-link-subject = Un nuovo link per confermare la sua richiesta { $reference }
msg-link = Ecco un nuovo link per confermare la sua richiesta { $reference }. La richiesta mantiene il suo riferimento e il suo termine, il { $date }.
history-link = Nuovo link di conferma inviato
verify-expired-title = Questo link è scaduto
verify-expired-text = Il link di conferma della sua richiesta { $reference } è scaduto. La sua richiesta è conservata: può ottenere un nuovo link per la stessa richiesta, con lo stesso riferimento e lo stesso termine.
verify-renew-button = Inviami un nuovo link
verify-renewed-title = Un nuovo link è in arrivo
verify-renewed-text = Abbiamo inviato un nuovo link di conferma per la sua richiesta { $reference } al suo indirizzo e-mail. La richiesta mantiene il suo termine, il { $date }.

## Result

msg-download = Scarichi la risposta qui (il link funziona fino al { $date }):
msg-no-data = { $controller } non detiene dati personali che la riguardano.
msg-result-link-subject = Un nuovo link per scaricare la risposta alla sua richiesta { $reference }
msg-result-link = Ecco un nuovo link per scaricare la risposta alla sua richiesta { $reference }.
history-result-link = Nuovo link di download inviato
status-mail-withheld = Non abbiamo potuto inviare ora l'e-mail di conferma di questa richiesta (troppe e-mail a questo indirizzo oggi). La sua richiesta è conservata: usi il pulsante qui sotto per ricevere il link di conferma più tardi, per esempio domani.
status-mail-button = Inviatemi il link di conferma

msg-systems = In ciascuno dei nostri sistemi:
system-done = { $system }: fatto.
system-no-data = { $system }: non vi erano conservati dati personali che la riguardano.
