import type { MailMessages } from './en.js';

/** Lithuanian (Lietuvių). */
export const lt: MailMessages = {
  greeting: 'Sveiki,',
  footer: 'Šis pranešimas išsiųstas dėl prašymo, pateikto naudojant šį adresą.',
  expiry: 'Nuoroda galioja 7 dienas.',
  'confirm.subject': 'Patvirtinkite savo prenumeratą',
  'confirm.body':
    'Kažkas, tikimės, kad jūs, paprašė siųsti mūsų el. laiškus adresu {address}. Norėdami patvirtinti, atidarykite toliau pateiktą nuorodą ir paspauskite mygtuką.',
  'confirm.action': 'Patvirtinti prenumeratą',
  'confirm.ignore':
    'Jei to neprašėte, nekreipkite dėmesio į šį pranešimą: el. laiškų jums nesiųsime.',
  'verify.subject': 'Patvirtinkite prašymą dėl jūsų duomenų',
  'verify.access': 'Gavome prašymą pateikti duomenų, kuriuos saugome apie {address}, kopiją.',
  'verify.erasure': 'Gavome prašymą ištrinti duomenis, kuriuos saugome apie {address}.',
  'verify.action': 'Patvirtinti prašymą',
  'verify.wait': 'Kol nepatvirtinsite, nieko nebus daroma.',
  'verify.ignore': 'Jei to neprašėte, nekreipkite dėmesio į šį pranešimą ir niekas nepasikeis.',
  'access.subject': 'Jūsų duomenys paruošti',
  'access.body':
    'Kaip prašėte, štai nuoroda, kuria galite atsisiųsti duomenų, kuriuos saugome apie {address}, kopiją: kiekvieną užregistruotą sprendimą dėl sutikimo su jo tekstu ir laiku bei dabartinę būseną.',
  'access.action': 'Atsisiųsti mano duomenis',
  'erased.subject': 'Jūsų duomenys ištrinti',
  'erased.body':
    'Kaip prašėte, ištrynėme {address} ir su juo susietą sutikimų būseną. Ankstesnių sprendimų įrašai lieka, bet be nieko, kas leistų jus atpažinti, kad išlaikytų savo įrodomąją vertę.',
  'sms.verify.access':
    'Gavome prašymą pateikti duomenų, kuriuos saugome apie {address}, kopiją. Norėdami patvirtinti, atidarykite {url} (galioja 7 dienas). Jei to neprašėte, nekreipkite dėmesio.',
  'sms.verify.erasure':
    'Gavome prašymą ištrinti duomenis, kuriuos saugome apie {address}. Norėdami patvirtinti, atidarykite {url} (galioja 7 dienas). Jei to neprašėte, nekreipkite dėmesio.',
  'sms.access': 'Jūsų duomenys paruošti. Atsisiųskite juos per 7 dienas: {url}',
  'sms.erased':
    'Kaip prašėte, ištrynėme {address} ir su juo susietą sutikimų būseną. Daugiau pranešimų apie tai negausite.',
};
