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

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = Fuarthas d’iarraidh maidir le do shonraí { $reference }
msg-received = Fuair { $controller } d’iarraidh maidir le do shonraí { $reference } ar { $date }.
msg-due = Gheobhaidh tú freagra faoi { $date } ar a dhéanaí (mí amháin ón iarraidh a fháil, RGCS, Airteagal 12(3)).
msg-may-extend = Más gá, agus castacht agus líon na n-iarrataí á gcur san áireamh, féadfar an tréimhse seo a fhadú dhá mhí eile; chuirfí é sin in iúl duit, mar aon leis na cúiseanna, laistigh den chéad mhí.
msg-complaint = Tá sé de cheart agat gearán a thaisceadh le húdarás maoirseachta, go háirithe sa Bhallstát ina bhfuil do ghnáthchónaí, d’áit oibre nó áit an tsáraithe líomhnaithe.
msg-complaint-with = Tá sé de cheart agat gearán a thaisceadh le húdarás maoirseachta, mar shampla { $authority } ({ $url }), go háirithe sa Bhallstát ina bhfuil do ghnáthchónaí, d’áit oibre nó áit an tsáraithe líomhnaithe.
msg-verified-subject = Tá d’iarraidh { $reference } deimhnithe
msg-verified = Tá do sheoladh ríomhphoist deimhnithe. Tá { $controller } ag plé le d’iarraidh { $reference } agus tabharfaidh sé freagra faoi { $date } ar a dhéanaí.
msg-extended-subject = Tá tuilleadh ama ag teastáil le haghaidh d’iarrata { $reference }
msg-extended = D’fhadaigh { $controller } an tréimhse chun freagra a thabhairt ar d’iarraidh { $reference } (RGCS, Airteagal 12(3)). Is é { $date } an spriocdháta nua.
msg-reason = Cúiseanna: { $reason }
msg-refused-subject = Diúltaíodh d’iarraidh { $reference }
msg-refused = Ní ghníomhóidh { $controller } ar d’iarraidh { $reference }.
msg-remedy = Tá sé de cheart agat freisin leigheas breithiúnach éifeachtach a fháil os comhair cúirte (RGCS, Airteagal 79).
msg-completed-subject = Tá d’iarraidh { $reference } curtha i gcrích
msg-completed = Chuir { $controller } d’iarraidh { $reference } i gcrích. An méid a rinneadh:
done-access = Rochtain: tugadh cóip de do shonraí pearsanta duit agus an fhaisnéis faoina bpróiseáil.
done-rectification = Ceartú: ceartaíodh do shonraí pearsanta.
done-erasure = Scriosadh: scriosadh do shonraí pearsanta.
done-objection = Agóid: ní phróiseáiltear do shonraí pearsanta a thuilleadh chun na gcríoch ar chuir tú ina gcoinne.
done-restriction = Srianadh: srianadh próiseáil do shonraí pearsanta.
done-portability = Iniompartacht: tugadh do shonraí pearsanta duit i bhformáid struchtúrtha, a úsáidtear go coitianta agus atá inléite ag meaisín.
done-human-review = Athbhreithniú daonna: rinne duine athbhreithniú ar an gcinneadh agus do thuairim á cur san áireamh.
msg-link-subject = Nasc nua chun d’iarraidh { $reference } a dheimhniú
msg-link = Seo nasc nua chun d’iarraidh { $reference } a dheimhniú. Coinníonn an iarraidh a tagairt agus a spriocdháta, { $date }.
history-link = Seoladh nasc deimhnithe nua
verify-expired-title = Tá an nasc seo imithe in éag
verify-expired-text = Tá an nasc deimhnithe le haghaidh d’iarrata { $reference } imithe in éag. Coinnítear d’iarraidh: is féidir leat nasc nua a fháil don iarraidh chéanna, leis an tagairt agus an spriocdháta céanna.
verify-renew-button = Seol nasc nua chugam
verify-renewed-title = Tá nasc nua ar an mbealach
verify-renewed-text = Sheolamar nasc deimhnithe nua le haghaidh d’iarrata { $reference } chuig do sheoladh ríomhphoist. Coinníonn an iarraidh a spriocdháta, { $date }.

## Result

msg-download = Íoslódáil an freagra anseo (oibreoidh an nasc go dtí { $date }):
msg-no-data = Níl aon sonraí pearsanta fút ag { $controller }.
msg-result-link-subject = Nasc nua chun an freagra ar d’iarraidh { $reference } a íoslódáil
msg-result-link = Seo nasc nua chun an freagra ar d’iarraidh { $reference } a íoslódáil.
history-result-link = Seoladh nasc íoslódála nua
status-mail-withheld = Níorbh fhéidir linn an ríomhphost deimhnithe don iarratas seo a sheoladh anois (an iomarca ríomhphost chuig an seoladh seo inniu). Coinnítear d'iarratas: úsáid an cnaipe thíos chun an nasc deimhnithe a fháil níos déanaí, amárach mar shampla.
status-mail-button = Seol an nasc deimhnithe chugam

msg-systems = I ngach ceann dár gcórais:
system-done = { $system }: déanta.
system-no-data = { $system }: ní raibh aon sonraí pearsanta fút á gcoinneáil.
