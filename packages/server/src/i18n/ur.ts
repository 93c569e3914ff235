import type { PageMessages } from './en.js';

/** Urdu (اردو). */
export const ur: PageMessages = {
  'page.unsubscribe.title': 'ان سبسکرائب کریں',
  'page.unsubscribe.ask.email': 'کیا {contact} کو مارکیٹنگ ای میلز بھیجنا بند کر دیا جائے؟',
  'page.unsubscribe.ask.sms':
    'کیا {contact} کو مارکیٹنگ ایس ایم ایس پیغامات بھیجنا بند کر دیا جائے؟',
  'page.unsubscribe.ask.post':
    'کیا {contact} کے حامل کو ڈاک کے ذریعے مارکیٹنگ بھیجنا بند کر دیا جائے؟',
  'page.unsubscribe.askTopic': 'کیا {contact} کو «{topic}» بھیجنا بند کر دیا جائے؟',
  'page.unsubscribe.button': 'ان سبسکرائب کریں',
  'page.unsubscribed.title': 'آپ ان سبسکرائب ہو گئے ہیں',
  'page.unsubscribed.email': '{contact} کو اب ہماری طرف سے مارکیٹنگ ای میلز نہیں ملیں گی۔',
  'page.unsubscribed.sms':
    '{contact} کو اب ہماری طرف سے مارکیٹنگ ایس ایم ایس پیغامات نہیں ملیں گے۔',
  'page.unsubscribed.post': 'اب ہم {contact} کے حامل کو ڈاک کے ذریعے مارکیٹنگ نہیں بھیجیں گے۔',
  'page.unsubscribed.topic': '{contact} کو اب «{topic}» نہیں ملے گا۔',
  'page.confirm.title': 'اپنی سبسکرپشن کی تصدیق کریں',
  'page.confirm.text':
    'براہِ کرم تصدیق کریں کہ {contact} کو وہ ای میلز ملنی چاہییں جن کے لیے سائن اپ کیا گیا تھا۔',
  'page.confirm.button': 'سبسکرپشن کی تصدیق کریں',
  'page.confirmed.title': 'شکریہ',
  'page.confirmed.text': 'آپ کی سبسکرپشن کی تصدیق ہو گئی ہے۔',
  'page.nothing.title': 'تصدیق کے لیے کچھ نہیں',
  'page.nothing.text': 'کوئی سبسکرپشن تصدیق کی منتظر نہیں ہے۔',
  'error.expired': 'یہ لنک اب درست نہیں رہا۔',
  'error.wrongPage': 'یہ لنک اس صفحے کے لیے نہیں ہے۔',
  'error.invalid': 'یہ لنک درست نہیں ہے۔ ہو سکتا ہے اسے غلط کاپی کیا گیا ہو۔',
  'error.requestLink':
    'براہِ کرم ہمارے تازہ ترین پیغام میں موجود لنک استعمال کریں، یا نئے لنک کے لیے ہم سے رابطہ کریں۔',
  'page.request.title': 'اپنی درخواست کی تصدیق کریں',
  'page.request.ask.access': 'براہِ کرم تصدیق کریں کہ آپ نے اپنے ڈیٹا کی ایک کاپی مانگی تھی۔',
  'page.request.ask.erasure': 'براہِ کرم تصدیق کریں کہ آپ نے اپنا ڈیٹا حذف کرنے کی درخواست کی تھی۔',
  'page.request.button': 'میری درخواست کی تصدیق کریں',
  'page.request.expired': 'اس لنک کی میعاد ختم ہو چکی ہے۔ براہِ کرم دوبارہ درخواست دیں۔',
  'page.request.invalid': 'یہ لنک درست نہیں ہے۔',
  'page.request.confirmed.title': 'درخواست کی تصدیق ہو گئی',
  'page.request.already':
    'اس درخواست کی پہلے ہی تصدیق ہو چکی ہے۔ ہم ایک مہینے کے اندر جواب دیں گے۔',
  'page.request.done': 'آپ کی درخواست کی تصدیق ہو گئی ہے۔ ہم ایک مہینے کے اندر جواب دیں گے۔',
  'page.request.sent.email':
    'اپنا ان باکس دیکھیں: درخواست کی تصدیق کے لیے ہمارے بھیجے ہوئے پیغام میں موجود لنک کھولیں۔',
  'page.request.sent.sms':
    'اپنے ٹیکسٹ میسجز دیکھیں: درخواست کی تصدیق کے لیے ہمارا بھیجا ہوا لنک کھولیں۔',
};
