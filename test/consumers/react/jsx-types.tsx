// The assent-* tags in React 19 JSX are typed from the Custom Elements Manifest.
import type {} from '@assent/elements/react';

export const fine = (
  <assent-banner
    layout="box"
    position="bottom-end"
    theme="dark"
    onassent-hide={(event) => event.detail.source}
  />
);
// @ts-expect-error `sidebar` is not a banner layout
export const wrongLayout = <assent-banner layout="sidebar" />;
// @ts-expect-error `purple` is not a theme
export const wrongTheme = <assent-optin theme="purple" />;
// @ts-expect-error assent-embed has no `servise` attribute
export const misspelt = <assent-embed servise="youtube" />;
