# Glassboxi vastuvõtja — eesti keel. Mida vastuvõtja ütleb taotluse esitanud inimesele: kinnitusmeil ja lehed, mis selle linkidest avanevad.
# Terminid järgivad määruse (EL) 2016/679 (isikuandmete kaitse üldmäärus) eestikeelset versiooni.

## Kinnitusmeil (lihttekst)

# Subject line.
mail-subject = Palun kinnitage oma andmekaitsetaotlus { $reference }
mail-hello = Tere!
mail-received = { $controller } on saanud Teie andmekaitsetaotluse (viitenumber: { $reference }).
# { $hours } is a number, 1 or more.
mail-confirm = Et kinnitada, et see e-posti aadress kuulub Teile, avage järgmine link { $hours } tunni jooksul:
mail-due = Vastuse saate hiljemalt { $date } (üks kuu pärast taotluse saamist, isikuandmete kaitse üldmääruse artikli 12 lõige 3).
mail-follow = Oma taotlust saate jälgida siin:
mail-ignore = Kui Te ei esitanud seda taotlust, jätke see e-kiri tähelepanuta: midagi ei tehta.

## Kinnituslingiga avanev leht ja kinnitamise järel kuvatav leht

verify-title = Kinnitage oma taotlus
verify-text = Vajutage nuppu, et kinnitada, et esitasite selle andmekaitsetaotluse (saaja: { $controller }).
verify-button = Kinnitan oma taotluse
verified-title = Aitäh!
verified-text = Teie taotlus { $reference } on kinnitatud. { $controller } vastab hiljemalt { $date }.
verify-invalid-title = Link ei kehti
verify-invalid-text = See kinnituslink ei kehti või on aegunud. Palun esitage taotlus uuesti või võtke ühendust vastutava töötlejaga.
follow-link = Jälgi taotlust

## Taotluse olekuleht

status-title = Teie taotlus { $reference }
status-sent-to = Saaja: { $controller }
status-status = Olek
status-kinds = Kasutatud õigused
status-received = Saabunud
status-due = Vastamise tähtaeg
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = Tähtaega pikendati kuni { $date }. Põhjus: { $reason }
status-refusal = Keeldumise põhjused
status-private = Hoidke selle lehe aadress enda teada: igaüks, kellel see on, näeb selle taotluse olekut (kuid mitte ühtegi Teie isikuandmetest).
status-history = Ajalugu
status-when = Millal (UTC)
status-what = Mis toimus
state-received = Saabunud
state-verified = E-posti aadress on kinnitatud
state-in-progress = Menetluses
state-completed = Lõpetatud
state-refused = Keeldutud
history-received = Taotlus saabus
history-status = Olek: { $status }
history-extended = Tähtaega pikendati kuni { $date }
history-purged = Isikuandmed kustutati (säilitamistähtaeg möödus)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Teie isikuandmete taotlus { $reference } on kätte saadud
msg-received = { $controller } sai teie isikuandmete taotluse { $reference } kätte { $date }.
msg-due = Vastuse saate hiljemalt { $date } (üks kuu pärast taotluse saamist, isikuandmete kaitse üldmääruse artikli 12 lõige 3).
msg-may-extend = Vajaduse korral, võttes arvesse taotluste keerukust ja arvu, võib seda tähtaega pikendada veel kahe kuu võrra; sellest ja põhjustest teatataks teile esimese kuu jooksul.
msg-complaint = Teil on õigus esitada kaebus järelevalveasutusele, eelkõige liikmesriigis, kus on teie alaline elukoht, töökoht või väidetava rikkumise toimumise koht.
msg-complaint-with = Teil on õigus esitada kaebus järelevalveasutusele, näiteks { $authority } ({ $url }), eelkõige liikmesriigis, kus on teie alaline elukoht, töökoht või väidetava rikkumise toimumise koht.
msg-verified-subject = Teie taotlus { $reference } on kinnitatud
msg-verified = Teie e-posti aadress on kinnitatud. { $controller } menetleb teie taotlust { $reference } ja vastab hiljemalt { $date }.
msg-extended-subject = Teie taotluse { $reference } jaoks on vaja rohkem aega
msg-extended = { $controller } pikendas teie taotlusele { $reference } vastamise tähtaega (isikuandmete kaitse üldmääruse artikli 12 lõige 3). Uus tähtaeg on { $date }.
msg-reason = Põhjused: { $reason }
msg-refused-subject = Teie taotlus { $reference } lükati tagasi
msg-refused = { $controller } ei võta teie taotluse { $reference } alusel meetmeid.
msg-remedy = Teil on ka õigus tõhusale õiguskaitsevahendile kohtus (isikuandmete kaitse üldmääruse artikkel 79).
msg-completed-subject = Teie taotlus { $reference } on lahendatud
msg-completed = { $controller } lahendas teie taotluse { $reference }. Mis tehti:
done-access = Juurdepääs: teile anti koopia teie isikuandmetest ja teave nende töötlemise kohta.
done-rectification = Parandamine: teie isikuandmed parandati.
done-erasure = Kustutamine: teie isikuandmed kustutati.
done-objection = Vastuväide: teie isikuandmeid ei töödelda enam eesmärkidel, millele te vastu olite.
done-restriction = Piiramine: teie isikuandmete töötlemist piirati.
done-portability = Ülekandmine: teie isikuandmed anti teile struktureeritud, üldkasutatavas ja masinloetavas vormingus.
done-human-review = Inimese läbivaatamine: inimene vaatas otsuse teie seisukohta arvestades uuesti läbi.
msg-link-subject = Uus link teie taotluse { $reference } kinnitamiseks
msg-link = Siin on uus link teie taotluse { $reference } kinnitamiseks. Taotlusele jääb sama viitenumber ja tähtaeg, { $date }.
history-link = Uus kinnituslink saadetud
verify-expired-title = See link on aegunud
verify-expired-text = Teie taotluse { $reference } kinnituslink on aegunud. Teie taotlus on alles: saate sama taotluse jaoks uue lingi, sama viitenumbri ja tähtajaga.
verify-renew-button = Saada mulle uus link
verify-renewed-title = Uus link on teel
verify-renewed-text = Saatsime teie taotluse { $reference } uue kinnituslingi teie e-posti aadressile. Taotlusele jääb sama tähtaeg, { $date }.

## Result

msg-download = Laadige vastus alla siit (link kehtib kuni { $date }):
msg-no-data = { $controller } ei säilita teie kohta isikuandmeid.
msg-result-link-subject = Uus link teie taotluse { $reference } vastuse allalaadimiseks
msg-result-link = Siin on uus link teie taotluse { $reference } vastuse allalaadimiseks.
history-result-link = Uus allalaadimislink saadetud
status-mail-withheld = Me ei saanud selle taotluse kinnituskirja praegu saata (sellele aadressile on täna saadetud liiga palju kirju). Teie taotlus on säilitatud: kasutage allolevat nuppu, et saada kinnituslink hiljem, näiteks homme.
status-mail-button = Saada mulle kinnituslink

msg-systems = Igas meie süsteemis:
system-done = { $system }: tehtud.
system-no-data = { $system }: teie kohta isikuandmeid ei hoitud.
