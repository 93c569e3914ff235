import type { Messages } from './en.js';

/** Welsh (Cymraeg). */
export const cy: Messages = {
  'banner.title': 'Rydym yn defnyddio cwcis',
  'banner.text':
    'Rydym yn defnyddio cwcis angenrheidiol i wneud i’r wefan hon weithio. Gallwch newid eich dewisiadau unrhyw bryd.',
  'banner.label': 'Caniatâd cwcis',
  'actions.acceptAll': 'Derbyn y cyfan',
  'actions.rejectAll': 'Gwrthod y cyfan',
  'actions.manage': 'Rheoli dewisiadau',
  'actions.save': 'Cadw dewisiadau',
  'actions.close': 'Cau',
  'links.privacyPolicy': 'Hysbysiad preifatrwydd',
  'banner.accepted':
    'Rydych chi wedi derbyn cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis unrhyw bryd.',
  'banner.rejected':
    'Rydych chi wedi gwrthod cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis unrhyw bryd.',
  'banner.hideMessage': 'Cuddio’r neges hon',
  'preferences.title': 'Dewisiadau cwcis',
  'preferences.text':
    'Dewiswch pa gwcis y cawn eu defnyddio. Mae cwcis angenrheidiol bob amser ymlaen oherwydd na all y wefan weithio hebddynt. Mae eich dewisiadau’n berthnasol i’r wefan hon a gallwch eu newid unrhyw bryd.',
  'preferences.alwaysOn': 'Bob amser ymlaen',
  'preferences.objection': 'Ymlaen oni bai eich bod yn gwrthwynebu. Diffoddwch ef i wrthwynebu.',
  'preferences.services': 'Gwasanaethau',
  'preferences.cookies': 'Cwcis',
  'preferences.cookieName': 'Enw',
  'preferences.cookieDuration': 'Hyd',
  'preferences.cookiePurpose': 'Diben',
  'preferences.details': 'Manylion',
  'preferences.detailsFor': 'Manylion ar gyfer {service}',
  'preferences.serviceSwitch': 'Caniatáu {service}',
  'preferences.gpcNotice':
    'Mae eich porwr yn anfon signal Global Privacy Control, felly bydd cwcis marchnata yn aros i ffwrdd oni bai eich bod yn eu troi ymlaen yma.',
  'category.necessary.title': 'Angenrheidiol',
  'category.necessary.description':
    'Mae eu hangen er mwyn i’r wefan weithio, er enghraifft i gofio eich dewisiadau cwcis a’ch cadw wedi mewngofnodi. Nid oes modd eu diffodd.',
  'category.functional.title': 'Swyddogaethol',
  'category.functional.description':
    'Maent yn cofio’r dewisiadau rydych yn eu gwneud, fel eich iaith neu eich rhanbarth, er mwyn rhoi profiad mwy personol i chi.',
  'category.analytics.title': 'Dadansoddi',
  'category.analytics.description':
    'Maent yn ein helpu i ddeall sut mae ymwelwyr yn defnyddio’r wefan, er enghraifft pa dudalennau sy’n cael eu gweld amlaf, fel y gallwn ei gwella. Caiff yr wybodaeth ei chasglu ar ffurf gyfanredol.',
  'category.marketing.title': 'Marchnata',
  'category.marketing.description':
    'Maent yn cael eu defnyddio gennym ni a’n partneriaid i ddangos cynnwys a hysbysebion perthnasol i chi ar y wefan hon a gwefannau eraill, ac i fesur pa mor dda y maent yn gweithio.',
  'trigger.label': 'Gosodiadau cwcis',
  'trigger.tooltip': 'Newid eich dewisiadau cwcis',
  'embed.title': 'Mae cynnwys {service} wedi’i rwystro',
  'embed.text':
    '{service} sy’n darparu’r cynnwys hwn, a gallai osod cwcis at ddibenion {category}. Nid yw’n cael ei ddangos am nad ydych wedi’i ganiatáu.',
  'embed.allow': 'Caniatáu a llwytho',
  'embed.settings': 'Gosodiadau cwcis',
  'embed.scope': 'Dim ond {service} fydd yn cael ei ganiatáu.',
  'embed.unknown':
    "Mae'r cynnwys hwn wedi'i rwystro nes i chi ganiatáu cwcis yn y categori “{category}”.",
  'optin.title': 'Cadw mewn cysylltiad',
  'optin.statement':
    'Dewiswch sut yr hoffech glywed gennym. Mae dolen i ddad-danysgrifio ym mhob neges, a gallwch dynnu eich caniatâd yn ôl unrhyw bryd.',
  'optin.channel.email': 'Anfonwch newyddion a diweddariadau ataf drwy e-bost',
  'optin.channel.sms': 'Anfonwch negeseuon testun SMS ataf',
  'optin.channel.post': 'Peidiwch ag anfon deunydd marchnata ataf drwy’r post',
  'optin.topics': 'Pynciau',
  'optin.emailLabel': 'Cyfeiriad e-bost',
  'optin.phoneLabel': 'Rhif ffôn symudol',
  'optin.submit': 'Cofrestru',
  'optin.success': 'Diolch. Mae eich dewisiadau wedi’u cofnodi.',
  'optin.pending':
    'Bron â gorffen: edrychwch yn eich mewnflwch a dilynwch y ddolen i gadarnhau eich tanysgrifiad.',
  'optin.error': 'Mae’n ddrwg gennym, aeth rhywbeth o’i le. Rhowch gynnig arall arni.',
  'optin.invalidEmail': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com',
  'optin.invalidPhone': 'Rhowch rif ffôn symudol yn y fformat cywir, fel {example}',
  'optin.requiredEmail': 'Rhowch eich cyfeiriad e-bost i gael negeseuon e-bost',
  'optin.requiredPhone': 'Rhowch eich rhif ffôn symudol i gael negeseuon SMS',
  'optin.chooseChannel': 'Dewiswch o leiaf un ffordd i ni gysylltu â chi',
  'unsubscribe.title': 'Eich dewisiadau cyfathrebu',
  'unsubscribe.text':
    'Dewiswch beth nad ydych am ei gael mwyach. Daw’r newidiadau i rym ar unwaith.',
  'unsubscribe.channel.email': 'E-bost',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Wedi tanysgrifio',
  'unsubscribe.status.denied': 'Wedi dad-danysgrifio',
  'unsubscribe.status.pending': 'Yn aros am gadarnhad',
  'unsubscribe.status.unknown': 'Heb danysgrifio',
  'unsubscribe.topic': 'Dad-danysgrifio o “{topic}”',
  'unsubscribe.everything': 'Dad-danysgrifio o bopeth',
  'unsubscribe.undo': 'Dadwneud',
  'unsubscribe.invalidToken':
    'Nid yw’r ddolen hon yn ddilys. Efallai nad yw wedi cael ei chopïo’n gywir.',
  'unsubscribe.expiredToken': 'Mae’r ddolen hon wedi dod i ben.',
  'unsubscribe.requestLink':
    'Defnyddiwch y ddolen yn ein neges ddiweddaraf, neu cysylltwch â ni i gael un newydd.',
  'unsubscribe.loading': 'Wrthi’n llwytho eich dewisiadau…',
  'unsubscribe.error':
    'Mae’n ddrwg gennym, nid oedd modd llwytho eich dewisiadau. Rhowch gynnig arall arni yn nes ymlaen.',
  'unsubscribe.nothing': 'Nid ydych wedi tanysgrifio i unrhyw beth.',
  'unsubscribe.for': 'Dewisiadau ar gyfer {contact}',
  'unsubscribe.status.postDefault': 'Yn cael ei anfon oni bai eich bod yn gwrthwynebu',
  'unsubscribe.doneEverything': 'Rydych wedi dad-danysgrifio o bopeth.',
  'unsubscribe.undoneEverything': 'Mae eich tanysgrifiadau wedi’u hadfer.',
  'unsubscribe.retry': 'Rhowch gynnig arall arni',
  'preferences.sessionCookie': 'Nes i chi gau eich porwr',
  'unsubscribe.channelAll.email': 'Dad-danysgrifio o bob e-bost',
  'unsubscribe.channelAll.sms': 'Dad-danysgrifio o bob neges destun',
  'unsubscribe.channelAll.post': 'Atal pob marchnata drwy’r post',
  'unsubscribe.done.email': 'Ni fyddwch yn cael negeseuon e-bost marchnata gennym mwyach.',
  'unsubscribe.done.sms': 'Ni fyddwch yn cael negeseuon testun marchnata gennym mwyach.',
  'unsubscribe.done.post': 'Ni fyddwn yn anfon marchnata atoch drwy’r post mwyach.',
  'unsubscribe.doneTopic': 'Rydych wedi dad-danysgrifio o “{topic}”.',
  'unsubscribe.undone.email': 'Byddwch yn cael ein negeseuon e-bost marchnata eto.',
  'unsubscribe.undone.sms': 'Byddwch yn cael ein negeseuon testun marchnata eto.',
  'unsubscribe.undone.post': 'Gallwn anfon marchnata atoch drwy’r post eto.',
  'unsubscribe.undoneTopic': 'Mae eich tanysgrifiad i “{topic}” wedi’i adfer.',
  // The browser has no unit names for this language: cookie lifetimes by plural form.
  'duration.minute.other': '{count} munud',
  'duration.hour.other': '{count} awr',
  'duration.day.other': '{count} diwrnod',
  'duration.week.other': '{count} wythnos',
  'duration.month.other': '{count} mis',
  'duration.year.one': '{count} flwyddyn',
  'duration.year.other': '{count} blynedd',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Eich data',
  'rights.text.email':
    'Gofynnwch am gopi o’r data caniatâd sydd gennym amdanoch, neu i’w ddileu. Byddwn yn anfon dolen atoch drwy e-bost i chi gadarnhau mai chi sydd wedi gwneud y cais.',
  'rights.text.phone':
    'Gofynnwch am gopi o’r data caniatâd sydd gennym amdanoch, neu i’w ddileu. Byddwn yn anfon dolen atoch mewn neges destun i chi gadarnhau mai chi sydd wedi gwneud y cais.',
  'rights.legend': 'Beth hoffech chi ei wneud?',
  'rights.access': 'Cael copi o fy nata',
  'rights.erasure': 'Dileu fy nata',
  'rights.submit': 'Anfon y cais',
  'rights.sending': 'Wrthi’n anfon…',
  'rights.chooseOne': 'Dewiswch beth hoffech chi ei wneud.',
  'rights.sent.email':
    'Edrychwch yn eich mewnflwch: rydym wedi anfon dolen i {email}. Bydd eich cais yn dechrau pan fyddwch yn ei hagor.',
  'rights.sent.sms':
    'Edrychwch ar eich negeseuon testun: rydym wedi anfon dolen i {phone}. Bydd eich cais yn dechrau pan fyddwch yn ei hagor.',
  'rights.failed': 'Nid oedd modd anfon y cais. Rhowch gynnig arall arni yn nes ymlaen.',
  'rights.another': 'Gwneud cais arall',
  'banner.purposes':
    'Gyda’ch caniatâd, hoffem hefyd ddefnyddio cwcis dewisol at y dibenion hyn: {purposes}.',
  'banner.objection':
    'Rydym eisoes yn mesur sut mae’r wefan yn cael ei defnyddio ({categories}), ac mae’r gyfraith yn caniatáu hyn oni bai eich bod yn gwrthwynebu. I wrthwynebu, dewiswch “{reject}”.',
  'banner.controller': '{controller} sy’n gyfrifol am y defnydd o’ch data ar y wefan hon.',
  'preferences.cookieProvider': 'Darparwr',
  'preferences.ownCookie': 'Yn cofio eich dewisiadau cwcis',
  'optin.softStatement':
    'Gan eich bod eisoes yn gwsmer neu’n gefnogwr i ni, efallai y byddwn yn anfon newyddion atoch am gynhyrchion, gwasanaethau neu achosion tebyg. Ticiwch flwch os nad ydych eisiau hyn. Mae dolen i ddad-danysgrifio ym mhob neges.',
  'optin.softOptOut.email': 'Nid wyf eisiau negeseuon e-bost marchnata',
  'optin.softOptOut.sms': 'Nid wyf eisiau negeseuon testun marchnata',
  'optin.chooseTopic': 'Dewiswch o leiaf un pwnc',
  'list.two': '{0} a(c) {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0}, a(c) {1}',
};

export default cy;
