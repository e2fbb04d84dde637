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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Cererea dumneavoastră privind datele { $reference } a fost primită
msg-received = { $controller } a primit cererea dumneavoastră privind datele { $reference } la data de { $date }.
msg-due = Veți primi un răspuns cel târziu la data de { $date } (o lună de la primirea cererii; RGPD, art. 12 alin. (3)).
msg-may-extend = Dacă este necesar, ținând seama de complexitatea și numărul cererilor, acest termen poate fi prelungit cu încă două luni; ați fi informat(ă) despre aceasta, împreună cu motivele, în prima lună.
msg-complaint = Aveți dreptul de a depune o plângere la o autoritate de supraveghere, în special în statul membru în care vă aveți reședința obișnuită, locul de muncă sau locul în care a avut loc presupusa încălcare.
msg-complaint-with = Aveți dreptul de a depune o plângere la o autoritate de supraveghere, de exemplu { $authority } ({ $url }), în special în statul membru în care vă aveți reședința obișnuită, locul de muncă sau locul în care a avut loc presupusa încălcare.
msg-verified-subject = Cererea dumneavoastră { $reference } este confirmată
msg-verified = Adresa dumneavoastră de e-mail este confirmată. { $controller } se ocupă de cererea dumneavoastră { $reference } și va răspunde cel târziu la data de { $date }.
msg-extended-subject = Este nevoie de mai mult timp pentru cererea dumneavoastră { $reference }
msg-extended = { $controller } a prelungit termenul de răspuns la cererea dumneavoastră { $reference } (RGPD, art. 12 alin. (3)). Noul termen este { $date }.
msg-reason = Motive: { $reason }
msg-refused-subject = Cererea dumneavoastră { $reference } a fost respinsă
msg-refused = { $controller } nu va lua măsuri în privința cererii dumneavoastră { $reference }.
msg-remedy = Aveți, de asemenea, dreptul la o cale de atac judiciară eficientă în fața unei instanțe (RGPD, art. 79).
msg-completed-subject = Cererea dumneavoastră { $reference } a fost soluționată
msg-completed = { $controller } a soluționat cererea dumneavoastră { $reference }. Ce s-a făcut:
done-access = Acces: vi s-au furnizat o copie a datelor dumneavoastră cu caracter personal și informațiile privind prelucrarea lor.
done-rectification = Rectificare: datele dumneavoastră cu caracter personal au fost corectate.
done-erasure = Ștergere: datele dumneavoastră cu caracter personal au fost șterse.
done-objection = Opoziție: datele dumneavoastră cu caracter personal nu mai sunt prelucrate în scopurile la care v-ați opus.
done-restriction = Restricționare: prelucrarea datelor dumneavoastră cu caracter personal a fost restricționată.
done-portability = Portabilitate: vi s-au furnizat datele dumneavoastră cu caracter personal într-un format structurat, utilizat în mod curent și care poate fi citit automat.
done-human-review = Reexaminare umană: o persoană a reexaminat decizia, ținând seama de punctul dumneavoastră de vedere.
msg-link-subject = Un link nou pentru confirmarea cererii dumneavoastră { $reference }
msg-link = Iată un link nou pentru confirmarea cererii dumneavoastră { $reference }. Cererea își păstrează numărul de referință și termenul, { $date }.
history-link = A fost trimis un nou link de confirmare
verify-expired-title = Acest link a expirat
verify-expired-text = Linkul de confirmare pentru cererea dumneavoastră { $reference } a expirat. Cererea dumneavoastră este păstrată: puteți obține un link nou pentru aceeași cerere, cu același număr de referință și același termen.
verify-renew-button = Trimiteți-mi un link nou
verify-renewed-title = Un link nou este pe drum
verify-renewed-text = Am trimis la adresa dumneavoastră de e-mail un nou link de confirmare pentru cererea { $reference }. Cererea își păstrează termenul, { $date }.

## Result

msg-download = Descărcați răspunsul aici (linkul funcționează până la { $date }):
msg-no-data = { $controller } nu deține date cu caracter personal despre dumneavoastră.
msg-result-link-subject = Un link nou pentru descărcarea răspunsului la cererea dumneavoastră { $reference }
msg-result-link = Iată un link nou pentru descărcarea răspunsului la cererea dumneavoastră { $reference }.
history-result-link = A fost trimis un nou link de descărcare
status-mail-withheld = Nu am putut trimite acum e-mailul de confirmare pentru această cerere (prea multe e-mailuri către această adresă astăzi). Cererea dumneavoastră este păstrată: folosiți butonul de mai jos pentru a primi linkul de confirmare mai târziu, de exemplu mâine.
status-mail-button = Trimiteți-mi linkul de confirmare

msg-systems = În fiecare dintre sistemele noastre:
system-done = { $system }: efectuat.
system-no-data = { $system }: nu erau păstrate date cu caracter personal despre dumneavoastră.
