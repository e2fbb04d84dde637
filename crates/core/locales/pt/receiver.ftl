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
