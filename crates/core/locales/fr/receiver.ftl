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
