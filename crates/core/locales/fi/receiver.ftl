# Glassboxin viitevastaanotin — suomi.
# Termit yleisen tietosuoja-asetuksen (asetus (EU) 2016/679) suomenkielisen toisinnon mukaan; sinuttelu.
# Mitä vastaanotin sanoo pyynnön tehneelle henkilölle: vahvistusviesti ja sivut, jotka sen linkit avaavat.

## Vahvistusviesti (pelkkä teksti)

# Aiherivi.
mail-subject = Vahvista tietosuojapyyntösi { $reference }
mail-hello = Hei,
mail-received = { $controller } on vastaanottanut tietosuojapyyntösi { $reference }.
# { $hours } on luku, vähintään 1.
mail-confirm = Vahvista, että tämä sähköpostiosoite on sinun, avaamalla tämä linkki { $hours } tunnin kuluessa:
mail-due = Saat vastauksen viimeistään { $date } (kuukauden kuluessa pyynnön vastaanottamisesta, tietosuoja-asetuksen 12 artiklan 3 kohta).
mail-follow = Voit seurata pyyntöäsi täällä:
mail-ignore = Jos et tehnyt tätä pyyntöä, jätä tämä viesti huomiotta: mitään ei tehdä.

## Sivu, jonka vahvistuslinkki avaa, ja sivu vahvistuksen jälkeen

verify-title = Vahvista pyyntösi
verify-text = Vahvista painiketta painamalla, että olet tehnyt tämän tietosuojapyynnön, jonka vastaanottaja on { $controller }.
verify-button = Vahvista pyyntöni
verified-title = Kiitos
verified-text = Pyyntösi { $reference } on vahvistettu. { $controller } vastaa viimeistään { $date }.
verify-invalid-title = Linkki ei kelpaa
verify-invalid-text = Tämä vahvistuslinkki ei kelpaa tai se on vanhentunut. Tee pyyntö uudelleen tai ota yhteyttä rekisterinpitäjään.
follow-link = Seuraa pyyntöäsi

## Pyynnön tilasivu

status-title = Pyyntösi { $reference }
status-sent-to = Vastaanottaja: { $controller }
status-status = Tila
status-kinds = Käytetyt oikeudet
status-received = Vastaanotettu
status-due = Vastaus viimeistään
# Rekisterinpitäjä on jatkanut määräaikaa (tietosuoja-asetuksen 12 artiklan 3 kohta); { $reason } on rekisterinpitäjän teksti.
status-extended = Määräaikaa on jatkettu, uusi määräaika: { $date }. Syy: { $reason }
status-refusal = Kieltäytymisen syyt
status-private = Pidä tämän sivun osoite omana tietonasi: kuka tahansa, jolla se on, näkee tämän tilan (mutta ei mitään henkilötietojasi).
status-history = Historia
status-when = Aika (UTC)
status-what = Tapahtuma
state-received = Vastaanotettu
state-verified = Sähköpostiosoite vahvistettu
state-in-progress = Käsittelyssä
state-completed = Valmis
state-refused = Hylätty
history-received = Pyyntö vastaanotettu
history-status = Tila: { $status }
history-extended = Määräaikaa jatkettu, uusi määräaika: { $date }
history-purged = Henkilötiedot poistettu (säilytysaika päättynyt)
