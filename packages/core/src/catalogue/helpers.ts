/**
 * Small helpers for reading catalogue-style data, apart from the catalogue's own data so the
 * elements and tools can use them without loading it.
 */
export { durationInDays, isCookieDuration } from './duration.js';
export { formatDuration } from './format.js';
export { hostMatches, serviceForHost } from './hosts.js';
export { CATALOGUE_IDS, namesCatalogued } from './ids.js';
