# Glacadóir Glassbox — Gaeilge. An méid a deir an glacadóir leis an duine a rinne an iarraidh: an ríomhphost fíoraithe agus na leathanaigh a osclaíonn a naisc.
# Téarmaí de réir leagan Gaeilge Rialachán (AE) 2016/679 (RGCS).

## An ríomhphost fíoraithe (gnáth-théacs)

# Subject line.
mail-subject = Deimhnigh d’iarraidh cosanta sonraí { $reference }, le do thoil
mail-hello = Dia duit,
mail-received = Fuair { $controller } d’iarraidh cosanta sonraí { $reference }.
# { $hours } is a number, 1 or more.
mail-confirm = Chun a dheimhniú gur leatsa an seoladh ríomhphoist seo, oscail an nasc seo laistigh den teorainn ama (uaireanta an chloig: { $hours }):
mail-due = Gheobhaidh tú freagra faoi { $date } ar a dhéanaí (mí amháin ón iarraidh a fháil, RGCS, Airteagal 12(3)).
mail-follow = Is féidir leat d’iarraidh a rianú anseo:
mail-ignore = Mura tusa a rinne an iarraidh seo, déan neamhaird den ríomhphost seo: ní dhéanfar aon ní.

## An leathanach a osclaíonn an nasc deimhnithe, agus an leathanach tar éis deimhnithe

verify-title = Deimhnigh d’iarraidh
verify-text = Brúigh an cnaipe chun a dheimhniú gur tusa a rinne an iarraidh cosanta sonraí seo chuig { $controller }.
verify-button = Deimhnigh m’iarraidh
verified-title = Go raibh maith agat
verified-text = Tá d’iarraidh { $reference } deimhnithe. Tabharfaidh { $controller } freagra faoi { $date } ar a dhéanaí.
verify-invalid-title = Nasc neamhbhailí
verify-invalid-text = Níl an nasc deimhnithe seo bailí nó tá sé imithe in éag. Déan d’iarraidh arís nó déan teagmháil leis an rialaitheoir, le do thoil.
follow-link = Rianaigh d’iarraidh

## Leathanach stádais iarrata

status-title = D’iarraidh { $reference }
status-sent-to = Seolta chuig: { $controller }
status-status = Stádas
status-kinds = Cearta a feidhmíodh
status-received = Faighte
status-due = Spriocdháta don fhreagra
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = Cuireadh síneadh leis an spriocdháta go dtí { $date }. Cúis: { $reason }
status-refusal = Na cúiseanna leis an diúltú
status-private = Coinnigh seoladh an leathanaigh seo príobháideach: is féidir le duine ar bith a bhfuil sé aige an stádas seo a fheiceáil (ach ní aon cheann de do shonraí pearsanta).
status-history = Stair
status-when = Cathain (UTC)
status-what = Cad a tharla
state-received = Faighte
state-verified = Seoladh ríomhphoist deimhnithe
state-in-progress = Idir lámha
state-completed = Curtha i gcrích
state-refused = Diúltaithe
history-received = Fuarthas an iarraidh
history-status = Stádas: { $status }
history-extended = Cuireadh síneadh leis an spriocdháta go dtí { $date }
history-purged = Scriosadh na sonraí pearsanta (tá an tréimhse choinneála thart)
