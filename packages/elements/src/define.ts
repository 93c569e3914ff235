/**
 * Registers every `assent-*` element: the only module with a side effect. Import it once
 * (`import '@assent/elements/define'`) and write the tags in HTML. The preferences centre's code
 * loads the first time `<assent-preferences>` appears, so pages that never open it stay light;
 * likewise the trigger (shown only after a decision) and the placeholder (only for blocked
 * content) stay off the banner's path.
 */
import './tag-names.js';
import './banner/define-banner.js';
import { defineLazily } from './registry.js';

defineLazily('assent-trigger', () => import('./trigger/define-trigger.js'));
defineLazily('assent-embed', () => import('./embed/define-embed.js'));

defineLazily('assent-preferences', () => import('./preferences/define-preferences.js'));
defineLazily('assent-optin', () => import('./optin/define-optin.js'));
defineLazily('assent-unsubscribe', () => import('./unsubscribe/define-unsubscribe.js'));
defineLazily('assent-rights', () => import('./rights/define-rights.js'));
