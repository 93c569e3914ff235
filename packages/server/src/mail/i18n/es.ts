import type { MailMessages } from './en.js';

/** Spanish (Español). */
export const es: MailMessages = {
  greeting: 'Hola:',
  footer: 'Hemos enviado este mensaje porque se hizo una solicitud con esta dirección.',
  expiry: 'El enlace es válido durante 7 días.',
  'confirm.subject': 'Confirma tu suscripción',
  'confirm.body':
    'Alguien, esperamos que tú, ha pedido que enviemos correos electrónicos a {address}. Para confirmarlo, abre el enlace de abajo y pulsa el botón.',
  'confirm.action': 'Confirmar mi suscripción',
  'confirm.ignore': 'Si no lo has pedido, ignora este mensaje: no te enviaremos correos.',
  'verify.subject': 'Confirma tu solicitud sobre tus datos',
  'verify.access':
    'Hemos recibido una solicitud de copia de los datos que conservamos sobre {address}.',
  'verify.erasure':
    'Hemos recibido una solicitud de supresión de los datos que conservamos sobre {address}.',
  'verify.action': 'Confirmar mi solicitud',
  'verify.wait': 'No se hará nada hasta que la confirmes.',
  'verify.ignore': 'Si no lo has pedido, ignora este mensaje y no cambiará nada.',
  'access.subject': 'Tus datos están listos',
  'access.body':
    'Como pediste, aquí tienes un enlace para descargar una copia de los datos que conservamos sobre {address}: cada decisión de consentimiento registrada, con su texto y sus fechas, y su estado actual.',
  'access.action': 'Descargar mis datos',
  'erased.subject': 'Tus datos se han eliminado',
  'erased.body':
    'Como pediste, hemos eliminado {address} y el estado de consentimiento vinculado a ella. Los registros de decisiones anteriores se conservan, sin nada que te identifique, para que sigan sirviendo como prueba.',
  'sms.verify.access':
    'Hemos recibido una solicitud de copia de los datos que conservamos sobre {address}. Para confirmarla, abre {url} (válido 7 días). Si no la has hecho tú, ignora este mensaje.',
  'sms.verify.erasure':
    'Hemos recibido una solicitud de supresión de los datos que conservamos sobre {address}. Para confirmarla, abre {url} (válido 7 días). Si no la has hecho tú, ignora este mensaje.',
  'sms.access': 'Tus datos están listos. Descárgalos en un plazo de 7 días: {url}',
  'sms.erased':
    'Como pediste, hemos eliminado {address} y el estado de consentimiento vinculado a él. No recibirás más mensajes sobre ello.',
};
