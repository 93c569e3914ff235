import type { PageMessages } from './en.js';

/** Estonian (Eesti). */
export const et: PageMessages = {
  'page.unsubscribe.title': 'Tellimusest loobumine',
  'page.unsubscribe.ask.email':
    'Kas lõpetada turunduslike e-kirjade saatmine aadressile {contact}?',
  'page.unsubscribe.ask.sms': 'Kas lõpetada turunduslike SMS-sõnumite saatmine numbrile {contact}?',
  'page.unsubscribe.ask.post':
    'Kas lõpetada turunduse saatmine postiga kontakti {contact} omanikule?',
  'page.unsubscribe.askTopic': 'Kas lõpetada tellimuse „{topic}” saatmine aadressile {contact}?',
  'page.unsubscribe.button': 'Loobu tellimusest',
  'page.unsubscribed.title': 'Olete tellimusest loobunud',
  'page.unsubscribed.email': '{contact} ei saa meilt enam turunduslikke e-kirju.',
  'page.unsubscribed.sms': '{contact} ei saa meilt enam turunduslikke SMS-sõnumeid.',
  'page.unsubscribed.post': 'Me ei saada enam turundust postiga kontakti {contact} omanikule.',
  'page.unsubscribed.topic': '{contact} ei saa enam tellimust „{topic}”.',
  'page.confirm.title': 'Kinnitage tellimus',
  'page.confirm.text': 'Kinnitage, et {contact} peab saama e-kirju, mille ta tellis.',
  'page.confirm.button': 'Kinnita tellimus',
  'page.confirmed.title': 'Aitäh',
  'page.confirmed.text': 'Teie tellimus on kinnitatud.',
  'page.nothing.title': 'Pole midagi kinnitada',
  'page.nothing.text': 'Ükski tellimus ei oota kinnitust.',
  'error.expired': 'See link ei kehti enam.',
  'error.wrongPage': 'See link ei ole mõeldud sellele lehele.',
  'error.invalid': 'See link ei kehti. Võimalik, et see kopeeriti valesti.',
  'error.requestLink':
    'Kasutage meie viimase sõnumi linki või võtke meiega uue saamiseks ühendust.',
  'page.request.title': 'Kinnitage oma taotlus',
  'page.request.ask.access': 'Kinnitage, et palusite oma andmete koopiat.',
  'page.request.ask.erasure': 'Kinnitage, et palusite oma andmed kustutada.',
  'page.request.button': 'Kinnita minu taotlus',
  'page.request.expired': 'Selle lingi kehtivus on lõppenud. Esitage taotlus uuesti.',
  'page.request.invalid': 'See link ei kehti.',
  'page.request.confirmed.title': 'Taotlus on kinnitatud',
  'page.request.already': 'See taotlus on juba kinnitatud. Vastame ühe kuu jooksul.',
  'page.request.done': 'Teie taotlus on kinnitatud. Vastame ühe kuu jooksul.',
  'page.request.sent.email':
    'Vaadake oma postkasti: taotluse kinnitamiseks avage meie saadetud kirjas olev link.',
  'page.request.sent.sms':
    'Vaadake oma tekstisõnumeid: taotluse kinnitamiseks avage meie saadetud link.',
};
