import type { PageMessages } from './en.js';

/** Gujarati (ગુજરાતી). */
export const gu: PageMessages = {
  'page.unsubscribe.title': 'અનસબ્સ્ક્રાઇબ કરો',
  'page.unsubscribe.ask.email': '{contact} પર માર્કેટિંગ ઇમેઇલ મોકલવાનું બંધ કરીએ?',
  'page.unsubscribe.ask.sms': '{contact} પર માર્કેટિંગ SMS સંદેશા મોકલવાનું બંધ કરીએ?',
  'page.unsubscribe.ask.post': '{contact} ધરાવનાર વ્યક્તિને ટપાલ દ્વારા માર્કેટિંગ મોકલવાનું બંધ કરીએ?',
  'page.unsubscribe.askTopic': '{contact} પર “{topic}” મોકલવાનું બંધ કરીએ?',
  'page.unsubscribe.button': 'અનસબ્સ્ક્રાઇબ કરો',
  'page.unsubscribed.title': 'તમે અનસબ્સ્ક્રાઇબ થઈ ગયા છો',
  'page.unsubscribed.email': '{contact}ને હવે અમારા તરફથી માર્કેટિંગ ઇમેઇલ મળશે નહીં.',
  'page.unsubscribed.sms': '{contact}ને હવે અમારા તરફથી માર્કેટિંગ SMS સંદેશા મળશે નહીં.',
  'page.unsubscribed.post': 'હવે અમે {contact} ધરાવનાર વ્યક્તિને ટપાલ દ્વારા માર્કેટિંગ મોકલીશું નહીં.',
  'page.unsubscribed.topic': '{contact}ને હવે “{topic}” મળશે નહીં.',
  'page.confirm.title': 'તમારા સબ્સ્ક્રિપ્શનની પુષ્ટિ કરો',
  'page.confirm.text':
    'કૃપા કરીને પુષ્ટિ કરો કે {contact}ને તે ઇમેઇલ મળવા જોઈએ જેના માટે સાઇન અપ કરવામાં આવ્યું હતું.',
  'page.confirm.button': 'સબ્સ્ક્રિપ્શનની પુષ્ટિ કરો',
  'page.confirmed.title': 'આભાર',
  'page.confirmed.text': 'તમારા સબ્સ્ક્રિપ્શનની પુષ્ટિ થઈ ગઈ છે.',
  'page.nothing.title': 'પુષ્ટિ કરવા માટે કશું નથી',
  'page.nothing.text': 'કોઈ સબ્સ્ક્રિપ્શન પુષ્ટિની રાહ જોઈ રહ્યું નથી.',
  'error.expired': 'આ લિંક હવે માન્ય નથી.',
  'error.wrongPage': 'આ લિંક આ પાના માટે નથી.',
  'error.invalid': 'આ લિંક માન્ય નથી. બની શકે કે તે ખોટી રીતે કૉપિ થઈ હોય.',
  'error.requestLink':
    'કૃપા કરીને અમારા સૌથી તાજેતરના સંદેશાની લિંકનો ઉપયોગ કરો, અથવા નવી લિંક માટે અમારો સંપર્ક કરો.',
};
