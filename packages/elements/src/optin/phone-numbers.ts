// The only module that touches libphonenumber-js: loaded on demand by the opt-in, so that the
// metadata (most of the opt-in's weight) reaches only forms that offer SMS, and imported by
// name so bundlers keep just the parser. The mobile metadata makes a number valid only if it
// can be a mobile, which is what SMS needs.
import examples from 'libphonenumber-js/mobile/examples';
import {
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/mobile';

/** A mobile number in E.164, or `undefined`; numbers without `+` are read as `country`'s. */
export function toE164Mobile(value: string, country?: string): string | undefined {
  const region = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(value, region);
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * A valid mobile number of `country` as people there write it (`07400 123456` in GB), from
 * libphonenumber's own examples; in international form for an unknown country.
 */
export function exampleMobile(country?: string): string {
  const region = country && isSupportedCountry(country) ? (country as CountryCode) : 'GB';
  const example = getExampleNumber(region, examples);
  if (!example) return '+44 7400 123456';
  return country && isSupportedCountry(country)
    ? example.formatNational()
    : example.formatInternational();
}
