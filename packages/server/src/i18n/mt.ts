import type { PageMessages } from './en.js';

/** Maltese (Malti). */
export const mt: PageMessages = {
  'page.unsubscribe.title': 'Neħħi l-abbonament',
  'page.unsubscribe.ask.email': 'Nieqfu nibagħtu emails tal-marketing lil {contact}?',
  'page.unsubscribe.ask.sms': 'Nieqfu nibagħtu messaġġi SMS tal-marketing lil {contact}?',
  'page.unsubscribe.ask.post': 'Nieqfu nibagħtu marketing bil-posta lid-detentur ta’ {contact}?',
  'page.unsubscribe.askTopic': 'Nieqfu nibagħtu “{topic}” lil {contact}?',
  'page.unsubscribe.button': 'Neħħi l-abbonament',
  'page.unsubscribed.title': 'Neħħejt l-abbonament',
  'page.unsubscribed.email': '{contact} mhux se jirċievi aktar emails tal-marketing mingħandna.',
  'page.unsubscribed.sms':
    '{contact} mhux se jirċievi aktar messaġġi SMS tal-marketing mingħandna.',
  'page.unsubscribed.post':
    'Mhux se nibagħtu aktar marketing bil-posta lid-detentur ta’ {contact}.',
  'page.unsubscribed.topic': '{contact} mhux se jirċievi aktar “{topic}”.',
  'page.confirm.title': 'Ikkonferma l-abbonament tiegħek',
  'page.confirm.text':
    'Jekk jogħġbok ikkonferma li {contact} għandu jirċievi l-emails li abbona għalihom.',
  'page.confirm.button': 'Ikkonferma l-abbonament',
  'page.confirmed.title': 'Grazzi',
  'page.confirmed.text': 'L-abbonament tiegħek ġie kkonfermat.',
  'page.nothing.title': 'M’hemm xejn x’tikkonferma',
  'page.nothing.text': 'M’hemm l-ebda abbonament jistenna l-konferma.',
  'error.expired': 'Dan il-link m’għadux validu.',
  'error.wrongPage': 'Dan il-link mhuwiex maħsub għal din il-paġna.',
  'error.invalid': 'Dan il-link mhuwiex validu. Jista’ jkun li ġie kkupjat ħażin.',
  'error.requestLink':
    'Jekk jogħġbok uża l-link fl-aħħar messaġġ tagħna, jew ikkuntattjana għal wieħed ġdid.',
  'page.request.title': 'Ikkonferma t-talba tiegħek',
  'page.request.ask.access': 'Jekk jogħġbok ikkonferma li tlabt kopja tad-data tiegħek.',
  'page.request.ask.erasure': 'Jekk jogħġbok ikkonferma li tlabt it-tħassir tad-data tiegħek.',
  'page.request.button': 'Ikkonferma t-talba tiegħi',
  'page.request.expired': 'Dan il-link skada. Erġa’ agħmel it-talba.',
  'page.request.invalid': 'Dan il-link mhuwiex validu.',
  'page.request.confirmed.title': 'It-talba ġiet ikkonfermata',
  'page.request.already': 'Din it-talba diġà ġiet ikkonfermata. Se nwieġbu fi żmien xahar.',
  'page.request.done': 'It-talba tiegħek ġiet ikkonfermata. Se nwieġbu fi żmien xahar.',
  'page.request.sent.email':
    'Iċċekkja l-inbox tiegħek: segwi l-link fil-messaġġ li bgħatnielek biex tikkonferma t-talba.',
  'page.request.sent.sms':
    'Iċċekkja l-messaġġi SMS tiegħek: segwi l-link li bgħatnielek biex tikkonferma t-talba.',
};
