import type { MailMessages } from './en.js';

/** Turkish (Türkçe). */
export const tr: MailMessages = {
  greeting: 'Merhaba,',
  footer: 'Bu ileti, bu adresle yapılan bir talep nedeniyle gönderildi.',
  expiry: 'Bağlantı 7 gün boyunca geçerlidir.',
  'confirm.subject': 'Lütfen aboneliğinizi onaylayın',
  'confirm.body':
    'Birisi, umarız sizsiniz, {address} adresine e-postalarımızın gönderilmesini istedi. Onaylamak için aşağıdaki bağlantıyı açıp düğmeye basın.',
  'confirm.action': 'Aboneliğimi onayla',
  'confirm.ignore':
    'Bunu siz istemediyseniz bu iletiyi dikkate almayın: size e-posta göndermeyeceğiz.',
  'verify.subject': 'Verilerinizle ilgili talebinizi onaylayın',
  'verify.access': '{address} hakkında tuttuğumuz verilerin bir kopyası için talep aldık.',
  'verify.erasure': '{address} hakkında tuttuğumuz verilerin silinmesi için talep aldık.',
  'verify.action': 'Talebimi onayla',
  'verify.wait': 'Siz onaylayana kadar hiçbir işlem yapılmaz.',
  'verify.ignore': 'Bunu siz istemediyseniz bu iletiyi dikkate almayın; hiçbir şey değişmeyecek.',
  'access.subject': 'Verileriniz hazır',
  'access.body':
    'İstediğiniz gibi, {address} hakkında tuttuğumuz verilerin bir kopyasını indirebileceğiniz bağlantı aşağıdadır: kaydedilen her onay kararı, metni ve zamanlarıyla birlikte, ve güncel durumu.',
  'access.action': 'Verilerimi indir',
  'erased.subject': 'Verileriniz silindi',
  'erased.body':
    'İstediğiniz gibi {address} adresini ve ona bağlı onay durumunu sildik. Geçmiş kararların kayıtları, sizi tanımlayacak hiçbir bilgi içermeden, kanıt değerini korumak için saklanmaya devam eder.',
  'sms.verify.access':
    '{address} hakkında tuttuğumuz verilerin bir kopyası için talep aldık. Onaylamak için {url} bağlantısını açın (7 gün geçerli). Siz istemediyseniz bu iletiyi dikkate almayın.',
  'sms.verify.erasure':
    '{address} hakkında tuttuğumuz verilerin silinmesi için talep aldık. Onaylamak için {url} bağlantısını açın (7 gün geçerli). Siz istemediyseniz bu iletiyi dikkate almayın.',
  'sms.access': 'Verileriniz hazır. 7 gün içinde indirin: {url}',
  'sms.erased':
    'İstediğiniz gibi {address} numarasını ve ona bağlı onay durumunu sildik. Bununla ilgili başka ileti almayacaksınız.',
};
