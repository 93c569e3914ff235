import type { Messages } from './en.js';

/** Persian (فارسی). */
export const fa: Messages = {
  'banner.title': 'ما از کوکی استفاده می‌کنیم',
  'banner.text':
    'ما از کوکی‌های ضروری برای کارکرد این وب‌سایت استفاده می‌کنیم. هر زمان بخواهید می‌توانید انتخاب‌های خود را تغییر دهید.',
  'banner.label': 'رضایت برای کوکی‌ها',
  'actions.acceptAll': 'پذیرفتن همه',
  'actions.rejectAll': 'رد کردن همه',
  'actions.manage': 'مدیریت ترجیحات',
  'actions.save': 'ذخیرهٔ انتخاب‌ها',
  'actions.close': 'بستن',
  'links.privacyPolicy': 'اطلاعیهٔ حریم خصوصی',
  'banner.accepted':
    'کوکی‌های اضافی را پذیرفتید. می‌توانید تنظیمات کوکی خود را هر زمان تغییر دهید.',
  'banner.rejected':
    'کوکی‌های اضافی را رد کردید. می‌توانید تنظیمات کوکی خود را هر زمان تغییر دهید.',
  'banner.hideMessage': 'پنهان کردن این پیام',
  'preferences.title': 'ترجیحات کوکی',
  'preferences.text':
    'انتخاب کنید از کدام کوکی‌ها می‌توانیم استفاده کنیم. کوکی‌های ضروری همیشه فعال‌اند، زیرا وب‌سایت بدون آن‌ها کار نمی‌کند. انتخاب‌های شما برای این وب‌سایت اعمال می‌شود و هر زمان بخواهید می‌توانید آن‌ها را تغییر دهید.',
  'preferences.alwaysOn': 'همیشه فعال',
  'preferences.objection': 'روشن است مگر اینکه اعتراض کنید. برای اعتراض آن را خاموش کنید.',
  'preferences.services': 'سرویس‌ها',
  'preferences.cookies': 'کوکی‌ها',
  'preferences.cookieName': 'نام',
  'preferences.cookieDuration': 'مدت',
  'preferences.cookiePurpose': 'هدف',
  'preferences.sessionCookie': 'تا زمانی که مرورگر خود را ببندید',
  'preferences.details': 'جزئیات',
  'preferences.detailsFor': 'جزئیات {service}',
  'preferences.serviceSwitch': 'اجازه به {service}',
  'preferences.gpcNotice':
    'مرورگر شما سیگنال Global Privacy Control (کنترل جهانی حریم خصوصی) می‌فرستد، بنابراین کوکی‌های بازاریابی خاموش می‌مانند، مگر آنکه خودتان آن‌ها را در اینجا روشن کنید.',
  'category.necessary.title': 'ضروری',
  'category.necessary.description':
    'برای کارکرد وب‌سایت لازم‌اند؛ برای نمونه برای به خاطر سپردن انتخاب‌های کوکی شما و وارد ماندن شما در حساب کاربری. نمی‌توان آن‌ها را خاموش کرد.',
  'category.functional.title': 'کاربردی',
  'category.functional.description':
    'انتخاب‌های شما، مانند زبان یا منطقه، را به خاطر می‌سپارند تا تجربه‌ای شخصی‌تر به شما بدهند.',
  'category.analytics.title': 'تحلیلی',
  'category.analytics.description':
    'به ما کمک می‌کنند بفهمیم بازدیدکنندگان چگونه از وب‌سایت استفاده می‌کنند، مثلاً کدام صفحه‌ها بیشتر دیده می‌شوند، تا بتوانیم آن را بهتر کنیم. اطلاعات به‌صورت تجمیعی گردآوری می‌شود.',
  'category.marketing.title': 'بازاریابی',
  'category.marketing.description':
    'ما و شرکای ما از آن‌ها استفاده می‌کنیم تا محتوا و تبلیغات مرتبط را در این وب‌سایت و وب‌سایت‌های دیگر به شما نشان دهیم و میزان اثربخشی آن‌ها را بسنجیم.',
  'trigger.label': 'تنظیمات کوکی',
  'trigger.tooltip': 'تغییر انتخاب‌های کوکی',
  'embed.title': 'محتوای {service} مسدود شده است',
  'embed.text':
    'این محتوا را {service} ارائه می‌کند که ممکن است کوکی‌هایی از دستهٔ «{category}» بگذارد. چون شما اجازه نداده‌اید، نمایش داده نمی‌شود.',
  'embed.allow': 'اجازه دادن و بارگذاری',
  'embed.settings': 'تنظیمات کوکی',
  'embed.scope': 'فقط {service} مجاز خواهد شد.',
  'embed.unknown': 'این محتوا مسدود است تا زمانی که کوکی‌های دستهٔ «{category}» را مجاز کنید.',
  'optin.title': 'در تماس بمانیم',
  'optin.statement':
    'انتخاب کنید که چگونه می‌خواهید از ما خبر بگیرید. هر پیام پیوندی برای لغو اشتراک دارد و هر زمان بخواهید می‌توانید رضایت خود را پس بگیرید.',
  'optin.channel.email': 'اخبار و به‌روزرسانی‌ها را برایم ایمیل کنید',
  'optin.channel.sms': 'برایم پیامک بفرستید',
  'optin.channel.post': 'برایم مطالب بازاریابی پستی نفرستید',
  'optin.topics': 'موضوع‌ها',
  'optin.emailLabel': 'نشانی ایمیل',
  'optin.phoneLabel': 'شمارهٔ تلفن همراه',
  'optin.submit': 'عضویت',
  'optin.success': 'سپاسگزاریم. انتخاب‌های شما ثبت شد.',
  'optin.pending':
    'تقریباً تمام است: صندوق ایمیل خود را بررسی کنید و برای تأیید اشتراک روی پیوند بزنید.',
  'optin.error': 'متأسفیم، مشکلی پیش آمد. لطفاً دوباره تلاش کنید.',
  'optin.invalidEmail': 'نشانی ایمیل را با قالب درست وارد کنید، مانند ⁦name@example.com⁩',
  'optin.invalidPhone': 'شمارهٔ تلفن همراه را با قالب درست وارد کنید، مانند {example}',
  'optin.requiredEmail': 'برای دریافت ایمیل، نشانی ایمیل خود را وارد کنید',
  'optin.requiredPhone': 'برای دریافت پیامک، شمارهٔ تلفن همراه خود را وارد کنید',
  'optin.chooseChannel': 'دست‌کم یک راه برای تماس ما با خودتان انتخاب کنید',
  'unsubscribe.title': 'ترجیحات ارتباطی شما',
  'unsubscribe.text':
    'انتخاب کنید چه چیزهایی را دیگر نمی‌خواهید دریافت کنید. تغییرات بی‌درنگ اعمال می‌شوند.',
  'unsubscribe.channel.email': 'ایمیل',
  'unsubscribe.channel.sms': 'پیامک',
  'unsubscribe.channel.post': 'پست',
  'unsubscribe.status.granted': 'مشترک',
  'unsubscribe.status.denied': 'اشتراک لغو شد',
  'unsubscribe.status.pending': 'در انتظار تأیید',
  'unsubscribe.status.unknown': 'مشترک نیست',
  'unsubscribe.topic': 'لغو اشتراک «{topic}»',
  'unsubscribe.channelAll.email': 'لغو اشتراک همهٔ ایمیل‌ها',
  'unsubscribe.channelAll.sms': 'لغو اشتراک همهٔ پیامک‌ها',
  'unsubscribe.channelAll.post': 'توقف همهٔ مطالب بازاریابی پستی',
  'unsubscribe.everything': 'لغو همهٔ اشتراک‌ها',
  'unsubscribe.done.email': 'دیگر ایمیل بازاریابی از ما دریافت نخواهید کرد.',
  'unsubscribe.done.sms': 'دیگر پیامک بازاریابی از ما دریافت نخواهید کرد.',
  'unsubscribe.done.post': 'دیگر مطالب بازاریابی از راه پست برایتان نمی‌فرستیم.',
  'unsubscribe.doneTopic': 'اشتراک شما در «{topic}» لغو شد.',
  'unsubscribe.undo': 'واگرد',
  'unsubscribe.undone.email': 'ایمیل‌های بازاریابی ما دوباره برایتان فرستاده می‌شود.',
  'unsubscribe.undone.sms': 'پیامک‌های بازاریابی ما دوباره برایتان فرستاده می‌شود.',
  'unsubscribe.undone.post': 'ممکن است دوباره مطالب بازاریابی از راه پست برایتان بفرستیم.',
  'unsubscribe.undoneTopic': 'اشتراک شما در «{topic}» بازگردانده شد.',
  'unsubscribe.invalidToken': 'این پیوند معتبر نیست. ممکن است نادرست رونوشت شده باشد.',
  'unsubscribe.expiredToken': 'این پیوند منقضی شده است.',
  'unsubscribe.requestLink':
    'لطفاً از پیوند موجود در تازه‌ترین پیام ما استفاده کنید یا برای دریافت پیوند تازه با ما تماس بگیرید.',
  'unsubscribe.loading': 'در حال بارگذاری ترجیحات شما…',
  'unsubscribe.error':
    'متأسفیم، نتوانستیم ترجیحات شما را بارگذاری کنیم. لطفاً بعداً دوباره تلاش کنید.',
  'unsubscribe.nothing': 'شما مشترک هیچ چیزی نیستید.',
  'unsubscribe.for': 'ترجیحات {contact}',
  'unsubscribe.status.postDefault': 'فرستاده می‌شود، مگر آنکه مخالفت کنید',
  'unsubscribe.doneEverything': 'اشتراک شما در همه چیز لغو شد.',
  'unsubscribe.undoneEverything': 'اشتراک‌های شما بازگردانده شد.',
  'unsubscribe.retry': 'تلاش دوباره',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'داده‌های شما',
  'rights.text.email':
    'رونوشتی از داده‌های رضایتی که دربارهٔ شما نگه می‌داریم، یا حذف آن‌ها را درخواست کنید. پیوندی با ایمیل برایتان می‌فرستیم تا تأیید کنید که درخواست از طرف شماست.',
  'rights.text.phone':
    'رونوشتی از داده‌های رضایتی که دربارهٔ شما نگه می‌داریم، یا حذف آن‌ها را درخواست کنید. پیوندی با پیامک برایتان می‌فرستیم تا تأیید کنید که درخواست از طرف شماست.',
  'rights.legend': 'چه می‌خواهید؟',
  'rights.access': 'دریافت رونوشت داده‌هایم',
  'rights.erasure': 'حذف داده‌هایم',
  'rights.submit': 'فرستادن درخواست',
  'rights.sending': 'در حال فرستادن…',
  'rights.chooseOne': 'انتخاب کنید چه می‌خواهید.',
  'rights.sent.email':
    'صندوق ورودی خود را ببینید: پیوندی به {email} فرستادیم. درخواست شما وقتی آن را باز کنید آغاز می‌شود.',
  'rights.sent.sms':
    'پیامک‌های خود را ببینید: پیوندی به {phone} فرستادیم. درخواست شما وقتی آن را باز کنید آغاز می‌شود.',
  'rights.failed': 'درخواست فرستاده نشد. لطفاً بعداً دوباره تلاش کنید.',
  'rights.another': 'ثبت درخواستی دیگر',
  'banner.purposes':
    'با رضایت شما، مایلیم از کوکی‌های اختیاری نیز برای این اهداف استفاده کنیم: {purposes}.',
  'banner.objection':
    'ما هم‌اکنون نحوهٔ استفاده از وب‌سایت را می‌سنجیم ({categories})؛ قانون این کار را مجاز می‌داند مگر اینکه اعتراض کنید. برای اعتراض، «{reject}» را انتخاب کنید.',
  'banner.controller': 'مسئولیت استفاده از داده‌های شما در این وب‌سایت با {controller} است.',
  'preferences.cookieProvider': 'ارائه‌دهنده',
  'preferences.ownCookie': 'انتخاب‌های شما دربارهٔ کوکی‌ها را به خاطر می‌سپارد',
  'optin.softStatement':
    'از آنجا که شما از قبل مشتری یا حامی ما هستید، ممکن است دربارهٔ محصولات، خدمات یا اهداف مشابه برایتان خبر بفرستیم. اگر این را نمی‌خواهید، یک کادر را علامت بزنید. هر پیام پیوندی برای لغو اشتراک دارد.',
  'optin.softOptOut.email': 'ایمیل تبلیغاتی نمی‌خواهم',
  'optin.softOptOut.sms': 'پیامک تبلیغاتی نمی‌خواهم',
  'optin.chooseTopic': 'دست‌کم یک موضوع را انتخاب کنید',
  'list.two': '{0} و {1}',
  'list.start': '{0}،‏ {1}',
  'list.middle': '{0}،‏ {1}',
  'list.end': '{0}، و {1}',
};

export default fa;
