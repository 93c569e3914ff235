import type { MailMessages } from './en.js';

/** Latvian (Latviešu). */
export const lv: MailMessages = {
  greeting: 'Labdien!',
  footer: 'Šis ziņojums nosūtīts, jo ar šo adresi tika iesniegts pieprasījums.',
  expiry: 'Saite ir derīga 7 dienas.',
  'confirm.subject': 'Lūdzu, apstipriniet abonementu',
  'confirm.body':
    'Kāds, cerams, jūs, lūdza sūtīt mūsu e-pasta vēstules uz {address}. Lai apstiprinātu, atveriet tālāk norādīto saiti un nospiediet pogu.',
  'confirm.action': 'Apstiprinu abonementu',
  'confirm.ignore':
    'Ja to nepieprasījāt, neņemiet vērā šo ziņojumu: mēs jums e-pasta vēstules nesūtīsim.',
  'verify.subject': 'Apstipriniet pieprasījumu par saviem datiem',
  'verify.access': 'Saņēmām pieprasījumu izsniegt kopiju datiem, ko glabājam par {address}.',
  'verify.erasure': 'Saņēmām pieprasījumu dzēst datus, ko glabājam par {address}.',
  'verify.action': 'Apstiprinu pieprasījumu',
  'verify.wait': 'Kamēr neapstiprināsiet, nekas nenotiks.',
  'verify.ignore': 'Ja to nepieprasījāt, neņemiet vērā šo ziņojumu, un nekas nemainīsies.',
  'access.subject': 'Jūsu dati ir gatavi',
  'access.body':
    'Kā lūdzāt, šeit ir saite, lai lejupielādētu kopiju datiem, ko glabājam par {address}: katru reģistrēto lēmumu par piekrišanu ar tā tekstu un laikiem, kā arī pašreizējo stāvokli.',
  'access.action': 'Lejupielādēt manus datus',
  'erased.subject': 'Jūsu dati ir dzēsti',
  'erased.body':
    'Kā lūdzāt, mēs dzēsām {address} un ar to saistīto piekrišanu stāvokli. Ieraksti par agrākiem lēmumiem paliek, bet bez nekā, kas ļautu jūs identificēt, lai tie saglabātu savu pierādījuma spēku.',
  'sms.verify.access':
    'Saņēmām pieprasījumu izsniegt kopiju datiem, ko glabājam par {address}. Lai apstiprinātu, atveriet {url} (derīga 7 dienas). Ja to nepieprasījāt, neņemiet vērā šo ziņojumu.',
  'sms.verify.erasure':
    'Saņēmām pieprasījumu dzēst datus, ko glabājam par {address}. Lai apstiprinātu, atveriet {url} (derīga 7 dienas). Ja to nepieprasījāt, neņemiet vērā šo ziņojumu.',
  'sms.access': 'Jūsu dati ir gatavi. Lejupielādējiet tos 7 dienu laikā: {url}',
  'sms.erased':
    'Kā lūdzāt, mēs dzēsām {address} un ar to saistīto piekrišanu stāvokli. Jūs par to vairs nesaņemsiet ziņojumus.',
};
