# Widget Glassbox — português.
# Termos conformes à versão portuguesa do Regulamento (UE) 2024/1689: «sistema de IA».

## O aviso de IA (Regulamento da Inteligência Artificial, art. 50.º)

# Nome acessível da região do aviso.
notice-region-label = Aviso: sistema de IA
# A frase propriamente dita, quando o integrador indicou o nome do sistema (data-system).
notice-sentence-named = Está a interagir com { $system }, um sistema de IA, e não com uma pessoa.
# A frase propriamente dita, quando não foi indicado nenhum nome de sistema.
notice-sentence = Está a interagir com um sistema de IA, e não com uma pessoa.
notice-operator = Este sistema é gerido por { $controller }.
notice-operator-unknown = Este sistema é gerido pelo proprietário deste site.
# Art. 26.º, n.º 11: os responsáveis pela implantação de sistemas de risco elevado informam as pessoas de que um sistema desse tipo é utilizado em relação a elas.
notice-high-risk = { $controller } utiliza este sistema de IA para tomar ou ajudar a tomar decisões sobre si.
notice-high-risk-unknown = Este sistema de IA é utilizado para tomar ou ajudar a tomar decisões sobre si.
notice-human = Falar com uma pessoa
notice-more-info = Como funciona este sistema de IA
notice-privacy = Como são utilizados os seus dados
notice-ack-hint = Confirme que leu este aviso antes de começar.
notice-ack = Compreendo
notice-acked = Obrigado. Já pode começar.
notice-human-requested = O seu pedido para falar com uma pessoa foi transmitido.

## Marcação de conteúdos gerados por IA

# Texto alternativo do rótulo «IA» nos conteúdos gerados.
ai-label-alt = Gerado por IA
ai-label-alt-modified = Modificado com IA
ai-label-generated = GERADO
ai-label-modified = MODIFICADO

## A explicação de uma decisão automatizada (RGPD, artigos 13.º a 15.º e 22.º; Regulamento da Inteligência Artificial, art. 86.º)

explanation-title = Sobre esta decisão
explanation-region-label = Explicação de uma decisão automatizada
explanation-loading = A carregar a explicação desta decisão…
explanation-failed = Não foi possível carregar a explicação desta decisão.
explanation-failed-hint = Pode, ainda assim, pedir que uma pessoa reveja a decisão.
explanation-retry = Tentar novamente
explanation-outcome-favourable = Resultado: a seu favor
explanation-outcome-unfavourable = Resultado: desfavorável
explanation-outcome-neutral = Resultado: neutro
explanation-decided-at = Decisão tomada em { $date }
explanation-factors = Os principais fatores
explanation-factors-caption = Os fatores e o respetivo peso, do mais ao menos importante
explanation-factor = Fator
explanation-your-value = O seu valor
explanation-weight = Peso
explanation-weight-strong = forte
explanation-weight-moderate = moderado
explanation-weight-slight = ligeiro
explanation-weight-none = sem efeito
explanation-yes = sim
explanation-no = não
explanation-for-you = a seu favor
explanation-against-you = contra si
explanation-show-all = Mostrar os { $count } fatores
explanation-show-fewer = Mostrar apenas os principais fatores
explanation-no-factors = Não foi comunicado nenhum fator individual para esta decisão.
summary-against-one = O fator que mais pesou contra si foi { $factors }.
summary-against-many = Os fatores que mais pesaram contra si foram { $factors }.
summary-for-one = O fator que mais pesou a seu favor foi { $factors }.
summary-for-many = Os fatores que mais pesaram a seu favor foram { $factors }.
summary-nothing-against = Nenhum fator pesou contra si.
summary-no-factors = Não foi comunicado nenhum fator individual para esta decisão.
list-and = { $head } e { $last }
explanation-logic = Como funciona o sistema
explanation-data = Que dados seus foram utilizados
explanation-category-source = Origem: { $source }
explanation-category-why = Porque é relevante: { $why }
explanation-sources = De onde vieram os seus dados
explanation-counterfactuals = O que teria alterado a decisão
explanation-counterfactuals-intro = A decisão teria sido diferente nestes casos:
explanation-significance = O que esta decisão significa para si
explanation-consequences = O que acontece a seguir
explanation-role = O papel do sistema de IA
explanation-role-advisory = O sistema de IA deu um parecer; a decisão foi tomada por uma pessoa.
explanation-role-decisive = O sistema de IA tomou esta decisão.
explanation-human-reviewed = Uma pessoa reviu esta decisão.
explanation-not-human-reviewed = Nenhuma pessoa reviu ainda esta decisão.
explanation-model = O modelo
explanation-model-documentation = Documentação do modelo
explanation-review-timescale = Os pedidos de revisão são respondidos no prazo de { $timescale }.
explanation-missing = Informação não fornecida por { $controller }.
explanation-missing-unknown = Informação não fornecida pelo responsável por este site.
explanation-contest-how = Como contestar esta decisão: { $how }
explanation-contest = Tem o direito de pedir que uma pessoa reveja esta decisão, de manifestar o seu ponto de vista e de contestar a decisão.
explanation-request-review = Pedir revisão por uma pessoa
explanation-review-requested = O seu pedido de revisão por uma pessoa está a ser preparado.

## A ligação do aviso ao formulário de pedido
notice-rights = Os seus direitos
