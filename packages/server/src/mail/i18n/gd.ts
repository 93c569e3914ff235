import type { MailMessages } from './en.js';

/** Scottish Gaelic (Gàidhlig). */
export const gd: MailMessages = {
  greeting: 'Halò,',
  footer:
    'Chaidh an teachdaireachd seo a chur air sgàth iarrtais a chaidh a dhèanamh leis an t-seòladh seo.',
  expiry: 'Obraichidh an ceangal fad 7 làithean.',
  'confirm.subject': 'Dearbhaibh ur fo-sgrìobhadh',
  'confirm.body':
    'Dh’iarr cuideigin, sibhse an dòchas, gun cuireamaid puist-d gu {address}. Airson seo a dhearbhadh, fosglaibh an ceangal gu h-ìosal is brùthaibh am putan.',
  'confirm.action': 'Dearbh am fo-sgrìobhadh agam',
  'confirm.ignore':
    'Mura do dh’iarr sibh seo, leigibh seachad an teachdaireachd seo: cha chuir sinn post-d thugaibh.',
  'verify.subject': 'Dearbhaibh an t-iarrtas agaibh mu ur dàta',
  'verify.access': 'Fhuair sinn iarrtas airson lethbhreac dhen dàta a th’ againn mu {address}.',
  'verify.erasure': 'Fhuair sinn iarrtas airson an dàta a th’ againn mu {address} a sguabadh às.',
  'verify.action': 'Dearbh an t-iarrtas agam',
  'verify.wait': 'Cha tachair dad gus an dearbh sibh e.',
  'verify.ignore':
    'Mura do dh’iarr sibh seo, leigibh seachad an teachdaireachd seo agus cha tèid dad atharrachadh.',
  'access.subject': 'Tha an dàta agaibh deiseil',
  'access.body':
    'Mar a dh’iarr sibh, seo ceangal airson lethbhreac a luchdadh a-nuas dhen dàta a th’ againn mu {address}: gach co-dhùnadh cead a chaidh a chlàradh, le a bhriathran is a chuid amannan, agus a staid an-dràsta.',
  'access.action': 'Luchdaich a-nuas an dàta agam',
  'erased.subject': 'Chaidh an dàta agaibh a sguabadh às',
  'erased.body':
    'Mar a dh’iarr sibh, sguab sinn às {address} agus staid a’ chead a bha ceangailte ris. Mairidh clàran nan co-dhùnaidhean a chaidh a dhèanamh roimhe, gun dad a dh’aithnicheadh sibh, gus an cùm iad an luach mar dhearbhadh.',
  'sms.verify.access':
    'Fhuair sinn iarrtas airson lethbhreac dhen dàta a th’ againn mu {address}. Airson a dhearbhadh, fosglaibh {url} (dligheach fad 7 làithean). Mura do dh’iarr sibh e, leigibh seachad an teachdaireachd seo.',
  'sms.verify.erasure':
    'Fhuair sinn iarrtas airson an dàta a th’ againn mu {address} a sguabadh às. Airson a dhearbhadh, fosglaibh {url} (dligheach fad 7 làithean). Mura do dh’iarr sibh e, leigibh seachad an teachdaireachd seo.',
  'sms.access':
    'Tha an dàta agaibh deiseil. Luchdaichibh a-nuas e taobh a-staigh 7 làithean: {url}',
  'sms.erased':
    'Mar a dh’iarr sibh, sguab sinn às {address} agus staid a’ chead a bha ceangailte ris. Chan fhaigh sibh tuilleadh theachdaireachdan mu dheidhinn.',
};
