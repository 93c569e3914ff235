import type { MailMessages } from './en.js';

/** Welsh (Cymraeg). */
export const cy: MailMessages = {
  greeting: 'Helo,',
  footer: 'Anfonwyd y neges hon oherwydd cais a wnaed gyda’r cyfeiriad hwn.',
  expiry: 'Bydd y ddolen yn gweithio am 7 diwrnod.',
  'confirm.subject': 'Cadarnhewch eich tanysgrifiad',
  'confirm.body':
    'Mae rhywun, chi gobeithio, wedi gofyn i ni anfon negeseuon e-bost i {address}. I gadarnhau, agorwch y ddolen isod a phwyso’r botwm.',
  'confirm.action': 'Cadarnhau fy nhanysgrifiad',
  'confirm.ignore':
    'Os na wnaethoch chi ofyn am hyn, anwybyddwch y neges hon: fyddwn ni ddim yn anfon e-bost atoch.',
  'verify.subject': 'Cadarnhewch eich cais am eich data',
  'verify.access': 'Cawsom gais am gopi o’r data sydd gennym am {address}.',
  'verify.erasure': 'Cawsom gais i ddileu’r data sydd gennym am {address}.',
  'verify.action': 'Cadarnhau fy nghais',
  'verify.wait': 'Ni fydd dim yn digwydd nes i chi gadarnhau.',
  'verify.ignore':
    'Os na wnaethoch chi ofyn am hyn, anwybyddwch y neges hon ac ni fydd dim yn newid.',
  'access.subject': 'Mae eich data’n barod',
  'access.body':
    'Fel y gofynnoch, dyma ddolen i lawrlwytho copi o’r data sydd gennym am {address}: pob penderfyniad caniatâd a gofnodwyd, gyda’i eiriad a’i amseroedd, a’i gyflwr presennol.',
  'access.action': 'Lawrlwytho fy nata',
  'erased.subject': 'Mae eich data wedi’i ddileu',
  'erased.body':
    'Fel y gofynnoch, rydym wedi dileu {address} a’r cyflwr caniatâd a oedd yn gysylltiedig ag ef. Mae cofnodion penderfyniadau’r gorffennol yn aros, heb ddim a allai eich adnabod, fel eu bod yn dal yn brawf.',
  'sms.verify.access':
    'Cawsom gais am gopi o’r data sydd gennym am {address}. I’w gadarnhau, agorwch {url} (dilys am 7 diwrnod). Os nad chi wnaeth ofyn, anwybyddwch y neges hon.',
  'sms.verify.erasure':
    'Cawsom gais i ddileu’r data sydd gennym am {address}. I’w gadarnhau, agorwch {url} (dilys am 7 diwrnod). Os nad chi wnaeth ofyn, anwybyddwch y neges hon.',
  'sms.access': 'Mae eich data’n barod. Lawrlwythwch ef o fewn 7 diwrnod: {url}',
  'sms.erased':
    'Fel y gofynnoch, rydym wedi dileu {address} a’r cyflwr caniatâd a oedd yn gysylltiedig ag ef. Chewch chi ddim rhagor o negeseuon am hyn.',
};
