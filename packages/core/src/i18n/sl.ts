import type { Messages } from './en.js';

/** Slovenian (Slovenščina). */
export const sl: Messages = {
  'banner.title': 'Uporabljamo piškotke',
  'banner.text':
    'Uporabljamo nujne piškotke, da to spletno mesto deluje. Svoje izbire lahko kadar koli spremenite.',
  'banner.label': 'Privolitev v piškotke',
  'actions.acceptAll': 'Sprejmi vse',
  'actions.rejectAll': 'Zavrni vse',
  'actions.manage': 'Upravljaj nastavitve',
  'actions.save': 'Shrani izbire',
  'actions.close': 'Zapri',
  'links.privacyPolicy': 'Obvestilo o zasebnosti',
  'banner.accepted':
    'Sprejeli ste dodatne piškotke. Nastavitve piškotkov lahko kadar koli spremenite.',
  'banner.rejected':
    'Zavrnili ste dodatne piškotke. Nastavitve piškotkov lahko kadar koli spremenite.',
  'banner.hideMessage': 'Skrij to sporočilo',
  'preferences.title': 'Nastavitve piškotkov',
  'preferences.text':
    'Izberite, katere piškotke lahko uporabljamo. Nujni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne more delovati. Vaše izbire veljajo za to spletno mesto in jih lahko kadar koli spremenite.',
  'preferences.alwaysOn': 'Vedno vklopljeni',
  'preferences.objection': 'Vklopljeno, razen če ugovarjate. Izklopite ga, če želite ugovarjati.',
  'preferences.services': 'Storitve',
  'preferences.cookies': 'Piškotki',
  'preferences.cookieName': 'Ime',
  'preferences.cookieDuration': 'Trajanje',
  'preferences.cookiePurpose': 'Namen',
  'preferences.sessionCookie': 'Dokler ne zaprete brskalnika',
  'preferences.details': 'Podrobnosti',
  'preferences.detailsFor': 'Podrobnosti o storitvi {service}',
  'preferences.serviceSwitch': 'Dovoli {service}',
  'preferences.gpcNotice':
    'Vaš brskalnik pošilja signal Global Privacy Control, zato ostanejo trženjski piškotki izklopljeni, razen če jih tukaj vklopite sami.',
  'category.necessary.title': 'Nujni',
  'category.necessary.description':
    'Potrebni so za delovanje spletnega mesta, na primer za pomnjenje vaših izbir glede piškotkov in ohranjanje prijave. Ni jih mogoče izklopiti.',
  'category.functional.title': 'Funkcionalni',
  'category.functional.description':
    'Zapomnijo si vaše izbire, kot sta jezik ali regija, da vam ponudijo bolj prilagojeno izkušnjo.',
  'category.analytics.title': 'Analitični',
  'category.analytics.description':
    'Pomagajo nam razumeti, kako obiskovalci uporabljajo spletno mesto, na primer katere strani so najbolj obiskane, da ga lahko izboljšamo. Podatki se zbirajo v združeni obliki.',
  'category.marketing.title': 'Trženjski',
  'category.marketing.description':
    'Uporabljamo jih mi in naši partnerji, da vam na tem in drugih spletnih mestih prikazujemo ustrezne vsebine in oglase ter merimo njihovo učinkovitost.',
  'trigger.label': 'Nastavitve piškotkov',
  'trigger.tooltip': 'Spremenite izbire glede piškotkov',
  'embed.title': 'Vsebina storitve {service} je blokirana',
  'embed.text':
    'To vsebino zagotavlja storitev {service}, ki lahko nastavi piškotke kategorije »{category}«. Ni prikazana, ker je niste dovolili.',
  'embed.allow': 'Dovoli in naloži',
  'embed.settings': 'Nastavitve piškotkov',
  'embed.scope': 'Dovoljen bo samo {service}.',
  'embed.unknown': 'Ta vsebina je blokirana, dokler ne dovolite piškotkov kategorije »{category}«.',
  'optin.title': 'Ostanimo v stiku',
  'optin.statement':
    'Izberite, kako želite prejemati novice od nas. Vsako sporočilo vsebuje povezavo za odjavo, privolitev pa lahko kadar koli prekličete.',
  'optin.channel.email': 'Pošiljajte mi novice in obvestila po e-pošti',
  'optin.channel.sms': 'Pošiljajte mi sporočila SMS',
  'optin.channel.post': 'Ne pošiljajte mi trženjskih sporočil po pošti',
  'optin.topics': 'Teme',
  'optin.emailLabel': 'E-poštni naslov',
  'optin.phoneLabel': 'Številka mobilnega telefona',
  'optin.submit': 'Prijava na novice',
  'optin.success': 'Hvala. Vaše izbire so zabeležene.',
  'optin.pending':
    'Skoraj končano: preverite svoj e-poštni predal in sledite povezavi, da potrdite naročnino.',
  'optin.error': 'Oprostite, prišlo je do napake. Poskusite znova.',
  'optin.invalidEmail': 'Vnesite e-poštni naslov v pravilni obliki, na primer name@example.com',
  'optin.invalidPhone':
    'Vnesite številko mobilnega telefona v pravilni obliki, na primer {example}',
  'optin.requiredEmail': 'Vnesite svoj e-poštni naslov, da boste prejemali e-pošto',
  'optin.requiredPhone': 'Vnesite številko mobilnega telefona, da boste prejemali sporočila SMS',
  'optin.chooseChannel': 'Izberite vsaj en način, na katerega lahko stopimo v stik z vami',
  'unsubscribe.title': 'Vaše nastavitve komunikacije',
  'unsubscribe.text': 'Izberite, česa ne želite več prejemati. Spremembe začnejo veljati takoj.',
  'unsubscribe.channel.email': 'E-pošta',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Pošta',
  'unsubscribe.status.granted': 'Naročeno',
  'unsubscribe.status.denied': 'Odjavljeno',
  'unsubscribe.status.pending': 'Čaka na potrditev',
  'unsubscribe.status.unknown': 'Ni naročeno',
  'unsubscribe.topic': 'Odjava od »{topic}«',
  'unsubscribe.channelAll.email': 'Odjava od vse e-pošte',
  'unsubscribe.channelAll.sms': 'Odjava od vseh sporočil SMS',
  'unsubscribe.channelAll.post': 'Ustavi vsa trženjska sporočila po pošti',
  'unsubscribe.everything': 'Odjava od vsega',
  'unsubscribe.done.email': 'Od nas ne boste več prejemali trženjske e-pošte.',
  'unsubscribe.done.sms': 'Od nas ne boste več prejemali trženjskih sporočil SMS.',
  'unsubscribe.done.post': 'Ne bomo vam več pošiljali trženjskih sporočil po pošti.',
  'unsubscribe.doneTopic': 'Odjavili ste se od »{topic}«.',
  'unsubscribe.undo': 'Razveljavi',
  'unsubscribe.undone.email': 'Znova boste prejemali našo trženjsko e-pošto.',
  'unsubscribe.undone.sms': 'Znova boste prejemali naša trženjska sporočila SMS.',
  'unsubscribe.undone.post': 'Znova vam lahko pošiljamo trženjska sporočila po pošti.',
  'unsubscribe.undoneTopic': 'Vaša naročnina na »{topic}« je obnovljena.',
  'unsubscribe.invalidToken': 'Ta povezava ni veljavna. Morda ni bila pravilno kopirana.',
  'unsubscribe.expiredToken': 'Ta povezava je potekla.',
  'unsubscribe.requestLink':
    'Uporabite povezavo iz našega zadnjega sporočila ali se obrnite na nas za novo.',
  'unsubscribe.loading': 'Nalaganje vaših nastavitev …',
  'unsubscribe.error':
    'Oprostite, vaših nastavitev ni bilo mogoče naložiti. Poskusite znova pozneje.',
  'unsubscribe.nothing': 'Niste naročeni na nič.',
  'unsubscribe.for': 'Nastavitve za {contact}',
  'unsubscribe.status.postDefault': 'Pošiljamo, razen če ugovarjate',
  'unsubscribe.doneEverything': 'Odjavili ste se od vsega.',
  'unsubscribe.undoneEverything': 'Vaše naročnine so obnovljene.',
  'unsubscribe.retry': 'Poskusi znova',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Vaši podatki',
  'rights.text.email':
    'Zahtevajte kopijo podatkov o privolitvah, ki jih hranimo o vas, ali njihov izbris. Po e-pošti vam bomo poslali povezavo, s katero potrdite, da je zahteva vaša.',
  'rights.text.phone':
    'Zahtevajte kopijo podatkov o privolitvah, ki jih hranimo o vas, ali njihov izbris. Po SMS-u vam bomo poslali povezavo, s katero potrdite, da je zahteva vaša.',
  'rights.legend': 'Kaj želite?',
  'rights.access': 'Kopija mojih podatkov',
  'rights.erasure': 'Izbris mojih podatkov',
  'rights.submit': 'Pošlji zahtevo',
  'rights.sending': 'Pošiljanje …',
  'rights.chooseOne': 'Izberite, kaj želite.',
  'rights.sent.email':
    'Preverite e-poštni predal: povezavo smo poslali na {email}. Vaša zahteva se začne, ko jo odprete.',
  'rights.sent.sms':
    'Preverite sporočila SMS: povezavo smo poslali na {phone}. Vaša zahteva se začne, ko jo odprete.',
  'rights.failed': 'Zahteve ni bilo mogoče poslati. Poskusite znova pozneje.',
  'rights.another': 'Oddaj novo zahtevo',
  'banner.purposes':
    'Z vašo privolitvijo bi radi uporabljali tudi neobvezne piškotke za te namene: {purposes}.',
  'banner.objection':
    'Že merimo, kako se spletno mesto uporablja ({categories}), kar zakon dovoljuje, če temu ne ugovarjate. Če želite ugovarjati, izberite »{reject}«.',
  'banner.controller': 'Za uporabo vaših podatkov na tem spletnem mestu je odgovoren {controller}.',
  'preferences.cookieProvider': 'Ponudnik',
  'preferences.ownCookie': 'Zapomni si vaše izbire piškotkov',
  'optin.softStatement':
    'Ker ste že naša stranka ali podpornik, vam lahko pošiljamo novice o podobnih izdelkih, storitvah ali pobudah. Če tega ne želite, označite polje. Vsako sporočilo vsebuje povezavo za odjavo.',
  'optin.softOptOut.email': 'Ne želim trženjskih e-poštnih sporočil',
  'optin.softOptOut.sms': 'Ne želim trženjskih sporočil SMS',
  'optin.chooseTopic': 'Izberite vsaj eno temo',
  'list.two': '{0} in {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} in {1}',
};

export default sl;
