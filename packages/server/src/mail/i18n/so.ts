import type { MailMessages } from './en.js';

/** Somali (Soomaali). */
export const so: MailMessages = {
  greeting: 'Salaan,',
  footer: 'Fariintan waxaa loo soo diray codsi lagu sameeyay cinwaankan awgiis.',
  expiry: 'Xiriirku wuxuu shaqaynayaa 7 maalmood.',
  'confirm.subject': 'Fadlan xaqiiji rukummadaada',
  'confirm.body':
    'Qof, waxaan rajaynaynaa inaad adiga tahay, ayaa codsaday in iimaylladayada loo diro {address}. Si aad u xaqiijiso, fur xiriirka hoose oo riix badhanka.',
  'confirm.action': 'Xaqiiji rukummadayda',
  'confirm.ignore': 'Haddii aadan codsan, iska dhaaf fariintan: iimayl kuuma soo diri doonno.',
  'verify.subject': 'Xaqiiji codsigaaga ku saabsan xogtaada',
  'verify.access': 'Waxaan helnay codsi lagu doonayo nuqul ka mid ah xogta aan ka hayno {address}.',
  'verify.erasure': 'Waxaan helnay codsi lagu doonayo in la tirtiro xogta aan ka hayno {address}.',
  'verify.action': 'Xaqiiji codsigayga',
  'verify.wait': 'Waxba ma dhacayaan ilaa aad xaqiijiso.',
  'verify.ignore': 'Haddii aadan codsan, iska dhaaf fariintan, waxbana isma beddeli doonaan.',
  'access.subject': 'Xogtaadu way diyaar tahay',
  'access.body':
    'Sidaad codsatay, halkan waxaa ah xiriir aad kaga soo dejisan karto nuqul ka mid ah xogta aan ka hayno {address}: go’aan kasta oo oggolaansho ah oo la diiwaangeliyay, oo ay la socdaan erayadiisa iyo waqtiyadiisa, iyo xaaladdiisa hadda.',
  'access.action': 'Soo deji xogtayda',
  'erased.subject': 'Xogtaada waa la tirtiray',
  'erased.body':
    'Sidaad codsatay, waxaan tirtirnay {address} iyo xaaladda oggolaanshaha ee ku xirnayd. Diiwaannada go’aannadii hore way sii jiri doonaan, iyagoo aan wax ku aqoonsan karaa ku jirin, si ay u sii ahaadaan caddayn.',
  'sms.verify.access':
    'Waxaan helnay codsi lagu doonayo nuqul ka mid ah xogta aan ka hayno {address}. Si aad u xaqiijiso, fur {url} (wuxuu ansax yahay 7 maalmood). Haddii aadan codsan, iska dhaaf fariintan.',
  'sms.verify.erasure':
    'Waxaan helnay codsi lagu doonayo in la tirtiro xogta aan ka hayno {address}. Si aad u xaqiijiso, fur {url} (wuxuu ansax yahay 7 maalmood). Haddii aadan codsan, iska dhaaf fariintan.',
  'sms.access': 'Xogtaadu way diyaar tahay. Soo deji 7 maalmood gudahood: {url}',
  'sms.erased':
    'Sidaad codsatay, waxaan tirtirnay {address} iyo xaaladda oggolaanshaha ee ku xirnayd. Fariimo kale oo arrintan ku saabsan ma heli doontid.',
};
