import type { MailMessages } from './en.js';

/** Hungarian (Magyar). */
export const hu: MailMessages = {
  greeting: 'Tisztelt Címzett!',
  footer: 'Ezt az üzenetet egy ezzel a címmel benyújtott kérés miatt küldtük.',
  expiry: 'A hivatkozás 7 napig érvényes.',
  'confirm.subject': 'Kérjük, erősítse meg a feliratkozását',
  'confirm.body':
    'Valaki, reméljük, Ön, azt kérte, hogy e-maileket küldjünk a(z) {address} címre. A megerősítéshez nyissa meg az alábbi hivatkozást, és nyomja meg a gombot.',
  'confirm.action': 'Megerősítem a feliratkozást',
  'confirm.ignore':
    'Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: nem küldünk Önnek e-mailt.',
  'verify.subject': 'Erősítse meg az adataival kapcsolatos kérését',
  'verify.access':
    'Kérést kaptunk a(z) {address} címről általunk tárolt adatok másolatának kiadására.',
  'verify.erasure': 'Kérést kaptunk a(z) {address} címről általunk tárolt adatok törlésére.',
  'verify.action': 'Megerősítem a kérésemet',
  'verify.wait': 'Amíg nem erősíti meg, semmi sem történik.',
  'verify.ignore':
    'Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet, és semmi sem változik.',
  'access.subject': 'Az adatai elkészültek',
  'access.body':
    'Kérésének megfelelően itt egy hivatkozás, amelyen letöltheti a(z) {address} címről általunk tárolt adatok másolatát: minden rögzített hozzájárulási döntést a szövegével és időpontjaival, valamint a jelenlegi állapotot.',
  'access.action': 'Adataim letöltése',
  'erased.subject': 'Az adatait töröltük',
  'erased.body':
    'Kérésének megfelelően töröltük a(z) {address} címet és a hozzá tartozó hozzájárulási állapotot. A korábbi döntések nyilvántartása megmarad, de semmi olyat nem tartalmaz, ami alapján azonosítani lehetne Önt, így megőrzi bizonyító erejét.',
  'sms.verify.access':
    'Kérést kaptunk a(z) {address} számról általunk tárolt adatok másolatának kiadására. A megerősítéshez nyissa meg: {url} (7 napig érvényes). Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet.',
  'sms.verify.erasure':
    'Kérést kaptunk a(z) {address} számról általunk tárolt adatok törlésére. A megerősítéshez nyissa meg: {url} (7 napig érvényes). Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet.',
  'sms.access': 'Az adatai elkészültek. 7 napon belül töltse le őket: {url}',
  'sms.erased':
    'Kérésének megfelelően töröltük a(z) {address} számot és a hozzá tartozó hozzájárulási állapotot. Erről több üzenetet nem kap.',
};
