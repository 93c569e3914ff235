import type { Messages } from './en.js';

/** Bulgarian (Български). */
export const bg: Messages = {
  'banner.title': 'Използваме бисквитки',
  'banner.text':
    'Използваме необходими бисквитки, за да работи този сайт. Можете да промените избора си по всяко време.',
  'banner.label': 'Съгласие за бисквитки',
  'actions.acceptAll': 'Приемам всички',
  'actions.rejectAll': 'Отказвам всички',
  'actions.manage': 'Управление на предпочитанията',
  'actions.save': 'Запазване на избора',
  'actions.close': 'Затваряне',
  'links.privacyPolicy': 'Уведомление за поверителност',
  'banner.accepted':
    'Приехте допълнителните бисквитки. Можете да промените настройките си за бисквитки по всяко време.',
  'banner.rejected':
    'Отказахте допълнителните бисквитки. Можете да промените настройките си за бисквитки по всяко време.',
  'banner.hideMessage': 'Скриване на това съобщение',
  'preferences.title': 'Предпочитания за бисквитки',
  'preferences.text':
    'Изберете кои бисквитки можем да използваме. Необходимите бисквитки са винаги включени, защото без тях сайтът не може да работи. Изборът ви се отнася за този сайт и можете да го промените по всяко време.',
  'preferences.alwaysOn': 'Винаги включени',
  'preferences.objection': 'Включено, освен ако не възразите. Изключете го, за да възразите.',
  'preferences.services': 'Услуги',
  'preferences.cookies': 'Бисквитки',
  'preferences.cookieName': 'Име',
  'preferences.cookieDuration': 'Срок',
  'preferences.cookiePurpose': 'Цел',
  'preferences.sessionCookie': 'Докато затворите браузъра',
  'preferences.details': 'Подробности',
  'preferences.detailsFor': 'Подробности за {service}',
  'preferences.serviceSwitch': 'Разрешаване на {service}',
  'preferences.gpcNotice':
    'Браузърът ви изпраща сигнал Global Privacy Control, затова маркетинговите бисквитки остават изключени, освен ако не ги включите тук.',
  'category.necessary.title': 'Необходими',
  'category.necessary.description':
    'Нужни са за работата на сайта, например за да се запомни изборът ви за бисквитките и да останете влезли в профила си. Не могат да бъдат изключени.',
  'category.functional.title': 'Функционални',
  'category.functional.description':
    'Запомнят направения от вас избор, например език или регион, за да ви предложат по-персонализирано изживяване.',
  'category.analytics.title': 'Аналитични',
  'category.analytics.description':
    'Помагат ни да разберем как посетителите използват сайта, например кои страници се посещават най-често, за да можем да го подобрим. Информацията се събира в обобщен вид.',
  'category.marketing.title': 'Маркетингови',
  'category.marketing.description':
    'Използват се от нас и нашите партньори, за да ви показват подходящо съдържание и реклами в този и други сайтове и да измерват тяхната ефективност.',
  'trigger.label': 'Настройки за бисквитки',
  'trigger.tooltip': 'Промяна на избора ви за бисквитки',
  'embed.title': 'Съдържанието от {service} е блокирано',
  'embed.text':
    'Това съдържание се предоставя от {service}, която може да записва бисквитки от категория „{category}“. То не се показва, защото не сте го разрешили.',
  'embed.allow': 'Разрешаване и зареждане',
  'embed.settings': 'Настройки за бисквитки',
  'embed.scope': 'Ще бъде разрешено само {service}.',
  'embed.unknown':
    'Това съдържание е блокирано, докато не разрешите бисквитките от категорията „{category}“.',
  'optin.title': 'Да останем във връзка',
  'optin.statement':
    'Изберете как искате да получавате новини от нас. Всяко съобщение съдържа връзка за отписване и можете да оттеглите съгласието си по всяко време.',
  'optin.channel.email': 'Изпращайте ми новини и актуална информация по имейл',
  'optin.channel.sms': 'Изпращайте ми SMS съобщения',
  'optin.channel.post': 'Не ми изпращайте маркетингови материали по пощата',
  'optin.topics': 'Теми',
  'optin.emailLabel': 'Имейл адрес',
  'optin.phoneLabel': 'Номер на мобилен телефон',
  'optin.submit': 'Абонирам се',
  'optin.success': 'Благодарим ви. Изборът ви е записан.',
  'optin.pending':
    'Почти готово: проверете входящата си поща и последвайте връзката, за да потвърдите абонамента си.',
  'optin.error': 'За съжаление възникна грешка. Моля, опитайте отново.',
  'optin.invalidEmail': 'Въведете имейл адрес в правилен формат, например name@example.com',
  'optin.invalidPhone': 'Въведете номер на мобилен телефон в правилен формат, например {example}',
  'optin.requiredEmail': 'Въведете имейл адреса си, за да получавате имейли',
  'optin.requiredPhone': 'Въведете номера на мобилния си телефон, за да получавате SMS съобщения',
  'optin.chooseChannel': 'Изберете поне един начин, по който можем да се свържем с вас',
  'unsubscribe.title': 'Вашите предпочитания за комуникация',
  'unsubscribe.text':
    'Изберете какво вече не искате да получавате. Промените влизат в сила веднага.',
  'unsubscribe.channel.email': 'Имейл',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Поща',
  'unsubscribe.status.granted': 'Абонирани',
  'unsubscribe.status.denied': 'Отписани',
  'unsubscribe.status.pending': 'Очаква потвърждение',
  'unsubscribe.status.unknown': 'Не сте абонирани',
  'unsubscribe.topic': 'Отписване от „{topic}“',
  'unsubscribe.channelAll.email': 'Отписване от всички имейли',
  'unsubscribe.channelAll.sms': 'Отписване от всички SMS съобщения',
  'unsubscribe.channelAll.post': 'Спиране на всички маркетингови материали по пощата',
  'unsubscribe.everything': 'Отписване от всичко',
  'unsubscribe.done.email': 'Вече няма да получавате маркетингови имейли от нас.',
  'unsubscribe.done.sms': 'Вече няма да получавате маркетингови SMS съобщения от нас.',
  'unsubscribe.done.post': 'Вече няма да ви изпращаме маркетингови материали по пощата.',
  'unsubscribe.doneTopic': 'Отписахте се от „{topic}“.',
  'unsubscribe.undo': 'Отмяна',
  'unsubscribe.undone.email': 'Отново ще получавате нашите маркетингови имейли.',
  'unsubscribe.undone.sms': 'Отново ще получавате нашите маркетингови SMS съобщения.',
  'unsubscribe.undone.post': 'Отново можем да ви изпращаме маркетингови материали по пощата.',
  'unsubscribe.undoneTopic': 'Абонаментът ви за „{topic}“ е възстановен.',
  'unsubscribe.invalidToken': 'Тази връзка не е валидна. Възможно е да е копирана неправилно.',
  'unsubscribe.expiredToken': 'Срокът на тази връзка е изтекъл.',
  'unsubscribe.requestLink':
    'Моля, използвайте връзката от последното ни съобщение или се свържете с нас за нова.',
  'unsubscribe.loading': 'Зареждане на предпочитанията ви…',
  'unsubscribe.error':
    'За съжаление не успяхме да заредим предпочитанията ви. Моля, опитайте по-късно.',
  'unsubscribe.nothing': 'Не сте абонирани за нищо.',
  'unsubscribe.for': 'Предпочитания за {contact}',
  'unsubscribe.status.postDefault': 'Изпраща се, освен ако не възразите',
  'unsubscribe.doneEverything': 'Отписахте се от всичко.',
  'unsubscribe.undoneEverything': 'Абонаментите ви са възстановени.',
  'unsubscribe.retry': 'Опитайте отново',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Вашите данни',
  'rights.text.email':
    'Поискайте копие от данните за съгласие, които съхраняваме за вас, или тяхното изтриване. Ще ви изпратим връзка по имейл, за да потвърдите, че заявката е ваша.',
  'rights.text.phone':
    'Поискайте копие от данните за съгласие, които съхраняваме за вас, или тяхното изтриване. Ще ви изпратим връзка в SMS, за да потвърдите, че заявката е ваша.',
  'rights.legend': 'Какво желаете?',
  'rights.access': 'Копие от данните ми',
  'rights.erasure': 'Изтриване на данните ми',
  'rights.submit': 'Изпращане на заявката',
  'rights.sending': 'Изпращане…',
  'rights.chooseOne': 'Изберете какво желаете.',
  'rights.sent.email':
    'Проверете входящата си поща: изпратихме връзка до {email}. Заявката ви започва, след като я отворите.',
  'rights.sent.sms':
    'Проверете съобщенията си: изпратихме връзка до {phone}. Заявката ви започва, след като я отворите.',
  'rights.failed': 'Заявката не можа да бъде изпратена. Моля, опитайте отново по-късно.',
  'rights.another': 'Нова заявка',
  'banner.purposes':
    'С вашето съгласие бихме искали да използваме и незадължителни бисквитки за следните цели: {purposes}.',
  'banner.objection':
    'Вече измерваме как се използва сайтът ({categories}), което законът позволява, освен ако не възразите. За да възразите, изберете „{reject}“.',
  'banner.controller': '{controller} отговаря за използването на вашите данни на този сайт.',
  'preferences.cookieProvider': 'Доставчик',
  'preferences.ownCookie': 'Запомня избора ви относно бисквитките',
  'optin.softStatement':
    'Тъй като вече сте наш клиент или поддръжник, може да ви изпращаме новини за подобни продукти, услуги или каузи. Отметнете поле, ако не желаете това. Всяко съобщение съдържа връзка за отписване.',
  'optin.softOptOut.email': 'Не искам маркетингови имейли',
  'optin.softOptOut.sms': 'Не искам маркетингови SMS съобщения',
  'optin.chooseTopic': 'Изберете поне една тема',
  'list.two': '{0} и {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} и {1}',
};

export default bg;
