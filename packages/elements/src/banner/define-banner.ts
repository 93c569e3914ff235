import { defineElement } from '../registry.js';
import { AssentBanner } from './banner.js';

defineElement('assent-banner', AssentBanner);
