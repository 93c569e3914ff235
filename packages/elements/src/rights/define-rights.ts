import { defineElement } from '../registry.js';
import { AssentRights } from './rights.js';

defineElement('assent-rights', AssentRights);
