// Custom Elements Manifest for @assent/elements: Storybook's controls and docs read it.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [
    {
      // Our typed event classes take (view, source) arguments, which the analyzer mistakes for
      // event names; the documented `@event` tags are the real list.
      name: 'assent-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) =>
                event.name?.startsWith('assent-'),
              );
            }
          }
        }
      },
    },
  ],
};
