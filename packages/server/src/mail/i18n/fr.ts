import type { MailMessages } from './en.js';

/** French (Français). */
export const fr: MailMessages = {
  greeting: 'Bonjour,',
  footer: 'Ce message a été envoyé à la suite d’une demande faite avec cette adresse.',
  expiry: 'Le lien est valable 7 jours.',
  'confirm.subject': 'Merci de confirmer votre abonnement',
  'confirm.body':
    'Quelqu’un, vous sans doute, a demandé à recevoir nos e-mails à l’adresse {address}. Pour confirmer, ouvrez le lien ci-dessous et appuyez sur le bouton.',
  'confirm.action': 'Confirmer mon abonnement',
  'confirm.ignore':
    'Si vous n’avez rien demandé, ignorez ce message : nous ne vous enverrons pas d’e-mails.',
  'verify.subject': 'Confirmez votre demande concernant vos données',
  'verify.access':
    'Nous avons reçu une demande de copie des données que nous détenons sur {address}.',
  'verify.erasure':
    'Nous avons reçu une demande d’effacement des données que nous détenons sur {address}.',
  'verify.action': 'Confirmer ma demande',
  'verify.wait': 'Rien ne se passe tant que vous n’avez pas confirmé.',
  'verify.ignore': 'Si vous n’avez rien demandé, ignorez ce message et rien ne changera.',
  'access.subject': 'Vos données sont prêtes',
  'access.body':
    'Comme vous l’avez demandé, voici un lien pour télécharger une copie des données que nous détenons sur {address} : chaque décision de consentement enregistrée, avec son texte et ses dates, et son état actuel.',
  'access.action': 'Télécharger mes données',
  'erased.subject': 'Vos données ont été effacées',
  'erased.body':
    'Comme vous l’avez demandé, nous avons effacé {address} et l’état des consentements qui y était lié. Les traces des décisions passées sont conservées, sans rien qui permette de vous identifier, afin qu’elles gardent leur valeur de preuve.',
  'sms.verify.access':
    'Nous avons reçu une demande de copie des données que nous détenons sur {address}. Pour la confirmer, ouvrez {url} (valable 7 jours). Si vous n’avez rien demandé, ignorez ce message.',
  'sms.verify.erasure':
    'Nous avons reçu une demande d’effacement des données que nous détenons sur {address}. Pour la confirmer, ouvrez {url} (valable 7 jours). Si vous n’avez rien demandé, ignorez ce message.',
  'sms.access': 'Vos données sont prêtes. Téléchargez-les dans les 7 jours : {url}',
  'sms.erased':
    'Comme vous l’avez demandé, nous avons effacé {address} et l’état des consentements qui y était lié. Vous ne recevrez plus de message à ce sujet.',
};
