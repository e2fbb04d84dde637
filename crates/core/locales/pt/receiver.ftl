# Recetor de referência Glassbox — português.
# Termos conformes à versão portuguesa do RGPD (Regulamento (UE) 2016/679); tratamento formal.
# O que o recetor diz à pessoa que fez o pedido: o e-mail de verificação e as páginas que as suas ligações abrem.

## O e-mail de verificação (texto simples)

# Linha de assunto.
mail-subject = Confirme o seu pedido de proteção de dados { $reference }
mail-hello = Olá,
mail-received = { $controller } recebeu o seu pedido de proteção de dados { $reference }.
# { $hours } é um número, 1 ou mais.
mail-confirm = Para confirmar que este endereço de e-mail é seu, abra esta ligação no prazo de { $hours } h:
mail-due = Receberá uma resposta até { $date }, o mais tardar (um mês a contar da receção; RGPD, art. 12.º, n.º 3).
mail-follow = Pode acompanhar o seu pedido aqui:
mail-ignore = Se não fez este pedido, ignore este e-mail: nada será feito.

## A página que a ligação de confirmação abre e a página após a confirmação

verify-title = Confirme o seu pedido
verify-text = Prima o botão para confirmar que dirigiu este pedido de proteção de dados a { $controller }.
verify-button = Confirmar o meu pedido
verified-title = Obrigado
verified-text = O seu pedido { $reference } está confirmado. { $controller } responderá até { $date }, o mais tardar.
verify-invalid-title = Ligação inválida
verify-invalid-text = Esta ligação de confirmação é inválida ou expirou. Faça novamente o seu pedido ou contacte o responsável pelo tratamento.
follow-link = Acompanhar o pedido

## A página de estado de um pedido

status-title = O seu pedido { $reference }
status-sent-to = Enviado a: { $controller }
status-status = Estado
status-kinds = Direitos exercidos
status-received = Recebido em
status-due = Resposta devida até
# O responsável pelo tratamento prorrogou o prazo (RGPD, art. 12.º, n.º 3); { $reason } é o texto dele.
status-extended = O prazo foi prorrogado até { $date }. Motivo: { $reason }
status-refusal = Motivos da recusa
status-private = Mantenha privado o endereço desta página: qualquer pessoa que o tenha pode ver este estado (mas nenhum dos seus dados pessoais).
status-history = Histórico
status-when = Data e hora (UTC)
status-what = Evento
state-received = Recebido
state-verified = Endereço de e-mail confirmado
state-in-progress = Em análise
state-completed = Concluído
state-refused = Recusado
history-received = Pedido recebido
history-status = Estado: { $status }
history-extended = Prazo prorrogado até { $date }
history-purged = Dados pessoais apagados (fim do prazo de conservação)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = O seu pedido relativo aos seus dados { $reference } foi recebido
msg-received = { $controller } recebeu o seu pedido relativo aos seus dados { $reference } em { $date }.
msg-due = Receberá uma resposta até { $date }, o mais tardar (um mês a contar da receção; RGPD, art. 12.º, n.º 3).
msg-may-extend = Se necessário, tendo em conta a complexidade e o número de pedidos, este prazo pode ser prorrogado por mais dois meses; seria informado disso, com os motivos, no primeiro mês.
msg-complaint = Tem o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração.
msg-complaint-with = Tem o direito de apresentar reclamação a uma autoridade de controlo, por exemplo { $authority } ({ $url }), em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração.
msg-verified-subject = O seu pedido { $reference } está confirmado
msg-verified = O seu endereço de correio eletrónico está confirmado. { $controller } está a tratar o seu pedido { $reference } e responderá até { $date }, o mais tardar.
msg-extended-subject = É necessário mais tempo para o seu pedido { $reference }
msg-extended = { $controller } prorrogou o prazo de resposta ao seu pedido { $reference } (RGPD, art. 12.º, n.º 3). O novo prazo termina em { $date }.
msg-reason = Motivos: { $reason }
msg-refused-subject = O seu pedido { $reference } foi recusado
msg-refused = { $controller } não dará seguimento ao seu pedido { $reference }.
msg-remedy = Tem também direito a uma ação judicial efetiva num tribunal (RGPD, art. 79.º).
msg-completed-subject = O seu pedido { $reference } está concluído
msg-completed = { $controller } concluiu o seu pedido { $reference }. O que foi feito:
done-access = Acesso: foram-lhe facultadas uma cópia dos seus dados pessoais e as informações sobre o seu tratamento.
done-rectification = Retificação: os seus dados pessoais foram corrigidos.
done-erasure = Apagamento: os seus dados pessoais foram apagados.
done-objection = Oposição: os seus dados pessoais deixaram de ser tratados para as finalidades a que se opôs.
done-restriction = Limitação: o tratamento dos seus dados pessoais foi limitado.
done-portability = Portabilidade: os seus dados pessoais foram-lhe facultados num formato estruturado, de uso corrente e de leitura automática.
done-human-review = Revisão humana: uma pessoa reviu a decisão tendo em conta o seu ponto de vista.
msg-link-subject = Uma nova ligação para confirmar o seu pedido { $reference }
msg-link = Eis uma nova ligação para confirmar o seu pedido { $reference }. O pedido mantém a sua referência e o seu prazo, { $date }.
history-link = Nova ligação de confirmação enviada
verify-expired-title = Esta ligação expirou
verify-expired-text = A ligação de confirmação do seu pedido { $reference } expirou. O seu pedido é mantido: pode obter uma nova ligação para o mesmo pedido, com a mesma referência e o mesmo prazo.
verify-renew-button = Enviar-me uma nova ligação
verify-renewed-title = Uma nova ligação está a caminho
verify-renewed-text = Enviámos uma nova ligação de confirmação do seu pedido { $reference } para o seu endereço de correio eletrónico. O pedido mantém o seu prazo, { $date }.

## Result

msg-download = Descarregue a resposta aqui (a ligação funciona até { $date }):
msg-no-data = { $controller } não conserva dados pessoais seus.
msg-result-link-subject = Uma nova ligação para descarregar a resposta ao seu pedido { $reference }
msg-result-link = Eis uma nova ligação para descarregar a resposta ao seu pedido { $reference }.
history-result-link = Nova ligação de descarga enviada
status-mail-withheld = Não conseguimos enviar agora o e-mail de confirmação deste pedido (demasiados e-mails para este endereço hoje). O seu pedido está guardado: use o botão abaixo para obter a ligação de confirmação mais tarde, por exemplo amanhã.
status-mail-button = Enviar-me a ligação de confirmação

msg-systems = Em cada um dos nossos sistemas:
system-done = { $system }: feito.
system-no-data = { $system }: não eram conservados dados pessoais seus.
