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
