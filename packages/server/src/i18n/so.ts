import type { PageMessages } from './en.js';

/** Somali (Soomaali). */
export const so: PageMessages = {
  'page.unsubscribe.title': 'Iska jooji',
  'page.unsubscribe.ask.email': 'Ma joojinnaa inaan iimaylo suuq-geyn ah u dirno {contact}?',
  'page.unsubscribe.ask.sms':
    'Ma joojinnaa inaan fariimo SMS ah oo suuq-geyn ah u dirno {contact}?',
  'page.unsubscribe.ask.post':
    'Ma joojinnaa inaan suuq-geyn boosta ah u dirno qofka leh {contact}?',
  'page.unsubscribe.askTopic': 'Ma joojinnaa inaan “{topic}” u dirno {contact}?',
  'page.unsubscribe.button': 'Iska jooji',
  'page.unsubscribed.title': 'Waad iska joojisay',
  'page.unsubscribed.email': '{contact} mar dambe nagama heli doono iimaylo suuq-geyn ah.',
  'page.unsubscribed.sms': '{contact} mar dambe nagama heli doono fariimo SMS ah oo suuq-geyn ah.',
  'page.unsubscribed.post': 'Mar dambe uma diri doonno suuq-geyn boosta ah qofka leh {contact}.',
  'page.unsubscribed.topic': '{contact} mar dambe ma heli doono “{topic}”.',
  'page.confirm.title': 'Xaqiiji is-diiwaangelintaada',
  'page.confirm.text': 'Fadlan xaqiiji in {contact} uu helo iimaylada loo diiwaangeliyay.',
  'page.confirm.button': 'Xaqiiji is-diiwaangelinta',
  'page.confirmed.title': 'Mahadsanid',
  'page.confirmed.text': 'Is-diiwaangelintaada waa la xaqiijiyay.',
  'page.nothing.title': 'Wax la xaqiijiyo ma jiraan',
  'page.nothing.text': 'Ma jirto is-diiwaangelin sugaysa xaqiijin.',
  'error.expired': 'Xiriiriyahan mar dambe ma shaqaynayo.',
  'error.wrongPage': 'Xiriiriyahan looguma talagelin boggan.',
  'error.invalid': 'Xiriiriyahan ma shaqaynayo. Waxaa laga yaabaa in si khaldan loo koobiyeeyay.',
  'error.requestLink':
    'Fadlan isticmaal xiriiriyaha ku jira fariintayadii ugu dambaysay, ama nala soo xiriir si aad mid cusub u hesho.',
  'page.request.title': 'Xaqiiji codsigaaga',
  'page.request.ask.access': 'Fadlan xaqiiji inaad codsatay nuqul xogtaada ah.',
  'page.request.ask.erasure': 'Fadlan xaqiiji inaad codsatay in xogtaada la tirtiro.',
  'page.request.button': 'Xaqiiji codsigayga',
  'page.request.expired': 'Xiriiriyahan waqtigiisii wuu dhacay. Fadlan mar kale codso.',
  'page.request.invalid': 'Xiriiriyahan sax ma aha.',
  'page.request.confirmed.title': 'Codsiga waa la xaqiijiyay',
  'page.request.already':
    'Codsigan horay ayaa loo xaqiijiyay. Waxaan kaga jawaabi doonnaa hal bil gudaheed.',
  'page.request.done':
    'Codsigaaga waa la xaqiijiyay. Waxaan kaga jawaabi doonnaa hal bil gudaheed.',
  'page.request.sent.email':
    'Eeg sanduuqaaga iimaylka: raac xiriiriyaha ku jira fariinta aan kuu soo dirnay si aad u xaqiijiso codsiga.',
  'page.request.sent.sms':
    'Eeg fariimahaaga qoraalka: raac xiriiriyaha aan kuu soo dirnay si aad u xaqiijiso codsiga.',
};
