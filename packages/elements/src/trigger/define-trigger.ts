import { defineElement } from '../registry.js';
import { AssentTrigger } from './trigger.js';

defineElement('assent-trigger', AssentTrigger);
