# Widget Glassbox — italiano.
# Termini conformi alla versione italiana del regolamento (UE) 2024/1689: «sistema di IA».

## L'avviso sull'IA (regolamento sull'intelligenza artificiale, art. 50)

# Nome accessibile della regione dell'avviso.
notice-region-label = Avviso: sistema di IA
# La frase vera e propria, quando l'integratore ha indicato il nome del sistema (data-system).
notice-sentence-named = Sta interagendo con { $system }, un sistema di IA, e non con una persona.
# La frase vera e propria, quando non è stato indicato alcun nome di sistema.
notice-sentence = Sta interagendo con un sistema di IA, e non con una persona.
notice-operator = Questo sistema è gestito da { $controller }.
notice-operator-unknown = Questo sistema è gestito dal titolare di questo sito web.
# Art. 26, par. 11: i deployer di sistemi ad alto rischio informano le persone che tale sistema è utilizzato nei loro confronti.
notice-high-risk = { $controller } utilizza questo sistema di IA per prendere, o aiutare a prendere, decisioni che la riguardano.
notice-high-risk-unknown = Questo sistema di IA è utilizzato per prendere, o aiutare a prendere, decisioni che la riguardano.
notice-human = Parla con una persona
notice-more-info = Come funziona questo sistema di IA
notice-privacy = Come vengono usati i suoi dati
notice-ack-hint = Confermi di aver letto questo avviso prima di iniziare.
notice-ack = Ho capito
notice-acked = Grazie. Ora può iniziare.
notice-human-requested = La sua richiesta di parlare con una persona è stata inoltrata.

## Marcatura dei contenuti generati dall'IA

# Testo alternativo dell'etichetta «IA» sui contenuti generati.
ai-label-alt = Generato dall'IA
ai-label-alt-modified = Modificato con l'IA
ai-label-generated = GENERATO
ai-label-modified = MODIFICATO

## La spiegazione di una decisione automatizzata (RGPD, artt. 13-15 e 22; regolamento sull'intelligenza artificiale, art. 86)

explanation-title = Informazioni su questa decisione
explanation-region-label = Spiegazione di una decisione automatizzata
explanation-loading = Caricamento della spiegazione di questa decisione…
explanation-failed = Non è stato possibile caricare la spiegazione di questa decisione.
explanation-failed-hint = Può comunque chiedere che una persona riesamini la decisione.
explanation-retry = Riprova
explanation-outcome-favourable = Esito: a suo favore
explanation-outcome-unfavourable = Esito: sfavorevole
explanation-outcome-neutral = Esito: neutro
explanation-decided-at = Data della decisione: { $date }
explanation-factors = I fattori principali
explanation-factors-caption = I fattori e il loro peso, dal più al meno importante
explanation-factor = Fattore
explanation-your-value = Il suo valore
explanation-weight = Peso
explanation-weight-strong = forte
explanation-weight-moderate = moderato
explanation-weight-slight = lieve
explanation-weight-none = nessun effetto
explanation-yes = sì
explanation-no = no
explanation-for-you = a suo favore
explanation-against-you = a suo sfavore
explanation-show-all = Mostra tutti i fattori ({ $count })
explanation-show-fewer = Mostra solo i fattori principali
explanation-no-factors = Per questa decisione non è stato indicato alcun fattore specifico.
summary-against-one = Il fattore che ha pesato di più a suo sfavore è { $factors }.
summary-against-many = I fattori che hanno pesato di più a suo sfavore sono { $factors }.
summary-for-one = Il fattore che ha pesato di più a suo favore è { $factors }.
summary-for-many = I fattori che hanno pesato di più a suo favore sono { $factors }.
summary-nothing-against = Nessun fattore ha pesato a suo sfavore.
summary-no-factors = Per questa decisione non è stato indicato alcun fattore specifico.
list-and = { $head } e { $last }
explanation-logic = Come funziona il sistema
explanation-data = Quali dati che la riguardano sono stati usati
explanation-category-source = Fonte: { $source }
explanation-category-why = Perché conta: { $why }
explanation-sources = Da dove provengono i suoi dati
explanation-counterfactuals = Che cosa avrebbe cambiato la decisione
explanation-counterfactuals-intro = La decisione sarebbe stata diversa in questi casi:
explanation-significance = Che cosa significa per lei questa decisione
explanation-consequences = Che cosa succede ora
explanation-role = Il ruolo del sistema di IA
explanation-role-advisory = Il sistema di IA ha fornito un parere; la decisione è stata presa da una persona.
explanation-role-decisive = Questa decisione è stata presa dal sistema di IA.
explanation-human-reviewed = Una persona ha riesaminato questa decisione.
explanation-not-human-reviewed = Nessuna persona ha ancora riesaminato questa decisione.
explanation-model = Il modello
explanation-model-documentation = Documentazione del modello
explanation-review-timescale = Alle richieste di riesame si risponde entro { $timescale }.
explanation-missing = Informazione non fornita da { $controller }.
explanation-missing-unknown = Informazione non fornita dal gestore di questo sito web.
explanation-contest-how = Come contestare questa decisione: { $how }
explanation-contest = Ha il diritto di chiedere che una persona riesamini questa decisione, di esprimere la propria opinione e di contestarla.
explanation-request-review = Chiedi il riesame da parte di una persona
explanation-review-requested = La sua richiesta di riesame da parte di una persona è in preparazione.

## Il collegamento dell'avviso al modulo di richiesta
notice-rights = I suoi diritti
