import type { PageMessages } from './en.js';

/** Tigrinya (ትግርኛ). */
export const ti: PageMessages = {
  'page.unsubscribe.title': 'ምዝገባ ኣቋርጹ',
  'page.unsubscribe.ask.email': 'ናብ {contact} ናይ ዕዳጋ ኢመይላት ምልኣኽ ደው ይበል ዶ?',
  'page.unsubscribe.ask.sms': 'ናብ {contact} ናይ ዕዳጋ መልእኽትታት SMS ምልኣኽ ደው ይበል ዶ?',
  'page.unsubscribe.ask.post': 'ንዋና {contact} ናይ ዕዳጋ ጽሑፋት ብፖስታ ምልኣኽ ደው ይበል ዶ?',
  'page.unsubscribe.askTopic': 'ናብ {contact} “{topic}” ምልኣኽ ደው ይበል ዶ?',
  'page.unsubscribe.button': 'ምዝገባ ኣቋርጹ',
  'page.unsubscribed.title': 'ምዝገባኹም ተቋሪጹ',
  'page.unsubscribed.email': '{contact} ካብዚ ንደሓር ካባና ናይ ዕዳጋ ኢመይላት ኣይክቕበልን እዩ።',
  'page.unsubscribed.sms': '{contact} ካብዚ ንደሓር ካባና ናይ ዕዳጋ መልእኽትታት SMS ኣይክቕበልን እዩ።',
  'page.unsubscribed.post': 'ካብዚ ንደሓር ንዋና {contact} ናይ ዕዳጋ ጽሑፋት ብፖስታ ኣይክንሰድድን ኢና።',
  'page.unsubscribed.topic': '{contact} ካብዚ ንደሓር “{topic}” ኣይክቕበልን እዩ።',
  'page.confirm.title': 'ምዝገባኹም ኣረጋግጹ',
  'page.confirm.text': '{contact} ነቶም ዝተመዝገበሎም ኢመይላት ክቕበል ከም ዘለዎ በጃኹም ኣረጋግጹ።',
  'page.confirm.button': 'ምዝገባ ኣረጋግጹ',
  'page.confirmed.title': 'የቐንየልና',
  'page.confirmed.text': 'ምዝገባኹም ተረጋጊጹ ኣሎ።',
  'page.nothing.title': 'ዝረጋገጽ የለን',
  'page.nothing.text': 'ምርግጋጽ ዝጽበ ምዝገባ የለን።',
  'error.expired': 'እዚ መላግቦ ድሕሪ ሕጂ ቅቡል ኣይኮነን።',
  'error.wrongPage': 'እዚ መላግቦ ነዚ ገጽ ዝተሓሰበ ኣይኮነን።',
  'error.invalid': 'እዚ መላግቦ ቅቡል ኣይኮነን። ብጌጋ ተቐዲሑ ክኸውን ይኽእል።',
  'error.requestLink': 'በጃኹም ነቲ ኣብ ናይ መወዳእታ መልእኽትና ዘሎ መላግቦ ተጠቐሙ፡ ወይ ሓድሽ ንምርካብ ተወከሱና።',
};
