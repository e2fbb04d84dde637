# Giuirléid Glassbox — Gaeilge.
# Téarmaí de réir leagan Gaeilge Rialachán (AE) 2024/1689: “córas IS”.

## An fógra IS (an Gníomh um an Intleacht Shaorga, Airteagal 50)

notice-region-label = Fógra: córas IS
notice-sentence-named = Tá tú ag idirghníomhú le córas IS, { $system }, agus ní le duine.
notice-sentence = Tá tú ag idirghníomhú le córas IS, agus ní le duine.
notice-operator = Oibreoir an chórais seo: { $controller }.
notice-operator-unknown = Is é úinéir an tsuímh Ghréasáin seo a oibríonn an córas seo.
notice-high-risk = Úsáideann { $controller } an córas IS seo chun cinntí a dhéanamh fút, nó chun cabhrú lena ndéanamh.
notice-high-risk-unknown = Úsáidtear an córas IS seo chun cinntí a dhéanamh fút, nó chun cabhrú lena ndéanamh.
notice-human = Labhair le duine
notice-more-info = Conas a oibríonn an córas IS seo
notice-privacy = Conas a úsáidtear do shonraí
notice-ack-hint = Deimhnigh, le do thoil, gur léigh tú an fógra seo sula dtosaíonn tú.
notice-ack = Tuigim
notice-acked = Go raibh maith agat. Is féidir leat tosú anois.
notice-human-requested = Cuireadh ar aghaidh d’iarraidh labhairt le duine.

## Marcáil ar ábhar a ghin IS

ai-label-alt = Ginte ag IS
ai-label-alt-modified = Athraithe le hIS
ai-label-generated = GINTE
ai-label-modified = MODHNAITHE

## Míniú ar chinneadh uathoibrithe (RGCS, Airteagail 13–15 agus 22; an Gníomh um an Intleacht Shaorga, Airteagal 86)

explanation-title = Faoin gcinneadh seo
explanation-region-label = Míniú ar chinneadh uathoibrithe
explanation-loading = An míniú ar an gcinneadh seo á lódáil…
explanation-failed = Níorbh fhéidir an míniú ar an gcinneadh seo a lódáil.
explanation-failed-hint = Is féidir leat a iarraidh fós go ndéanfadh duine athbhreithniú ar an gcinneadh.
explanation-retry = Bain triail eile as
explanation-outcome-favourable = Toradh: i d’fhabhar
explanation-outcome-unfavourable = Toradh: ní i d’fhabhar
explanation-outcome-neutral = Toradh: neodrach
explanation-decided-at = Dáta an chinnidh: { $date }
explanation-factors = Na príomhthosca
explanation-factors-caption = Na tosca agus a dtábhacht, ón gceann is tábhachtaí go dtí an ceann is lú tábhacht
explanation-factor = Toisc
explanation-your-value = Do luach
explanation-weight = Meáchan
explanation-weight-strong = láidir
explanation-weight-moderate = measartha
explanation-weight-slight = beag
explanation-weight-none = gan tionchar
explanation-yes = tá
explanation-no = níl
explanation-for-you = i d’fhabhar
explanation-against-you = i do choinne
explanation-show-all = Taispeáin na tosca go léir ({ $count })
explanation-show-fewer = Taispeáin na príomhthosca amháin
explanation-no-factors = Níor tuairiscíodh aon toisc aonair don chinneadh seo.
summary-against-one = An toisc ba mhó a chuaigh i do choinne: { $factors }.
summary-against-many = Na tosca ba mhó a chuaigh i do choinne: { $factors }.
summary-for-one = An toisc ba mhó a chuaigh i d’fhabhar: { $factors }.
summary-for-many = Na tosca ba mhó a chuaigh i d’fhabhar: { $factors }.
summary-nothing-against = Ní dheachaigh aon toisc i do choinne.
summary-no-factors = Níor tuairiscíodh aon toisc aonair don chinneadh seo.
list-and = { $head } agus { $last }
explanation-logic = Conas a oibríonn an córas
explanation-data = Cé acu de do shonraí a d’úsáid sé
explanation-category-source = Foinse: { $source }
explanation-category-why = Cén fáth a bhfuil sé tábhachtach: { $why }
explanation-sources = Cá as ar tháinig do shonraí
explanation-counterfactuals = Cad a d’athródh an cinneadh
explanation-counterfactuals-intro = Bheadh an cinneadh difriúil sna cásanna seo:
explanation-significance = Cad a chiallaíonn an cinneadh seo duit
explanation-consequences = Cad a tharlóidh anois
explanation-role = Ról an chórais IS
explanation-role-advisory = Thug an córas IS comhairle; rinne duine an cinneadh.
explanation-role-decisive = Rinne an córas IS an cinneadh seo.
explanation-human-reviewed = Rinne duine athbhreithniú ar an gcinneadh seo.
explanation-not-human-reviewed = Níl athbhreithniú déanta ag aon duine ar an gcinneadh seo fós.
explanation-model = An tsamhail
explanation-model-documentation = Doiciméadú na samhla
explanation-review-timescale = Am freagartha ar iarraidh athbhreithnithe: { $timescale }.
explanation-missing = Níor sholáthair { $controller } é seo.
explanation-missing-unknown = Níor sholáthair oibreoir an tsuímh Ghréasáin seo é seo.
explanation-contest-how = Conas agóid a dhéanamh i gcoinne an chinnidh seo: { $how }
explanation-contest = Tá sé de cheart agat a iarraidh go ndéanfadh duine athbhreithniú ar an gcinneadh seo, do dhearcadh a chur in iúl agus agóid a dhéanamh i gcoinne an chinnidh.
explanation-request-review = Iarr athbhreithniú daonna
explanation-review-requested = Tá d’iarraidh ar athbhreithniú daonna á hullmhú.

## Nasc an fhógra chuig an bhfoirm iarrata
notice-rights = Do chearta
