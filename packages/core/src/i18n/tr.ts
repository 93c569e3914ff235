import type { Messages } from './en.js';

/** Turkish (Türkçe). */
export const tr: Messages = {
  'banner.title': 'Çerez kullanıyoruz',
  'banner.text':
    'Bu sitenin çalışması için gerekli çerezleri kullanıyoruz. Seçimlerinizi istediğiniz zaman değiştirebilirsiniz.',
  'banner.label': 'Çerez onayı',
  'actions.acceptAll': 'Tümünü kabul et',
  'actions.rejectAll': 'Tümünü reddet',
  'actions.manage': 'Tercihleri yönet',
  'actions.save': 'Seçimleri kaydet',
  'actions.close': 'Kapat',
  'links.privacyPolicy': 'Gizlilik bildirimi',
  'banner.accepted':
    'Ek çerezleri kabul ettiniz. Çerez ayarlarınızı istediğiniz zaman değiştirebilirsiniz.',
  'banner.rejected':
    'Ek çerezleri reddettiniz. Çerez ayarlarınızı istediğiniz zaman değiştirebilirsiniz.',
  'banner.hideMessage': 'Bu mesajı gizle',
  'preferences.title': 'Çerez tercihleri',
  'preferences.text':
    'Hangi çerezleri kullanabileceğimizi seçin. Gerekli çerezler her zaman açıktır, çünkü site onlar olmadan çalışamaz. Seçimleriniz bu site için geçerlidir ve bunları istediğiniz zaman değiştirebilirsiniz.',
  'preferences.alwaysOn': 'Her zaman açık',
  'preferences.services': 'Hizmetler',
  'preferences.cookies': 'Çerezler',
  'preferences.cookieName': 'Ad',
  'preferences.cookieDuration': 'Süre',
  'preferences.cookiePurpose': 'Amaç',
  'preferences.sessionCookie': 'Tarayıcınızı kapatana kadar',
  'preferences.details': 'Ayrıntılar',
  'preferences.detailsFor': '{service} ayrıntıları',
  'preferences.serviceSwitch': '{service} hizmetine izin ver',
  'preferences.gpcNotice':
    'Tarayıcınız Global Privacy Control sinyali gönderiyor; bu nedenle pazarlama çerezleri, burada siz açmadıkça kapalı kalır.',
  'category.necessary.title': 'Gerekli',
  'category.necessary.description':
    'Sitenin çalışması için gereklidir; örneğin çerez seçimlerinizi hatırlamak ve oturumunuzu açık tutmak için. Kapatılamazlar.',
  'category.functional.title': 'İşlevsel',
  'category.functional.description':
    'Size daha kişisel bir deneyim sunmak için dil veya bölge gibi yaptığınız seçimleri hatırlar.',
  'category.analytics.title': 'Analitik',
  'category.analytics.description':
    'Siteyi geliştirebilmemiz için ziyaretçilerin siteyi nasıl kullandığını, örneğin en çok hangi sayfaların ziyaret edildiğini anlamamıza yardımcı olur. Bilgiler toplu olarak derlenir.',
  'category.marketing.title': 'Pazarlama',
  'category.marketing.description':
    'Bu sitede ve diğer sitelerde size ilgili içerik ve reklamlar göstermek ve bunların ne kadar etkili olduğunu ölçmek için bizim ve iş ortaklarımız tarafından kullanılır.',
  'trigger.label': 'Çerez ayarları',
  'trigger.tooltip': 'Çerez seçimlerinizi değiştirin',
  'embed.title': '{service} içeriği engellendi',
  'embed.text':
    'Bu içerik {service} tarafından sağlanmaktadır ve “{category}” amacıyla çerez yerleştirebilir. İzin vermediğiniz için gösterilmiyor.',
  'embed.allow': 'İzin ver ve yükle',
  'embed.settings': 'Çerez ayarları',
  'embed.scope': 'Yalnızca {service} için izin verilecek.',
  'embed.unknown': '“{category}” kategorisindeki çerezlere izin verene kadar bu içerik engellenir.',
  'optin.title': 'İletişimde kalalım',
  'optin.statement':
    'Bizden nasıl haber almak istediğinizi seçin. Her mesajda abonelikten çıkma bağlantısı bulunur ve onayınızı istediğiniz zaman geri çekebilirsiniz.',
  'optin.channel.email': 'Bana e-postayla haberler ve güncellemeler gönderin',
  'optin.channel.sms': 'Bana SMS gönderin',
  'optin.channel.post': 'Bana posta yoluyla pazarlama göndermeyin',
  'optin.topics': 'Konular',
  'optin.emailLabel': 'E-posta adresi',
  'optin.phoneLabel': 'Cep telefonu numarası',
  'optin.submit': 'Abone ol',
  'optin.success': 'Teşekkür ederiz. Seçimleriniz kaydedildi.',
  'optin.pending':
    'Neredeyse bitti: aboneliğinizi onaylamak için gelen kutunuzu kontrol edin ve bağlantıyı izleyin.',
  'optin.error': 'Üzgünüz, bir sorun oluştu. Lütfen tekrar deneyin.',
  'optin.invalidEmail': 'E-posta adresini doğru biçimde girin, örneğin name@example.com',
  'optin.invalidPhone': 'Cep telefonu numarasını doğru biçimde girin, örneğin {example}',
  'optin.requiredEmail': 'E-posta almak için e-posta adresinizi girin',
  'optin.requiredPhone': 'SMS almak için cep telefonu numaranızı girin',
  'optin.chooseChannel': 'Sizinle iletişim kurmamız için en az bir yol seçin',
  'unsubscribe.title': 'İletişim tercihleriniz',
  'unsubscribe.text': 'Artık almak istemediklerinizi seçin. Değişiklikler hemen geçerli olur.',
  'unsubscribe.channel.email': 'E-posta',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Posta',
  'unsubscribe.status.granted': 'Abone',
  'unsubscribe.status.denied': 'Abonelikten çıkıldı',
  'unsubscribe.status.pending': 'Onay bekleniyor',
  'unsubscribe.status.unknown': 'Abone değil',
  'unsubscribe.topic': '“{topic}” aboneliğinden çık',
  'unsubscribe.channelAll.email': 'Tüm e-postaların aboneliğinden çık',
  'unsubscribe.channelAll.sms': 'Tüm SMS mesajlarının aboneliğinden çık',
  'unsubscribe.channelAll.post': 'Posta yoluyla tüm pazarlamayı durdur',
  'unsubscribe.everything': 'Tüm aboneliklerden çık',
  'unsubscribe.done.email': 'Artık bizden pazarlama e-postaları almayacaksınız.',
  'unsubscribe.done.sms': 'Artık bizden pazarlama SMS’leri almayacaksınız.',
  'unsubscribe.done.post': 'Artık size posta yoluyla pazarlama göndermeyeceğiz.',
  'unsubscribe.doneTopic': '“{topic}” aboneliğinden çıktınız.',
  'unsubscribe.undo': 'Geri al',
  'unsubscribe.undone.email': 'Pazarlama e-postalarımızı yeniden alacaksınız.',
  'unsubscribe.undone.sms': 'Pazarlama SMS’lerimizi yeniden alacaksınız.',
  'unsubscribe.undone.post': 'Size posta yoluyla yeniden pazarlama gönderebiliriz.',
  'unsubscribe.undoneTopic': '“{topic}” aboneliğiniz geri yüklendi.',
  'unsubscribe.invalidToken': 'Bu bağlantı geçerli değil. Yanlış kopyalanmış olabilir.',
  'unsubscribe.expiredToken': 'Bu bağlantının süresi doldu.',
  'unsubscribe.requestLink':
    'Lütfen en son mesajımızdaki bağlantıyı kullanın veya yeni bir bağlantı için bizimle iletişime geçin.',
  'unsubscribe.loading': 'Tercihleriniz yükleniyor…',
  'unsubscribe.error': 'Üzgünüz, tercihlerinizi yükleyemedik. Lütfen daha sonra tekrar deneyin.',
  'unsubscribe.nothing': 'Hiçbir şeye abone değilsiniz.',
  'unsubscribe.for': '{contact} için tercihler',
  'unsubscribe.status.postDefault': 'İtiraz etmediğiniz sürece gönderilir',
  'unsubscribe.doneEverything': 'Tüm aboneliklerden çıktınız.',
  'unsubscribe.undoneEverything': 'Abonelikleriniz geri yüklendi.',
  'unsubscribe.retry': 'Tekrar dene',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Verileriniz',
  'rights.text.email':
    'Hakkınızda tuttuğumuz onay verilerinin bir kopyasını ya da silinmesini isteyin. Talebin size ait olduğunu onaylamanız için e-postayla bir bağlantı göndeririz.',
  'rights.text.phone':
    'Hakkınızda tuttuğumuz onay verilerinin bir kopyasını ya da silinmesini isteyin. Talebin size ait olduğunu onaylamanız için SMS ile bir bağlantı göndeririz.',
  'rights.legend': 'Ne istersiniz?',
  'rights.access': 'Verilerimin bir kopyasını almak',
  'rights.erasure': 'Verilerimi silmek',
  'rights.submit': 'Talebi gönder',
  'rights.sending': 'Gönderiliyor…',
  'rights.chooseOne': 'Ne istediğinizi seçin.',
  'rights.sent.email':
    'Gelen kutunuzu kontrol edin: {email} adresine bir bağlantı gönderdik. Talebiniz, bağlantıyı açtığınızda başlar.',
  'rights.sent.sms':
    'Mesajlarınızı kontrol edin: {phone} numarasına bir bağlantı gönderdik. Talebiniz, bağlantıyı açtığınızda başlar.',
  'rights.failed': 'Talep gönderilemedi. Lütfen daha sonra yeniden deneyin.',
  'rights.another': 'Yeni bir talepte bulun',
  'banner.purposes':
    'Onayınızla, şu amaçlar için isteğe bağlı çerezler de kullanmak istiyoruz: {purposes}.',
  'banner.objection':
    'Sitenin nasıl kullanıldığını zaten ölçüyoruz ({categories}); itiraz etmediğiniz sürece yasa buna izin verir. İtiraz etmek için “{reject}” seçeneğini seçin.',
  'banner.controller': 'Bu sitede verilerinizin kullanımından {controller} sorumludur.',
  'preferences.cookieProvider': 'Sağlayıcı',
  'preferences.ownCookie': 'Çerez tercihlerinizi hatırlar',
  'optin.softStatement':
    'Zaten müşterimiz veya destekçimiz olduğunuz için size benzer ürünler, hizmetler veya amaçlar hakkında haberler gönderebiliriz. Bunu istemiyorsanız bir kutuyu işaretleyin. Her mesajda abonelikten çıkma bağlantısı bulunur.',
  'optin.softOptOut.email': 'Pazarlama e-postaları istemiyorum',
  'optin.softOptOut.sms': 'Pazarlama kısa mesajları istemiyorum',
  'optin.chooseTopic': 'En az bir konu seçin',
};

export default tr;
