import type { MailMessages } from './en.js';

/** Swedish (Svenska). */
export const sv: MailMessages = {
  greeting: 'Hej,',
  footer: 'Det här meddelandet skickades på grund av en begäran som gjordes med den här adressen.',
  expiry: 'Länken fungerar i 7 dagar.',
  'confirm.subject': 'Bekräfta din prenumeration',
  'confirm.body':
    'Någon, förhoppningsvis du, har bett att få e-post från oss till {address}. Bekräfta genom att öppna länken nedan och trycka på knappen.',
  'confirm.action': 'Bekräfta min prenumeration',
  'confirm.ignore':
    'Om du inte har bett om detta kan du bortse från meddelandet: vi skickar ingen e-post till dig.',
  'verify.subject': 'Bekräfta din begäran om dina uppgifter',
  'verify.access': 'Vi har fått en begäran om en kopia av de uppgifter vi har om {address}.',
  'verify.erasure': 'Vi har fått en begäran om att radera de uppgifter vi har om {address}.',
  'verify.action': 'Bekräfta min begäran',
  'verify.wait': 'Ingenting händer förrän du bekräftar.',
  'verify.ignore':
    'Om du inte har bett om detta kan du bortse från meddelandet, så ändras ingenting.',
  'access.subject': 'Dina uppgifter är klara',
  'access.body':
    'Som du bad om kommer här en länk för att ladda ned en kopia av de uppgifter vi har om {address}: varje registrerat beslut om samtycke med dess ordalydelse och tidpunkter, och dess nuvarande status.',
  'access.action': 'Ladda ned mina uppgifter',
  'erased.subject': 'Dina uppgifter har raderats',
  'erased.body':
    'Som du bad om har vi raderat {address} och den samtyckesstatus som var kopplad till den. Registreringarna av tidigare beslut finns kvar, utan något som kan identifiera dig, så att de behåller sitt bevisvärde.',
  'sms.verify.access':
    'Vi har fått en begäran om en kopia av de uppgifter vi har om {address}. Bekräfta genom att öppna {url} (gäller i 7 dagar). Om det inte var du kan du bortse från meddelandet.',
  'sms.verify.erasure':
    'Vi har fått en begäran om att radera de uppgifter vi har om {address}. Bekräfta genom att öppna {url} (gäller i 7 dagar). Om det inte var du kan du bortse från meddelandet.',
  'sms.access': 'Dina uppgifter är klara. Ladda ned dem inom 7 dagar: {url}',
  'sms.erased':
    'Som du bad om har vi raderat {address} och den samtyckesstatus som var kopplad till numret. Du får inga fler meddelanden om det.',
};
