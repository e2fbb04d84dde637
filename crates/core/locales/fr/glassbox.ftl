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
