import { defineElement } from '../registry.js';
import { AssentUnsubscribe } from './unsubscribe.js';

defineElement('assent-unsubscribe', AssentUnsubscribe);
