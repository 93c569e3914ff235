import vue from '@vitejs/plugin-vue';

export default {
  // assent-* tags are custom elements, not Vue components.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('assent-') } } }),
  ],
  logLevel: 'warn',
};
