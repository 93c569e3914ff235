import { defineElement } from '../registry.js';
import { AssentOptin } from './optin.js';

defineElement('assent-optin', AssentOptin);
