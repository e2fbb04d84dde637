# Receptorul de referință Glassbox — română. Ce îi comunică receptorul persoanei care a făcut o cerere:
# e-mailul de verificare și paginile deschise de linkurile sale. Compilat doar în receptor.
# Termeni conformi versiunii în limba română a Regulamentului (UE) 2016/679 (RGPD): „operator”.

## E-mailul de verificare (text simplu)

# Subiectul.
mail-subject = Vă rugăm să confirmați cererea privind protecția datelor { $reference }
mail-hello = Bună ziua,
mail-received = { $controller } a primit cererea dumneavoastră privind protecția datelor { $reference }.
# { $hours } este un număr, 1 sau mai mare.
mail-confirm = Pentru a confirma că această adresă de e-mail vă aparține, deschideți linkul de mai jos în cel mult { $hours } h:
mail-due = Veți primi un răspuns cel târziu la data de { $date } (o lună de la primirea cererii; RGPD, art. 12 alin. (3)).
mail-follow = Puteți urmări cererea aici:
mail-ignore = Dacă nu ați făcut această cerere, ignorați acest e-mail: nu se va întreprinde nicio acțiune.

## Pagina deschisă de linkul de confirmare și pagina de după confirmare

verify-title = Confirmarea cererii
verify-text = Apăsați butonul pentru a confirma că ați adresat această cerere privind protecția datelor operatorului { $controller }.
verify-button = Confirmați cererea
verified-title = Vă mulțumim
verified-text = Cererea dumneavoastră { $reference } a fost confirmată. { $controller } vă va răspunde cel târziu la data de { $date }.
verify-invalid-title = Link nevalid
verify-invalid-text = Acest link de confirmare nu este valid sau a expirat. Vă rugăm să faceți din nou cererea sau să contactați operatorul.
follow-link = Urmăriți cererea

## Pagina de stare a unei cereri

status-title = Cererea dumneavoastră { $reference }
status-sent-to = Trimisă către: { $controller }
status-status = Stare
status-kinds = Drepturi exercitate
status-received = Data primirii
status-due = Termen de răspuns
# Operatorul a prelungit termenul (RGPD, art. 12 alin. (3)); { $reason } este textul său.
status-extended = Termenul a fost prelungit până la { $date }. Motivul: { $reason }
status-refusal = Motivele refuzului
status-private = Păstrați confidențială adresa acestei pagini: oricine o cunoaște poate vedea această stare (dar niciuna dintre datele dumneavoastră cu caracter personal).
status-history = Istoric
status-when = Când (UTC)
status-what = Eveniment
state-received = Primită
state-verified = Adresă de e-mail confirmată
state-in-progress = În curs de soluționare
state-completed = Finalizată
state-refused = Refuzată
history-received = Cerere primită
history-status = Stare: { $status }
history-extended = Termen prelungit până la { $date }
history-purged = Date cu caracter personal șterse (perioada de stocare a expirat)
