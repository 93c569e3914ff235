import type { Messages } from './en.js';

/** Spanish (Español). */
export const es: Messages = {
  'banner.title': 'Utilizamos cookies',
  'banner.text':
    'Utilizamos cookies necesarias para que este sitio web funcione. Puede cambiar su elección en cualquier momento.',
  'banner.label': 'Consentimiento de cookies',
  'actions.acceptAll': 'Aceptar todas',
  'actions.rejectAll': 'Rechazar todas',
  'actions.manage': 'Gestionar preferencias',
  'actions.save': 'Guardar selección',
  'actions.close': 'Cerrar',
  'links.privacyPolicy': 'Política de privacidad',
  'banner.accepted':
    'Ha aceptado las cookies adicionales. Puede cambiar su configuración de cookies en cualquier momento.',
  'banner.rejected':
    'Ha rechazado las cookies adicionales. Puede cambiar su configuración de cookies en cualquier momento.',
  'banner.hideMessage': 'Ocultar este mensaje',
  'preferences.title': 'Preferencias de cookies',
  'preferences.text':
    'Elija qué cookies podemos utilizar. Las cookies necesarias están siempre activadas, ya que el sitio no puede funcionar sin ellas. Su elección se aplica a este sitio y puede cambiarla en cualquier momento.',
  'preferences.alwaysOn': 'Siempre activas',
  'preferences.objection': 'Activado salvo que se oponga. Desactívelo para oponerse.',
  'preferences.services': 'Servicios',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Nombre',
  'preferences.cookieDuration': 'Duración',
  'preferences.cookiePurpose': 'Finalidad',
  'preferences.details': 'Detalles',
  'preferences.detailsFor': 'Detalles de {service}',
  'preferences.serviceSwitch': 'Permitir {service}',
  'preferences.gpcNotice':
    'Su navegador envía una señal Global Privacy Control, por lo que las cookies de marketing permanecen desactivadas a menos que usted las active aquí.',
  'category.necessary.title': 'Necesarias',
  'category.necessary.description':
    'Son imprescindibles para que el sitio funcione, por ejemplo, para recordar sus preferencias de cookies y mantener su sesión iniciada. No se pueden desactivar.',
  'category.functional.title': 'Funcionales',
  'category.functional.description':
    'Recuerdan las opciones que usted elige, como su idioma o región, para ofrecerle una experiencia más personalizada.',
  'category.analytics.title': 'Analíticas',
  'category.analytics.description':
    'Nos ayudan a entender cómo usan el sitio los visitantes, por ejemplo, qué páginas se visitan más, para poder mejorarlo. La información se recopila de forma agregada.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Las utilizamos nosotros y nuestros socios para mostrarle contenidos y anuncios relevantes en este y otros sitios web, y para medir su eficacia.',
  'trigger.label': 'Configuración de cookies',
  'trigger.tooltip': 'Cambiar sus preferencias de cookies',
  'embed.title': 'El contenido de {service} está bloqueado',
  'embed.text':
    'Este contenido lo proporciona {service}, que puede instalar cookies de la categoría «{category}». No se muestra porque usted no lo ha permitido.',
  'embed.allow': 'Permitir y cargar',
  'embed.settings': 'Configuración de cookies',
  'embed.scope': 'Solo se permitirá {service}.',
  'embed.unknown':
    'Este contenido está bloqueado hasta que permitas las cookies de la categoría «{category}».',
  'optin.title': 'Sigamos en contacto',
  'optin.statement':
    'Elija cómo desea recibir nuestras comunicaciones. Todos los mensajes incluyen un enlace para darse de baja, y puede retirar su consentimiento en cualquier momento.',
  'optin.channel.email': 'Deseo recibir noticias y novedades por correo electrónico',
  'optin.channel.sms': 'Deseo recibir mensajes de texto SMS',
  'optin.channel.post': 'No deseo recibir publicidad por correo postal',
  'optin.topics': 'Temas',
  'optin.emailLabel': 'Dirección de correo electrónico',
  'optin.phoneLabel': 'Número de móvil',
  'optin.submit': 'Suscribirse',
  'optin.success': 'Gracias. Hemos registrado su elección.',
  'optin.pending':
    'Ya casi ha terminado: revise su bandeja de entrada y siga el enlace para confirmar su suscripción.',
  'optin.error': 'Lo sentimos, se ha producido un error. Inténtelo de nuevo.',
  'optin.invalidEmail':
    'Introduzca una dirección de correo electrónico con el formato correcto, por ejemplo, name@example.com',
  'optin.invalidPhone':
    'Introduzca un número de móvil con el formato correcto, por ejemplo, {example}',
  'optin.requiredEmail':
    'Introduzca su dirección de correo electrónico para recibir mensajes por correo electrónico',
  'optin.requiredPhone': 'Introduzca su número de móvil para recibir mensajes SMS',
  'optin.chooseChannel':
    'Elija al menos un medio por el que podamos ponernos en contacto con usted',
  'unsubscribe.title': 'Sus preferencias de comunicación',
  'unsubscribe.text': 'Elija lo que ya no desea recibir. Los cambios se aplican de inmediato.',
  'unsubscribe.channel.email': 'Correo electrónico',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Correo postal',
  'unsubscribe.status.granted': 'Suscrito',
  'unsubscribe.status.denied': 'Dado de baja',
  'unsubscribe.status.pending': 'Pendiente de confirmación',
  'unsubscribe.status.unknown': 'No suscrito',
  'unsubscribe.topic': 'Darse de baja de {topic}',
  'unsubscribe.everything': 'Darse de baja de todo',
  'unsubscribe.undo': 'Deshacer',
  'unsubscribe.invalidToken':
    'Este enlace no es válido. Es posible que no se haya copiado correctamente.',
  'unsubscribe.expiredToken': 'Este enlace ha caducado.',
  'unsubscribe.requestLink':
    'Utilice el enlace de nuestro mensaje más reciente o póngase en contacto con nosotros para solicitar uno nuevo.',
  'unsubscribe.loading': 'Cargando sus preferencias…',
  'unsubscribe.error':
    'Lo sentimos, no hemos podido cargar sus preferencias. Inténtelo de nuevo más tarde.',
  'unsubscribe.nothing': 'No tiene ninguna suscripción.',
  'unsubscribe.for': 'Preferencias de {contact}',
  'unsubscribe.status.postDefault': 'Se envía salvo que usted se oponga',
  'unsubscribe.doneEverything': 'Se ha dado de baja de todas las comunicaciones.',
  'unsubscribe.undoneEverything': 'Se han restablecido sus suscripciones.',
  'unsubscribe.retry': 'Volver a intentarlo',
  'preferences.sessionCookie': 'Hasta que cierre el navegador',
  'unsubscribe.channelAll.email': 'Darme de baja de todos los correos electrónicos',
  'unsubscribe.channelAll.sms': 'Darme de baja de todos los SMS',
  'unsubscribe.channelAll.post': 'Dejar de recibir publicidad por correo postal',
  'unsubscribe.done.email': 'Ya no recibirá correos electrónicos comerciales nuestros.',
  'unsubscribe.done.sms': 'Ya no recibirá SMS comerciales nuestros.',
  'unsubscribe.done.post': 'Ya no le enviaremos publicidad por correo postal.',
  'unsubscribe.doneTopic': 'Se ha dado de baja de «{topic}».',
  'unsubscribe.undone.email': 'Volverá a recibir nuestros correos electrónicos comerciales.',
  'unsubscribe.undone.sms': 'Volverá a recibir nuestros SMS comerciales.',
  'unsubscribe.undone.post': 'Podremos volver a enviarle publicidad por correo postal.',
  'unsubscribe.undoneTopic': 'Se ha restablecido su suscripción a «{topic}».',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Sus datos',
  'rights.text.email':
    'Solicite una copia de los datos de consentimiento que conservamos sobre usted, o su supresión. Le enviaremos un enlace por correo electrónico para que confirme que la solicitud es suya.',
  'rights.text.phone':
    'Solicite una copia de los datos de consentimiento que conservamos sobre usted, o su supresión. Le enviaremos un enlace por SMS para que confirme que la solicitud es suya.',
  'rights.legend': '¿Qué desea?',
  'rights.access': 'Obtener una copia de mis datos',
  'rights.erasure': 'Eliminar mis datos',
  'rights.submit': 'Enviar solicitud',
  'rights.sending': 'Enviando…',
  'rights.chooseOne': 'Elija lo que desea.',
  'rights.sent.email':
    'Revise su bandeja de entrada: hemos enviado un enlace a {email}. Su solicitud empieza cuando lo abra.',
  'rights.sent.sms':
    'Revise sus mensajes de texto: hemos enviado un enlace a {phone}. Su solicitud empieza cuando lo abra.',
  'rights.failed': 'No se ha podido enviar la solicitud. Vuelva a intentarlo más tarde.',
  'rights.another': 'Hacer otra solicitud',
  'banner.purposes':
    'Con su consentimiento, también nos gustaría utilizar cookies opcionales para estos fines: {purposes}.',
  'banner.objection':
    'Ya medimos cómo se usa el sitio ({categories}), algo que la ley permite salvo que usted se oponga. Para oponerse, elija «{reject}».',
  'banner.controller': '{controller} es responsable del uso de sus datos en este sitio.',
  'preferences.cookieProvider': 'Proveedor',
  'preferences.ownCookie': 'Recuerda sus preferencias de cookies',
  'optin.softStatement':
    'Como ya es cliente o colaborador nuestro, podemos enviarle novedades sobre productos, servicios o causas similares. Marque una casilla si no lo desea. Cada mensaje incluye un enlace para darse de baja.',
  'optin.softOptOut.email': 'No quiero recibir correos electrónicos comerciales',
  'optin.softOptOut.sms': 'No quiero recibir SMS comerciales',
  'optin.chooseTopic': 'Elija al menos un tema',
  'list.two': '{0} y {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} y {1}',
};

export default es;
