import type { PageMessages } from './en.js';

/** Persian (فارسی). */
export const fa: PageMessages = {
  'page.unsubscribe.title': 'لغو اشتراک',
  'page.unsubscribe.ask.email': 'فرستادن ایمیل‌های بازاریابی به {contact} متوقف شود؟',
  'page.unsubscribe.ask.sms': 'فرستادن پیامک‌های بازاریابی به {contact} متوقف شود؟',
  'page.unsubscribe.ask.post': 'فرستادن مطالب بازاریابی پستی برای دارندهٔ {contact} متوقف شود؟',
  'page.unsubscribe.askTopic': 'فرستادن «{topic}» به {contact} متوقف شود؟',
  'page.unsubscribe.button': 'لغو اشتراک',
  'page.unsubscribed.title': 'اشتراک شما لغو شد',
  'page.unsubscribed.email': '{contact} دیگر ایمیل بازاریابی از ما دریافت نخواهد کرد.',
  'page.unsubscribed.sms': '{contact} دیگر پیامک بازاریابی از ما دریافت نخواهد کرد.',
  'page.unsubscribed.post': 'دیگر مطالب بازاریابی پستی برای دارندهٔ {contact} نمی‌فرستیم.',
  'page.unsubscribed.topic': '{contact} دیگر «{topic}» را دریافت نخواهد کرد.',
  'page.confirm.title': 'اشتراک خود را تأیید کنید',
  'page.confirm.text':
    'لطفاً تأیید کنید که {contact} باید ایمیل‌هایی را که برایشان ثبت‌نام کرده است دریافت کند.',
  'page.confirm.button': 'تأیید اشتراک',
  'page.confirmed.title': 'سپاسگزاریم',
  'page.confirmed.text': 'اشتراک شما تأیید شد.',
  'page.nothing.title': 'چیزی برای تأیید نیست',
  'page.nothing.text': 'هیچ اشتراکی در انتظار تأیید نیست.',
  'error.expired': 'این پیوند دیگر معتبر نیست.',
  'error.wrongPage': 'این پیوند برای این صفحه نیست.',
  'error.invalid': 'این پیوند معتبر نیست. ممکن است نادرست رونوشت شده باشد.',
  'error.requestLink':
    'لطفاً از پیوند موجود در تازه‌ترین پیام ما استفاده کنید یا برای دریافت پیوند تازه با ما تماس بگیرید.',
  'page.request.title': 'درخواست خود را تأیید کنید',
  'page.request.ask.access': 'لطفاً تأیید کنید که رونوشتی از داده‌های خود را درخواست کرده‌اید.',
  'page.request.ask.erasure': 'لطفاً تأیید کنید که حذف داده‌های خود را درخواست کرده‌اید.',
  'page.request.button': 'تأیید درخواست من',
  'page.request.expired': 'این پیوند منقضی شده است. لطفاً دوباره درخواست دهید.',
  'page.request.invalid': 'این پیوند معتبر نیست.',
  'page.request.confirmed.title': 'درخواست تأیید شد',
  'page.request.already': 'این درخواست پیش‌تر تأیید شده است. ظرف یک ماه پاسخ می‌دهیم.',
  'page.request.done': 'درخواست شما تأیید شد. ظرف یک ماه پاسخ می‌دهیم.',
  'page.request.sent.email':
    'صندوق ورودی خود را بررسی کنید: برای تأیید درخواست، پیوند داخل پیامی را که فرستادیم باز کنید.',
  'page.request.sent.sms':
    'پیامک‌های خود را بررسی کنید: برای تأیید درخواست، پیوندی را که فرستادیم باز کنید.',
};
