import type { PageMessages } from './en.js';

/** Latvian (Latviešu). */
export const lv: PageMessages = {
  'page.unsubscribe.title': 'Abonēšanas atteikšana',
  'page.unsubscribe.ask.email': 'Pārtraukt mārketinga e-pasta vēstuļu sūtīšanu uz {contact}?',
  'page.unsubscribe.ask.sms': 'Pārtraukt mārketinga īsziņu sūtīšanu uz {contact}?',
  'page.unsubscribe.ask.post':
    'Pārtraukt mārketinga materiālu sūtīšanu pa pastu kontakta {contact} īpašniekam?',
  'page.unsubscribe.askTopic': 'Pārtraukt “{topic}” sūtīšanu uz {contact}?',
  'page.unsubscribe.button': 'Atteikties',
  'page.unsubscribed.title': 'Jūs esat atteicies no abonēšanas',
  'page.unsubscribed.email': '{contact} vairs nesaņems no mums mārketinga e-pasta vēstules.',
  'page.unsubscribed.sms': '{contact} vairs nesaņems no mums mārketinga īsziņas.',
  'page.unsubscribed.post':
    'Mēs vairs nesūtīsim mārketinga materiālus pa pastu kontakta {contact} īpašniekam.',
  'page.unsubscribed.topic': '{contact} vairs nesaņems “{topic}”.',
  'page.confirm.title': 'Apstipriniet abonementu',
  'page.confirm.text':
    'Lūdzu, apstipriniet, ka {contact} jāsaņem e-pasta vēstules, kuras tika abonētas.',
  'page.confirm.button': 'Apstiprināt abonementu',
  'page.confirmed.title': 'Paldies',
  'page.confirmed.text': 'Jūsu abonements ir apstiprināts.',
  'page.nothing.title': 'Nav ko apstiprināt',
  'page.nothing.text': 'Neviens abonements negaida apstiprinājumu.',
  'error.expired': 'Šī saite vairs nav derīga.',
  'error.wrongPage': 'Šī saite nav paredzēta šai lapai.',
  'error.invalid': 'Šī saite nav derīga. Iespējams, tā nokopēta nepareizi.',
  'error.requestLink':
    'Lūdzu, izmantojiet saiti no mūsu jaunākā ziņojuma vai sazinieties ar mums, lai saņemtu jaunu.',
  'page.request.title': 'Apstipriniet savu pieprasījumu',
  'page.request.ask.access': 'Lūdzu, apstipriniet, ka pieprasījāt savu datu kopiju.',
  'page.request.ask.erasure': 'Lūdzu, apstipriniet, ka pieprasījāt savu datu dzēšanu.',
  'page.request.button': 'Apstiprināt manu pieprasījumu',
  'page.request.expired':
    'Šīs saites derīguma termiņš ir beidzies. Lūdzu, iesniedziet pieprasījumu vēlreiz.',
  'page.request.invalid': 'Šī saite nav derīga.',
  'page.request.confirmed.title': 'Pieprasījums apstiprināts',
  'page.request.already':
    'Šis pieprasījums jau ir apstiprināts. Mēs atbildēsim viena mēneša laikā.',
  'page.request.done': 'Jūsu pieprasījums ir apstiprināts. Mēs atbildēsim viena mēneša laikā.',
  'page.request.sent.email':
    'Pārbaudiet savu iesūtni: lai apstiprinātu pieprasījumu, atveriet saiti mūsu nosūtītajā ziņojumā.',
  'page.request.sent.sms':
    'Pārbaudiet savas īsziņas: lai apstiprinātu pieprasījumu, atveriet mūsu nosūtīto saiti.',
};
