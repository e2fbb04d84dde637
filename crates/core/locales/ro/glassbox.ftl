# Widgetul Glassbox — română.
# Termeni conformi versiunii în limba română a Regulamentului (UE) 2024/1689: „sistem de IA”.

## Notificarea privind IA (Regulamentul privind inteligența artificială, art. 50)

# Numele accesibil al regiunii notificării.
notice-region-label = Notificare: sistem de IA
# Fraza propriu-zisă, când integratorul a indicat numele sistemului (data-system).
notice-sentence-named = Interacționați cu { $system }, un sistem de IA, nu cu o persoană.
# Fraza propriu-zisă, când nu s-a indicat niciun nume de sistem.
notice-sentence = Interacționați cu un sistem de IA, nu cu o persoană.
notice-operator = Acest sistem este operat de { $controller }.
notice-operator-unknown = Acest sistem este operat de proprietarul acestui site.
# Art. 26 alin. (11): implementatorii sistemelor cu grad ridicat de risc informează persoanele că un astfel de sistem este folosit în privința lor.
notice-high-risk = { $controller } folosește acest sistem de IA pentru a lua sau a ajuta la luarea unor decizii care vă privesc.
notice-high-risk-unknown = Acest sistem de IA este folosit pentru a lua sau a ajuta la luarea unor decizii care vă privesc.
notice-human = Vorbiți cu o persoană
notice-more-info = Cum funcționează acest sistem de IA
notice-privacy = Cum sunt folosite datele dumneavoastră
notice-ack-hint = Vă rugăm să confirmați că ați citit această notificare înainte de a începe.
notice-ack = Am înțeles
notice-acked = Vă mulțumim. Puteți începe.
notice-human-requested = Cererea dumneavoastră de a vorbi cu o persoană a fost transmisă.

## Marcarea conținutului generat de IA

# Textul alternativ al etichetei „IA” de pe conținutul generat.
ai-label-alt = Generat de IA
ai-label-alt-modified = Modificat cu IA
ai-label-generated = GENERAT
ai-label-modified = MODIFICAT

## Explicarea unei decizii automatizate (RGPD, art. 13–15 și 22; Regulamentul privind inteligența artificială, art. 86)

explanation-title = Despre această decizie
explanation-region-label = Explicarea unei decizii automatizate
explanation-loading = Se încarcă explicația acestei decizii…
explanation-failed = Explicația acestei decizii nu a putut fi încărcată.
explanation-failed-hint = Puteți totuși cere ca o persoană să reexamineze decizia.
explanation-retry = Încercați din nou
explanation-outcome-favourable = Rezultat: în favoarea dumneavoastră
explanation-outcome-unfavourable = Rezultat: în defavoarea dumneavoastră
explanation-outcome-neutral = Rezultat: neutru
explanation-decided-at = Data deciziei: { $date }
explanation-factors = Factorii principali
explanation-factors-caption = Factorii și ponderea fiecăruia, de la cel mai important la cel mai puțin important
explanation-factor = Factorul
explanation-your-value = Valoarea dumneavoastră
explanation-weight = Pondere
explanation-weight-strong = puternică
explanation-weight-moderate = moderată
explanation-weight-slight = slabă
explanation-weight-none = fără efect
explanation-yes = da
explanation-no = nu
explanation-for-you = în favoarea dumneavoastră
explanation-against-you = în defavoarea dumneavoastră
explanation-show-all = Afișați toți factorii ({ $count })
explanation-show-fewer = Afișați doar factorii principali
explanation-no-factors = Pentru această decizie nu a fost comunicat niciun factor individual.
summary-against-one = Factorul care a cântărit cel mai mult în defavoarea dumneavoastră a fost { $factors }.
summary-against-many = Factorii care au cântărit cel mai mult în defavoarea dumneavoastră au fost { $factors }.
summary-for-one = Factorul care a cântărit cel mai mult în favoarea dumneavoastră a fost { $factors }.
summary-for-many = Factorii care au cântărit cel mai mult în favoarea dumneavoastră au fost { $factors }.
summary-nothing-against = Niciun factor nu a cântărit în defavoarea dumneavoastră.
summary-no-factors = Pentru această decizie nu a fost comunicat niciun factor individual.
list-and = { $head } și { $last }
explanation-logic = Cum funcționează sistemul
explanation-data = Ce date ale dumneavoastră au fost folosite
explanation-category-source = Sursa: { $source }
explanation-category-why = De ce contează: { $why }
explanation-sources = De unde provin datele dumneavoastră
explanation-counterfactuals = Ce ar fi schimbat decizia
explanation-counterfactuals-intro = Decizia ar fi fost diferită în aceste cazuri:
explanation-significance = Ce înseamnă această decizie pentru dumneavoastră
explanation-consequences = Ce urmează
explanation-role = Rolul sistemului de IA
explanation-role-advisory = Sistemul de IA a oferit o recomandare; decizia a fost luată de o persoană.
explanation-role-decisive = Sistemul de IA a luat această decizie.
explanation-human-reviewed = O persoană a reexaminat această decizie.
explanation-not-human-reviewed = Nicio persoană nu a reexaminat încă această decizie.
explanation-model = Modelul
explanation-model-documentation = Documentația modelului
explanation-review-timescale = La cererile de reexaminare se răspunde în termen de { $timescale }.
explanation-missing = Informație nefurnizată de { $controller }.
explanation-missing-unknown = Informație nefurnizată de operatorul acestui site.
explanation-contest-how = Cum puteți contesta această decizie: { $how }
explanation-contest = Aveți dreptul de a cere ca o persoană să reexamineze această decizie, de a vă exprima punctul de vedere și de a contesta decizia.
explanation-request-review = Solicitați reexaminarea de către o persoană
explanation-review-requested = Cererea dumneavoastră de reexaminare de către o persoană este în curs de pregătire.

## Legătura din notificare către formularul de cerere
notice-rights = Drepturile dumneavoastră
