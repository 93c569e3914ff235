import type { PageMessages } from './en.js';

/** Spanish (Español). */
export const es: PageMessages = {
  'page.unsubscribe.title': 'Darse de baja',
  'page.unsubscribe.ask.email': '¿Dejar de enviar correos electrónicos comerciales a {contact}?',
  'page.unsubscribe.ask.sms': '¿Dejar de enviar SMS comerciales a {contact}?',
  'page.unsubscribe.ask.post':
    '¿Dejar de enviar publicidad por correo postal al titular de {contact}?',
  'page.unsubscribe.askTopic': '¿Dejar de enviar «{topic}» a {contact}?',
  'page.unsubscribe.button': 'Darme de baja',
  'page.unsubscribed.title': 'Se ha dado de baja',
  'page.unsubscribed.email': '{contact} ya no recibirá correos electrónicos comerciales nuestros.',
  'page.unsubscribed.sms': '{contact} ya no recibirá SMS comerciales nuestros.',
  'page.unsubscribed.post':
    'Ya no enviaremos publicidad por correo postal al titular de {contact}.',
  'page.unsubscribed.topic': '{contact} ya no recibirá «{topic}».',
  'page.confirm.title': 'Confirme su suscripción',
  'page.confirm.text':
    'Confirme que {contact} debe recibir los correos electrónicos a los que se suscribió.',
  'page.confirm.button': 'Confirmar suscripción',
  'page.confirmed.title': 'Gracias',
  'page.confirmed.text': 'Su suscripción está confirmada.',
  'page.nothing.title': 'Nada que confirmar',
  'page.nothing.text': 'No hay ninguna suscripción pendiente de confirmación.',
  'error.expired': 'Este enlace ya no es válido.',
  'error.wrongPage': 'Este enlace no corresponde a esta página.',
  'error.invalid': 'Este enlace no es válido. Es posible que no se haya copiado correctamente.',
  'error.requestLink':
    'Utilice el enlace de nuestro mensaje más reciente o póngase en contacto con nosotros para solicitar uno nuevo.',
  'page.request.title': 'Confirme su solicitud',
  'page.request.ask.access': 'Confirme que ha solicitado una copia de sus datos.',
  'page.request.ask.erasure': 'Confirme que ha solicitado la supresión de sus datos.',
  'page.request.button': 'Confirmar mi solicitud',
  'page.request.expired': 'Este enlace ha caducado. Vuelva a hacer la solicitud.',
  'page.request.invalid': 'Este enlace no es válido.',
  'page.request.confirmed.title': 'Solicitud confirmada',
  'page.request.already':
    'Esta solicitud ya está confirmada. Le responderemos en el plazo de un mes.',
  'page.request.done': 'Su solicitud está confirmada. Le responderemos en el plazo de un mes.',
  'page.request.sent.email':
    'Revise su bandeja de entrada: siga el enlace del mensaje que le hemos enviado para confirmar la solicitud.',
  'page.request.sent.sms':
    'Revise sus mensajes de texto: siga el enlace que le hemos enviado para confirmar la solicitud.',
};
