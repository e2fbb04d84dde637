# Glassbox widget — polski.
# Terminologia zgodna z polską wersją rozporządzenia (UE) 2024/1689 („system AI”) i RODO. Zwrot do użytkownika: „Państwo”.

## Informacja o systemie AI (akt w sprawie sztucznej inteligencji, art. 50)

# Accessible name of the notice region.
notice-region-label = Informacja: system AI
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Mają Państwo do czynienia z systemem AI { $system }, a nie z człowiekiem.
# The sentence itself, when no system name was given.
notice-sentence = Mają Państwo do czynienia z systemem AI, a nie z człowiekiem.
notice-operator = Operatorem tego systemu jest { $controller }.
notice-operator-unknown = Operatorem tego systemu jest właściciel tej strony internetowej.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } wykorzystuje ten system AI, aby podejmować decyzje dotyczące Państwa lub pomagać w ich podejmowaniu.
notice-high-risk-unknown = Ten system AI jest wykorzystywany, aby podejmować decyzje dotyczące Państwa lub pomagać w ich podejmowaniu.
notice-human = Rozmowa z człowiekiem
notice-more-info = Jak działa ten system AI
notice-privacy = Jak są wykorzystywane Państwa dane
notice-ack-hint = Przed rozpoczęciem prosimy potwierdzić zapoznanie się z tą informacją.
notice-ack = Rozumiem
notice-acked = Dziękujemy. Mogą Państwo zacząć.
notice-human-requested = Prośba o rozmowę z człowiekiem została przekazana.

## Oznaczanie treści wygenerowanych przez AI

# Text alternative of the "AI" label on generated content.
ai-label-alt = Wygenerowane przez AI
ai-label-alt-modified = Zmodyfikowane przy użyciu AI
ai-label-generated = WYGENEROWANO
ai-label-modified = ZMODYFIKOWANO

## Wyjaśnienie zautomatyzowanej decyzji (RODO, art. 13–15 i 22; akt w sprawie sztucznej inteligencji, art. 86)

explanation-title = O tej decyzji
explanation-region-label = Wyjaśnienie zautomatyzowanej decyzji
explanation-loading = Wczytywanie wyjaśnienia tej decyzji…
explanation-failed = Nie udało się wczytać wyjaśnienia tej decyzji.
explanation-failed-hint = Nadal mogą Państwo poprosić o weryfikację decyzji przez człowieka.
explanation-retry = Ponów próbę
explanation-outcome-favourable = Wynik: korzystny dla Państwa
explanation-outcome-unfavourable = Wynik: niekorzystny dla Państwa
explanation-outcome-neutral = Wynik: neutralny
explanation-decided-at = Data decyzji: { $date }
explanation-factors = Najważniejsze czynniki
explanation-factors-caption = Czynniki i ich waga, od najważniejszego do najmniej ważnego
explanation-factor = Czynnik
explanation-your-value = Państwa wartość
explanation-weight = Waga
explanation-weight-strong = silny
explanation-weight-moderate = umiarkowany
explanation-weight-slight = niewielki
explanation-weight-none = bez wpływu
explanation-yes = tak
explanation-no = nie
explanation-for-you = na Państwa korzyść
explanation-against-you = na Państwa niekorzyść
explanation-show-all = Pokaż wszystkie czynniki ({ $count })
explanation-show-fewer = Pokaż tylko najważniejsze czynniki
explanation-no-factors = Dla tej decyzji nie wskazano żadnego konkretnego czynnika.
summary-against-one = Najbardziej na Państwa niekorzyść zaważył czynnik: { $factors }.
summary-against-many = Najbardziej na Państwa niekorzyść zaważyły czynniki: { $factors }.
summary-for-one = Najbardziej na Państwa korzyść zaważył czynnik: { $factors }.
summary-for-many = Najbardziej na Państwa korzyść zaważyły czynniki: { $factors }.
summary-nothing-against = Żaden czynnik nie zaważył na Państwa niekorzyść.
summary-no-factors = Dla tej decyzji nie wskazano żadnego konkretnego czynnika.
list-and = { $head } i { $last }
explanation-logic = Jak działa system
explanation-data = Które Państwa dane zostały wykorzystane
explanation-category-source = Źródło: { $source }
explanation-category-why = Dlaczego ma to znaczenie: { $why }
explanation-sources = Skąd pochodzą Państwa dane
explanation-counterfactuals = Co zmieniłoby decyzję
explanation-counterfactuals-intro = Decyzja byłaby inna w tych przypadkach:
explanation-significance = Co ta decyzja oznacza dla Państwa
explanation-consequences = Co dalej
explanation-role = Rola systemu AI
explanation-role-advisory = System AI przedstawił zalecenie; decyzję podjął człowiek.
explanation-role-decisive = Tę decyzję podjął system AI.
explanation-human-reviewed = Decyzja została zweryfikowana przez człowieka.
explanation-not-human-reviewed = Decyzja nie została jeszcze zweryfikowana przez człowieka.
explanation-model = Model
explanation-model-documentation = Dokumentacja modelu
explanation-review-timescale = Termin odpowiedzi na prośbę o weryfikację: { $timescale }.
explanation-missing = { $controller } nie udostępnia tej informacji.
explanation-missing-unknown = Podmiot prowadzący tę stronę internetową nie udostępnia tej informacji.
explanation-contest-how = Jak zakwestionować tę decyzję: { $how }
explanation-contest = Mają Państwo prawo zażądać, aby tę decyzję zweryfikował człowiek, a także przedstawić własne stanowisko i zakwestionować decyzję.
explanation-request-review = Poproś o weryfikację przez człowieka
explanation-review-requested = Przygotowujemy Państwa prośbę o weryfikację przez człowieka.

## Link z informacji do formularza żądania
notice-rights = Państwa prawa
