import type { PageMessages } from './en.js';

/** Hindi (हिन्दी). */
export const hi: PageMessages = {
  'page.unsubscribe.title': 'सदस्यता छोड़ें',
  'page.unsubscribe.ask.email': 'क्या {contact} पर मार्केटिंग ईमेल भेजना बंद करें?',
  'page.unsubscribe.ask.sms': 'क्या {contact} पर मार्केटिंग SMS संदेश भेजना बंद करें?',
  'page.unsubscribe.ask.post': 'क्या {contact} वाले व्यक्ति को डाक से मार्केटिंग भेजना बंद करें?',
  'page.unsubscribe.askTopic': 'क्या {contact} पर “{topic}” भेजना बंद करें?',
  'page.unsubscribe.button': 'सदस्यता छोड़ें',
  'page.unsubscribed.title': 'आपने सदस्यता छोड़ दी है',
  'page.unsubscribed.email': '{contact} को अब हमारी ओर से मार्केटिंग ईमेल नहीं मिलेंगे।',
  'page.unsubscribed.sms': '{contact} को अब हमारी ओर से मार्केटिंग SMS संदेश नहीं मिलेंगे।',
  'page.unsubscribed.post': 'अब हम {contact} वाले व्यक्ति को डाक से मार्केटिंग नहीं भेजेंगे।',
  'page.unsubscribed.topic': '{contact} को अब “{topic}” नहीं मिलेगा।',
  'page.confirm.title': 'अपनी सदस्यता की पुष्टि करें',
  'page.confirm.text':
    'कृपया पुष्टि करें कि {contact} को वे ईमेल मिलने चाहिए जिनके लिए साइन अप किया गया था।',
  'page.confirm.button': 'सदस्यता की पुष्टि करें',
  'page.confirmed.title': 'धन्यवाद',
  'page.confirmed.text': 'आपकी सदस्यता की पुष्टि हो गई है।',
  'page.nothing.title': 'पुष्टि के लिए कुछ नहीं है',
  'page.nothing.text': 'कोई सदस्यता पुष्टि की प्रतीक्षा में नहीं है।',
  'error.expired': 'यह लिंक अब मान्य नहीं है।',
  'error.wrongPage': 'यह लिंक इस पेज के लिए नहीं है।',
  'error.invalid': 'यह लिंक मान्य नहीं है। हो सकता है इसे गलत कॉपी किया गया हो।',
  'error.requestLink': 'कृपया हमारे सबसे हाल के संदेश वाला लिंक उपयोग करें, या नए लिंक के लिए हमसे संपर्क करें।',
};
