# Récepteur de référence Glassbox — français.
# Termes alignés sur la version française du RGPD (règlement (UE) 2016/679) ; vouvoiement.
# Ce que le récepteur dit à la personne qui a fait la demande : le courriel de vérification et les pages qu'ouvrent ses liens.

## Le courriel de vérification (texte brut)

# Ligne d'objet.
mail-subject = Veuillez confirmer votre demande { $reference } relative à la protection des données
mail-hello = Bonjour,
mail-received = { $controller } a bien reçu votre demande { $reference } relative à la protection des données.
# { $hours } est un nombre, 1 ou plus.
mail-confirm = Pour confirmer que cette adresse électronique est bien la vôtre, ouvrez ce lien dans un délai de { $hours } h :
mail-due = Vous recevrez une réponse au plus tard le { $date } (un mois à compter de la réception ; RGPD, art. 12, paragraphe 3).
mail-follow = Vous pouvez suivre votre demande ici :
mail-ignore = Si vous n'êtes pas à l'origine de cette demande, ignorez ce courriel : aucune suite n'y sera donnée.

## La page qu'ouvre le lien de confirmation, et la page après la confirmation

verify-title = Confirmez votre demande
verify-text = Cliquez sur le bouton pour confirmer que c'est bien vous qui avez adressé cette demande relative à la protection des données à { $controller }.
verify-button = Confirmer ma demande
verified-title = Merci
verified-text = Votre demande { $reference } est confirmée. { $controller } vous répondra au plus tard le { $date }.
verify-invalid-title = Lien non valide
verify-invalid-text = Ce lien de confirmation n'est pas valide ou a expiré. Veuillez refaire votre demande ou contacter le responsable du traitement.
follow-link = Suivre votre demande

## La page de suivi d'une demande

status-title = Votre demande { $reference }
status-sent-to = Envoyée à : { $controller }
status-status = Statut
status-kinds = Droits exercés
status-received = Reçue le
status-due = Réponse due au plus tard le
# Le responsable du traitement a prolongé le délai (RGPD, art. 12, paragraphe 3) ; { $reason } est son texte.
status-extended = Le délai a été prolongé jusqu'au { $date }. Motif : { $reason }
status-refusal = Motifs du refus
status-private = Ne communiquez pas l'adresse de cette page : toute personne qui la connaît peut voir ce statut (mais aucune de vos données à caractère personnel).
status-history = Historique
status-when = Date et heure (UTC)
status-what = Événement
state-received = Reçue
state-verified = Adresse électronique confirmée
state-in-progress = En cours de traitement
state-completed = Traitée
state-refused = Refusée
history-received = Demande reçue
history-status = Statut : { $status }
history-extended = Délai prolongé jusqu'au { $date }
history-purged = Données à caractère personnel effacées (durée de conservation écoulée)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Votre demande relative à vos données { $reference } a été reçue
msg-received = { $controller } a reçu votre demande relative à vos données { $reference } le { $date }.
msg-due = Vous recevrez une réponse au plus tard le { $date } (un mois à compter de la réception ; RGPD, art. 12, paragraphe 3).
msg-may-extend = Au besoin, compte tenu de la complexité et du nombre de demandes, ce délai peut être prolongé de deux mois ; vous en seriez informé(e), avec les motifs, dans le premier mois.
msg-complaint = Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.
msg-complaint-with = Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, par exemple { $authority } ({ $url }), en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.
msg-verified-subject = Votre demande { $reference } est confirmée
msg-verified = Votre adresse électronique est confirmée. { $controller } traite votre demande { $reference } et vous répondra au plus tard le { $date }.
msg-extended-subject = Un délai supplémentaire est nécessaire pour votre demande { $reference }
msg-extended = { $controller } a prolongé le délai de réponse à votre demande { $reference } (RGPD, art. 12, paragraphe 3). La nouvelle échéance est le { $date }.
msg-reason = Motifs : { $reason }
msg-refused-subject = Votre demande { $reference } a été refusée
msg-refused = { $controller } ne donnera pas suite à votre demande { $reference }.
msg-remedy = Vous avez également le droit de former un recours juridictionnel effectif (RGPD, art. 79).
msg-completed-subject = Votre demande { $reference } est traitée
msg-completed = { $controller } a traité votre demande { $reference }. Ce qui a été fait :
done-access = Accès : une copie de vos données personnelles et les informations sur leur traitement vous ont été fournies.
done-rectification = Rectification : vos données personnelles ont été corrigées.
done-erasure = Effacement : vos données personnelles ont été effacées.
done-objection = Opposition : vos données personnelles ne sont plus traitées pour les finalités auxquelles vous vous êtes opposé(e).
done-restriction = Limitation : le traitement de vos données personnelles a été limité.
done-portability = Portabilité : vos données personnelles vous ont été fournies dans un format structuré, couramment utilisé et lisible par machine.
done-human-review = Réexamen humain : une personne a réexaminé la décision en tenant compte de votre point de vue.
msg-link-subject = Un nouveau lien pour confirmer votre demande { $reference }
msg-link = Voici un nouveau lien pour confirmer votre demande { $reference }. La demande garde sa référence et son échéance, le { $date }.
history-link = Nouveau lien de confirmation envoyé
verify-expired-title = Ce lien a expiré
verify-expired-text = Le lien de confirmation de votre demande { $reference } a expiré. Votre demande est conservée : vous pouvez obtenir un nouveau lien pour la même demande, avec la même référence et la même échéance.
verify-renew-button = M’envoyer un nouveau lien
verify-renewed-title = Un nouveau lien vous a été envoyé
verify-renewed-text = Nous avons envoyé un nouveau lien de confirmation pour votre demande { $reference } à votre adresse électronique. La demande garde son échéance, le { $date }.

## Result

msg-download = Téléchargez la réponse ici (le lien fonctionne jusqu’au { $date }) :
msg-no-data = { $controller } ne détient aucune donnée personnelle vous concernant.
msg-result-link-subject = Un nouveau lien pour télécharger la réponse à votre demande { $reference }
msg-result-link = Voici un nouveau lien pour télécharger la réponse à votre demande { $reference }.
history-result-link = Nouveau lien de téléchargement envoyé
status-mail-withheld = Nous n'avons pas pu envoyer maintenant le courriel de confirmation de cette demande (trop de courriels vers cette adresse aujourd'hui). Votre demande est conservée : utilisez le bouton ci-dessous pour obtenir le lien de confirmation plus tard, par exemple demain.
status-mail-button = M'envoyer le lien de confirmation

msg-systems = Dans chacun de nos systèmes :
system-done = { $system } : fait.
system-no-data = { $system } : aucune donnée personnelle vous concernant n’y était conservée.
