import { defineElement } from '../registry.js';
import { AssentPreferences } from './preferences.js';

defineElement('assent-preferences', AssentPreferences);
