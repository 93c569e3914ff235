import type { MailMessages } from './en.js';

/** Slovak (Slovenčina). */
export const sk: MailMessages = {
  greeting: 'Dobrý deň,',
  footer: 'Túto správu sme poslali na základe žiadosti podanej s touto adresou.',
  expiry: 'Odkaz platí 7 dní.',
  'confirm.subject': 'Potvrďte, prosím, svoj odber',
  'confirm.body':
    'Niekto, dúfame, že vy, požiadal, aby sme na adresu {address} posielali e-maily. Na potvrdenie otvorte odkaz nižšie a stlačte tlačidlo.',
  'confirm.action': 'Potvrdzujem odber',
  'confirm.ignore':
    'Ak ste o nič nežiadali, túto správu ignorujte: žiadne e-maily vám posielať nebudeme.',
  'verify.subject': 'Potvrďte svoju žiadosť týkajúcu sa vašich údajov',
  'verify.access': 'Dostali sme žiadosť o kópiu údajov, ktoré o {address} uchovávame.',
  'verify.erasure': 'Dostali sme žiadosť o vymazanie údajov, ktoré o {address} uchovávame.',
  'verify.action': 'Potvrdzujem žiadosť',
  'verify.wait': 'Kým žiadosť nepotvrdíte, nič sa nestane.',
  'verify.ignore': 'Ak ste o nič nežiadali, túto správu ignorujte a nič sa nezmení.',
  'access.subject': 'Vaše údaje sú pripravené',
  'access.body':
    'Ako ste požiadali, tu je odkaz na stiahnutie kópie údajov, ktoré o {address} uchovávame: každé zaznamenané rozhodnutie o súhlase s jeho znením a časmi a jeho aktuálny stav.',
  'access.action': 'Stiahnuť moje údaje',
  'erased.subject': 'Vaše údaje boli vymazané',
  'erased.body':
    'Ako ste požiadali, vymazali sme {address} a stav súhlasov, ktorý sa k nej viazal. Záznamy o predchádzajúcich rozhodnutiach zostávajú, ale bez čohokoľvek, čo by vás identifikovalo, aby si zachovali dôkaznú hodnotu.',
  'sms.verify.access':
    'Dostali sme žiadosť o kópiu údajov, ktoré o {address} uchovávame. Na potvrdenie otvorte {url} (platí 7 dní). Ak ste o nič nežiadali, správu ignorujte.',
  'sms.verify.erasure':
    'Dostali sme žiadosť o vymazanie údajov, ktoré o {address} uchovávame. Na potvrdenie otvorte {url} (platí 7 dní). Ak ste o nič nežiadali, správu ignorujte.',
  'sms.access': 'Vaše údaje sú pripravené. Stiahnite si ich do 7 dní: {url}',
  'sms.erased':
    'Ako ste požiadali, vymazali sme {address} a stav súhlasov, ktorý sa k nemu viazal. Ďalšie správy o tom už nedostanete.',
};
