import type { PageMessages } from './en.js';

/** Slovenian (Slovenščina). */
export const sl: PageMessages = {
  'page.unsubscribe.title': 'Odjava',
  'page.unsubscribe.ask.email': 'Želite, da prenehamo pošiljati trženjsko e-pošto na {contact}?',
  'page.unsubscribe.ask.sms':
    'Želite, da prenehamo pošiljati trženjska sporočila SMS na {contact}?',
  'page.unsubscribe.ask.post':
    'Želite, da prenehamo pošiljati trženjska sporočila po pošti imetniku naslova {contact}?',
  'page.unsubscribe.askTopic': 'Želite, da prenehamo pošiljati »{topic}« na {contact}?',
  'page.unsubscribe.button': 'Odjava',
  'page.unsubscribed.title': 'Odjavljeni ste',
  'page.unsubscribed.email': '{contact} od nas ne bo več prejemal trženjske e-pošte.',
  'page.unsubscribed.sms': '{contact} od nas ne bo več prejemal trženjskih sporočil SMS.',
  'page.unsubscribed.post':
    'Imetniku naslova {contact} ne bomo več pošiljali trženjskih sporočil po pošti.',
  'page.unsubscribed.topic': '{contact} ne bo več prejemal »{topic}«.',
  'page.confirm.title': 'Potrdite naročnino',
  'page.confirm.text': 'Potrdite, da naj {contact} prejema e-pošto, na katero se je naročil.',
  'page.confirm.button': 'Potrdi naročnino',
  'page.confirmed.title': 'Hvala',
  'page.confirmed.text': 'Vaša naročnina je potrjena.',
  'page.nothing.title': 'Ničesar ni treba potrditi',
  'page.nothing.text': 'Nobena naročnina ne čaka na potrditev.',
  'error.expired': 'Ta povezava ni več veljavna.',
  'error.wrongPage': 'Ta povezava ni namenjena tej strani.',
  'error.invalid': 'Ta povezava ni veljavna. Morda ni bila pravilno kopirana.',
  'error.requestLink':
    'Uporabite povezavo iz našega zadnjega sporočila ali se obrnite na nas za novo.',
  'page.request.title': 'Potrdite svojo zahtevo',
  'page.request.ask.access': 'Potrdite, da ste zahtevali kopijo svojih podatkov.',
  'page.request.ask.erasure': 'Potrdite, da ste zahtevali izbris svojih podatkov.',
  'page.request.button': 'Potrdi mojo zahtevo',
  'page.request.expired': 'Ta povezava je potekla. Zahtevo oddajte znova.',
  'page.request.invalid': 'Ta povezava ni veljavna.',
  'page.request.confirmed.title': 'Zahteva potrjena',
  'page.request.already': 'Ta zahteva je že potrjena. Odgovorili bomo v enem mesecu.',
  'page.request.done': 'Vaša zahteva je potrjena. Odgovorili bomo v enem mesecu.',
  'page.request.sent.email':
    'Preverite svoj e-poštni nabiralnik: zahtevo potrdite s povezavo v sporočilu, ki smo vam ga poslali.',
  'page.request.sent.sms':
    'Preverite svoja sporočila SMS: zahtevo potrdite s povezavo, ki smo vam jo poslali.',
};
