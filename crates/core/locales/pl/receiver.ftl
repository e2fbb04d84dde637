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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Otrzymaliśmy Państwa żądanie dotyczące danych { $reference }
msg-received = { $controller } otrzymał Państwa żądanie dotyczące danych { $reference } w dniu { $date }.
msg-due = Odpowiedź otrzymają Państwo najpóźniej do dnia { $date } (miesiąc od otrzymania żądania, art. 12 ust. 3 RODO).
msg-may-extend = W razie potrzeby, z uwagi na skomplikowany charakter żądania lub liczbę żądań, termin ten może zostać przedłużony o kolejne dwa miesiące; zostaliby Państwo o tym poinformowani, wraz z podaniem przyczyn, w ciągu pierwszego miesiąca.
msg-complaint = Mają Państwo prawo wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia.
msg-complaint-with = Mają Państwo prawo wnieść skargę do organu nadzorczego, na przykład { $authority } ({ $url }), w szczególności w państwie członkowskim swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia.
msg-verified-subject = Państwa żądanie { $reference } zostało potwierdzone
msg-verified = Państwa adres e-mail został potwierdzony. { $controller } rozpatruje Państwa żądanie { $reference } i odpowie najpóźniej do dnia { $date }.
msg-extended-subject = Rozpatrzenie Państwa żądania { $reference } wymaga więcej czasu
msg-extended = { $controller } przedłużył termin odpowiedzi na Państwa żądanie { $reference } (art. 12 ust. 3 RODO). Nowy termin upływa w dniu { $date }.
msg-reason = Przyczyny: { $reason }
msg-refused-subject = Państwa żądanie { $reference } zostało odrzucone
msg-refused = { $controller } nie podejmie działań w związku z Państwa żądaniem { $reference }.
msg-remedy = Przysługuje Państwu również prawo do skutecznego środka ochrony prawnej przed sądem (art. 79 RODO).
msg-completed-subject = Państwa żądanie { $reference } zostało zrealizowane
msg-completed = { $controller } zrealizował Państwa żądanie { $reference }. Co zostało zrobione:
done-access = Dostęp: otrzymali Państwo kopię swoich danych osobowych i informacje o ich przetwarzaniu.
done-rectification = Sprostowanie: Państwa dane osobowe zostały poprawione.
done-erasure = Usunięcie: Państwa dane osobowe zostały usunięte.
done-objection = Sprzeciw: Państwa dane osobowe nie są już przetwarzane w celach, wobec których wnieśli Państwo sprzeciw.
done-restriction = Ograniczenie: przetwarzanie Państwa danych osobowych zostało ograniczone.
done-portability = Przenoszenie: otrzymali Państwo swoje dane osobowe w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego.
done-human-review = Weryfikacja przez człowieka: człowiek ponownie rozpatrzył decyzję, uwzględniając Państwa stanowisko.
msg-link-subject = Nowy link do potwierdzenia Państwa żądania { $reference }
msg-link = Oto nowy link do potwierdzenia Państwa żądania { $reference }. Żądanie zachowuje swój numer referencyjny i termin, { $date }.
history-link = Wysłano nowy link potwierdzający
verify-expired-title = Ten link wygasł
verify-expired-text = Link potwierdzający Państwa żądanie { $reference } wygasł. Państwa żądanie zostaje zachowane: mogą Państwo otrzymać nowy link do tego samego żądania, z tym samym numerem referencyjnym i terminem.
verify-renew-button = Wyślij mi nowy link
verify-renewed-title = Nowy link jest w drodze
verify-renewed-text = Wysłaliśmy nowy link potwierdzający Państwa żądanie { $reference } na Państwa adres e-mail. Żądanie zachowuje swój termin, { $date }.

## Result

msg-download = Odpowiedź można pobrać tutaj (link działa do dnia { $date }):
msg-no-data = { $controller } nie przechowuje żadnych Państwa danych osobowych.
msg-result-link-subject = Nowy link do pobrania odpowiedzi na Państwa żądanie { $reference }
msg-result-link = Oto nowy link do pobrania odpowiedzi na Państwa żądanie { $reference }.
history-result-link = Wysłano nowy link do pobrania
status-mail-withheld = Nie mogliśmy teraz wysłać e-maila z potwierdzeniem tego żądania (dziś wysłano na ten adres zbyt wiele wiadomości). Twoje żądanie jest zachowane: użyj przycisku poniżej, aby otrzymać link potwierdzający później, na przykład jutro.
status-mail-button = Wyślij mi link potwierdzający

msg-systems = W każdym z naszych systemów:
system-done = { $system }: wykonano.
system-no-data = { $system }: nie przechowywano żadnych Twoich danych osobowych.
