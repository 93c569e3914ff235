import type { MailMessages } from './en.js';

/** Slovenian (Slovenščina). */
export const sl: MailMessages = {
  greeting: 'Pozdravljeni,',
  footer: 'To sporočilo smo poslali zaradi zahteve, podane s tem naslovom.',
  expiry: 'Povezava velja 7 dni.',
  'confirm.subject': 'Prosimo, potrdite svojo naročnino',
  'confirm.body':
    'Nekdo, upamo, da vi, je prosil, naj pošiljamo e-pošto na {address}. Za potrditev odprite spodnjo povezavo in pritisnite gumb.',
  'confirm.action': 'Potrjujem naročnino',
  'confirm.ignore':
    'Če tega niste zahtevali, prezrite to sporočilo: e-pošte vam ne bomo pošiljali.',
  'verify.subject': 'Potrdite svojo zahtevo glede vaših podatkov',
  'verify.access': 'Prejeli smo zahtevo za kopijo podatkov, ki jih hranimo o {address}.',
  'verify.erasure': 'Prejeli smo zahtevo za izbris podatkov, ki jih hranimo o {address}.',
  'verify.action': 'Potrjujem zahtevo',
  'verify.wait': 'Dokler ne potrdite, se ne zgodi nič.',
  'verify.ignore': 'Če tega niste zahtevali, prezrite to sporočilo in nič se ne bo spremenilo.',
  'access.subject': 'Vaši podatki so pripravljeni',
  'access.body':
    'Kot ste zahtevali, vam pošiljamo povezavo za prenos kopije podatkov, ki jih hranimo o {address}: vsako zabeleženo odločitev o privolitvi z njenim besedilom in časi ter njeno trenutno stanje.',
  'access.action': 'Prenesi moje podatke',
  'erased.subject': 'Vaši podatki so izbrisani',
  'erased.body':
    'Kot ste zahtevali, smo izbrisali {address} in z njim povezano stanje privolitev. Zapisi preteklih odločitev ostanejo, vendar brez česar koli, kar bi vas razkrilo, da ohranijo dokazno vrednost.',
  'sms.verify.access':
    'Prejeli smo zahtevo za kopijo podatkov, ki jih hranimo o {address}. Za potrditev odprite {url} (velja 7 dni). Če tega niste zahtevali, sporočilo prezrite.',
  'sms.verify.erasure':
    'Prejeli smo zahtevo za izbris podatkov, ki jih hranimo o {address}. Za potrditev odprite {url} (velja 7 dni). Če tega niste zahtevali, sporočilo prezrite.',
  'sms.access': 'Vaši podatki so pripravljeni. Prenesite jih v 7 dneh: {url}',
  'sms.erased':
    'Kot ste zahtevali, smo izbrisali {address} in z njo povezano stanje privolitev. Sporočil o tem ne boste več prejemali.',
};
