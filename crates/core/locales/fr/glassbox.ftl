# Glassbox widget — français.
# Termes alignés sur la version française du règlement (UE) 2024/1689 : « système d'IA ».

## L'avis d'IA (règlement sur l'IA, art. 50)

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

## L'explication d'une décision automatisée (RGPD, art. 13 à 15 et 22 ; règlement sur l'IA, art. 86)

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
explanation-contest = Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester cette décision.
explanation-request-review = Demander un réexamen par une personne
explanation-review-requested = Votre demande de réexamen par une personne est en cours de préparation.

## Le lien de l'avis vers le formulaire de demande
notice-rights = Vos droits

## Demandes des personnes concernées (RGPD, art. 12, 15 à 18, 20 à 22)

rights-title = Exercer vos droits sur vos données personnelles
rights-region-label = Demande relative à vos données personnelles
rights-dialog-label = Vos droits sur vos données personnelles
rights-close = Fermer
rights-intro = Indiquez à { $controller } ce que vous souhaitez faire de vos données personnelles. C'est gratuit et vous n'avez pas à vous justifier.
rights-intro-unknown = Indiquez à l'exploitant de ce site ce que vous souhaitez faire de vos données personnelles. C'est gratuit et vous n'avez pas à vous justifier.
rights-other-ways = Ce formulaire n'est pas le seul moyen d'exercer vos droits : vous pouvez aussi écrire à { $controller }.
rights-other-ways-unknown = Ce formulaire n'est pas le seul moyen d'exercer vos droits : vous pouvez aussi écrire à l'exploitant de ce site.
rights-contact-email = Par courriel : { $email }
rights-contact-post = Par courrier : { $address }
rights-privacy = Comment vos données sont utilisées
rights-kinds-legend = Que souhaitez-vous faire ? (un ou plusieurs choix)
rights-kind-access = Droit d'accès : obtenir une copie de mes données (art. 15)
rights-kind-rectification = Droit de rectification : corriger mes données (art. 16)
rights-kind-erasure = Droit à l'effacement : supprimer mes données (art. 17)
rights-kind-objection = Droit d'opposition au traitement de mes données (art. 21)
rights-kind-restriction = Droit à la limitation du traitement (art. 18)
rights-kind-portability = Droit à la portabilité des données : recevoir mes données dans un format réutilisable (art. 20)
rights-kind-human-review = Demander qu'une personne réexamine une décision automatisée (art. 22, paragraphe 3)
rights-email = Votre adresse électronique (obligatoire)
rights-email-hint = Uniquement pour vous répondre et vérifier que la demande vient de vous.
rights-name = Votre nom (facultatif)
rights-optional = facultatif
rights-access-scope = Quelles données ou quel traitement sont concernés ?
rights-access-format = Format souhaité pour la copie
rights-rectification-wrong = Qu'est-ce qui est inexact ou incomplet ?
rights-rectification-correct = Quelle est la valeur exacte ?
rights-erasure-ground = Pourquoi (facultatif, vous n'êtes pas tenu de le dire)
rights-objection-marketing = Je m'oppose à l'utilisation de mes données à des fins de prospection
rights-objection-marketing-hint = Cette opposition n'a pas à être motivée ; elle est toujours accordée.
rights-objection-purpose = À quelle autre utilisation de vos données vous opposez-vous ?
rights-restriction-ground = Pourquoi (facultatif, vous n'êtes pas tenu de le dire)
rights-portability-format = Format souhaité (par exemple JSON ou CSV)
rights-review-decision = Référence de la décision
rights-review-view = Votre point de vue sur la décision
rights-data-use = Ce que vous saisissez ici est envoyé uniquement à { $controller }, uniquement pour traiter cette demande. Rien n'est enregistré dans votre navigateur, sauf si l'envoi échoue : la demande y est alors conservée jusqu'à sa remise.
rights-data-use-unknown = Ce que vous saisissez ici est envoyé uniquement à l'exploitant de ce site, uniquement pour traiter cette demande. Rien n'est enregistré dans votre navigateur, sauf si l'envoi échoue : la demande y est alors conservée jusqu'à sa remise.
rights-submit = Envoyer la demande
rights-sending = Envoi de votre demande…
rights-errors = Veuillez corriger les champs signalés.
rights-error-kinds = Choisissez au moins un droit.
rights-error-email-required = Saisissez votre adresse électronique.
rights-error-email-invalid = Saisissez une adresse électronique comme nom@exemple.fr.
rights-error-too-long = Ce texte est trop long : { $max } caractères au maximum.
rights-error-invalid = Cette valeur ne peut pas être utilisée ; veuillez la vérifier.
rights-queued-title = Votre demande sera envoyée
rights-queued = Nous n'avons pas pu joindre { $controller } pour l'instant. Votre demande est conservée dans ce navigateur et sera envoyée automatiquement dès que possible, y compris la prochaine fois que vous ouvrirez cette page.
rights-acknowledged-title = Votre demande a été reçue
rights-reference = Référence : { $reference }
rights-received-at = Reçue le : { $time }
rights-due-by = Réponse due au plus tard le { $date } (un mois après réception, RGPD, art. 12, paragraphe 3).
rights-status-link = Suivre votre demande
rights-receipt = Télécharger un accusé de réception
rights-verify-email = Vous pourriez recevoir un courriel vous demandant de confirmer la demande.
rights-failed-title = Votre demande n'a pas pu être envoyée
rights-failed = Veuillez contacter directement { $controller }.
rights-mailto-title = Envoyer votre demande par courriel
rights-mailto = Ce site reçoit les demandes par courriel. Ouvrez votre messagerie avec la demande préparée, puis envoyez-la.
rights-mailto-link = Rédiger le courriel
rights-no-channel = Ce formulaire ne peut pas envoyer de demandes. Veuillez contacter directement { $controller }.
rights-receipt-title = Accusé de réception de votre demande relative à vos données personnelles
rights-receipt-kinds = Droits exercés : { $kinds }
rights-receipt-id = Identifiant de la demande : { $id }
rights-mail-subject = Demande relative à mes données personnelles : { $kinds }
rights-mail-intro = J'exerce les droits suivants prévus par le RGPD : { $kinds }.
rights-mail-email = Mon adresse électronique : { $email }
rights-mail-name = Mon nom : { $name }
rights-controller-unknown = l'exploitant de ce site
rights-short-access = droit d'accès
rights-short-rectification = droit de rectification
rights-short-erasure = droit à l'effacement
rights-short-objection = droit d'opposition
rights-short-restriction = droit à la limitation du traitement
rights-short-portability = droit à la portabilité des données
rights-short-human-review = réexamen d'une décision automatisée par une personne
