# Riċevitur ta' referenza Glassbox — Malti. Dak li r-riċevitur jgħid lill-persuna li għamlet talba:
# l-email ta' verifika u l-paġni li jiftħu l-links tagħha. Ikkompilat fir-riċevitur biss.
# Termini skont il-verżjoni Maltija tar-Regolament (UE) 2016/679 (GDPR): “kontrollur”.

## L-email ta' verifika (test sempliċi)

# Is-suġġett.
mail-subject = Jekk jogħġbok ikkonferma t-talba tiegħek dwar il-protezzjoni tad-data { $reference }
mail-hello = Bonġu,
mail-received = It-talba tiegħek dwar il-protezzjoni tad-data { $reference } waslet għand { $controller }.
# { $hours } huwa numru, 1 jew aktar.
mail-confirm = Biex tikkonferma li dan l-indirizz tal-email huwa tiegħek, iftaħ il-link hawn taħt fi żmien { $hours } h:
mail-due = Se tirċievi tweġiba sa { $date } l-aktar tard (xahar minn meta tasal it-talba; Art. 12(3) tal-GDPR).
mail-follow = Tista' ssegwi t-talba tiegħek hawn:
mail-ignore = Jekk ma għamiltx din it-talba, injora din l-email: ma jsir xejn.

## Il-paġna li jiftaħ il-link ta' konferma, u l-paġna wara l-konferma

verify-title = Ikkonferma t-talba tiegħek
verify-text = Agħfas il-buttuna biex tikkonferma li għamilt din it-talba dwar il-protezzjoni tad-data lil { $controller }.
verify-button = Nikkonferma t-talba tiegħi
verified-title = Grazzi
verified-text = It-talba tiegħek { $reference } ġiet ikkonfermata. Se tirċievi tweġiba mingħand { $controller } sa { $date } l-aktar tard.
verify-invalid-title = Link mhux validu
verify-invalid-text = Dan il-link ta' konferma mhuwiex validu jew skada. Jekk jogħġbok agħmel it-talba mill-ġdid jew ikkuntattja lill-kontrollur.
follow-link = Segwi t-talba tiegħek

## Il-paġna tal-istatus ta' talba

