# Glassbox widget — български.
# Термините следват българската версия на Регламент (ЕС) 2024/1689 („система с ИИ“) и Регламент (ЕС) 2016/679 (ОРЗД).

## Известие за ИИ (Акт за изкуствения интелект, член 50)

# Accessible name of the notice region.
notice-region-label = Известие: система с ИИ
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Вие взаимодействате със системата с ИИ { $system }, а не с човек.
# The sentence itself, when no system name was given.
notice-sentence = Вие взаимодействате със система с ИИ, а не с човек.
notice-operator = Тази система се управлява от { $controller }.
notice-operator-unknown = Тази система се управлява от собственика на този уебсайт.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } използва тази система с ИИ, за да взема решения относно Вас или да подпомага вземането им.
notice-high-risk-unknown = Тази система с ИИ се използва за вземане на решения относно Вас или за подпомагане на вземането им.
notice-human = Разговор с човек
notice-more-info = Как работи тази система с ИИ
notice-privacy = Как се използват Вашите данни
notice-ack-hint = Моля, потвърдете, че сте прочели това известие, преди да започнете.
notice-ack = Разбирам
notice-acked = Благодарим Ви. Можете да започнете.
notice-human-requested = Искането Ви за разговор с човек е предадено.

## Обозначаване на съдържание, генерирано от ИИ

# Text alternative of the "AI" label on generated content.
ai-label-alt = Генерирано от ИИ
ai-label-alt-modified = Променено с ИИ
ai-label-generated = ГЕНЕРИРАНО
ai-label-modified = ПРОМЕНЕНО

## Обяснение на автоматизирано решение (ОРЗД, членове 13–15 и 22; Акт за изкуствения интелект, член 86)

explanation-title = За това решение
explanation-region-label = Обяснение на автоматизирано решение
explanation-loading = Зареждане на обяснението на това решение…
explanation-failed = Обяснението на това решение не можа да бъде заредено.
explanation-failed-hint = Въпреки това можете да поискате човек да преразгледа решението.
explanation-retry = Опитайте отново
explanation-outcome-favourable = Резултат: във Ваша полза
explanation-outcome-unfavourable = Резултат: не във Ваша полза
explanation-outcome-neutral = Резултат: неутрален
explanation-decided-at = Дата на решението: { $date }
explanation-factors = Основните фактори
explanation-factors-caption = Факторите и тежестта на всеки от тях, от най-важния към най-малко важния
explanation-factor = Фактор
explanation-your-value = Вашата стойност
explanation-weight = Тежест
explanation-weight-strong = силно
explanation-weight-moderate = умерено
explanation-weight-slight = слабо
explanation-weight-none = без влияние
explanation-yes = да
explanation-no = не
explanation-for-you = във Ваша полза
explanation-against-you = срещу Вас
explanation-show-all = Показване на всички фактори ({ $count })
explanation-show-fewer = Показване само на основните фактори
explanation-no-factors = За това решение не е посочен нито един отделен фактор.
summary-against-one = Факторът, натежал най-много срещу Вас, е { $factors }.
summary-against-many = Факторите, натежали най-много срещу Вас, са { $factors }.
summary-for-one = Факторът, натежал най-много във Ваша полза, е { $factors }.
summary-for-many = Факторите, натежали най-много във Ваша полза, са { $factors }.
summary-nothing-against = Нито един фактор не е натежал срещу Вас.
summary-no-factors = За това решение не е посочен нито един отделен фактор.
list-and = { $head } и { $last }
explanation-logic = Как работи системата
explanation-data = Кои Ваши данни са използвани
explanation-category-source = Източник: { $source }
explanation-category-why = Защо е от значение: { $why }
explanation-sources = Откъде са получени данните Ви
explanation-counterfactuals = Какво би променило решението
explanation-counterfactuals-intro = Решението би било различно в следните случаи:
explanation-significance = Какво означава това решение за Вас
explanation-consequences = Какво следва
explanation-role = Ролята на системата с ИИ
explanation-role-advisory = Системата с ИИ даде препоръка; решението беше взето от човек.
explanation-role-decisive = Това решение беше взето от системата с ИИ.
explanation-human-reviewed = Това решение е преразгледано от човек.
explanation-not-human-reviewed = Това решение все още не е преразгледано от човек.
explanation-model = Моделът
explanation-model-documentation = Документация на модела
explanation-review-timescale = Срок за отговор на искане за преразглеждане: { $timescale }.
explanation-missing = Не е предоставено от { $controller }.
explanation-missing-unknown = Не е предоставено от оператора на този уебсайт.
explanation-contest-how = Как да оспорите това решение: { $how }
explanation-contest = Имате право да поискате човек да преразгледа това решение, да изразите гледната си точка и да оспорите решението.
explanation-request-review = Искане за преразглеждане от човек
explanation-review-requested = Искането Ви за преразглеждане от човек се подготвя.

## Връзка от известието към формуляра за искане
notice-rights = Вашите права
