# Glassbox-widget — svenska.
# Termer enligt den svenska versionen av förordning (EU) 2024/1689 (”AI-system”) och dataskyddsförordningen; tilltal ”du”, som är normen på svenska webbplatser.

## AI-informationen (förordningen om artificiell intelligens, art. 50)

# Tillgängligt namn på informationsområdet.
notice-region-label = Information: AI-system
# Själva meningen, när integratören har namngett systemet (data-system).
notice-sentence-named = Du interagerar med { $system }, ett AI-system, inte med en människa.
# Själva meningen, när inget systemnamn har angetts.
notice-sentence = Du interagerar med ett AI-system, inte med en människa.
notice-operator = Systemet drivs av { $controller }.
notice-operator-unknown = Systemet drivs av ägaren till den här webbplatsen.
# Art. 26.11: tillhandahållare av AI-system med hög risk informerar personer om att ett sådant system används.
notice-high-risk = { $controller } använder det här AI-systemet för att fatta eller förbereda beslut om dig.
notice-high-risk-unknown = Det här AI-systemet används för att fatta eller förbereda beslut om dig.
notice-human = Prata med en människa
notice-more-info = Så fungerar det här AI-systemet
notice-privacy = Så används dina uppgifter
notice-ack-hint = Bekräfta att du har läst den här informationen innan du börjar.
notice-ack = Jag förstår
notice-acked = Tack. Du kan börja nu.
notice-human-requested = Din begäran om att prata med en människa har skickats vidare.

## Märkning av AI-genererat innehåll

# Textalternativ till ”AI”-märkningen på genererat innehåll.
ai-label-alt = Genererat av AI
ai-label-alt-modified = Ändrat med AI
ai-label-generated = GENERERAT
ai-label-modified = ÄNDRAT

## Förklaring av ett automatiserat beslut (dataskyddsförordningen art. 13–15 och 22; förordningen om artificiell intelligens art. 86)

explanation-title = Om det här beslutet
explanation-region-label = Förklaring av ett automatiserat beslut
explanation-loading = Läser in förklaringen av beslutet…
explanation-failed = Förklaringen av beslutet kunde inte läsas in.
explanation-failed-hint = Du kan ändå begära att en människa granskar beslutet.
explanation-retry = Försök igen
explanation-outcome-favourable = Utfall: till din fördel
explanation-outcome-unfavourable = Utfall: inte till din fördel
explanation-outcome-neutral = Utfall: neutralt
explanation-decided-at = Beslutat den { $date }
explanation-factors = De viktigaste faktorerna
explanation-factors-caption = Faktorerna och hur mycket var och en vägde, från den viktigaste till den minst viktiga
explanation-factor = Faktor
explanation-your-value = Ditt värde
explanation-weight = Vikt
explanation-weight-strong = stark
explanation-weight-moderate = måttlig
explanation-weight-slight = svag
explanation-weight-none = ingen inverkan
explanation-yes = ja
explanation-no = nej
explanation-for-you = till din fördel
explanation-against-you = emot dig
explanation-show-all = Visa alla faktorer ({ $count })
explanation-show-fewer = Visa bara de viktigaste faktorerna
explanation-no-factors = Inga enskilda faktorer har angetts för det här beslutet.
summary-against-one = Den faktor som vägde tyngst emot dig var { $factors }.
summary-against-many = De faktorer som vägde tyngst emot dig var { $factors }.
summary-for-one = Den faktor som vägde tyngst till din fördel var { $factors }.
summary-for-many = De faktorer som vägde tyngst till din fördel var { $factors }.
summary-nothing-against = Ingen faktor vägde emot dig.
summary-no-factors = Inga enskilda faktorer har angetts för det här beslutet.
list-and = { $head } och { $last }
explanation-logic = Så fungerar systemet
explanation-data = Vilka av dina uppgifter som användes
explanation-category-source = Källa: { $source }
explanation-category-why = Varför det spelar roll: { $why }
explanation-sources = Var dina uppgifter kommer ifrån
explanation-counterfactuals = Vad som hade ändrat beslutet
explanation-counterfactuals-intro = Beslutet hade blivit annorlunda i dessa fall:
explanation-significance = Vad beslutet betyder för dig
explanation-consequences = Vad som händer nu
explanation-role = AI-systemets roll
explanation-role-advisory = AI-systemet gav ett råd; en människa fattade beslutet.
explanation-role-decisive = AI-systemet fattade det här beslutet.
explanation-human-reviewed = En människa har granskat det här beslutet.
explanation-not-human-reviewed = Ingen människa har granskat det här beslutet ännu.
explanation-model = Modellen
explanation-model-documentation = Dokumentation av modellen
explanation-review-timescale = En begäran om granskning besvaras inom { $timescale }.
explanation-missing = Inte angivet av { $controller }.
explanation-missing-unknown = Inte angivet av den som driver den här webbplatsen.
explanation-contest-how = Så bestrider du beslutet: { $how }
explanation-contest = Du har rätt att begära att en människa granskar beslutet, att uttrycka din åsikt och att bestrida beslutet.
explanation-request-review = Begär mänsklig granskning
explanation-review-requested = Din begäran om mänsklig granskning förbereds.

## Informationens länk till formuläret för begäran
notice-rights = Dina rättigheter
