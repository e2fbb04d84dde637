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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Hemos recibido su solicitud sobre sus datos { $reference }
msg-received = { $controller } recibió su solicitud sobre sus datos { $reference } el { $date }.
msg-due = Recibirá una respuesta a más tardar el { $date } (un mes a partir de la recepción; RGPD, art. 12, apartado 3).
msg-may-extend = En caso necesario, teniendo en cuenta la complejidad y el número de solicitudes, este plazo puede prorrogarse otros dos meses; se le informaría de ello, indicando los motivos, dentro del primer mes.
msg-complaint = Tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción.
msg-complaint-with = Tiene derecho a presentar una reclamación ante una autoridad de control, por ejemplo { $authority } ({ $url }), en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción.
msg-verified-subject = Su solicitud { $reference } está confirmada
msg-verified = Su dirección de correo electrónico está confirmada. { $controller } está tramitando su solicitud { $reference } y responderá a más tardar el { $date }.
msg-extended-subject = Se necesita más tiempo para su solicitud { $reference }
msg-extended = { $controller } ha prorrogado el plazo para responder a su solicitud { $reference } (RGPD, art. 12, apartado 3). La nueva fecha límite es el { $date }.
msg-reason = Motivos: { $reason }
msg-refused-subject = Su solicitud { $reference } ha sido denegada
msg-refused = { $controller } no dará curso a su solicitud { $reference }.
msg-remedy = También tiene derecho a la tutela judicial efectiva ante un tribunal (RGPD, art. 79).
msg-completed-subject = Su solicitud { $reference } está resuelta
msg-completed = { $controller } ha resuelto su solicitud { $reference }. Lo que se ha hecho:
done-access = Acceso: se le ha facilitado una copia de sus datos personales y la información sobre su tratamiento.
done-rectification = Rectificación: sus datos personales han sido corregidos.
done-erasure = Supresión: sus datos personales han sido suprimidos.
done-objection = Oposición: sus datos personales ya no se tratan para los fines a los que se opuso.
done-restriction = Limitación: el tratamiento de sus datos personales ha sido limitado.
done-portability = Portabilidad: se le han facilitado sus datos personales en un formato estructurado, de uso común y de lectura mecánica.
done-human-review = Revisión humana: una persona ha revisado la decisión teniendo en cuenta su punto de vista.
msg-link-subject = Un nuevo enlace para confirmar su solicitud { $reference }
msg-link = Este es un nuevo enlace para confirmar su solicitud { $reference }. La solicitud conserva su referencia y su fecha límite, el { $date }.
history-link = Nuevo enlace de confirmación enviado
verify-expired-title = Este enlace ha caducado
verify-expired-text = El enlace de confirmación de su solicitud { $reference } ha caducado. Su solicitud se conserva: puede obtener un nuevo enlace para la misma solicitud, con la misma referencia y fecha límite.
verify-renew-button = Enviarme un nuevo enlace
verify-renewed-title = Le hemos enviado un nuevo enlace
verify-renewed-text = Hemos enviado un nuevo enlace de confirmación de su solicitud { $reference } a su dirección de correo electrónico. La solicitud conserva su fecha límite, el { $date }.

## Result

msg-download = Descargue la respuesta aquí (el enlace funciona hasta el { $date }):
msg-no-data = { $controller } no conserva ningún dato personal suyo.
msg-result-link-subject = Un nuevo enlace para descargar la respuesta a su solicitud { $reference }
msg-result-link = Este es un nuevo enlace para descargar la respuesta a su solicitud { $reference }.
history-result-link = Nuevo enlace de descarga enviado
status-mail-withheld = No hemos podido enviar ahora el correo de confirmación de esta solicitud (demasiados correos a esta dirección hoy). Su solicitud se conserva: use el botón de abajo para obtener el enlace de confirmación más tarde, por ejemplo mañana.
status-mail-button = Enviarme el enlace de confirmación

msg-systems = En cada uno de nuestros sistemas:
system-done = { $system }: hecho.
system-no-data = { $system }: no se conservaban datos personales suyos.
