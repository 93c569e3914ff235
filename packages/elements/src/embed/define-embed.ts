import { defineElement } from '../registry.js';
import { AssentEmbed } from './embed.js';

defineElement('assent-embed', AssentEmbed);
