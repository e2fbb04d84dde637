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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Henkilötietojasi koskeva pyyntösi { $reference } on vastaanotettu
msg-received = { $controller } vastaanotti henkilötietojasi koskevan pyyntösi { $reference } { $date }.
msg-due = Saat vastauksen viimeistään { $date } (kuukauden kuluessa pyynnön vastaanottamisesta, tietosuoja-asetuksen 12 artiklan 3 kohta).
msg-may-extend = Määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella pyyntöjen monimutkaisuus ja määrä huomioon ottaen; saisit siitä tiedon perusteluineen ensimmäisen kuukauden kuluessa.
msg-complaint = Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä jäsenvaltiossa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut.
msg-complaint-with = Sinulla on oikeus tehdä valitus valvontaviranomaiselle, esimerkiksi { $authority } ({ $url }), erityisesti siinä jäsenvaltiossa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut.
msg-verified-subject = Pyyntösi { $reference } on vahvistettu
msg-verified = Sähköpostiosoitteesi on vahvistettu. { $controller } käsittelee pyyntöäsi { $reference } ja vastaa viimeistään { $date }.
msg-extended-subject = Pyyntösi { $reference } käsittely vaatii lisäaikaa
msg-extended = { $controller } on pidentänyt pyyntöösi { $reference } vastaamisen määräaikaa (tietosuoja-asetuksen 12 artiklan 3 kohta). Uusi määräpäivä on { $date }.
msg-reason = Perustelut: { $reason }
msg-refused-subject = Pyyntösi { $reference } on hylätty
msg-refused = { $controller } ei ryhdy toimenpiteisiin pyyntösi { $reference } perusteella.
msg-remedy = Sinulla on myös oikeus tehokkaaseen oikeussuojakeinoon tuomioistuimessa (tietosuoja-asetuksen 79 artikla).
msg-completed-subject = Pyyntösi { $reference } on käsitelty
msg-completed = { $controller } on käsitellyt pyyntösi { $reference }. Mitä tehtiin:
done-access = Pääsy tietoihin: sinulle on toimitettu jäljennös henkilötiedoistasi ja tiedot niiden käsittelystä.
done-rectification = Oikaiseminen: henkilötietosi on korjattu.
done-erasure = Poistaminen: henkilötietosi on poistettu.
done-objection = Vastustaminen: henkilötietojasi ei enää käsitellä tarkoituksiin, joita vastustit.
done-restriction = Rajoittaminen: henkilötietojesi käsittelyä on rajoitettu.
done-portability = Siirrettävyys: henkilötietosi on toimitettu sinulle jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.
done-human-review = Ihmisen suorittama arviointi: ihminen on arvioinut päätöksen uudelleen näkökantasi huomioon ottaen.
msg-link-subject = Uusi linkki pyyntösi { $reference } vahvistamiseen
msg-link = Tässä on uusi linkki pyyntösi { $reference } vahvistamiseen. Pyyntö säilyttää viitenumeronsa ja määräpäivänsä { $date }.
history-link = Uusi vahvistuslinkki lähetetty
verify-expired-title = Linkki on vanhentunut
verify-expired-text = Pyyntösi { $reference } vahvistuslinkki on vanhentunut. Pyyntösi säilyy: voit saada uuden linkin samaan pyyntöön, samalla viitenumerolla ja määräpäivällä.
verify-renew-button = Lähetä minulle uusi linkki
verify-renewed-title = Uusi linkki on matkalla
verify-renewed-text = Lähetimme pyyntösi { $reference } uuden vahvistuslinkin sähköpostiosoitteeseesi. Pyyntö säilyttää määräpäivänsä { $date }.

## Result

msg-download = Lataa vastaus tästä (linkki toimii { $date } asti):
msg-no-data = { $controller } ei säilytä sinusta henkilötietoja.
msg-result-link-subject = Uusi linkki pyyntösi { $reference } vastauksen lataamiseen
msg-result-link = Tässä on uusi linkki pyyntösi { $reference } vastauksen lataamiseen.
history-result-link = Uusi latauslinkki lähetetty
status-mail-withheld = Emme voineet lähettää tämän pyynnön vahvistusviestiä nyt (tähän osoitteeseen on lähetetty tänään liian monta viestiä). Pyyntösi on tallessa: pyydä vahvistuslinkki myöhemmin alla olevalla painikkeella, esimerkiksi huomenna.
status-mail-button = Lähetä minulle vahvistuslinkki

msg-systems = Kussakin järjestelmässämme:
system-done = { $system }: tehty.
system-no-data = { $system }: sinusta ei ollut tallennettu henkilötietoja.
