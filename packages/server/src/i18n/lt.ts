import type { PageMessages } from './en.js';

/** Lithuanian (Lietuvių). */
export const lt: PageMessages = {
  'page.unsubscribe.title': 'Atsisakyti prenumeratos',
  'page.unsubscribe.ask.email': 'Nebesiųsti rinkodaros el. laiškų adresu {contact}?',
  'page.unsubscribe.ask.sms': 'Nebesiųsti rinkodaros SMS žinučių numeriu {contact}?',
  'page.unsubscribe.ask.post': 'Nebesiųsti rinkodaros pranešimų paštu {contact} savininkui?',
  'page.unsubscribe.askTopic': 'Nebesiųsti „{topic}“ adresu {contact}?',
  'page.unsubscribe.button': 'Atsisakyti',
  'page.unsubscribed.title': 'Prenumeratos atsisakėte',
  'page.unsubscribed.email': '{contact} nebegaus iš mūsų rinkodaros el. laiškų.',
  'page.unsubscribed.sms': '{contact} nebegaus iš mūsų rinkodaros SMS žinučių.',
  'page.unsubscribed.post': 'Nebesiųsime rinkodaros pranešimų paštu {contact} savininkui.',
  'page.unsubscribed.topic': '{contact} nebegaus „{topic}“.',
  'page.confirm.title': 'Patvirtinkite prenumeratą',
  'page.confirm.text': 'Patvirtinkite, kad {contact} turi gauti užsakytus el. laiškus.',
  'page.confirm.button': 'Patvirtinti prenumeratą',
  'page.confirmed.title': 'Ačiū',
  'page.confirmed.text': 'Jūsų prenumerata patvirtinta.',
  'page.nothing.title': 'Nėra ko patvirtinti',
  'page.nothing.text': 'Jokia prenumerata nelaukia patvirtinimo.',
  'error.expired': 'Ši nuoroda nebegalioja.',
  'error.wrongPage': 'Ši nuoroda skirta ne šiam puslapiui.',
  'error.invalid': 'Ši nuoroda negalioja. Galbūt ji buvo nukopijuota netiksliai.',
  'error.requestLink':
    'Naudokite nuorodą iš mūsų naujausio pranešimo arba susisiekite su mumis, kad gautumėte naują.',
  'page.request.title': 'Patvirtinkite savo prašymą',
  'page.request.ask.access': 'Patvirtinkite, kad prašėte savo duomenų kopijos.',
  'page.request.ask.erasure': 'Patvirtinkite, kad prašėte ištrinti savo duomenis.',
  'page.request.button': 'Patvirtinti mano prašymą',
  'page.request.expired': 'Ši nuoroda nebegalioja. Pateikite prašymą iš naujo.',
  'page.request.invalid': 'Ši nuoroda negalioja.',
  'page.request.confirmed.title': 'Prašymas patvirtintas',
  'page.request.already': 'Šis prašymas jau patvirtintas. Atsakysime per vieną mėnesį.',
  'page.request.done': 'Jūsų prašymas patvirtintas. Atsakysime per vieną mėnesį.',
  'page.request.sent.email':
    'Patikrinkite savo pašto dėžutę: norėdami patvirtinti prašymą, atverkite mūsų išsiųsto laiško nuorodą.',
  'page.request.sent.sms':
    'Patikrinkite savo SMS žinutes: norėdami patvirtinti prašymą, atverkite mūsų išsiųstą nuorodą.',
};
