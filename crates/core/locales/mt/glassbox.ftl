# Widget Glassbox — Malti.
# Termini skont il-verżjoni Maltija tar-Regolament (UE) 2024/1689: “sistema tal-IA”.

## L-avviż dwar l-IA (Att dwar l-Intelliġenza Artifiċjali, Art. 50)

# Isem aċċessibbli tar-reġjun tal-avviż.
notice-region-label = Avviż: sistema tal-IA
# Is-sentenza nnifisha, meta l-integratur ta isem is-sistema (data-system).
notice-sentence-named = Qed tinteraġixxi ma' { $system }, sistema tal-IA, u mhux ma' persuna.
# Is-sentenza nnifisha, meta ma ngħata l-ebda isem tas-sistema.
notice-sentence = Qed tinteraġixxi ma' sistema tal-IA, u mhux ma' persuna.
notice-operator = Din is-sistema titħaddem minn { $controller }.
notice-operator-unknown = Din is-sistema titħaddem mis-sid ta' dan is-sit web.
# Art. 26(11): l-implimentaturi ta' sistemi b'riskju għoli jinfurmaw lill-persuni li tali sistema tintuża fir-rigward tagħhom.
notice-high-risk = Din is-sistema tal-IA tintuża minn { $controller } biex tieħu deċiżjonijiet dwarek jew biex tgħin fit-teħid tagħhom.
notice-high-risk-unknown = Din is-sistema tal-IA tintuża biex tieħu deċiżjonijiet dwarek jew biex tgħin fit-teħid tagħhom.
notice-human = Kellem persuna
notice-more-info = Kif taħdem din is-sistema tal-IA
notice-privacy = Kif tintuża d-data tiegħek
notice-ack-hint = Jekk jogħġbok ikkonferma li qrajt dan l-avviż qabel ma tibda.
notice-ack = Nifhem
notice-acked = Grazzi. Issa tista' tibda.
notice-human-requested = It-talba tiegħek biex titkellem ma' persuna ntbagħtet.

## Immarkar tal-kontenut iġġenerat mill-IA

# Test alternattiv tat-tikketta “IA” fuq kontenut iġġenerat.
ai-label-alt = Iġġenerat mill-IA
ai-label-alt-modified = Modifikat bl-IA
ai-label-generated = ĠENERAT
ai-label-modified = MODIFIKAT

## L-ispjegazzjoni ta' deċiżjoni awtomatizzata (GDPR, Artikoli 13 sa 15 u 22; Att dwar l-Intelliġenza Artifiċjali, Art. 86)

explanation-title = Dwar din id-deċiżjoni
explanation-region-label = Spjegazzjoni ta' deċiżjoni awtomatizzata
explanation-loading = Qed titgħabba l-ispjegazzjoni ta' din id-deċiżjoni…
explanation-failed = L-ispjegazzjoni ta' din id-deċiżjoni ma setgħetx titgħabba.
explanation-failed-hint = Xorta tista' titlob li persuna tirrieżamina d-deċiżjoni.
explanation-retry = Erġa' pprova
explanation-outcome-favourable = Riżultat: favur tiegħek
explanation-outcome-unfavourable = Riżultat: mhux favur tiegħek
explanation-outcome-neutral = Riżultat: newtrali
explanation-decided-at = Data tad-deċiżjoni: { $date }
explanation-factors = Il-fatturi ewlenin
explanation-factors-caption = Il-fatturi u l-piż ta' kull wieħed, mill-aktar importanti għall-inqas importanti
explanation-factor = Fattur
explanation-your-value = Il-valur tiegħek
explanation-weight = Piż
explanation-weight-strong = qawwi
explanation-weight-moderate = moderat
explanation-weight-slight = żgħir
explanation-weight-none = l-ebda effett
explanation-yes = iva
explanation-no = le
explanation-for-you = favur tiegħek
explanation-against-you = kontrik
explanation-show-all = Uri l-fatturi kollha ({ $count })
explanation-show-fewer = Uri l-fatturi ewlenin biss
explanation-no-factors = Ma ġie rrappurtat l-ebda fattur individwali għal din id-deċiżjoni.
summary-against-one = Il-fattur li kellu l-akbar piż kontrik kien { $factors }.
summary-against-many = Il-fatturi li kellhom l-akbar piż kontrik kienu { $factors }.
summary-for-one = Il-fattur li kellu l-akbar piż favur tiegħek kien { $factors }.
summary-for-many = Il-fatturi li kellhom l-akbar piż favur tiegħek kienu { $factors }.
summary-nothing-against = L-ebda fattur ma kellu piż kontrik.
summary-no-factors = Ma ġie rrappurtat l-ebda fattur individwali għal din id-deċiżjoni.
list-and = { $head } u { $last }
explanation-logic = Kif taħdem is-sistema
explanation-data = Liema data tiegħek intużat
explanation-category-source = Sors: { $source }
explanation-category-why = Għaliex hu rilevanti: { $why }
explanation-sources = Minn fejn ġiet id-data tiegħek
explanation-counterfactuals = X'kien ikun biddel id-deċiżjoni
explanation-counterfactuals-intro = Id-deċiżjoni kienet tkun differenti f'dawn il-każijiet:
explanation-significance = Xi tfisser għalik din id-deċiżjoni
explanation-consequences = X'jiġri issa
explanation-role = Ir-rwol tas-sistema tal-IA
explanation-role-advisory = Is-sistema tal-IA tat parir; id-deċiżjoni ħaditha persuna.
explanation-role-decisive = Is-sistema tal-IA ħadet din id-deċiżjoni.
explanation-human-reviewed = Persuna rrieżaminat din id-deċiżjoni.
explanation-not-human-reviewed = L-ebda persuna ma rrieżaminat din id-deċiżjoni s'issa.
explanation-model = Il-mudell
explanation-model-documentation = Dokumentazzjoni tal-mudell
explanation-review-timescale = It-talbiet għal rieżami jingħataw tweġiba fi żmien { $timescale }.
explanation-missing = Informazzjoni mhux ipprovduta minn { $controller }.
explanation-missing-unknown = Informazzjoni mhux ipprovduta minn min jopera dan is-sit web.
explanation-contest-how = Kif tikkontesta din id-deċiżjoni: { $how }
explanation-contest = Għandek id-dritt li titlob li persuna tirrieżamina din id-deċiżjoni, li tesprimi l-fehma tiegħek u li tikkontesta d-deċiżjoni.
explanation-request-review = Itlob rieżami minn persuna
explanation-review-requested = It-talba tiegħek għal rieżami minn persuna qed titħejja.

## Il-link tal-avviż għall-formola tat-talba
notice-rights = Id-drittijiet tiegħek
