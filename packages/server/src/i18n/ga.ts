import type { PageMessages } from './en.js';

/** Irish (Gaeilge). */
export const ga: PageMessages = {
  'page.unsubscribe.title': 'Díliostáil',
  'page.unsubscribe.ask.email':
    'An bhfuil tú ag iarraidh orainn stopadh de ríomhphoist mhargaíochta a sheoladh chuig {contact}?',
  'page.unsubscribe.ask.sms':
    'An bhfuil tú ag iarraidh orainn stopadh de theachtaireachtaí SMS margaíochta a sheoladh chuig {contact}?',
  'page.unsubscribe.ask.post':
    'An bhfuil tú ag iarraidh orainn stopadh d’ábhar margaíochta a sheoladh sa phost chuig sealbhóir {contact}?',
  'page.unsubscribe.askTopic':
    'An bhfuil tú ag iarraidh orainn stopadh de “{topic}” a sheoladh chuig {contact}?',
  'page.unsubscribe.button': 'Díliostáil',
  'page.unsubscribed.title': 'Díliostáladh thú',
  'page.unsubscribed.email': 'Ní bhfaighidh {contact} ríomhphoist mhargaíochta uainn a thuilleadh.',
  'page.unsubscribed.sms':
    'Ní bhfaighidh {contact} teachtaireachtaí SMS margaíochta uainn a thuilleadh.',
  'page.unsubscribed.post':
    'Ní sheolfaimid ábhar margaíochta sa phost chuig sealbhóir {contact} a thuilleadh.',
  'page.unsubscribed.topic': 'Ní bhfaighidh {contact} “{topic}” a thuilleadh.',
  'page.confirm.title': 'Deimhnigh do shíntiús',
  'page.confirm.text':
    'Deimhnigh, le do thoil, gur cheart na ríomhphoist ar cláraíodh dóibh a sheoladh chuig {contact}.',
  'page.confirm.button': 'Deimhnigh an síntiús',
  'page.confirmed.title': 'Go raibh maith agat',
  'page.confirmed.text': 'Tá do shíntiús deimhnithe.',
  'page.nothing.title': 'Níl aon rud le deimhniú',
  'page.nothing.text': 'Níl aon síntiús ag fanacht le deimhniú.',
  'error.expired': 'Níl an nasc seo bailí a thuilleadh.',
  'error.wrongPage': 'Níl an nasc seo ceaptha don leathanach seo.',
  'error.invalid': 'Níl an nasc seo bailí. B’fhéidir gur cóipeáladh go mícheart é.',
  'error.requestLink':
    'Bain úsáid as an nasc inár dteachtaireacht is déanaí, nó déan teagmháil linn chun nasc nua a fháil.',
  'page.request.title': 'Deimhnigh d’iarratas',
  'page.request.ask.access': 'Deimhnigh, le do thoil, gur iarr tú cóip de do shonraí.',
  'page.request.ask.erasure': 'Deimhnigh, le do thoil, gur iarr tú go scriosfaí do shonraí.',
  'page.request.button': 'Deimhnigh m’iarratas',
  'page.request.expired': 'Tá an nasc seo as feidhm. Déan an t-iarratas arís.',
  'page.request.invalid': 'Níl an nasc seo bailí.',
  'page.request.confirmed.title': 'Iarratas deimhnithe',
  'page.request.already':
    'Tá an t-iarratas seo deimhnithe cheana. Tabharfaimid freagra laistigh de mhí.',
  'page.request.done': 'Tá d’iarratas deimhnithe. Tabharfaimid freagra laistigh de mhí.',
  'page.request.sent.email':
    'Féach ar do bhosca isteach: lean an nasc sa teachtaireacht a sheolamar chun an t-iarratas a dheimhniú.',
  'page.request.sent.sms':
    'Féach ar do theachtaireachtaí téacs: lean an nasc a sheolamar chun an t-iarratas a dheimhniú.',
};
