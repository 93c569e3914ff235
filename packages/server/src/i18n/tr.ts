import type { PageMessages } from './en.js';

/** Turkish (Türkçe). */
export const tr: PageMessages = {
  'page.unsubscribe.title': 'Abonelikten çık',
  'page.unsubscribe.ask.email':
    '{contact} adresine pazarlama e-postaları gönderilmesi durdurulsun mu?',
  'page.unsubscribe.ask.sms':
    '{contact} numarasına pazarlama SMS’leri gönderilmesi durdurulsun mu?',
  'page.unsubscribe.ask.post':
    '{contact} sahibine posta yoluyla pazarlama gönderilmesi durdurulsun mu?',
  'page.unsubscribe.askTopic': '{contact} için “{topic}” gönderimi durdurulsun mu?',
  'page.unsubscribe.button': 'Abonelikten çık',
  'page.unsubscribed.title': 'Abonelikten çıktınız',
  'page.unsubscribed.email': '{contact} artık bizden pazarlama e-postaları almayacak.',
  'page.unsubscribed.sms': '{contact} artık bizden pazarlama SMS’leri almayacak.',
  'page.unsubscribed.post': '{contact} sahibine artık posta yoluyla pazarlama göndermeyeceğiz.',
  'page.unsubscribed.topic': '{contact} artık “{topic}” almayacak.',
  'page.confirm.title': 'Aboneliğinizi onaylayın',
  'page.confirm.text':
    'Lütfen {contact} adresinin kaydolduğu e-postaları alması gerektiğini onaylayın.',
  'page.confirm.button': 'Aboneliği onayla',
  'page.confirmed.title': 'Teşekkür ederiz',
  'page.confirmed.text': 'Aboneliğiniz onaylandı.',
  'page.nothing.title': 'Onaylanacak bir şey yok',
  'page.nothing.text': 'Onay bekleyen bir abonelik yok.',
  'error.expired': 'Bu bağlantı artık geçerli değil.',
  'error.wrongPage': 'Bu bağlantı bu sayfa için değil.',
  'error.invalid': 'Bu bağlantı geçerli değil. Yanlış kopyalanmış olabilir.',
  'error.requestLink':
    'Lütfen en son mesajımızdaki bağlantıyı kullanın veya yeni bir bağlantı için bizimle iletişime geçin.',
  'page.request.title': 'Talebinizi onaylayın',
  'page.request.ask.access': 'Lütfen verilerinizin bir kopyasını istediğinizi onaylayın.',
  'page.request.ask.erasure': 'Lütfen verilerinizin silinmesini istediğinizi onaylayın.',
  'page.request.button': 'Talebimi onayla',
  'page.request.expired': 'Bu bağlantının süresi doldu. Lütfen talebi yeniden yapın.',
  'page.request.invalid': 'Bu bağlantı geçerli değil.',
  'page.request.confirmed.title': 'Talep onaylandı',
  'page.request.already': 'Bu talep zaten onaylandı. Bir ay içinde yanıt vereceğiz.',
  'page.request.done': 'Talebiniz onaylandı. Bir ay içinde yanıt vereceğiz.',
  'page.request.sent.email':
    'Gelen kutunuza bakın: talebi onaylamak için gönderdiğimiz mesajdaki bağlantıyı izleyin.',
  'page.request.sent.sms':
    'Kısa mesajlarınıza bakın: talebi onaylamak için gönderdiğimiz bağlantıyı izleyin.',
};
