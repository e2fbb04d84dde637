# Glassbox widget — français.
# Termes alignés sur la version française du règlement (UE) 2024/1689 : « système d'IA ».

## L'avis d'IA (règlement sur l'intelligence artificielle, art. 50)

notice-region-label = Avis : système d'IA
notice-sentence-named = Vous interagissez avec { $system }, un système d'IA, et non avec une personne.
notice-sentence = Vous interagissez avec un système d'IA, et non avec une personne.
notice-operator = Ce système est exploité par { $controller }.
notice-operator-unknown = Ce système est exploité par le responsable de ce site.
notice-high-risk = { $controller } utilise ce système d'IA pour prendre ou aider à prendre des décisions vous concernant.
notice-high-risk-unknown = Ce système d'IA est utilisé pour prendre ou aider à prendre des décisions vous concernant.
notice-human = Parler à une personne
notice-more-info = Comment fonctionne ce système d'IA
notice-privacy = Comment vos données sont utilisées
notice-ack-hint = Veuillez confirmer avoir lu cet avis avant de commencer.
notice-ack = J'ai compris
notice-acked = Merci. Vous pouvez commencer.
notice-human-requested = Votre demande de parler à une personne a été transmise.

## Marquage des contenus générés par l'IA

ai-label-alt = Généré par l'IA
ai-label-alt-modified = Modifié avec l'IA
ai-label-generated = GÉNÉRÉ
ai-label-modified = MODIFIÉ

## L'explication d'une décision automatisée (RGPD, art. 13 à 15 et 22 ; règlement sur l'intelligence artificielle, art. 86)

explanation-title = À propos de cette décision
explanation-region-label = Explication d'une décision automatisée
explanation-loading = Chargement de l'explication de cette décision…
explanation-failed = L'explication de cette décision n'a pas pu être chargée.
explanation-failed-hint = Vous pouvez tout de même demander qu'une personne réexamine la décision.
explanation-retry = Réessayer
explanation-outcome-favourable = Résultat : en votre faveur
explanation-outcome-unfavourable = Résultat : défavorable
explanation-outcome-neutral = Résultat : neutre
explanation-decided-at = Décision du { $date }
explanation-factors = Les principaux facteurs
explanation-factors-caption = Les facteurs et leur poids, du plus important au moins important
explanation-factor = Facteur
explanation-your-value = Votre valeur
explanation-weight = Poids
explanation-weight-strong = forte
explanation-weight-moderate = modérée
explanation-weight-slight = faible
explanation-weight-none = sans effet
explanation-yes = oui
explanation-no = non
explanation-for-you = en votre faveur
explanation-against-you = en votre défaveur
explanation-show-all = Afficher les { $count } facteurs
explanation-show-fewer = N'afficher que les principaux facteurs
explanation-no-factors = Aucun facteur individuel n'a été communiqué pour cette décision.
summary-against-one = Le facteur qui a le plus pesé en votre défaveur est { $factors }.
summary-against-many = Les facteurs qui ont le plus pesé en votre défaveur sont { $factors }.
summary-for-one = Le facteur qui a le plus pesé en votre faveur est { $factors }.
summary-for-many = Les facteurs qui ont le plus pesé en votre faveur sont { $factors }.
summary-nothing-against = Aucun facteur n'a pesé en votre défaveur.
summary-no-factors = Aucun facteur individuel n'a été communiqué pour cette décision.
list-and = { $head } et { $last }
explanation-logic = Comment fonctionne le système
explanation-data = Quelles données vous concernant ont été utilisées
explanation-category-source = Source : { $source }
explanation-category-why = Pourquoi c'est pertinent : { $why }
explanation-sources = D'où viennent vos données
explanation-counterfactuals = Ce qui aurait changé la décision
explanation-counterfactuals-intro = La décision aurait été différente dans ces cas :
explanation-significance = Ce que cette décision signifie pour vous
explanation-consequences = Les conséquences envisagées
explanation-role = Le rôle du système d'IA
explanation-role-advisory = Le système d'IA a donné un avis ; une personne a pris la décision.
explanation-role-decisive = Le système d'IA a pris cette décision.
explanation-human-reviewed = Une personne a examiné cette décision.
explanation-not-human-reviewed = Aucune personne n'a encore examiné cette décision.
explanation-model = Le modèle
explanation-model-documentation = Documentation du modèle
explanation-review-timescale = Une demande de réexamen reçoit une réponse sous { $timescale }.
explanation-missing = Non communiqué par { $controller }.
explanation-missing-unknown = Non communiqué par l'exploitant de ce site.
explanation-contest-how = Comment contester cette décision : { $how }
explanation-contest = Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester cette décision.
explanation-request-review = Demander un réexamen par une personne
explanation-review-requested = Votre demande de réexamen par une personne est en cours de préparation.

## Le lien de l'avis vers le formulaire de demande
notice-rights = Vos droits
