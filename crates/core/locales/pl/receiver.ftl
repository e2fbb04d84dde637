# Odbiornik referencyjny Glassbox — polski. Co odbiornik przekazuje osobie, która złożyła żądanie:
# wiadomość weryfikacyjna i strony otwierane przez jej linki. Kompilowany tylko do odbiornika.
# Terminologia zgodna z polską wersją RODO (rozporządzenie (UE) 2016/679): „administrator danych”. Zwrot do użytkownika: „Państwo”.

## Wiadomość weryfikacyjna (zwykły tekst)

# Temat wiadomości.
mail-subject = Prosimy potwierdzić żądanie dotyczące danych osobowych nr { $reference }
mail-hello = Dzień dobry,
mail-received = Administrator danych ({ $controller }) otrzymał Państwa żądanie dotyczące danych osobowych nr { $reference }.
# { $hours } to liczba, 1 lub więcej.
mail-confirm = Aby potwierdzić, że ten adres e-mail należy do Państwa, prosimy otworzyć poniższy link w ciągu { $hours } godz.:
mail-due = Odpowiedź otrzymają Państwo najpóźniej do dnia { $date } (miesiąc od otrzymania żądania, art. 12 ust. 3 RODO).
mail-follow = Status żądania można sprawdzać tutaj:
mail-ignore = Jeżeli nie składali Państwo tego żądania, prosimy zignorować tę wiadomość: żadne działania nie zostaną podjęte.

## Strona otwierana przez link potwierdzający i strona po potwierdzeniu

verify-title = Potwierdzenie żądania
verify-text = Prosimy nacisnąć przycisk, aby potwierdzić, że żądanie dotyczące danych osobowych skierowane do administratora danych ({ $controller }) pochodzi od Państwa.
verify-button = Potwierdzam żądanie
verified-title = Dziękujemy
verified-text = Państwa żądanie nr { $reference } zostało potwierdzone. Administrator danych ({ $controller }) udzieli odpowiedzi najpóźniej do dnia { $date }.
verify-invalid-title = Link jest nieważny
verify-invalid-text = Ten link potwierdzający jest nieważny lub wygasł. Prosimy ponownie złożyć żądanie lub skontaktować się z administratorem danych.
follow-link = Sprawdź status żądania

## Strona statusu żądania

status-title = Państwa żądanie nr { $reference }
status-sent-to = Adresat: { $controller }
status-status = Status żądania
status-kinds = Prawa objęte żądaniem
status-received = Data otrzymania
status-due = Termin odpowiedzi
# Administrator przedłużył termin (art. 12 ust. 3 RODO); { $reason } to jego uzasadnienie.
status-extended = Termin przedłużono do dnia { $date }. Powód: { $reason }
status-refusal = Uzasadnienie odmowy
status-private = Adres tej strony należy zachować w tajemnicy: każdy, kto go zna, może zobaczyć ten status (ale nie Państwa dane osobowe).
status-history = Historia
status-when = Kiedy (UTC)
status-what = Zdarzenie
state-received = Otrzymane
state-verified = Adres e-mail potwierdzony
state-in-progress = W trakcie rozpatrywania
state-completed = Zrealizowane
state-refused = Odrzucone
history-received = Otrzymano żądanie
history-status = Zmiana statusu: { $status }
history-extended = Przedłużono termin do dnia { $date }
history-purged = Usunięto dane osobowe (upłynął okres przechowywania)
