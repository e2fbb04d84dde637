# Glassbox widget — slovenčina.
# Terminológia podľa slovenského znenia nariadenia (EÚ) 2024/1689 („systém AI“) a všeobecného nariadenia o ochrane údajov (GDPR).

## Upozornenie na systém AI (akt o umelej inteligencii, čl. 50)

# Accessible name of the notice region.
notice-region-label = Upozornenie: systém AI
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Komunikujete so systémom AI { $system }, nie s človekom.
# The sentence itself, when no system name was given.
notice-sentence = Komunikujete so systémom AI, nie s človekom.
notice-operator = Prevádzkovateľom tohto systému je { $controller }.
notice-operator-unknown = Prevádzkovateľom tohto systému je vlastník tejto webovej stránky.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } používa tento systém AI na prijímanie rozhodnutí o vás alebo ako pomoc pri ich prijímaní.
notice-high-risk-unknown = Tento systém AI sa používa na prijímanie rozhodnutí o vás alebo ako pomoc pri ich prijímaní.
notice-human = Hovoriť s človekom
notice-more-info = Ako funguje tento systém AI
notice-privacy = Ako sa používajú vaše údaje
notice-ack-hint = Pred začatím, prosím, potvrďte, že ste si prečítali toto upozornenie.
notice-ack = Rozumiem
notice-acked = Ďakujeme. Teraz môžete začať.
notice-human-requested = Vaša žiadosť o rozhovor s človekom bola postúpená.

## Označovanie obsahu vytvoreného pomocou AI

# Text alternative of the "AI" label on generated content.
ai-label-alt = Vytvorené pomocou AI
ai-label-alt-modified = Upravené pomocou AI
ai-label-generated = VYGENEROVANÉ
ai-label-modified = UPRAVENÉ

## Vysvetlenie automatizovaného rozhodnutia (GDPR, čl. 13 – 15 a 22; akt o umelej inteligencii, čl. 86)

explanation-title = O tomto rozhodnutí
explanation-region-label = Vysvetlenie automatizovaného rozhodnutia
explanation-loading = Načítava sa vysvetlenie tohto rozhodnutia…
explanation-failed = Vysvetlenie tohto rozhodnutia sa nepodarilo načítať.
explanation-failed-hint = Napriek tomu môžete požiadať, aby rozhodnutie preskúmal človek.
explanation-retry = Skúsiť znova
explanation-outcome-favourable = Výsledok: vo váš prospech
explanation-outcome-unfavourable = Výsledok: pre vás nepriaznivý
explanation-outcome-neutral = Výsledok: neutrálny
explanation-decided-at = Dátum rozhodnutia: { $date }
explanation-factors = Hlavné faktory
explanation-factors-caption = Faktory a ich váha, od najdôležitejšieho po najmenej dôležitý
explanation-factor = Faktor
explanation-your-value = Vaša hodnota
explanation-weight = Váha
explanation-weight-strong = silný
explanation-weight-moderate = stredný
explanation-weight-slight = slabý
explanation-weight-none = bez vplyvu
explanation-yes = áno
explanation-no = nie
explanation-for-you = vo váš prospech
explanation-against-you = vo váš neprospech
explanation-show-all = Zobraziť všetky faktory ({ $count })
explanation-show-fewer = Zobraziť len hlavné faktory
explanation-no-factors = Pri tomto rozhodnutí nebol uvedený žiadny jednotlivý faktor.
summary-against-one = Najviac proti vám hovoril faktor: { $factors }.
summary-against-many = Najviac proti vám hovorili faktory: { $factors }.
summary-for-one = Najviac vo váš prospech hovoril faktor: { $factors }.
summary-for-many = Najviac vo váš prospech hovorili faktory: { $factors }.
summary-nothing-against = Žiadny faktor nehovoril proti vám.
summary-no-factors = Pri tomto rozhodnutí nebol uvedený žiadny jednotlivý faktor.
list-and = { $head } a { $last }
explanation-logic = Ako systém funguje
explanation-data = Ktoré vaše údaje sa použili
explanation-category-source = Zdroj: { $source }
explanation-category-why = Prečo je to dôležité: { $why }
explanation-sources = Odkiaľ pochádzajú vaše údaje
explanation-counterfactuals = Čo by zmenilo rozhodnutie
explanation-counterfactuals-intro = V týchto prípadoch by rozhodnutie bolo iné:
explanation-significance = Čo pre vás toto rozhodnutie znamená
explanation-consequences = Čo bude ďalej
explanation-role = Úloha systému AI
explanation-role-advisory = Systém AI poskytol odporúčanie; rozhodol človek.
explanation-role-decisive = Toto rozhodnutie prijal systém AI.
explanation-human-reviewed = Toto rozhodnutie preskúmal človek.
explanation-not-human-reviewed = Toto rozhodnutie zatiaľ nepreskúmal žiadny človek.
explanation-model = Model
explanation-model-documentation = Dokumentácia modelu
explanation-review-timescale = Lehota na vybavenie žiadosti o preskúmanie: { $timescale }.
explanation-missing = { $controller } túto informáciu neposkytuje.
explanation-missing-unknown = Prevádzkovateľ tejto webovej stránky túto informáciu neposkytuje.
explanation-contest-how = Ako napadnúť toto rozhodnutie: { $how }
explanation-contest = Máte právo požiadať, aby toto rozhodnutie preskúmal človek, vyjadriť svoje stanovisko a rozhodnutie napadnúť.
explanation-request-review = Požiadať o preskúmanie človekom
explanation-review-requested = Vaša žiadosť o preskúmanie človekom sa pripravuje.

## Odkaz z upozornenia na formulár žiadosti
notice-rights = Vaše práva
