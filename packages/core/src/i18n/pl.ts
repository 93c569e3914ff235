import type { Messages } from './en.js';

/** Polish (Polski). */
export const pl: Messages = {
  'banner.title': 'Używamy plików cookie',
  'banner.text':
    'Używamy niezbędnych plików cookie, aby ta strona mogła działać. Wybór można zmienić w dowolnym momencie.',
  'banner.label': 'Zgoda na pliki cookie',
  'actions.acceptAll': 'Akceptuj wszystkie',
  'actions.rejectAll': 'Odrzuć wszystkie',
  'actions.manage': 'Zarządzaj ustawieniami',
  'actions.save': 'Zapisz wybór',
  'actions.close': 'Zamknij',
  'links.privacyPolicy': 'Polityka prywatności',
  'banner.accepted':
    'Zaakceptowali Państwo dodatkowe pliki cookie. Ustawienia plików cookie mogą Państwo zmienić w dowolnym momencie.',
  'banner.rejected':
    'Odrzucili Państwo dodatkowe pliki cookie. Ustawienia plików cookie mogą Państwo zmienić w dowolnym momencie.',
  'banner.hideMessage': 'Ukryj ten komunikat',
  'preferences.title': 'Ustawienia plików cookie',
  'preferences.text':
    'Prosimy wybrać, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich strona nie może działać. Wybór dotyczy tej strony i można go zmienić w dowolnym momencie.',
  'preferences.alwaysOn': 'Zawsze włączone',
  'preferences.objection': 'Włączone, chyba że zgłosisz sprzeciw. Wyłącz, aby zgłosić sprzeciw.',
  'preferences.services': 'Usługi',
  'preferences.cookies': 'Pliki cookie',
  'preferences.cookieName': 'Nazwa',
  'preferences.cookieDuration': 'Okres przechowywania',
  'preferences.cookiePurpose': 'Cel',
  'preferences.details': 'Szczegóły',
  'preferences.detailsFor': 'Szczegóły: {service}',
  'preferences.serviceSwitch': 'Zezwól na {service}',
  'preferences.gpcNotice':
    'Państwa przeglądarka wysyła sygnał Global Privacy Control, dlatego marketingowe pliki cookie pozostają wyłączone, chyba że włączą je Państwo tutaj.',
  'category.necessary.title': 'Niezbędne',
  'category.necessary.description':
    'Są potrzebne do działania strony, na przykład do zapamiętania wyboru dotyczącego plików cookie i utrzymania zalogowania. Nie można ich wyłączyć.',
  'category.functional.title': 'Funkcjonalne',
  'category.functional.description':
    'Zapamiętują dokonane wybory, takie jak język czy region, aby zapewnić bardziej spersonalizowane korzystanie ze strony.',
  'category.analytics.title': 'Analityczne',
  'category.analytics.description':
    'Pomagają nam zrozumieć, jak odwiedzający korzystają ze strony, na przykład które podstrony są odwiedzane najczęściej, abyśmy mogli ją ulepszać. Informacje są gromadzone w formie zbiorczej.',
  'category.marketing.title': 'Marketingowe',
  'category.marketing.description':
    'Są używane przez nas i naszych partnerów do wyświetlania Państwu odpowiednich treści i reklam na tej i innych stronach oraz do mierzenia ich skuteczności.',
  'trigger.label': 'Ustawienia plików cookie',
  'trigger.tooltip': 'Zmień ustawienia plików cookie',
  'embed.title': 'Treść z serwisu {service} jest zablokowana',
  'embed.text':
    'Ta treść pochodzi z serwisu {service}, który może zapisywać pliki cookie z kategorii „{category}”. Nie jest wyświetlana, ponieważ nie wyrazili Państwo na nią zgody.',
  'embed.allow': 'Zezwól i wczytaj',
  'embed.settings': 'Ustawienia plików cookie',
  'embed.scope': 'Zezwolenie obejmie tylko {service}.',
  'embed.unknown':
    'Ta treść jest zablokowana, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.',
  'optin.title': 'Bądźmy w kontakcie',
  'optin.statement':
    'Prosimy wybrać, w jaki sposób chcą Państwo otrzymywać od nas informacje. Każda wiadomość zawiera link umożliwiający rezygnację z subskrypcji, a zgodę można wycofać w dowolnym momencie.',
  'optin.channel.email': 'Chcę otrzymywać wiadomości i aktualności e-mailem',
  'optin.channel.sms': 'Chcę otrzymywać wiadomości SMS',
  'optin.channel.post': 'Nie chcę otrzymywać materiałów marketingowych pocztą',
  'optin.topics': 'Tematy',
  'optin.emailLabel': 'Adres e-mail',
  'optin.phoneLabel': 'Numer telefonu komórkowego',
  'optin.submit': 'Zapisz się',
  'optin.success': 'Dziękujemy. Wybór został zapisany.',
  'optin.pending':
    'To już prawie wszystko: prosimy sprawdzić skrzynkę odbiorczą i kliknąć link, aby potwierdzić subskrypcję.',
  'optin.error': 'Przepraszamy, wystąpił błąd. Prosimy spróbować ponownie.',
  'optin.invalidEmail': 'Prosimy podać adres e-mail w prawidłowym formacie, np. name@example.com',
  'optin.invalidPhone':
    'Prosimy podać numer telefonu komórkowego w prawidłowym formacie, np. {example}',
  'optin.requiredEmail': 'Prosimy podać adres e-mail, aby otrzymywać wiadomości e-mail',
  'optin.requiredPhone': 'Prosimy podać numer telefonu komórkowego, aby otrzymywać wiadomości SMS',
  'optin.chooseChannel': 'Prosimy wybrać co najmniej jeden sposób kontaktu',
  'unsubscribe.title': 'Preferencje dotyczące komunikacji',
  'unsubscribe.text':
    'Prosimy wybrać, czego nie chcą już Państwo otrzymywać. Zmiany obowiązują od razu.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Poczta',
  'unsubscribe.status.granted': 'Subskrypcja aktywna',
  'unsubscribe.status.denied': 'Subskrypcja anulowana',
  'unsubscribe.status.pending': 'Oczekuje na potwierdzenie',
  'unsubscribe.status.unknown': 'Brak subskrypcji',
  'unsubscribe.topic': 'Wypisz mnie z „{topic}”',
  'unsubscribe.everything': 'Zrezygnuj ze wszystkiego',
  'unsubscribe.undo': 'Cofnij',
  'unsubscribe.invalidToken': 'Ten link jest nieważny. Możliwe, że został niepoprawnie skopiowany.',
  'unsubscribe.expiredToken': 'Ten link wygasł.',
  'unsubscribe.requestLink':
    'Prosimy skorzystać z linku w naszej najnowszej wiadomości lub skontaktować się z nami, aby otrzymać nowy.',
  'unsubscribe.loading': 'Wczytywanie preferencji…',
  'unsubscribe.error':
    'Przepraszamy, nie udało się wczytać preferencji. Prosimy spróbować ponownie później.',
  'unsubscribe.nothing': 'Nie mają Państwo żadnych subskrypcji.',
  'unsubscribe.for': 'Preferencje dla {contact}',
  'unsubscribe.status.postDefault': 'Wysyłane, chyba że zgłoszą Państwo sprzeciw',
  'unsubscribe.doneEverything': 'Wszystkie subskrypcje zostały anulowane.',
  'unsubscribe.undoneEverything': 'Subskrypcje zostały przywrócone.',
  'unsubscribe.retry': 'Spróbuj ponownie',
  'preferences.sessionCookie': 'Do zamknięcia przeglądarki',
  'unsubscribe.channelAll.email': 'Wypisz mnie ze wszystkich e-maili',
  'unsubscribe.channelAll.sms': 'Wypisz mnie ze wszystkich SMS-ów',
  'unsubscribe.channelAll.post': 'Rezygnuję z reklam wysyłanych pocztą',
  'unsubscribe.done.email': 'Nie będą już Państwo otrzymywać od nas e-maili marketingowych.',
  'unsubscribe.done.sms': 'Nie będą już Państwo otrzymywać od nas SMS-ów marketingowych.',
  'unsubscribe.done.post': 'Nie będziemy już wysyłać Państwu reklam pocztą.',
  'unsubscribe.doneTopic': 'Wypisali się Państwo z subskrypcji „{topic}”.',
  'unsubscribe.undone.email': 'Będą Państwo znów otrzymywać nasze e-maile marketingowe.',
  'unsubscribe.undone.sms': 'Będą Państwo znów otrzymywać nasze SMS-y marketingowe.',
  'unsubscribe.undone.post': 'Możemy znów wysyłać Państwu reklamy pocztą.',
  'unsubscribe.undoneTopic': 'Przywrócono Państwa subskrypcję „{topic}”.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Państwa dane',
  'rights.text.email':
    'Mogą Państwo poprosić o kopię danych o zgodach, które o Państwu przechowujemy, albo o ich usunięcie. Wyślemy e-mailem link, którym potwierdzą Państwo, że żądanie pochodzi od Państwa.',
  'rights.text.phone':
    'Mogą Państwo poprosić o kopię danych o zgodach, które o Państwu przechowujemy, albo o ich usunięcie. Wyślemy SMS-em link, którym potwierdzą Państwo, że żądanie pochodzi od Państwa.',
  'rights.legend': 'Czego Państwo sobie życzą?',
  'rights.access': 'Otrzymać kopię moich danych',
  'rights.erasure': 'Usunąć moje dane',
  'rights.submit': 'Wyślij żądanie',
  'rights.sending': 'Wysyłanie…',
  'rights.chooseOne': 'Prosimy wybrać, czego Państwo sobie życzą.',
  'rights.sent.email':
    'Prosimy sprawdzić skrzynkę: wysłaliśmy link na adres {email}. Żądanie zostanie rozpoczęte, gdy Państwo go otworzą.',
  'rights.sent.sms':
    'Prosimy sprawdzić SMS-y: wysłaliśmy link na numer {phone}. Żądanie zostanie rozpoczęte, gdy Państwo go otworzą.',
  'rights.failed': 'Nie udało się wysłać żądania. Prosimy spróbować ponownie później.',
  'rights.another': 'Złóż kolejne żądanie',
  'banner.purposes':
    'Za Państwa zgodą chcielibyśmy również używać opcjonalnych plików cookie w następujących celach: {purposes}.',
  'banner.objection':
    'Już mierzymy, w jaki sposób strona jest używana ({categories}), na co prawo pozwala, dopóki nie zgłoszą Państwo sprzeciwu. Aby zgłosić sprzeciw, proszę wybrać „{reject}”.',
  'banner.controller': 'Za wykorzystanie Państwa danych na tej stronie odpowiada {controller}.',
  'preferences.cookieProvider': 'Dostawca',
  'preferences.ownCookie': 'Zapamiętuje Państwa wybór dotyczący plików cookie',
  'optin.softStatement':
    'Ponieważ są już Państwo naszymi klientami lub darczyńcami, możemy wysyłać Państwu informacje o podobnych produktach, usługach lub inicjatywach. Proszę zaznaczyć pole, jeśli nie chcą Państwo ich otrzymywać. Każda wiadomość zawiera link do wypisania się.',
  'optin.softOptOut.email': 'Nie chcę otrzymywać e-maili marketingowych',
  'optin.softOptOut.sms': 'Nie chcę otrzymywać marketingowych SMS-ów',
  'optin.chooseTopic': 'Proszę wybrać co najmniej jeden temat',
  'list.two': '{0} i {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} i {1}',
};

export default pl;
