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
};
