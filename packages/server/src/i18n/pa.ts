import type { PageMessages } from './en.js';

/** Punjabi (ਪੰਜਾਬੀ). */
export const pa: PageMessages = {
  'page.unsubscribe.title': 'ਗਾਹਕੀ ਰੱਦ ਕਰੋ',
  'page.unsubscribe.ask.email': 'ਕੀ {contact} ਨੂੰ ਮਾਰਕੀਟਿੰਗ ਈਮੇਲਾਂ ਭੇਜਣੀਆਂ ਬੰਦ ਕਰਨੀਆਂ ਹਨ?',
  'page.unsubscribe.ask.sms': 'ਕੀ {contact} ਨੂੰ ਮਾਰਕੀਟਿੰਗ SMS ਸੁਨੇਹੇ ਭੇਜਣੇ ਬੰਦ ਕਰਨੇ ਹਨ?',
  'page.unsubscribe.ask.post': 'ਕੀ {contact} ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਡਾਕ ਰਾਹੀਂ ਮਾਰਕੀਟਿੰਗ ਭੇਜਣੀ ਬੰਦ ਕਰਨੀ ਹੈ?',
  'page.unsubscribe.askTopic': 'ਕੀ {contact} ਨੂੰ “{topic}” ਭੇਜਣਾ ਬੰਦ ਕਰਨਾ ਹੈ?',
  'page.unsubscribe.button': 'ਗਾਹਕੀ ਰੱਦ ਕਰੋ',
  'page.unsubscribed.title': 'ਤੁਹਾਡੀ ਗਾਹਕੀ ਰੱਦ ਹੋ ਗਈ ਹੈ',
  'page.unsubscribed.email': '{contact} ਨੂੰ ਹੁਣ ਸਾਡੇ ਵੱਲੋਂ ਮਾਰਕੀਟਿੰਗ ਈਮੇਲਾਂ ਨਹੀਂ ਮਿਲਣਗੀਆਂ।',
  'page.unsubscribed.sms': '{contact} ਨੂੰ ਹੁਣ ਸਾਡੇ ਵੱਲੋਂ ਮਾਰਕੀਟਿੰਗ SMS ਸੁਨੇਹੇ ਨਹੀਂ ਮਿਲਣਗੇ।',
  'page.unsubscribed.post': 'ਅਸੀਂ ਹੁਣ {contact} ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਡਾਕ ਰਾਹੀਂ ਮਾਰਕੀਟਿੰਗ ਨਹੀਂ ਭੇਜਾਂਗੇ।',
  'page.unsubscribed.topic': '{contact} ਨੂੰ ਹੁਣ “{topic}” ਨਹੀਂ ਮਿਲੇਗਾ।',
  'page.confirm.title': 'ਆਪਣੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
  'page.confirm.text':
    'ਕਿਰਪਾ ਕਰਕੇ ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ {contact} ਨੂੰ ਉਹ ਈਮੇਲਾਂ ਮਿਲਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ ਜਿਹਨਾਂ ਲਈ ਸਾਈਨ ਅੱਪ ਕੀਤਾ ਗਿਆ ਸੀ।',
  'page.confirm.button': 'ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
  'page.confirmed.title': 'ਧੰਨਵਾਦ',
  'page.confirmed.text': 'ਤੁਹਾਡੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ।',
  'page.nothing.title': 'ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਕੁਝ ਨਹੀਂ',
  'page.nothing.text': 'ਕੋਈ ਗਾਹਕੀ ਪੁਸ਼ਟੀ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।',
  'error.expired': 'ਇਹ ਲਿੰਕ ਹੁਣ ਸਹੀ ਨਹੀਂ ਹੈ।',
  'error.wrongPage': 'ਇਹ ਲਿੰਕ ਇਸ ਪੰਨੇ ਲਈ ਨਹੀਂ ਹੈ।',
  'error.invalid': 'ਇਹ ਲਿੰਕ ਸਹੀ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਗਲਤ ਕਾਪੀ ਕੀਤਾ ਗਿਆ ਹੋਵੇ।',
  'error.requestLink': 'ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਸਭ ਤੋਂ ਤਾਜ਼ਾ ਸੁਨੇਹੇ ਵਾਲਾ ਲਿੰਕ ਵਰਤੋ, ਜਾਂ ਨਵੇਂ ਲਿੰਕ ਲਈ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।',
};
