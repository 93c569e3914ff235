import type { Messages } from './en.js';

/** Urdu (اردو). */
export const ur: Messages = {
  'banner.title': 'ہم کوکیز استعمال کرتے ہیں',
  'banner.text':
    'ہم اس ویب سائٹ کو چلانے کے لیے ضروری کوکیز استعمال کرتے ہیں۔ آپ کسی بھی وقت اپنے انتخاب تبدیل کر سکتے ہیں۔',
  'banner.label': 'کوکیز کے لیے رضامندی',
  'actions.acceptAll': 'سب قبول کریں',
  'actions.rejectAll': 'سب مسترد کریں',
  'actions.manage': 'ترجیحات کا انتظام کریں',
  'actions.save': 'انتخاب محفوظ کریں',
  'actions.close': 'بند کریں',
  'links.privacyPolicy': 'رازداری کا نوٹس',
  'banner.accepted':
    'آپ نے اضافی کوکیز قبول کر لی ہیں۔ آپ کسی بھی وقت اپنی کوکی کی ترتیبات تبدیل کر سکتے ہیں۔',
  'banner.rejected':
    'آپ نے اضافی کوکیز مسترد کر دی ہیں۔ آپ کسی بھی وقت اپنی کوکی کی ترتیبات تبدیل کر سکتے ہیں۔',
  'banner.hideMessage': 'یہ پیغام چھپائیں',
  'preferences.title': 'کوکیز کی ترجیحات',
  'preferences.text':
    'منتخب کریں کہ ہم کون سی کوکیز استعمال کر سکتے ہیں۔ ضروری کوکیز ہمیشہ فعال رہتی ہیں کیونکہ ان کے بغیر ویب سائٹ کام نہیں کر سکتی۔ آپ کے انتخاب اس ویب سائٹ پر لاگو ہوتے ہیں اور آپ انہیں کسی بھی وقت تبدیل کر سکتے ہیں۔',
  'preferences.alwaysOn': 'ہمیشہ فعال',
  'preferences.objection': 'جب تک آپ اعتراض نہ کریں، آن ہے۔ اعتراض کرنے کے لیے اسے بند کریں۔',
  'preferences.services': 'سروسز',
  'preferences.cookies': 'کوکیز',
  'preferences.cookieName': 'نام',
  'preferences.cookieDuration': 'مدت',
  'preferences.cookiePurpose': 'مقصد',
  'preferences.sessionCookie': 'جب تک آپ اپنا براؤزر بند نہ کریں',
  'preferences.details': 'تفصیلات',
  'preferences.detailsFor': '{service} کی تفصیلات',
  'preferences.serviceSwitch': '{service} کی اجازت دیں',
  'preferences.gpcNotice':
    'آپ کا براؤزر Global Privacy Control (گلوبل پرائیویسی کنٹرول) کا سگنل بھیجتا ہے، اس لیے مارکیٹنگ کوکیز بند رہیں گی جب تک آپ انہیں یہاں خود فعال نہ کریں۔',
  'category.necessary.title': 'ضروری',
  'category.necessary.description':
    'ویب سائٹ کے کام کرنے کے لیے لازمی ہیں، مثلاً آپ کے کوکی انتخاب یاد رکھنے اور آپ کو سائن اِن رکھنے کے لیے۔ انہیں بند نہیں کیا جا سکتا۔',
  'category.functional.title': 'فنکشنل',
  'category.functional.description':
    'آپ کے کیے ہوئے انتخاب، جیسے زبان یا علاقہ، یاد رکھتی ہیں تاکہ آپ کو زیادہ ذاتی تجربہ مل سکے۔',
  'category.analytics.title': 'تجزیاتی',
  'category.analytics.description':
    'ہمیں یہ سمجھنے میں مدد دیتی ہیں کہ لوگ ویب سائٹ کیسے استعمال کرتے ہیں، مثلاً کون سے صفحات سب سے زیادہ دیکھے جاتے ہیں، تاکہ ہم اسے بہتر بنا سکیں۔ معلومات مجموعی شکل میں جمع کی جاتی ہیں۔',
  'category.marketing.title': 'مارکیٹنگ',
  'category.marketing.description':
    'ہم اور ہمارے شراکت دار انہیں اس اور دوسری ویب سائٹس پر آپ کو متعلقہ مواد اور اشتہارات دکھانے اور ان کی کارکردگی ناپنے کے لیے استعمال کرتے ہیں۔',
  'trigger.label': 'کوکی کی ترتیبات',
  'trigger.tooltip': 'اپنے کوکی انتخاب تبدیل کریں',
  'embed.title': '{service} کا مواد روک دیا گیا ہے',
  'embed.text':
    'یہ مواد {service} فراہم کرتا ہے، جو «{category}» کے زمرے کی کوکیز لگا سکتا ہے۔ یہ اس لیے نہیں دکھایا جا رہا کہ آپ نے اس کی اجازت نہیں دی۔',
  'embed.allow': 'اجازت دیں اور لوڈ کریں',
  'embed.settings': 'کوکی کی ترتیبات',
  'embed.scope': 'صرف {service} کی اجازت دی جائے گی۔',
  'embed.unknown': 'جب تک آپ “{category}” زمرے کی کوکیز کی اجازت نہیں دیتے، یہ مواد بلاک ہے۔',
  'optin.title': 'رابطے میں رہیں',
  'optin.statement':
    'منتخب کریں کہ آپ ہم سے کس طرح خبریں حاصل کرنا چاہتے ہیں۔ ہر پیغام میں ان سبسکرائب کرنے کا لنک ہوتا ہے، اور آپ کسی بھی وقت اپنی رضامندی واپس لے سکتے ہیں۔',
  'optin.channel.email': 'مجھے ای میل کے ذریعے خبریں اور اپ ڈیٹس بھیجیں',
  'optin.channel.sms': 'مجھے ایس ایم ایس پیغامات بھیجیں',
  'optin.channel.post': 'مجھے ڈاک کے ذریعے مارکیٹنگ نہ بھیجیں',
  'optin.topics': 'موضوعات',
  'optin.emailLabel': 'ای میل ایڈریس',
  'optin.phoneLabel': 'موبائل نمبر',
  'optin.submit': 'سبسکرائب کریں',
  'optin.success': 'شکریہ۔ آپ کے انتخاب ریکارڈ کر لیے گئے ہیں۔',
  'optin.pending':
    'بس تھوڑا سا باقی ہے: اپنا ان باکس دیکھیں اور اپنی سبسکرپشن کی تصدیق کے لیے لنک کھولیں۔',
  'optin.error': 'معذرت، کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کریں۔',
  'optin.invalidEmail': 'درست فارمیٹ میں ای میل ایڈریس درج کریں، جیسے ⁦name@example.com⁩',
  'optin.invalidPhone': 'درست فارمیٹ میں موبائل نمبر درج کریں، جیسے {example}',
  'optin.requiredEmail': 'ای میل حاصل کرنے کے لیے اپنا ای میل ایڈریس درج کریں',
  'optin.requiredPhone': 'ایس ایم ایس حاصل کرنے کے لیے اپنا موبائل نمبر درج کریں',
  'optin.chooseChannel': 'کم از کم ایک طریقہ منتخب کریں جس سے ہم آپ سے رابطہ کر سکیں',
  'unsubscribe.title': 'آپ کی رابطے کی ترجیحات',
  'unsubscribe.text':
    'منتخب کریں کہ آپ اب کیا وصول نہیں کرنا چاہتے۔ تبدیلیاں فوراً لاگو ہو جاتی ہیں۔',
  'unsubscribe.channel.email': 'ای میل',
  'unsubscribe.channel.sms': 'ایس ایم ایس',
  'unsubscribe.channel.post': 'ڈاک',
  'unsubscribe.status.granted': 'سبسکرائب شدہ',
  'unsubscribe.status.denied': 'ان سبسکرائب شدہ',
  'unsubscribe.status.pending': 'تصدیق کا انتظار ہے',
  'unsubscribe.status.unknown': 'سبسکرائب نہیں',
  'unsubscribe.topic': '«{topic}» سے ان سبسکرائب کریں',
  'unsubscribe.channelAll.email': 'تمام ای میلز سے ان سبسکرائب کریں',
  'unsubscribe.channelAll.sms': 'تمام ایس ایم ایس پیغامات سے ان سبسکرائب کریں',
  'unsubscribe.channelAll.post': 'ڈاک کے ذریعے تمام مارکیٹنگ بند کریں',
  'unsubscribe.everything': 'ہر چیز سے ان سبسکرائب کریں',
  'unsubscribe.done.email': 'اب آپ کو ہماری طرف سے مارکیٹنگ ای میلز نہیں ملیں گی۔',
  'unsubscribe.done.sms': 'اب آپ کو ہماری طرف سے مارکیٹنگ ایس ایم ایس پیغامات نہیں ملیں گے۔',
  'unsubscribe.done.post': 'اب ہم آپ کو ڈاک کے ذریعے مارکیٹنگ نہیں بھیجیں گے۔',
  'unsubscribe.doneTopic': 'آپ «{topic}» سے ان سبسکرائب ہو گئے ہیں۔',
  'unsubscribe.undo': 'واپس کریں',
  'unsubscribe.undone.email': 'آپ کو ہماری مارکیٹنگ ای میلز دوبارہ ملیں گی۔',
  'unsubscribe.undone.sms': 'آپ کو ہمارے مارکیٹنگ ایس ایم ایس پیغامات دوبارہ ملیں گے۔',
  'unsubscribe.undone.post': 'ہم آپ کو ڈاک کے ذریعے دوبارہ مارکیٹنگ بھیج سکتے ہیں۔',
  'unsubscribe.undoneTopic': '«{topic}» کے لیے آپ کی سبسکرپشن بحال کر دی گئی ہے۔',
  'unsubscribe.invalidToken': 'یہ لنک درست نہیں ہے۔ ہو سکتا ہے اسے غلط کاپی کیا گیا ہو۔',
  'unsubscribe.expiredToken': 'اس لنک کی میعاد ختم ہو چکی ہے۔',
  'unsubscribe.requestLink':
    'براہِ کرم ہمارے تازہ ترین پیغام میں موجود لنک استعمال کریں، یا نئے لنک کے لیے ہم سے رابطہ کریں۔',
  'unsubscribe.loading': 'آپ کی ترجیحات لوڈ ہو رہی ہیں…',
  'unsubscribe.error':
    'معذرت، ہم آپ کی ترجیحات لوڈ نہیں کر سکے۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔',
  'unsubscribe.nothing': 'آپ نے کسی چیز کو سبسکرائب نہیں کیا ہوا۔',
  'unsubscribe.for': '{contact} کے لیے ترجیحات',
  'unsubscribe.status.postDefault': 'بھیجی جاتی ہے جب تک آپ اعتراض نہ کریں',
  'unsubscribe.doneEverything': 'آپ ہر چیز سے ان سبسکرائب ہو گئے ہیں۔',
  'unsubscribe.undoneEverything': 'آپ کی سبسکرپشنز بحال کر دی گئی ہیں۔',
  'unsubscribe.retry': 'دوبارہ کوشش کریں',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'آپ کا ڈیٹا',
  'rights.text.email':
    'ہمارے پاس آپ کے بارے میں موجود رضامندی کے ڈیٹا کی کاپی مانگیں، یا اسے حذف کرنے کی درخواست کریں۔ یہ تصدیق کرنے کے لیے کہ درخواست آپ کی ہے، ہم آپ کو ای میل پر ایک لنک بھیجیں گے۔',
  'rights.text.phone':
    'ہمارے پاس آپ کے بارے میں موجود رضامندی کے ڈیٹا کی کاپی مانگیں، یا اسے حذف کرنے کی درخواست کریں۔ یہ تصدیق کرنے کے لیے کہ درخواست آپ کی ہے، ہم آپ کو ایس ایم ایس پر ایک لنک بھیجیں گے۔',
  'rights.legend': 'آپ کیا چاہتے ہیں؟',
  'rights.access': 'میرے ڈیٹا کی کاپی حاصل کریں',
  'rights.erasure': 'میرا ڈیٹا حذف کریں',
  'rights.submit': 'درخواست بھیجیں',
  'rights.sending': 'بھیجا جا رہا ہے…',
  'rights.chooseOne': 'منتخب کریں کہ آپ کیا چاہتے ہیں۔',
  'rights.sent.email':
    'اپنا ان باکس دیکھیں: ہم نے {email} پر ایک لنک بھیجا ہے۔ لنک کھولنے پر آپ کی درخواست شروع ہو جائے گی۔',
  'rights.sent.sms':
    'اپنے ٹیکسٹ پیغامات دیکھیں: ہم نے {phone} پر ایک لنک بھیجا ہے۔ لنک کھولنے پر آپ کی درخواست شروع ہو جائے گی۔',
  'rights.failed': 'درخواست نہیں بھیجی جا سکی۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔',
  'rights.another': 'ایک اور درخواست کریں',
  'banner.purposes':
    'آپ کی رضامندی سے ہم ان مقاصد کے لیے اختیاری کوکیز بھی استعمال کرنا چاہیں گے: {purposes}۔',
  'banner.objection':
    'ہم پہلے ہی ناپ رہے ہیں کہ ویب سائٹ کیسے استعمال ہوتی ہے ({categories})؛ جب تک آپ اعتراض نہ کریں، قانون اس کی اجازت دیتا ہے۔ اعتراض کرنے کے لیے “{reject}” منتخب کریں۔',
  'banner.controller': 'اس ویب سائٹ پر آپ کے ڈیٹا کے استعمال کی ذمہ داری {controller} پر ہے۔',
  'preferences.cookieProvider': 'فراہم کنندہ',
  'preferences.ownCookie': 'کوکیز کے بارے میں آپ کے انتخاب یاد رکھتی ہے',
  'optin.softStatement':
    'چونکہ آپ پہلے سے ہمارے گاہک یا حامی ہیں، ہم آپ کو ملتی جلتی مصنوعات، خدمات یا مقاصد کے بارے میں خبریں بھیج سکتے ہیں۔ اگر آپ یہ نہیں چاہتے تو کسی خانے پر نشان لگائیں۔ ہر پیغام میں ان سبسکرائب کرنے کا لنک ہوتا ہے۔',
  'optin.softOptOut.email': 'مجھے مارکیٹنگ ای میلز نہیں چاہییں',
  'optin.softOptOut.sms': 'مجھے مارکیٹنگ ٹیکسٹ پیغامات نہیں چاہییں',
  'optin.chooseTopic': 'کم از کم ایک موضوع منتخب کریں',
  'list.two': '{0} اور {1}',
  'list.start': '{0}، {1}',
  'list.middle': '{0}، {1}',
  'list.end': '{0}، اور {1}',
};

export default ur;
