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
