import type { MailMessages } from './en.js';

/** Scottish Gaelic (Gàidhlig). */
export const gd: MailMessages = {
  greeting: 'Halò,',
  footer:
    'Chaidh an teachdaireachd seo a chur air sgàth iarrtais a chaidh a dhèanamh leis an t-seòladh seo.',
  expiry: 'Obraichidh an ceangal fad 7 làithean.',
  'confirm.subject': 'Dearbhaich an fho-sgrìobhadh agad',
  'confirm.body':
    'Dh’iarr cuideigin, thusa an dòchas, gun cuireamaid puist-d gu {address}. Airson seo a dhearbhadh, fosgail an ceangal gu h-ìosal is brùth am putan.',
  'confirm.action': 'Dearbhaich m’ fho-sgrìobhadh',
  'confirm.ignore':
    'Mura do dh’iarr thu seo, leig seachad an teachdaireachd seo: cha chuir sinn post-d thugad.',
  'verify.subject': 'Dearbhaich an t-iarrtas agad mu do dhàta',
  'verify.access': 'Fhuair sinn iarrtas airson lethbhreac dhen dàta a th’ againn mu {address}.',
  'verify.erasure': 'Fhuair sinn iarrtas airson an dàta a th’ againn mu {address} a sguabadh às.',
  'verify.action': 'Dearbhaich an t-iarrtas agam',
  'verify.wait': 'Cha tachair dad gus an dearbhaich thu e.',
  'verify.ignore':
    'Mura do dh’iarr thu seo, leig seachad an teachdaireachd seo agus cha tèid dad atharrachadh.',
  'access.subject': 'Tha an dàta agad deiseil',
  'access.body':
    'Mar a dh’iarr thu, seo ceangal airson lethbhreac a luchdadh a-nuas dhen dàta a th’ againn mu {address}: gach co-dhùnadh cead a chaidh a chlàradh, le a bhriathran is a chuid amannan, agus a staid an-dràsta.',
  'access.action': 'Luchdaich a-nuas an dàta agam',
  'erased.subject': 'Chaidh an dàta agad a sguabadh às',
  'erased.body':
    'Mar a dh’iarr thu, sguab sinn às {address} agus staid a’ chead a bha ceangailte ris. Mairidh clàran nan co-dhùnaidhean a chaidh a dhèanamh roimhe, gun dad a dh’aithnicheadh thu, gus an cùm iad an luach mar dhearbhadh.',
  'sms.verify.access':
    'Fhuair sinn iarrtas airson lethbhreac dhen dàta a th’ againn mu {address}. Airson a dhearbhadh, fosgail {url} (dligheach fad 7 làithean). Mura do dh’iarr thu e, leig seachad an teachdaireachd seo.',
  'sms.verify.erasure':
    'Fhuair sinn iarrtas airson an dàta a th’ againn mu {address} a sguabadh às. Airson a dhearbhadh, fosgail {url} (dligheach fad 7 làithean). Mura do dh’iarr thu e, leig seachad an teachdaireachd seo.',
  'sms.access': 'Tha an dàta agad deiseil. Luchdaich a-nuas e taobh a-staigh 7 làithean: {url}',
  'sms.erased':
    'Mar a dh’iarr thu, sguab sinn às {address} agus staid a’ chead a bha ceangailte ris. Chan fhaigh thu tuilleadh theachdaireachdan mu dheidhinn.',
};
