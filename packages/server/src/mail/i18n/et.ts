import type { MailMessages } from './en.js';

/** Estonian (Eesti). */
export const et: MailMessages = {
  greeting: 'Tere!',
  footer: 'Saatsime selle kirja, sest selle aadressiga esitati taotlus.',
  expiry: 'Link kehtib 7 päeva.',
  'confirm.subject': 'Palun kinnitage oma tellimus',
  'confirm.body':
    'Keegi, loodetavasti teie, palus saata meie e-kirju aadressile {address}. Kinnitamiseks avage allolev link ja vajutage nuppu.',
  'confirm.action': 'Kinnitan tellimuse',
  'confirm.ignore':
    'Kui te seda ei palunud, jätke see kiri tähelepanuta: me ei saada teile e-kirju.',
  'verify.subject': 'Kinnitage oma andmeid puudutav taotlus',
  'verify.access': 'Saime taotluse saada koopia andmetest, mida me {address} kohta säilitame.',
  'verify.erasure': 'Saime taotluse kustutada andmed, mida me {address} kohta säilitame.',
  'verify.action': 'Kinnitan taotluse',
  'verify.wait': 'Enne teie kinnitust ei juhtu midagi.',
  'verify.ignore': 'Kui te seda ei palunud, jätke see kiri tähelepanuta ja midagi ei muutu.',
  'access.subject': 'Teie andmed on valmis',
  'access.body':
    'Nagu palusite, on siin link, et laadida alla koopia andmetest, mida me {address} kohta säilitame: iga salvestatud nõusolekuotsus koos selle sõnastuse ja aegadega ning selle praegune seis.',
  'access.action': 'Laadi minu andmed alla',
  'erased.subject': 'Teie andmed on kustutatud',
  'erased.body':
    'Nagu palusite, kustutasime {address} ja sellega seotud nõusolekute seisu. Varasemate otsuste kirjed jäävad alles, kuid ilma millegita, mis teid tuvastaks, et need säilitaksid oma tõendusväärtuse.',
  'sms.verify.access':
    'Saime taotluse saada koopia andmetest, mida me {address} kohta säilitame. Kinnitamiseks avage {url} (kehtib 7 päeva). Kui te seda ei palunud, jätke sõnum tähelepanuta.',
  'sms.verify.erasure':
    'Saime taotluse kustutada andmed, mida me {address} kohta säilitame. Kinnitamiseks avage {url} (kehtib 7 päeva). Kui te seda ei palunud, jätke sõnum tähelepanuta.',
  'sms.access': 'Teie andmed on valmis. Laadige need alla 7 päeva jooksul: {url}',
  'sms.erased':
    'Nagu palusite, kustutasime {address} ja sellega seotud nõusolekute seisu. Te ei saa selle kohta enam sõnumeid.',
};
