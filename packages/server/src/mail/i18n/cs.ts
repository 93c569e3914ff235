import type { MailMessages } from './en.js';

/** Czech (Čeština). */
export const cs: MailMessages = {
  greeting: 'Dobrý den,',
  footer: 'Tuto zprávu jsme odeslali na základě žádosti podané s touto adresou.',
  expiry: 'Odkaz platí 7 dní.',
  'confirm.subject': 'Potvrďte prosím svůj odběr',
  'confirm.body':
    'Někdo, doufáme, že vy, požádal, abychom na adresu {address} posílali e-maily. Pro potvrzení otevřete odkaz níže a stiskněte tlačítko.',
  'confirm.action': 'Potvrzuji odběr',
  'confirm.ignore':
    'Pokud jste o nic nežádali, tuto zprávu ignorujte: žádné e-maily vám posílat nebudeme.',
  'verify.subject': 'Potvrďte svou žádost týkající se vašich údajů',
  'verify.access': 'Obdrželi jsme žádost o kopii údajů, které o {address} uchováváme.',
  'verify.erasure': 'Obdrželi jsme žádost o výmaz údajů, které o {address} uchováváme.',
  'verify.action': 'Potvrzuji svou žádost',
  'verify.wait': 'Dokud žádost nepotvrdíte, nic se nestane.',
  'verify.ignore': 'Pokud jste o nic nežádali, tuto zprávu ignorujte a nic se nezmění.',
  'access.subject': 'Vaše údaje jsou připraveny',
  'access.body':
    'Jak jste požádali, zde je odkaz ke stažení kopie údajů, které o {address} uchováváme: každé zaznamenané rozhodnutí o souhlasu s jeho zněním a časy a jeho aktuální stav.',
  'access.action': 'Stáhnout moje údaje',
  'erased.subject': 'Vaše údaje byly vymazány',
  'erased.body':
    'Jak jste požádali, vymazali jsme {address} a stav souhlasů, který se k ní vázal. Záznamy o dřívějších rozhodnutích zůstávají, ale bez čehokoli, co by vás identifikovalo, aby si evidence zachovala svou průkaznost.',
  'sms.verify.access':
    'Obdrželi jsme žádost o kopii údajů, které o {address} uchováváme. Pro potvrzení otevřete {url} (platí 7 dní). Pokud jste o nic nežádali, zprávu ignorujte.',
  'sms.verify.erasure':
    'Obdrželi jsme žádost o výmaz údajů, které o {address} uchováváme. Pro potvrzení otevřete {url} (platí 7 dní). Pokud jste o nic nežádali, zprávu ignorujte.',
  'sms.access': 'Vaše údaje jsou připraveny. Stáhněte si je do 7 dní: {url}',
  'sms.erased':
    'Jak jste požádali, vymazali jsme {address} a stav souhlasů, který se k němu vázal. Žádné další zprávy o tom už nedostanete.',
};
