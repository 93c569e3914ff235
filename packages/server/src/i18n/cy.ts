import type { PageMessages } from './en.js';

/** Welsh (Cymraeg). */
export const cy: PageMessages = {
  'page.unsubscribe.title': 'Dad-danysgrifio',
  'page.unsubscribe.ask.email': 'Peidio ag anfon negeseuon e-bost marchnata at {contact}?',
  'page.unsubscribe.ask.sms': 'Peidio ag anfon negeseuon testun marchnata at {contact}?',
  'page.unsubscribe.ask.post': 'Peidio ag anfon marchnata drwy’r post at ddeiliad {contact}?',
  'page.unsubscribe.askTopic': 'Peidio ag anfon “{topic}” at {contact}?',
  'page.unsubscribe.button': 'Dad-danysgrifio',
  'page.unsubscribed.title': 'Rydych wedi dad-danysgrifio',
  'page.unsubscribed.email': 'Ni fydd {contact} yn cael negeseuon e-bost marchnata gennym mwyach.',
  'page.unsubscribed.sms': 'Ni fydd {contact} yn cael negeseuon testun marchnata gennym mwyach.',
  'page.unsubscribed.post':
    'Ni fyddwn yn anfon marchnata drwy’r post at ddeiliad {contact} mwyach.',
  'page.unsubscribed.topic': 'Ni fydd {contact} yn cael “{topic}” mwyach.',
  'page.confirm.title': 'Cadarnhewch eich tanysgrifiad',
  'page.confirm.text':
    'Cadarnhewch y dylai {contact} gael y negeseuon e-bost y cofrestrodd ar eu cyfer.',
  'page.confirm.button': 'Cadarnhau’r tanysgrifiad',
  'page.confirmed.title': 'Diolch',
  'page.confirmed.text': 'Mae eich tanysgrifiad wedi’i gadarnhau.',
  'page.nothing.title': 'Dim byd i’w gadarnhau',
  'page.nothing.text': 'Does dim tanysgrifiad yn aros i gael ei gadarnhau.',
  'error.expired': 'Nid yw’r ddolen hon yn ddilys mwyach.',
  'error.wrongPage': 'Nid yw’r ddolen hon wedi’i bwriadu ar gyfer y dudalen hon.',
  'error.invalid': 'Nid yw’r ddolen hon yn ddilys. Efallai nad yw wedi cael ei chopïo’n gywir.',
  'error.requestLink':
    'Defnyddiwch y ddolen yn ein neges ddiweddaraf, neu cysylltwch â ni i gael un newydd.',
  'page.request.title': 'Cadarnhewch eich cais',
  'page.request.ask.access': 'Cadarnhewch eich bod wedi gofyn am gopi o’ch data.',
  'page.request.ask.erasure': 'Cadarnhewch eich bod wedi gofyn i’ch data gael ei ddileu.',
  'page.request.button': 'Cadarnhau fy nghais',
  'page.request.expired': 'Mae’r ddolen hon wedi dod i ben. Gwnewch y cais eto.',
  'page.request.invalid': 'Nid yw’r ddolen hon yn ddilys.',
  'page.request.confirmed.title': 'Cais wedi’i gadarnhau',
  'page.request.already': 'Mae’r cais hwn eisoes wedi’i gadarnhau. Byddwn yn ateb o fewn mis.',
  'page.request.done': 'Mae eich cais wedi’i gadarnhau. Byddwn yn ateb o fewn mis.',
  'page.request.sent.email':
    'Edrychwch yn eich mewnflwch: dilynwch y ddolen yn y neges a anfonwyd gennym i gadarnhau’r cais.',
  'page.request.sent.sms':
    'Edrychwch ar eich negeseuon testun: dilynwch y ddolen a anfonwyd gennym i gadarnhau’r cais.',
};
