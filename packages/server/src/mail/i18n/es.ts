import type { MailMessages } from './en.js';

/** Spanish (Español). */
export const es: MailMessages = {
  greeting: 'Hola:',
  footer: 'Le enviamos este mensaje porque se hizo una solicitud con esta dirección.',
  expiry: 'El enlace es válido durante 7 días.',
  'confirm.subject': 'Confirme su suscripción',
  'confirm.body':
    'Alguien, esperamos que usted, ha pedido que enviemos correos electrónicos a {address}. Para confirmarlo, abra el enlace de abajo y pulse el botón.',
  'confirm.action': 'Confirmar mi suscripción',
  'confirm.ignore': 'Si no lo ha pedido, ignore este mensaje: no le enviaremos correos.',
  'verify.subject': 'Confirme su solicitud sobre sus datos',
  'verify.access':
    'Hemos recibido una solicitud de copia de los datos que conservamos sobre {address}.',
  'verify.erasure':
    'Hemos recibido una solicitud de supresión de los datos que conservamos sobre {address}.',
  'verify.action': 'Confirmar mi solicitud',
  'verify.wait': 'No se hará nada hasta que la confirme.',
  'verify.ignore': 'Si no lo ha pedido, ignore este mensaje y no cambiará nada.',
  'access.subject': 'Sus datos están listos',
  'access.body':
    'Como nos pidió, aquí tiene un enlace para descargar una copia de los datos que conservamos sobre {address}: cada decisión de consentimiento registrada, con su texto y sus fechas, y su estado actual.',
  'access.action': 'Descargar mis datos',
  'erased.subject': 'Sus datos se han eliminado',
  'erased.body':
    'Como nos pidió, hemos eliminado {address} y el estado de consentimiento vinculado a ella. Los registros de decisiones anteriores se conservan, sin nada que le identifique, para que sigan sirviendo como prueba.',
  'sms.verify.access':
    'Hemos recibido una solicitud de copia de los datos que conservamos sobre {address}. Para confirmarla, abra {url} (válido 7 días). Si no la ha hecho usted, ignore este mensaje.',
  'sms.verify.erasure':
    'Hemos recibido una solicitud de supresión de los datos que conservamos sobre {address}. Para confirmarla, abra {url} (válido 7 días). Si no la ha hecho usted, ignore este mensaje.',
  'sms.access': 'Sus datos están listos. Descárguelos en un plazo de 7 días: {url}',
  'sms.erased':
    'Como nos pidió, hemos eliminado {address} y el estado de consentimiento vinculado a él. No recibirá más mensajes sobre ello.',
};
