import type { Messages } from './en.js';

/** Ukrainian (Українська). */
export const uk: Messages = {
  'banner.title': 'Ми використовуємо файли cookie',
  'banner.text':
    'Ми використовуємо необхідні файли cookie, щоб цей сайт працював. Ви можете змінити свій вибір будь-коли.',
  'banner.label': 'Згода на файли cookie',
  'actions.acceptAll': 'Прийняти всі',
  'actions.rejectAll': 'Відхилити всі',
  'actions.manage': 'Керувати налаштуваннями',
  'actions.save': 'Зберегти вибір',
  'actions.close': 'Закрити',
  'links.privacyPolicy': 'Повідомлення про конфіденційність',
  'banner.accepted':
    'Ви прийняли додаткові файли cookie. Ви можете будь-коли змінити налаштування файлів cookie.',
  'banner.rejected':
    'Ви відхилили додаткові файли cookie. Ви можете будь-коли змінити налаштування файлів cookie.',
  'banner.hideMessage': 'Приховати це повідомлення',
  'preferences.title': 'Налаштування файлів cookie',
  'preferences.text':
    'Оберіть, які файли cookie ми можемо використовувати. Необхідні файли cookie завжди ввімкнені, бо без них сайт не може працювати. Ваш вибір стосується цього сайту, і ви можете змінити його будь-коли.',
  'preferences.alwaysOn': 'Завжди ввімкнені',
  'preferences.objection': 'Увімкнено, якщо ви не заперечуєте. Вимкніть, щоб заперечити.',
  'preferences.services': 'Сервіси',
  'preferences.cookies': 'Файли cookie',
  'preferences.cookieName': 'Назва',
  'preferences.cookieDuration': 'Тривалість',
  'preferences.cookiePurpose': 'Мета',
  'preferences.sessionCookie': 'Доки ви не закриєте браузер',
  'preferences.details': 'Докладніше',
  'preferences.detailsFor': 'Докладніше про {service}',
  'preferences.serviceSwitch': 'Дозволити {service}',
  'preferences.gpcNotice':
    'Ваш браузер надсилає сигнал Global Privacy Control, тож маркетингові файли cookie залишаються вимкненими, якщо ви не ввімкнете їх тут.',
  'category.necessary.title': 'Необхідні',
  'category.necessary.description':
    'Потрібні для роботи сайту, наприклад щоб запам’ятати ваш вибір щодо файлів cookie та не виходити з вашого облікового запису. Їх не можна вимкнути.',
  'category.functional.title': 'Функціональні',
  'category.functional.description':
    'Запам’ятовують ваш вибір, наприклад мову чи регіон, щоб зробити користування сайтом зручнішим для вас.',
  'category.analytics.title': 'Аналітичні',
  'category.analytics.description':
    'Допомагають нам зрозуміти, як відвідувачі користуються сайтом, наприклад які сторінки відвідують найчастіше, щоб ми могли його покращити. Інформація збирається в узагальненому вигляді.',
  'category.marketing.title': 'Маркетингові',
  'category.marketing.description':
    'Використовуються нами та нашими партнерами, щоб показувати вам доречний вміст і рекламу на цьому та інших сайтах і вимірювати їхню ефективність.',
  'trigger.label': 'Налаштування файлів cookie',
  'trigger.tooltip': 'Змінити вибір щодо файлів cookie',
  'embed.title': 'Вміст від {service} заблоковано',
  'embed.text':
    'Цей вміст надає {service}, який може встановлювати файли cookie категорії «{category}». Його не показано, бо ви цього не дозволили.',
  'embed.allow': 'Дозволити й завантажити',
  'embed.settings': 'Налаштування файлів cookie',
  'embed.scope': 'Буде дозволено лише {service}.',
  'embed.unknown':
    'Цей вміст заблоковано, доки ви не дозволите файли cookie категорії «{category}».',
  'optin.title': 'Залишаймося на зв’язку',
  'optin.statement':
    'Оберіть, як ви хочете отримувати від нас новини. Кожне повідомлення містить посилання для відписки, і ви можете відкликати свою згоду будь-коли.',
  'optin.channel.email': 'Надсилайте мені новини та оновлення електронною поштою',
  'optin.channel.sms': 'Надсилайте мені SMS-повідомлення',
  'optin.channel.post': 'Не надсилайте мені маркетингові матеріали поштою',
  'optin.topics': 'Теми',
  'optin.emailLabel': 'Адреса електронної пошти',
  'optin.phoneLabel': 'Номер мобільного телефону',
  'optin.submit': 'Підписатися',
  'optin.success': 'Дякуємо. Ваш вибір записано.',
  'optin.pending':
    'Майже готово: перевірте свою поштову скриньку та перейдіть за посиланням, щоб підтвердити підписку.',
  'optin.error': 'На жаль, сталася помилка. Спробуйте ще раз.',
  'optin.invalidEmail':
    'Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com',
  'optin.invalidPhone':
    'Введіть номер мобільного телефону у правильному форматі, наприклад {example}',
  'optin.requiredEmail': 'Введіть адресу електронної пошти, щоб отримувати листи',
  'optin.requiredPhone': 'Введіть номер мобільного телефону, щоб отримувати SMS',
  'optin.chooseChannel': 'Оберіть принаймні один спосіб зв’язку з вами',
  'unsubscribe.title': 'Ваші налаштування зв’язку',
  'unsubscribe.text':
    'Оберіть, що ви більше не хочете отримувати. Зміни набувають чинності одразу.',
  'unsubscribe.channel.email': 'Електронна пошта',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Пошта',
  'unsubscribe.status.granted': 'Підписано',
  'unsubscribe.status.denied': 'Відписано',
  'unsubscribe.status.pending': 'Очікує підтвердження',
  'unsubscribe.status.unknown': 'Не підписано',
  'unsubscribe.topic': 'Відписатися від «{topic}»',
  'unsubscribe.channelAll.email': 'Відписатися від усіх листів',
  'unsubscribe.channelAll.sms': 'Відписатися від усіх SMS',
  'unsubscribe.channelAll.post': 'Припинити всі маркетингові матеріали поштою',
  'unsubscribe.everything': 'Відписатися від усього',
  'unsubscribe.done.email': 'Ви більше не отримуватимете від нас маркетингових листів.',
  'unsubscribe.done.sms': 'Ви більше не отримуватимете від нас маркетингових SMS.',
  'unsubscribe.done.post': 'Ми більше не надсилатимемо вам маркетингові матеріали поштою.',
  'unsubscribe.doneTopic': 'Ви відписалися від «{topic}».',
  'unsubscribe.undo': 'Скасувати',
  'unsubscribe.undone.email': 'Ви знову отримуватимете наші маркетингові листи.',
  'unsubscribe.undone.sms': 'Ви знову отримуватимете наші маркетингові SMS.',
  'unsubscribe.undone.post': 'Ми знову можемо надсилати вам маркетингові матеріали поштою.',
  'unsubscribe.undoneTopic': 'Вашу підписку на «{topic}» відновлено.',
  'unsubscribe.invalidToken': 'Це посилання недійсне. Можливо, його скопійовано неправильно.',
  'unsubscribe.expiredToken': 'Термін дії цього посилання минув.',
  'unsubscribe.requestLink':
    'Скористайтеся посиланням з нашого останнього повідомлення або зверніться до нас, щоб отримати нове.',
  'unsubscribe.loading': 'Завантаження ваших налаштувань…',
  'unsubscribe.error': 'На жаль, не вдалося завантажити ваші налаштування. Спробуйте пізніше.',
  'unsubscribe.nothing': 'Ви ні на що не підписані.',
  'unsubscribe.for': 'Налаштування для {contact}',
  'unsubscribe.status.postDefault': 'Надсилається, якщо ви не заперечуєте',
  'unsubscribe.doneEverything': 'Ви відписалися від усього.',
  'unsubscribe.undoneEverything': 'Ваші підписки відновлено.',
  'unsubscribe.retry': 'Спробувати ще раз',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Ваші дані',
  'rights.text.email':
    'Попросіть копію даних про згоди, які ми зберігаємо про вас, або їх видалення. Ми надішлемо вам електронною поштою посилання, щоб ви підтвердили, що запит ваш.',
  'rights.text.phone':
    'Попросіть копію даних про згоди, які ми зберігаємо про вас, або їх видалення. Ми надішлемо вам SMS із посиланням, щоб ви підтвердили, що запит ваш.',
  'rights.legend': 'Що ви бажаєте?',
  'rights.access': 'Отримати копію моїх даних',
  'rights.erasure': 'Видалити мої дані',
  'rights.submit': 'Надіслати запит',
  'rights.sending': 'Надсилання…',
  'rights.chooseOne': 'Виберіть, що ви бажаєте.',
  'rights.sent.email':
    'Перевірте поштову скриньку: ми надіслали посилання на {email}. Ваш запит почне розглядатися, щойно ви його відкриєте.',
  'rights.sent.sms':
    'Перевірте SMS: ми надіслали посилання на {phone}. Ваш запит почне розглядатися, щойно ви його відкриєте.',
  'rights.failed': 'Не вдалося надіслати запит. Спробуйте ще раз пізніше.',
  'rights.another': 'Зробити інший запит',
  'banner.purposes':
    'З вашої згоди ми також хотіли б використовувати необов’язкові файли cookie для таких цілей: {purposes}.',
  'banner.objection':
    'Ми вже вимірюємо, як використовується сайт ({categories}), що дозволяє закон, якщо ви не заперечуєте. Щоб заперечити, виберіть «{reject}».',
  'banner.controller': 'За використання ваших даних на цьому сайті відповідає {controller}.',
  'preferences.cookieProvider': 'Постачальник',
  'preferences.ownCookie': 'Запам’ятовує ваш вибір щодо файлів cookie',
  'optin.softStatement':
    'Оскільки ви вже наш клієнт або прихильник, ми можемо надсилати вам новини про схожі товари, послуги чи ініціативи. Позначте поле, якщо ви цього не хочете. Кожне повідомлення містить посилання для відписки.',
  'optin.softOptOut.email': 'Я не хочу отримувати маркетингові листи',
  'optin.softOptOut.sms': 'Я не хочу отримувати маркетингові SMS',
  'optin.chooseTopic': 'Виберіть принаймні одну тему',
  'list.two': '{0} і {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} і {1}',
};

export default uk;
