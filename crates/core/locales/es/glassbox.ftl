# Widget de Glassbox — español.
# Términos según la versión española del Reglamento (UE) 2024/1689: «sistema de IA».

## El aviso de IA (Reglamento de Inteligencia Artificial, art. 50)

# Nombre accesible de la región del aviso.
notice-region-label = Aviso: sistema de IA
# La frase en sí, cuando el integrador indicó el nombre del sistema (data-system).
notice-sentence-named = Está interactuando con { $system }, un sistema de IA, no con una persona.
# La frase en sí, cuando no se indicó ningún nombre de sistema.
notice-sentence = Está interactuando con un sistema de IA, no con una persona.
notice-operator = Este sistema está gestionado por { $controller }.
notice-operator-unknown = Este sistema está gestionado por el titular de este sitio web.
# Art. 26, apartado 11: los responsables del despliegue de sistemas de alto riesgo informan a las personas de que se utiliza con ellas un sistema de este tipo.
notice-high-risk = { $controller } utiliza este sistema de IA para tomar o ayudar a tomar decisiones sobre usted.
notice-high-risk-unknown = Este sistema de IA se utiliza para tomar o ayudar a tomar decisiones sobre usted.
notice-human = Hablar con una persona
notice-more-info = Cómo funciona este sistema de IA
notice-privacy = Cómo se utilizan sus datos
notice-ack-hint = Confirme que ha leído este aviso antes de empezar.
notice-ack = Entendido
notice-acked = Gracias. Ya puede empezar.
notice-human-requested = Se ha transmitido su solicitud de hablar con una persona.

## Marcado de contenidos generados por IA

# Texto alternativo de la etiqueta «IA» en los contenidos generados.
ai-label-alt = Generado por IA
ai-label-alt-modified = Modificado con IA
ai-label-generated = GENERADO
ai-label-modified = MODIFICADO

## La explicación de una decisión automatizada (RGPD, arts. 13 a 15 y 22; Reglamento de Inteligencia Artificial, art. 86)

explanation-title = Sobre esta decisión
explanation-region-label = Explicación de una decisión automatizada
explanation-loading = Cargando la explicación de esta decisión…
explanation-failed = No se ha podido cargar la explicación de esta decisión.
explanation-failed-hint = Aun así, puede pedir que una persona revise la decisión.
explanation-retry = Reintentar
explanation-outcome-favourable = Resultado: a su favor
explanation-outcome-unfavourable = Resultado: en su contra
explanation-outcome-neutral = Resultado: neutro
explanation-decided-at = Decisión tomada el { $date }
explanation-factors = Los factores principales
explanation-factors-caption = Los factores y su peso, del más al menos importante
explanation-factor = Nombre del factor
explanation-your-value = Su valor
explanation-weight = Peso
explanation-weight-strong = fuerte
explanation-weight-moderate = moderado
explanation-weight-slight = leve
explanation-weight-none = sin efecto
explanation-yes = sí
explanation-no = no
explanation-for-you = a su favor
explanation-against-you = en su contra
explanation-show-all = Mostrar los { $count } factores
explanation-show-fewer = Mostrar solo los factores principales
explanation-no-factors = No se ha comunicado ningún factor concreto para esta decisión.
summary-against-one = El factor que más pesó en su contra fue { $factors }.
summary-against-many = Los factores que más pesaron en su contra fueron { $factors }.
summary-for-one = El factor que más pesó a su favor fue { $factors }.
summary-for-many = Los factores que más pesaron a su favor fueron { $factors }.
summary-nothing-against = Ningún factor pesó en su contra.
summary-no-factors = No se ha comunicado ningún factor concreto para esta decisión.
list-and = { $head } y { $last }
explanation-logic = Cómo funciona el sistema
explanation-data = Qué datos suyos se han utilizado
explanation-category-source = Fuente: { $source }
explanation-category-why = Por qué es relevante: { $why }
explanation-sources = De dónde proceden sus datos
explanation-counterfactuals = Qué habría cambiado la decisión
explanation-counterfactuals-intro = La decisión habría sido distinta en estos casos:
explanation-significance = Qué significa esta decisión para usted
explanation-consequences = Qué ocurre a continuación
explanation-role = El papel del sistema de IA
explanation-role-advisory = El sistema de IA dio una recomendación; la decisión la tomó una persona.
explanation-role-decisive = El sistema de IA tomó esta decisión.
explanation-human-reviewed = Una persona ha revisado esta decisión.
explanation-not-human-reviewed = Ninguna persona ha revisado aún esta decisión.
explanation-model = El modelo
explanation-model-documentation = Documentación del modelo
explanation-review-timescale = Las solicitudes de revisión se responden en un plazo de { $timescale }.
explanation-missing = Información no facilitada por { $controller }.
explanation-missing-unknown = Información no facilitada por el titular de este sitio web.
explanation-contest-how = Cómo impugnar esta decisión: { $how }
explanation-contest = Tiene derecho a que una persona revise esta decisión, a expresar su punto de vista y a impugnarla.
explanation-request-review = Solicitar revisión humana
explanation-review-requested = Se está preparando su solicitud de revisión humana.

## El enlace del aviso al formulario de solicitud
notice-rights = Sus derechos
