# Receptor de referencia de Glassbox — español.
# Términos según la versión española del RGPD (Reglamento (UE) 2016/679); tratamiento de usted.
# Lo que el receptor dice a la persona que hizo la solicitud: el correo de verificación y las páginas que abren sus enlaces.

## El correo de verificación (texto sin formato)

# Línea de asunto.
mail-subject = Confirme su solicitud de protección de datos { $reference }
mail-hello = Hola:
mail-received = { $controller } ha recibido su solicitud de protección de datos { $reference }.
# { $hours } es un número, 1 o más.
mail-confirm = Para confirmar que esta dirección de correo electrónico es suya, abra este enlace en un plazo de { $hours } h:
mail-due = Recibirá una respuesta a más tardar el { $date } (un mes a partir de la recepción; RGPD, art. 12, apartado 3).
mail-follow = Puede seguir su solicitud aquí:
mail-ignore = Si no ha hecho esta solicitud, ignore este correo: no se tomará ninguna medida.

## La página que abre el enlace de confirmación y la página tras la confirmación

verify-title = Confirme su solicitud
verify-text = Pulse el botón para confirmar que ha dirigido esta solicitud de protección de datos a { $controller }.
verify-button = Confirmar mi solicitud
verified-title = Gracias
verified-text = Su solicitud { $reference } ha quedado confirmada. { $controller } responderá a más tardar el { $date }.
verify-invalid-title = Enlace no válido
verify-invalid-text = Este enlace de confirmación no es válido o ha caducado. Vuelva a presentar su solicitud o póngase en contacto con el responsable del tratamiento.
follow-link = Seguir su solicitud

## La página de estado de una solicitud

status-title = Su solicitud { $reference }
status-sent-to = Enviada a: { $controller }
status-status = Estado
status-kinds = Derechos ejercidos
status-received = Recibida
status-due = Respuesta a más tardar el
# El responsable del tratamiento ha prorrogado el plazo (RGPD, art. 12, apartado 3); { $reason } es su texto.
status-extended = El plazo se ha prorrogado hasta el { $date }. Motivo: { $reason }
status-refusal = Motivos de la denegación
status-private = No comparta la dirección de esta página: cualquiera que la tenga puede ver este estado (pero ninguno de sus datos personales).
status-history = Historial
status-when = Fecha y hora (UTC)
status-what = Evento
state-received = Recibida
state-verified = Dirección de correo electrónico confirmada
state-in-progress = En tramitación
state-completed = Completada
state-refused = Denegada
history-received = Solicitud recibida
history-status = Estado: { $status }
history-extended = Plazo prorrogado hasta el { $date }
history-purged = Datos personales suprimidos (fin del plazo de conservación)
