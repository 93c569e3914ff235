import type { PageMessages } from './en.js';

/** Scottish Gaelic (Gàidhlig). */
export const gd: PageMessages = {
  'page.unsubscribe.title': 'Cuir crìoch air an fho-sgrìobhadh',
  'page.unsubscribe.ask.email':
    'A bheil sibh airson stad a chur air post-d margaidheachd gu {contact}?',
  'page.unsubscribe.ask.sms':
    'A bheil sibh airson stad a chur air teachdaireachdan SMS margaidheachd gu {contact}?',
  'page.unsubscribe.ask.post':
    'A bheil sibh airson stad a chur air margaidheachd tron phost gu neach-seilbh {contact}?',
  'page.unsubscribe.askTopic': 'A bheil sibh airson stad a chur air “{topic}” gu {contact}?',
  'page.unsubscribe.button': 'Cuir crìoch air',
  'page.unsubscribed.title': 'Chuir sibh crìoch air an fho-sgrìobhadh',
  'page.unsubscribed.email': 'Chan fhaigh {contact} post-d margaidheachd uainn tuilleadh.',
  'page.unsubscribed.sms':
    'Chan fhaigh {contact} teachdaireachdan SMS margaidheachd uainn tuilleadh.',
  'page.unsubscribed.post':
    'Cha chuir sinn margaidheachd tron phost gu neach-seilbh {contact} tuilleadh.',
  'page.unsubscribed.topic': 'Chan fhaigh {contact} “{topic}” tuilleadh.',
  'page.confirm.title': 'Dearbhaibh ur fo-sgrìobhadh',
  'page.confirm.text':
    'Dearbhaibh gum bu chòir do {contact} am post-d airson an do chlàraich e fhaighinn.',
  'page.confirm.button': 'Dearbh am fo-sgrìobhadh',
  'page.confirmed.title': 'Mòran taing',
  'page.confirmed.text': 'Chaidh ur fo-sgrìobhadh a dhearbhadh.',
  'page.nothing.title': 'Chan eil dad ri dhearbhadh',
  'page.nothing.text': 'Chan eil fo-sgrìobhadh sam bith a’ feitheamh air dearbhadh.',
  'error.expired': 'Chan eil an ceangal seo dligheach tuilleadh.',
  'error.wrongPage': 'Chan ann airson na duilleige seo a tha an ceangal seo.',
  'error.invalid':
    'Chan eil an ceangal seo dligheach. ’S dòcha gun deach lethbhreac ceàrr dheth a dhèanamh.',
  'error.requestLink':
    'Cleachdaibh an ceangal san teachdaireachd as ùire againn, no cuiribh fios thugainn airson fear ùr.',
  'page.request.title': 'Dearbhaibh an t-iarrtas agaibh',
  'page.request.ask.access': 'Dearbhaibh gun do dh’iarr sibh lethbhreac dhen dàta agaibh.',
  'page.request.ask.erasure':
    'Dearbhaibh gun do dh’iarr sibh gun dèidheadh an dàta agaibh a sguabadh às.',
  'page.request.button': 'Dearbhaich an t-iarrtas agam',
  'page.request.expired': 'Dh’fhalbh an ùine air a’ cheangal seo. Dèanaibh an t-iarrtas a-rithist.',
  'page.request.invalid': 'Chan eil an ceangal seo dligheach.',
  'page.request.confirmed.title': 'Chaidh an t-iarrtas a dhearbhadh',
  'page.request.already':
    'Chaidh an t-iarrtas seo a dhearbhadh mu thràth. Freagraidh sinn taobh a-staigh mìos.',
  'page.request.done':
    'Chaidh an t-iarrtas agaibh a dhearbhadh. Freagraidh sinn taobh a-staigh mìos.',
  'page.request.sent.email':
    'Thoiribh sùil air a’ bhogsa a-steach agaibh: leanaibh an ceangal sa phost a chuir sinn thugaibh gus an t-iarrtas a dhearbhadh.',
  'page.request.sent.sms':
    'Thoiribh sùil air na teachdaireachdan teacsa agaibh: leanaibh an ceangal a chuir sinn thugaibh gus an t-iarrtas a dhearbhadh.',
};
