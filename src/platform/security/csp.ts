// The Content Security Policy, in one place: vite.config.ts puts it in the
// <meta> tag of index.html and in the preview server's response headers.
// `frame-ancestors` is only honoured as a header (browsers ignore and warn
// about it in <meta>), so the meta variant leaves it out.
const common = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  // Every script-URL sink (service worker, import worker) goes through the
  // one named policy in src/shared/trustedScriptUrl.ts.
  "require-trusted-types-for 'script'",
  "trusted-types waymark",
];

export const CSP_META = common.join("; ");
export const CSP_HEADER = [...common, "frame-ancestors 'none'"].join("; ");
