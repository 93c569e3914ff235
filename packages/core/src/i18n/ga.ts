import type { Messages } from './en.js';

/** Irish (Gaeilge). */
export const ga: Messages = {
  'banner.title': 'Úsáidimid fianáin',
  'banner.text':
    'Úsáidimid fianáin riachtanacha chun go n-oibreoidh an suíomh seo. Is féidir leat do roghanna a athrú am ar bith.',
  'banner.label': 'Toiliú le fianáin',
  'actions.acceptAll': 'Glac le gach ceann',
  'actions.rejectAll': 'Diúltaigh do gach ceann',
  'actions.manage': 'Bainistigh roghanna',
  'actions.save': 'Sábháil roghanna',
  'actions.close': 'Dún',
  'links.privacyPolicy': 'Fógra príobháideachais',
  'banner.accepted':
    'Ghlac tú le fianáin bhreise. Is féidir leat do shocruithe fianán a athrú am ar bith.',
  'banner.rejected':
    'Dhiúltaigh tú d’fhianáin bhreise. Is féidir leat do shocruithe fianán a athrú am ar bith.',
  'banner.hideMessage': 'Folaigh an teachtaireacht seo',
  'preferences.title': 'Roghanna fianán',
  'preferences.text':
    'Roghnaigh na fianáin ar féidir linn a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad. Baineann do roghanna leis an suíomh seo agus is féidir leat iad a athrú am ar bith.',
  'preferences.alwaysOn': 'Ar siúl i gcónaí',
  'preferences.objection': 'Ar siúl mura ndéanann tú agóid. Múch é chun agóid a dhéanamh.',
  'preferences.services': 'Seirbhísí',
  'preferences.cookies': 'Fianáin',
  'preferences.cookieName': 'Ainm',
  'preferences.cookieDuration': 'Fad',
  'preferences.cookiePurpose': 'Cuspóir',
  'preferences.sessionCookie': 'Go dtí go ndúnann tú do bhrabhsálaí',
  'preferences.details': 'Sonraí',
  'preferences.detailsFor': 'Sonraí faoi {service}',
  'preferences.serviceSwitch': 'Ceadaigh {service}',
  'preferences.gpcNotice':
    'Seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin fanann na fianáin mhargaíochta múchta mura gcuireann tú ar siúl anseo iad.',
  'category.necessary.title': 'Riachtanach',
  'category.necessary.description':
    'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun do roghanna fianán a mheabhrú agus chun tú a choinneáil sínithe isteach. Ní féidir iad a mhúchadh.',
  'category.functional.title': 'Feidhmiúil',
  'category.functional.description':
    'Meabhraíonn siad roghanna a dhéanann tú, mar shampla do theanga nó do réigiún, chun eispéireas níos pearsanta a thabhairt duit.',
  'category.analytics.title': 'Anailísíocht',
  'category.analytics.description':
    'Cabhraíonn siad linn tuiscint a fháil ar an gcaoi a n-úsáideann cuairteoirí an suíomh, mar shampla na leathanaigh is mó a dtugtar cuairt orthu, ionas gur féidir linn é a fheabhsú. Bailítear an fhaisnéis i bhfoirm chomhiomlán.',
  'category.marketing.title': 'Margaíocht',
  'category.marketing.description':
    'Úsáideann muidne agus ár gcomhpháirtithe iad chun ábhar agus fógraí ábhartha a thaispeáint duit ar an suíomh seo agus ar shuíomhanna eile, agus chun a éifeachtaí atá siad a thomhas.',
  'trigger.label': 'Socruithe fianán',
  'trigger.tooltip': 'Athraigh do roghanna fianán',
  'embed.title': 'Tá ábhar ó {service} blocáilte',
  'embed.text':
    'Is é {service} a sholáthraíonn an t-ábhar seo, agus d’fhéadfadh sé fianáin den chatagóir “{category}” a shocrú. Níl sé á thaispeáint toisc nár cheadaigh tú é.',
  'embed.allow': 'Ceadaigh agus luchtaigh',
  'embed.settings': 'Socruithe fianán',
  'embed.scope': 'Ní cheadófar ach {service}.',
  'embed.unknown':
    'Tá an t-ábhar seo bactha go dtí go gceadaíonn tú fianáin sa chatagóir “{category}”.',
  'optin.title': 'Fan i dteagmháil',
  'optin.statement':
    'Roghnaigh conas ba mhaith leat scéala a fháil uainn. Tá nasc díliostála i ngach teachtaireacht, agus is féidir leat do thoiliú a tharraingt siar am ar bith.',
  'optin.channel.email': 'Seol nuacht agus nuashonruithe chugam ar ríomhphost',
  'optin.channel.sms': 'Seol teachtaireachtaí SMS chugam',
  'optin.channel.post': 'Ná seol ábhar margaíochta chugam sa phost',
  'optin.topics': 'Ábhair',
  'optin.emailLabel': 'Seoladh ríomhphoist',
  'optin.phoneLabel': 'Uimhir fón póca',
  'optin.submit': 'Cláraigh mé',
  'optin.success': 'Go raibh maith agat. Taifeadadh do roghanna.',
  'optin.pending':
    'Beagnach déanta: féach i do bhosca isteach agus lean an nasc chun do shíntiús a dheimhniú.',
  'optin.error': 'Ár leithscéal, tharla earráid. Bain triail eile as.',
  'optin.invalidEmail':
    'Cuir isteach seoladh ríomhphoist san fhormáid cheart, mar shampla name@example.com',
  'optin.invalidPhone': 'Cuir isteach uimhir fón póca san fhormáid cheart, mar shampla {example}',
  'optin.requiredEmail': 'Cuir isteach do sheoladh ríomhphoist chun ríomhphost a fháil',
  'optin.requiredPhone': 'Cuir isteach d’uimhir fón póca chun teachtaireachtaí SMS a fháil',
  'optin.chooseChannel':
    'Roghnaigh bealach amháin ar a laghad ar féidir linn teagmháil a dhéanamh leat',
  'unsubscribe.title': 'Do roghanna cumarsáide',
  'unsubscribe.text':
    'Roghnaigh a bhfuil nach dteastaíonn uait a fháil a thuilleadh. Tagann na hathruithe i bhfeidhm láithreach.',
  'unsubscribe.channel.email': 'Ríomhphost',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Cláraithe',
  'unsubscribe.status.denied': 'Díliostáilte',
  'unsubscribe.status.pending': 'Ag fanacht le deimhniú',
  'unsubscribe.status.unknown': 'Gan chlárú',
  'unsubscribe.topic': 'Díliostáil ó “{topic}”',
  'unsubscribe.channelAll.email': 'Díliostáil ó gach ríomhphost',
  'unsubscribe.channelAll.sms': 'Díliostáil ó gach teachtaireacht SMS',
  'unsubscribe.channelAll.post': 'Stop gach ábhar margaíochta sa phost',
  'unsubscribe.everything': 'Díliostáil ó gach rud',
  'unsubscribe.done.email': 'Ní bhfaighidh tú ríomhphoist mhargaíochta uainn a thuilleadh.',
  'unsubscribe.done.sms': 'Ní bhfaighidh tú teachtaireachtaí SMS margaíochta uainn a thuilleadh.',
  'unsubscribe.done.post': 'Ní sheolfaimid ábhar margaíochta chugat sa phost a thuilleadh.',
  'unsubscribe.doneTopic': 'Díliostáladh thú ó “{topic}”.',
  'unsubscribe.undo': 'Cealaigh',
  'unsubscribe.undone.email': 'Gheobhaidh tú ár ríomhphoist mhargaíochta arís.',
  'unsubscribe.undone.sms': 'Gheobhaidh tú ár dteachtaireachtaí SMS margaíochta arís.',
  'unsubscribe.undone.post': 'Féadfaimid ábhar margaíochta a sheoladh chugat sa phost arís.',
  'unsubscribe.undoneTopic': 'Athbhunaíodh do shíntiús le “{topic}”.',
  'unsubscribe.invalidToken': 'Níl an nasc seo bailí. B’fhéidir gur cóipeáladh go mícheart é.',
  'unsubscribe.expiredToken': 'Tá an nasc seo imithe in éag.',
  'unsubscribe.requestLink':
    'Bain úsáid as an nasc inár dteachtaireacht is déanaí, nó déan teagmháil linn chun nasc nua a fháil.',
  'unsubscribe.loading': 'Do roghanna á lódáil…',
  'unsubscribe.error':
    'Ár leithscéal, níorbh fhéidir linn do roghanna a lódáil. Bain triail eile as ar ball.',
  'unsubscribe.nothing': 'Níl tú cláraithe le haon rud.',
  'unsubscribe.for': 'Roghanna do {contact}',
  'unsubscribe.status.postDefault': 'Seoltar é mura ndéanann tú agóid',
  'unsubscribe.doneEverything': 'Díliostáladh thú ó gach rud.',
  'unsubscribe.undoneEverything': 'Athbhunaíodh do shíntiúis.',
  'unsubscribe.retry': 'Bain triail eile as',
  // The browser has no unit names for this language: cookie lifetimes by plural form.
  'duration.minute.other': '{count} nóiméad',
  'duration.hour.other': '{count} uair an chloig',
  'duration.day.other': '{count} lá',
  'duration.week.one': '{count} seachtain',
  'duration.week.two': '{count} sheachtain',
  'duration.week.other': '{count} seachtaine',
  'duration.month.other': '{count} mhí',
  'duration.year.one': '{count} bhliain',
  'duration.year.two': '{count} bhliain',
  'duration.year.other': '{count} bliana',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Do chuid sonraí',
  'rights.text.email':
    'Iarr cóip de na sonraí toilithe atá againn fút, nó iarr go scriosfaí iad. Seolfaimid nasc chugat i ríomhphost chun a dheimhniú gur leatsa an t-iarratas.',
  'rights.text.phone':
    'Iarr cóip de na sonraí toilithe atá againn fút, nó iarr go scriosfaí iad. Seolfaimid nasc chugat i dteachtaireacht téacs chun a dheimhniú gur leatsa an t-iarratas.',
  'rights.legend': 'Cad ba mhaith leat?',
  'rights.access': 'Cóip de mo chuid sonraí',
  'rights.erasure': 'Scrios mo chuid sonraí',
  'rights.submit': 'Seol an t-iarratas',
  'rights.sending': 'Á sheoladh…',
  'rights.chooseOne': 'Roghnaigh cad ba mhaith leat.',
  'rights.sent.email':
    'Féach i do bhosca isteach: sheolamar nasc chuig {email}. Tosóidh d’iarratas nuair a osclóidh tú é.',
  'rights.sent.sms':
    'Féach ar do theachtaireachtaí téacs: sheolamar nasc chuig {phone}. Tosóidh d’iarratas nuair a osclóidh tú é.',
  'rights.failed': 'Níorbh fhéidir an t-iarratas a sheoladh. Bain triail eile as ar ball.',
  'rights.another': 'Déan iarratas eile',
  'banner.purposes':
    'Le do thoiliú, ba mhaith linn fianáin roghnacha a úsáid freisin chun na gcuspóirí seo: {purposes}.',
  'banner.objection':
    'Táimid ag tomhas cheana féin conas a úsáidtear an suíomh ({categories}), rud a cheadaíonn an dlí mura ndéanann tú agóid. Chun agóid a dhéanamh, roghnaigh “{reject}”.',
  'banner.controller': 'Is é {controller} atá freagrach as úsáid do shonraí ar an suíomh seo.',
  'preferences.cookieProvider': 'Soláthraí',
  'preferences.ownCookie': 'Cuimhníonn sé ar do roghanna fianán',
  'optin.softStatement':
    'Ós rud é gur custaiméir nó tacadóir linn thú cheana, d’fhéadfaimis nuacht a sheoladh chugat faoi tháirgí, seirbhísí nó cúiseanna cosúla. Cuir tic i mbosca mura dteastaíonn sé seo uait. Tá nasc chun díliostáil i ngach teachtaireacht.',
  'optin.softOptOut.email': 'Níl ríomhphoist mhargaíochta uaim',
  'optin.softOptOut.sms': 'Níl téacsanna margaíochta uaim',
  'optin.chooseTopic': 'Roghnaigh ábhar amháin ar a laghad',
  'list.two': '{0} agus {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} agus {1}',
};

export default ga;
