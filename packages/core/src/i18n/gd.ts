import type { Messages } from './en.js';

/** Scottish Gaelic (Gàidhlig). */
export const gd: Messages = {
  'banner.title': 'Tha sinn a’ cleachdadh briosgaidean',
  'banner.text':
    'Tha sinn a’ cleachdadh briosgaidean riatanach gus an obraich an làrach seo. Faodaidh sibh ur roghainnean atharrachadh uair sam bith.',
  'banner.label': 'Cead airson briosgaidean',
  'actions.acceptAll': 'Gabh ris na h-uile',
  'actions.rejectAll': 'Diùlt na h-uile',
  'actions.manage': 'Stiùir na roghainnean',
  'actions.save': 'Sàbhail na roghainnean',
  'actions.close': 'Dùin',
  'links.privacyPolicy': 'Sanas prìobhaideachd',
  'banner.accepted':
    'Ghabh thu ri briosgaidean a bharrachd. ’S urrainn dhut na roghainnean bhriosgaidean agad atharrachadh uair sam bith.',
  'banner.rejected':
    'Dhiùlt thu briosgaidean a bharrachd. ’S urrainn dhut na roghainnean bhriosgaidean agad atharrachadh uair sam bith.',
  'banner.hideMessage': 'Falaich an teachdaireachd seo',
  'preferences.title': 'Roghainnean bhriosgaidean',
  'preferences.text':
    'Taghaibh dè na briosgaidean a dh’fhaodas sinn a chleachdadh. Bidh na briosgaidean riatanach air an-còmhnaidh, oir chan obraich an làrach às an aonais. Buinidh ur roghainnean ris an làrach seo agus faodaidh sibh an atharrachadh uair sam bith.',
  'preferences.alwaysOn': 'Air an-còmhnaidh',
  'preferences.objection': 'Air mura cuir thu na aghaidh. Cuir dheth e gus cur na aghaidh.',
  'preferences.services': 'Seirbheisean',
  'preferences.cookies': 'Briosgaidean',
  'preferences.cookieName': 'Ainm',
  'preferences.cookieDuration': 'Faid',
  'preferences.cookiePurpose': 'Adhbhar',
  'preferences.sessionCookie': 'Gus an dùin sibh am brabhsair',
  'preferences.details': 'Mion-fhiosrachadh',
  'preferences.detailsFor': 'Mion-fhiosrachadh mu {service}',
  'preferences.serviceSwitch': 'Ceadaich {service}',
  'preferences.gpcNotice':
    'Tha am brabhsair agaibh a’ cur siognail Global Privacy Control, mar sin fuirichidh briosgaidean margaidheachd dheth mura cuir sibh fhèin air iad an-seo.',
  'category.necessary.title': 'Riatanach',
  'category.necessary.description':
    'Tha feum orra gus an obraich an làrach, mar eisimpleir gus cuimhneachadh air ur roghainnean bhriosgaidean agus gus ur cumail clàraichte a-steach. Chan urrainnear an cur dheth.',
  'category.functional.title': 'Gnìomhach',
  'category.functional.description':
    'Cuimhnichidh iad air na roghainnean a nì sibh, leithid cànan no roinn, gus eòlas nas pearsanta a thoirt dhuibh.',
  'category.analytics.title': 'Anailis',
  'category.analytics.description':
    'Cuidichidh iad sinn gus tuigsinn mar a bhios luchd-tadhail a’ cleachdadh na làraich, mar eisimpleir dè na duilleagan air an tadhlar as trice, gus an leasaich sinn i. Thèid am fiosrachadh a chruinneachadh ann an cruth coitcheann.',
  'category.marketing.title': 'Margaidheachd',
  'category.marketing.description':
    'Cleachdaidh sinne agus ar com-pàirtichean iad gus susbaint is sanasachd iomchaidh a shealltainn dhuibh air an làrach seo is air làraichean eile, agus gus tomhas cho math ’s a tha iad ag obair.',
  'trigger.label': 'Roghainnean bhriosgaidean',
  'trigger.tooltip': 'Atharraich ur roghainnean bhriosgaidean',
  'embed.title': 'Tha susbaint o {service} air a bacadh',
  'embed.text':
    'Tha {service} a’ solar na susbaint seo agus dh’fhaodadh e briosgaidean dhen roinn “{category}” a shuidheachadh. Chan eil i ga sealltainn a chionn ’s nach do cheadaich sibh i.',
  'embed.allow': 'Ceadaich is luchdaich',
  'embed.settings': 'Roghainnean bhriosgaidean',
  'embed.scope': 'Cha tèid ach {service} a cheadachadh.',
  'embed.unknown':
    'Tha an t-susbaint seo bacte gus an ceadaich sibh briosgaidean san roinn “{category}”.',
  'optin.title': 'Cumaibh ceangal rinn',
  'optin.statement':
    'Taghaibh ciamar a bu toigh leibh fios fhaighinn uainn. Tha ceangal gus crìoch a chur air an fho-sgrìobhadh anns gach teachdaireachd, agus faodaidh sibh ur cead a tharraing air ais uair sam bith.',
  'optin.channel.email': 'Cuiribh naidheachdan is fiosrachadh ùr thugam air post-d',
  'optin.channel.sms': 'Cuiribh teachdaireachdan SMS thugam',
  'optin.channel.post': 'Na cuiribh margaidheachd thugam tron phost',
  'optin.topics': 'Cuspairean',
  'optin.emailLabel': 'Seòladh puist-d',
  'optin.phoneLabel': 'Àireamh fòn-làimhe',
  'optin.submit': 'Clàraich mi',
  'optin.success': 'Mòran taing. Chaidh ur roghainnean a chlàradh.',
  'optin.pending':
    'Cha mhòr deiseil: thoiribh sùil air ur bogsa a-steach is leanaibh an ceangal gus ur fo-sgrìobhadh a dhearbhadh.',
  'optin.error': 'Tha sinn duilich, chaidh rudeigin ceàrr. Feuchaibh ris a-rithist.',
  'optin.invalidEmail':
    'Cuiribh a-steach seòladh puist-d sa chruth cheart, mar eisimpleir name@example.com',
  'optin.invalidPhone':
    'Cuiribh a-steach àireamh fòn-làimhe sa chruth cheart, mar eisimpleir {example}',
  'optin.requiredEmail': 'Cuiribh a-steach ur seòladh puist-d gus post-d fhaighinn',
  'optin.requiredPhone':
    'Cuiribh a-steach ur n-àireamh fòn-làimhe gus teachdaireachdan SMS fhaighinn',
  'optin.chooseChannel': 'Taghaibh co-dhiù aon dòigh air an urrainn dhuinn fios a chur thugaibh',
  'unsubscribe.title': 'Ur roghainnean conaltraidh',
  'unsubscribe.text':
    'Taghaibh na rudan nach eil sibh airson fhaighinn tuilleadh. Bidh na h-atharraichean an sàs sa bhad.',
  'unsubscribe.channel.email': 'Post-d',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Fo-sgrìobhte',
  'unsubscribe.status.denied': 'Air a chur dheth',
  'unsubscribe.status.pending': 'A’ feitheamh air dearbhadh',
  'unsubscribe.status.unknown': 'Gun fho-sgrìobhadh',
  'unsubscribe.topic': 'Cuir crìoch air “{topic}”',
  'unsubscribe.channelAll.email': 'Cuir crìoch air gach post-d',
  'unsubscribe.channelAll.sms': 'Cuir crìoch air gach teachdaireachd SMS',
  'unsubscribe.channelAll.post': 'Cuir stad air gach margaidheachd tron phost',
  'unsubscribe.everything': 'Cuir crìoch air a h-uile càil',
  'unsubscribe.done.email': 'Chan fhaigh sibh post-d margaidheachd uainn tuilleadh.',
  'unsubscribe.done.sms': 'Chan fhaigh sibh teachdaireachdan SMS margaidheachd uainn tuilleadh.',
  'unsubscribe.done.post': 'Cha chuir sinn margaidheachd thugaibh tron phost tuilleadh.',
  'unsubscribe.doneTopic': 'Chuir sibh crìoch air “{topic}”.',
  'unsubscribe.undo': 'Neo-dhèan',
  'unsubscribe.undone.email': 'Gheibh sibh ar post-d margaidheachd a-rithist.',
  'unsubscribe.undone.sms': 'Gheibh sibh ar teachdaireachdan SMS margaidheachd a-rithist.',
  'unsubscribe.undone.post': 'Faodaidh sinn margaidheachd a chur thugaibh tron phost a-rithist.',
  'unsubscribe.undoneTopic': 'Chaidh ur fo-sgrìobhadh gu “{topic}” aiseag.',
  'unsubscribe.invalidToken':
    'Chan eil an ceangal seo dligheach. ’S dòcha gun deach lethbhreac ceàrr dheth a dhèanamh.',
  'unsubscribe.expiredToken': 'Dh’fhalbh an ùine air a’ cheangal seo.',
  'unsubscribe.requestLink':
    'Cleachdaibh an ceangal san teachdaireachd as ùire againn, no cuiribh fios thugainn airson fear ùr.',
  'unsubscribe.loading': 'A’ luchdadh ur roghainnean…',
  'unsubscribe.error':
    'Tha sinn duilich, cha b’ urrainn dhuinn ur roghainnean a luchdadh. Feuchaibh ris a-rithist an ceann greis.',
  'unsubscribe.nothing': 'Chan eil sibh fo-sgrìobhte do rud sam bith.',
  'unsubscribe.for': 'Roghainnean airson {contact}',
  'unsubscribe.status.postDefault': 'Ga chur mura cuir sibh an aghaidh',
  'unsubscribe.doneEverything': 'Chuir sibh crìoch air a h-uile fo-sgrìobhadh.',
  'unsubscribe.undoneEverything': 'Chaidh ur fo-sgrìobhaidhean aiseag.',
  'unsubscribe.retry': 'Feuchaibh ris a-rithist',
  // The browser has no unit names for this language: cookie lifetimes by plural form.
  'duration.minute.one': '{count} mhionaid',
  'duration.minute.two': '{count} mhionaid',
  'duration.minute.few': '{count} mionaidean',
  'duration.minute.other': '{count} mionaid',
  'duration.hour.few': '{count} uairean a thìde',
  'duration.hour.other': '{count} uair a thìde',
  'duration.day.few': '{count} làithean',
  'duration.day.other': '{count} latha',
  'duration.week.two': '{count} sheachdain',
  'duration.week.few': '{count} seachdainean',
  'duration.week.other': '{count} seachdain',
  'duration.month.one': '{count} mhìos',
  'duration.month.two': '{count} mhìos',
  'duration.month.few': '{count} mìosan',
  'duration.month.other': '{count} mìos',
  'duration.year.one': '{count} bhliadhna',
  'duration.year.two': '{count} bhliadhna',
  'duration.year.few': '{count} bliadhnaichean',
  'duration.year.other': '{count} bliadhna',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'An dàta agaibh',
  'rights.text.email':
    'Iarraibh lethbhreac dhen dàta cead a th’ againn mur deidhinn, no gun tèid a sguabadh às. Cuiridh sinn ceangal thugaibh air post-d airson dearbhadh gur ann bhuaibh-se a thàinig an t-iarrtas.',
  'rights.text.phone':
    'Iarraibh lethbhreac dhen dàta cead a th’ againn mur deidhinn, no gun tèid a sguabadh às. Cuiridh sinn ceangal thugaibh ann an teachdaireachd-theacsa airson dearbhadh gur ann bhuaibh-se a thàinig an t-iarrtas.',
  'rights.legend': 'Dè bu toigh leibh?',
  'rights.access': 'Lethbhreac dhen dàta agam',
  'rights.erasure': 'Sguab às an dàta agam',
  'rights.submit': 'Cuir an t-iarrtas',
  'rights.sending': 'Ga chur…',
  'rights.chooseOne': 'Taghaibh na bu toigh leibh.',
  'rights.sent.email':
    'Thoiribh sùil air a’ bhogsa a-steach agaibh: chuir sinn ceangal gu {email}. Tòisichidh an t-iarrtas agaibh nuair a dh’fhosglas sibh e.',
  'rights.sent.sms':
    'Thoiribh sùil air na teachdaireachdan-teacsa agaibh: chuir sinn ceangal gu {phone}. Tòisichidh an t-iarrtas agaibh nuair a dh’fhosglas sibh e.',
  'rights.failed':
    'Cha b’ urrainn dhuinn an t-iarrtas a chur. Feuchaibh ris a-rithist an ceann greis.',
  'rights.another': 'Dèan iarrtas eile',
  'banner.purposes':
    'Le ur cead, bu toigh leinn briosgaidean roghainneil a chleachdadh cuideachd airson nan adhbharan seo: {purposes}.',
  'banner.objection':
    'Tha sinn mu thràth a’ tomhas mar a thathar a’ cleachdadh na làraich ({categories}), rud a tha an lagh a’ ceadachadh mura cuir sibh na aghaidh. Airson cur na aghaidh, taghaibh “{reject}”.',
  'banner.controller': 'Tha {controller} an urra ri cleachdadh ur dàta air an làrach seo.',
  'preferences.cookieProvider': 'Solaraiche',
  'preferences.ownCookie': 'Cuimhnichidh e ur roghainnean bhriosgaidean',
  'optin.softStatement':
    'On a tha sibh nur custamair no nur taicear againn mu thràth, dh’fhaodadh gun cuir sinn naidheachdan thugaibh mu bhathar, sheirbheisean no adhbharan coltach riutha. Cuiribh strìochag ann am bogsa mura h-eil sibh ag iarraidh seo. Tha ceangal gus fo-sgrìobhadh a sguir anns gach teachdaireachd.',
  'optin.softOptOut.email': 'Chan eil mi ag iarraidh puist-d margaidheachd',
  'optin.softOptOut.sms': 'Chan eil mi ag iarraidh teachdaireachdan teacsa margaidheachd',
  'optin.chooseTopic': 'Taghaibh co-dhiù aon chuspair',
  'list.two': '{0} agus {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} agus {1}',
};

export default gd;
