// A Vue 3 app using Assent from the installed tarballs.
import { createApp } from 'vue';
import type {} from '@assent/elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
