import type { MailMessages } from './en.js';

/** Irish (Gaeilge). */
export const ga: MailMessages = {
  greeting: 'Dia duit,',
  footer: 'Seoladh an teachtaireacht seo mar gheall ar iarratas a rinneadh leis an seoladh seo.',
  expiry: 'Oibreoidh an nasc ar feadh 7 lá.',
  'confirm.subject': 'Deimhnigh do shíntiús, le do thoil',
  'confirm.body':
    'D’iarr duine éigin, tusa tá súil againn, go seolfaimis ríomhphoist chuig {address}. Chun é a dheimhniú, oscail an nasc thíos agus brúigh an cnaipe.',
  'confirm.action': 'Deimhnigh mo shíntiús',
  'confirm.ignore':
    'Murar iarr tú é seo, déan neamhaird den teachtaireacht seo: ní sheolfaimid ríomhphost chugat.',
  'verify.subject': 'Deimhnigh d’iarratas faoi do chuid sonraí',
  'verify.access': 'Fuaireamar iarratas ar chóip de na sonraí atá againn faoi {address}.',
  'verify.erasure': 'Fuaireamar iarratas go scriosfaí na sonraí atá againn faoi {address}.',
  'verify.action': 'Deimhnigh m’iarratas',
  'verify.wait': 'Ní tharlóidh aon rud go dtí go ndeimhníonn tú é.',
  'verify.ignore':
    'Murar iarr tú é seo, déan neamhaird den teachtaireacht seo agus ní athrófar aon rud.',
  'access.subject': 'Tá do chuid sonraí réidh',
  'access.body':
    'Mar a d’iarr tú, seo nasc chun cóip a íoslódáil de na sonraí atá againn faoi {address}: gach cinneadh toilithe a taifeadadh, lena fhoclaíocht agus a amanna, agus a staid reatha.',
  'access.action': 'Íoslódáil mo chuid sonraí',
  'erased.subject': 'Scriosadh do chuid sonraí',
  'erased.body':
    'Mar a d’iarr tú, scriosamar {address} agus staid an toilithe a bhain leis. Fanann na taifid ar chinntí roimhe seo, gan aon rud a d’aithneodh thú, ionas go gcoinníonn siad a luach mar chruthúnas.',
  'sms.verify.access':
    'Fuaireamar iarratas ar chóip de na sonraí atá againn faoi {address}. Chun é a dheimhniú, oscail {url} (bailí ar feadh 7 lá). Murar iarr tú é, déan neamhaird den teachtaireacht seo.',
  'sms.verify.erasure':
    'Fuaireamar iarratas go scriosfaí na sonraí atá againn faoi {address}. Chun é a dheimhniú, oscail {url} (bailí ar feadh 7 lá). Murar iarr tú é, déan neamhaird den teachtaireacht seo.',
  'sms.access': 'Tá do chuid sonraí réidh. Íoslódáil iad laistigh de 7 lá: {url}',
  'sms.erased':
    'Mar a d’iarr tú, scriosamar {address} agus staid an toilithe a bhain leis. Ní bhfaighidh tú a thuilleadh teachtaireachtaí faoi.',
};
