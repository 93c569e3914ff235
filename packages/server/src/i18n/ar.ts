import type { PageMessages } from './en.js';

/** Arabic (العربية). */
export const ar: PageMessages = {
  'page.unsubscribe.title': 'إلغاء الاشتراك',
  'page.unsubscribe.ask.email':
    'هل تريد إيقاف إرسال رسائل البريد الإلكتروني التسويقية إلى {contact}؟',
  'page.unsubscribe.ask.sms': 'هل تريد إيقاف إرسال الرسائل النصية التسويقية إلى {contact}؟',
  'page.unsubscribe.ask.post':
    'هل تريد إيقاف إرسال المواد التسويقية بالبريد العادي إلى صاحب {contact}؟',
  'page.unsubscribe.askTopic': 'هل تريد إيقاف إرسال «{topic}» إلى {contact}؟',
  'page.unsubscribe.button': 'إلغاء الاشتراك',
  'page.unsubscribed.title': 'تم إلغاء اشتراكك',
  'page.unsubscribed.email': 'لن تصل إلى {contact} منّا بعد الآن رسائل بريد إلكتروني تسويقية.',
  'page.unsubscribed.sms': 'لن تصل إلى {contact} منّا بعد الآن رسائل نصية تسويقية.',
  'page.unsubscribed.post': 'لن نرسل بعد الآن مواد تسويقية بالبريد العادي إلى صاحب {contact}.',
  'page.unsubscribed.topic': 'لن يصل «{topic}» إلى {contact} بعد الآن.',
  'page.confirm.title': 'أكّد اشتراكك',
  'page.confirm.text': 'يُرجى تأكيد رغبة {contact} في تلقي رسائل البريد الإلكتروني التي اشترك فيها.',
  'page.confirm.button': 'تأكيد الاشتراك',
  'page.confirmed.title': 'شكرًا لك',
  'page.confirmed.text': 'تم تأكيد اشتراكك.',
  'page.nothing.title': 'لا يوجد ما يحتاج إلى تأكيد',
  'page.nothing.text': 'لا يوجد اشتراك بانتظار التأكيد.',
  'error.expired': 'لم يعد هذا الرابط صالحًا.',
  'error.wrongPage': 'هذا الرابط غير مخصص لهذه الصفحة.',
  'error.invalid': 'هذا الرابط غير صالح. ربما لم يُنسخ بشكل صحيح.',
  'error.requestLink':
    'يُرجى استخدام الرابط الوارد في أحدث رسالة منا، أو التواصل معنا للحصول على رابط جديد.',
  'page.request.title': 'أكِّد طلبك',
  'page.request.ask.access': 'يُرجى تأكيد أنك طلبت نسخة من بياناتك.',
  'page.request.ask.erasure': 'يُرجى تأكيد أنك طلبت حذف بياناتك.',
  'page.request.button': 'تأكيد طلبي',
  'page.request.expired': 'انتهت صلاحية هذا الرابط. يُرجى تقديم الطلب مرة أخرى.',
  'page.request.invalid': 'هذا الرابط غير صالح.',
  'page.request.confirmed.title': 'تم تأكيد الطلب',
  'page.request.already': 'تم تأكيد هذا الطلب بالفعل. سنرد عليك خلال شهر واحد.',
  'page.request.done': 'تم تأكيد طلبك. سنرد عليك خلال شهر واحد.',
  'page.request.sent.email':
    'تحقق من بريدك الوارد: اتبع الرابط الموجود في الرسالة التي أرسلناها لتأكيد الطلب.',
  'page.request.sent.sms': 'تحقق من رسائلك النصية: اتبع الرابط الذي أرسلناه لتأكيد الطلب.',
};
