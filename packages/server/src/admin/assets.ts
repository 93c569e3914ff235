/**
 * The admin page's own stylesheet (`/admin/admin.css`), served as a file so the page runs under
 * `default-src 'self'` with nothing inline. The workspace's views carry their own styles.
 */
export const ADMIN_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-inline-size: 80rem; margin-inline: auto; padding: 1rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 1rem; }
caption { text-align: start; font-weight: 600; }
th, td { border: 1px solid #8888; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
input, button { font: inherit; padding: 0.4rem 0.6rem; }
.error { color: #b00020; }
`;
