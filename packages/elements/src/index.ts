/**
 * @assent/elements: Lit web components for consent, all driven by a `ConsentManager` from
 * `@assent/core`. The classes are plain exports (`@assent/elements/classes` has them alone,
 * without registering anything); the tags are registered by `@assent/elements/define`,
 * which `mountConsentUI` (and so this index) imports.
 * @packageDocumentation
 */
import './tag-names.js';

export * from './classes.js';
export { mountConsentUI, loadPreferences, startAssent, type MountOptions } from './mount.js';
