# Glassbox widget — čeština.
# Terminologie podle českého znění nařízení (EU) 2024/1689 („systém AI“) a obecného nařízení o ochraně osobních údajů (GDPR).

## Upozornění na systém AI (akt o umělé inteligenci, čl. 50)

# Accessible name of the notice region.
notice-region-label = Upozornění: systém AI
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Komunikujete se systémem AI { $system }, nikoli s člověkem.
# The sentence itself, when no system name was given.
notice-sentence = Komunikujete se systémem AI, nikoli s člověkem.
notice-operator = Provozovatelem tohoto systému je { $controller }.
notice-operator-unknown = Provozovatelem tohoto systému je vlastník této webové stránky.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } používá tento systém AI k přijímání rozhodnutí o vás nebo jako podporu při jejich přijímání.
notice-high-risk-unknown = Tento systém AI se používá k přijímání rozhodnutí o vás nebo jako podpora při jejich přijímání.
notice-human = Mluvit s člověkem
notice-more-info = Jak tento systém AI funguje
notice-privacy = Jak se používají vaše údaje
notice-ack-hint = Než začnete, potvrďte prosím, že berete toto upozornění na vědomí.
notice-ack = Rozumím
notice-acked = Děkujeme. Nyní můžete začít.
notice-human-requested = Vaše žádost o rozhovor s člověkem byla předána.

## Označování obsahu vytvořeného pomocí AI

# Text alternative of the "AI" label on generated content.
ai-label-alt = Vytvořeno pomocí AI
ai-label-alt-modified = Upraveno pomocí AI
ai-label-generated = VYGENEROVÁNO
ai-label-modified = UPRAVENO

## Vysvětlení automatizovaného rozhodnutí (GDPR, čl. 13–15 a 22; akt o umělé inteligenci, čl. 86)

explanation-title = O tomto rozhodnutí
explanation-region-label = Vysvětlení automatizovaného rozhodnutí
explanation-loading = Načítá se vysvětlení tohoto rozhodnutí…
explanation-failed = Vysvětlení tohoto rozhodnutí se nepodařilo načíst.
explanation-failed-hint = Přesto můžete požádat, aby rozhodnutí přezkoumal člověk.
explanation-retry = Zkusit znovu
explanation-outcome-favourable = Výsledek: ve váš prospěch
explanation-outcome-unfavourable = Výsledek: pro vás nepříznivý
explanation-outcome-neutral = Výsledek: neutrální
explanation-decided-at = Datum rozhodnutí: { $date }
explanation-factors = Hlavní faktory
explanation-factors-caption = Faktory a jejich váha, od nejdůležitějšího po nejméně důležitý
explanation-factor = Faktor
explanation-your-value = Vaše hodnota
explanation-weight = Váha
explanation-weight-strong = silný
explanation-weight-moderate = střední
explanation-weight-slight = slabý
explanation-weight-none = bez vlivu
explanation-yes = ano
explanation-no = ne
explanation-for-you = ve váš prospěch
explanation-against-you = ve váš neprospěch
explanation-show-all = Zobrazit všechny faktory ({ $count })
explanation-show-fewer = Zobrazit jen hlavní faktory
explanation-no-factors = U tohoto rozhodnutí nebyl uveden žádný jednotlivý faktor.
summary-against-one = Nejvíce proti vám hovořil faktor: { $factors }.
summary-against-many = Nejvíce proti vám hovořily faktory: { $factors }.
summary-for-one = Nejvíce ve váš prospěch hovořil faktor: { $factors }.
summary-for-many = Nejvíce ve váš prospěch hovořily faktory: { $factors }.
summary-nothing-against = Žádný faktor nehovořil proti vám.
summary-no-factors = U tohoto rozhodnutí nebyl uveden žádný jednotlivý faktor.
list-and = { $head } a { $last }
explanation-logic = Jak systém funguje
explanation-data = Které vaše údaje byly použity
explanation-category-source = Zdroj: { $source }
explanation-category-why = Proč je to důležité: { $why }
explanation-sources = Odkud vaše údaje pocházejí
explanation-counterfactuals = Co by rozhodnutí změnilo
explanation-counterfactuals-intro = V těchto případech by rozhodnutí bylo jiné:
explanation-significance = Co pro vás toto rozhodnutí znamená
explanation-consequences = Co bude dál
explanation-role = Úloha systému AI
explanation-role-advisory = Systém AI poskytl doporučení; rozhodl člověk.
explanation-role-decisive = Toto rozhodnutí přijal systém AI.
explanation-human-reviewed = Toto rozhodnutí přezkoumal člověk.
explanation-not-human-reviewed = Toto rozhodnutí zatím nepřezkoumal žádný člověk.
explanation-model = Model
explanation-model-documentation = Dokumentace modelu
explanation-review-timescale = Lhůta pro vyřízení žádosti o přezkum: { $timescale }.
explanation-missing = { $controller } tuto informaci neposkytuje.
explanation-missing-unknown = Provozovatel této webové stránky tuto informaci neposkytuje.
explanation-contest-how = Jak toto rozhodnutí napadnout: { $how }
explanation-contest = Máte právo požádat, aby toto rozhodnutí přezkoumal člověk, vyjádřit svůj názor a rozhodnutí napadnout.
explanation-request-review = Požádat o přezkum člověkem
explanation-review-requested = Vaše žádost o přezkum člověkem se připravuje.

## Odkaz z upozornění na formulář žádosti
notice-rights = Vaše práva