status-title = It-talba tiegħek { $reference }
status-sent-to = Mibgħuta lil: { $controller }
status-status = L-istatus
status-kinds = Drittijiet eżerċitati
status-received = Data tal-wasla
status-due = Skadenza għat-tweġiba
# Il-kontrollur estenda l-iskadenza (Art. 12(3) tal-GDPR); { $reason } huwa t-test tiegħu.
status-extended = L-iskadenza ġiet estiża sa { $date }. Raġuni: { $reason }
status-refusal = Ir-raġunijiet għaċ-ċaħda
status-private = Żomm l-indirizz ta' din il-paġna privat: kull min ikollu l-indirizz jista' jara dan l-istatus (iżda xejn mid-data personali tiegħek).
status-history = Storja
status-when = Meta (UTC)
status-what = X'ġara
state-received = Waslet
state-verified = Indirizz tal-email ikkonfermat
state-in-progress = Qed tiġi ttrattata
state-completed = Ikkompletata
state-refused = Miċħuda
history-received = Waslet it-talba
history-status = L-istatus: { $status }
history-extended = Skadenza estiża sa { $date }
history-purged = Data personali mħassra (il-perjodu ta' ħażna skada)

## Messages at each step (mail and status page) / new confirmation link

msg-received-subject = It-talba tiegħek dwar id-data tiegħek { $reference } waslet
msg-received = { $controller } irċieva t-talba tiegħek dwar id-data tiegħek { $reference } fl-{ $date }.
msg-due = Se tirċievi tweġiba sa { $date } l-aktar tard (xahar minn meta tasal it-talba; Art. 12(3) tal-GDPR).
msg-may-extend = Fejn meħtieġ, filwaqt li jitqiesu l-kumplessità u n-numru ta’ talbiet, dan il-perjodu jista’ jiġi estiż b’żewġ xhur oħra; tiġi infurmat b’dan, flimkien mar-raġunijiet, fl-ewwel xahar.
msg-complaint = Għandek id-dritt li tressaq ilment quddiem awtorità superviżorja, b’mod partikolari fl-Istat Membru tar-residenza abitwali tiegħek, tal-post tax-xogħol tiegħek jew tal-post tal-ksur allegat.
msg-complaint-with = Għandek id-dritt li tressaq ilment quddiem awtorità superviżorja, pereżempju { $authority } ({ $url }), b’mod partikolari fl-Istat Membru tar-residenza abitwali tiegħek, tal-post tax-xogħol tiegħek jew tal-post tal-ksur allegat.
msg-verified-subject = It-talba tiegħek { $reference } ġiet ikkonfermata
msg-verified = L-indirizz tal-email tiegħek ġie kkonfermat. { $controller } qed jittratta t-talba tiegħek { $reference } u se jwieġeb sa { $date } l-aktar tard.
msg-extended-subject = Hemm bżonn aktar żmien għat-talba tiegħek { $reference }
msg-extended = { $controller } estenda l-perjodu biex iwieġeb it-talba tiegħek { $reference } (Art. 12(3) tal-GDPR). Id-data l-ġdida tal-iskadenza hija { $date }.
msg-reason = Raġunijiet: { $reason }
msg-refused-subject = It-talba tiegħek { $reference } ġiet miċħuda
msg-refused = { $controller } mhux se jieħu azzjoni fuq it-talba tiegħek { $reference }.
msg-remedy = Għandek ukoll id-dritt għal rimedju ġudizzjarju effettiv quddiem qorti (Art. 79 tal-GDPR).
msg-completed-subject = It-talba tiegħek { $reference } ġiet ittrattata
msg-completed = { $controller } temm it-talba tiegħek { $reference }. Dak li sar:
done-access = Aċċess: ingħatajt kopja tad-data personali tiegħek u l-informazzjoni dwar l-ipproċessar tagħha.
done-rectification = Rettifika: id-data personali tiegħek ġiet ikkoreġuta.
done-erasure = Tħassir: id-data personali tiegħek tħassret.
done-objection = Oġġezzjoni: id-data personali tiegħek ma għadhiex tiġi pproċessata għall-finijiet li oġġezzjonajt għalihom.
done-restriction = Restrizzjoni: l-ipproċessar tad-data personali tiegħek ġie ristrett.
done-portability = Portabbiltà: id-data personali tiegħek ingħatatlek f’format strutturat, użat b’mod komuni u li jinqara minn magna.
done-human-review = Rieżami uman: persuna rrieżaminat id-deċiżjoni filwaqt li qieset il-fehma tiegħek.
msg-link-subject = Link ġdid biex tikkonferma t-talba tiegħek { $reference }
msg-link = Hawn link ġdid biex tikkonferma t-talba tiegħek { $reference }. It-talba żżomm ir-referenza u d-data tal-iskadenza tagħha, { $date }.
history-link = Intbagħat link ġdid ta’ konferma
verify-expired-title = Dan il-link skada
verify-expired-text = Il-link ta’ konferma għat-talba tiegħek { $reference } skada. It-talba tiegħek tinżamm: tista’ tikseb link ġdid għall-istess talba, bl-istess referenza u data tal-iskadenza.
verify-renew-button = Ibagħtli link ġdid
verify-renewed-title = Link ġdid fi triqtu
verify-renewed-text = Bgħatna link ġdid ta’ konferma għat-talba tiegħek { $reference } fl-indirizz tal-email tiegħek. It-talba żżomm id-data tal-iskadenza tagħha, { $date }.

## Result

msg-download = Niżżel it-tweġiba hawn (il-link jaħdem sa { $date }):
msg-no-data = { $controller } ma għandu l-ebda data personali dwarek.
msg-result-link-subject = Link ġdid biex tniżżel it-tweġiba għat-talba tiegħek { $reference }
msg-result-link = Hawn link ġdid biex tniżżel it-tweġiba għat-talba tiegħek { $reference }.
history-result-link = Intbagħat link ġdid għat-tniżżil
status-mail-withheld = Ma stajniex nibagħtu l-email ta' konferma għal din it-talba issa (wisq emails lil dan l-indirizz illum). It-talba tiegħek tinżamm: uża l-buttuna hawn taħt biex tikseb il-link ta' konferma aktar tard, pereżempju għada.
status-mail-button = Ibagħtuli l-link ta' konferma

msg-systems = F’kull waħda mis-sistemi tagħna:
system-done = { $system }: magħmul.
system-no-data = { $system }: ma kienet tinżamm l-ebda data personali dwarek.
