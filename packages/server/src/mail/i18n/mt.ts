import type { MailMessages } from './en.js';

/** Maltese (Malti). */
export const mt: MailMessages = {
  greeting: 'Bonġu,',
  footer: 'Dan il-messaġġ intbagħat minħabba talba li saret b’dan l-indirizz.',
  expiry: 'Il-link jibqa’ validu għal 7 ijiem.',
  'confirm.subject': 'Jekk jogħġbok ikkonferma l-abbonament tiegħek',
  'confirm.body':
    'Xi ħadd, nittamaw li int, talab li nibagħtu l-emails tagħna lil {address}. Biex tikkonferma, iftaħ il-link hawn taħt u agħfas il-buttuna.',
  'confirm.action': 'Nikkonferma l-abbonament tiegħi',
  'confirm.ignore': 'Jekk ma tlabtx dan, injora dan il-messaġġ: ma nibagħtulekx emails.',
  'verify.subject': 'Ikkonferma t-talba tiegħek dwar id-data tiegħek',
  'verify.access': 'Irċevejna talba għal kopja tad-data li għandna dwar {address}.',
  'verify.erasure': 'Irċevejna talba biex titħassar id-data li għandna dwar {address}.',
  'verify.action': 'Nikkonferma t-talba tiegħi',
  'verify.wait': 'Xejn ma jsir qabel ma tikkonferma.',
  'verify.ignore': 'Jekk ma tlabtx dan, injora dan il-messaġġ u xejn ma jinbidel.',
  'access.subject': 'Id-data tiegħek lesta',
  'access.body':
    'Kif tlabt, hawn hu link biex tniżżel kopja tad-data li għandna dwar {address}: kull deċiżjoni ta’ kunsens irreġistrata, bil-kliem u l-ħinijiet tagħha, u l-istat attwali tagħha.',
  'access.action': 'Niżżel id-data tiegħi',
  'erased.subject': 'Id-data tiegħek tħassret',
  'erased.body':
    'Kif tlabt, ħassarna {address} u l-istat tal-kunsens marbut miegħu. Ir-rekords tad-deċiżjonijiet tal-passat jibqgħu, mingħajr xejn li jidentifikak, biex iżommu l-valur tagħhom bħala prova.',
  'sms.verify.access':
    'Irċevejna talba għal kopja tad-data li għandna dwar {address}. Biex tikkonfermaha, iftaħ {url} (validu għal 7 ijiem). Jekk ma tlabtx dan, injora dan il-messaġġ.',
  'sms.verify.erasure':
    'Irċevejna talba biex titħassar id-data li għandna dwar {address}. Biex tikkonfermaha, iftaħ {url} (validu għal 7 ijiem). Jekk ma tlabtx dan, injora dan il-messaġġ.',
  'sms.access': 'Id-data tiegħek lesta. Niżżilha fi żmien 7 ijiem: {url}',
  'sms.erased':
    'Kif tlabt, ħassarna {address} u l-istat tal-kunsens marbut miegħu. Ma tirċevix aktar messaġġi dwar dan.',
};
