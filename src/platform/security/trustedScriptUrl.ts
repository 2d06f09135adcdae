// The only Trusted Types policy in the app ("waymark" in the CSP). It turns a
// same-origin script URL (the service worker, the import worker) into a
// TrustedScriptURL and refuses anything else, so no injected string can ever
// become a script.
interface TrustedScriptURLLike {
  toString(): string;
}
interface TrustedTypePolicyLike {
  createScriptURL(input: string): TrustedScriptURLLike;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

function getPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  policy = tt
    ? tt.createPolicy("waymark", {
        createScriptURL: (input) => {
          const url = new URL(input, globalThis.location.href);
          if (url.origin !== globalThis.location.origin) {
            throw new TypeError("Refusing a script URL from another origin");
          }
          return url.href;
        },
      })
    : null;
  return policy;
}

/** A script URL acceptable to `new Worker()` and `serviceWorker.register()` under the CSP. */
export function trustedScriptUrl(url: string): string {
  const p = getPolicy();
  // Typed as string for the DOM signatures; at run time it is a TrustedScriptURL.
  return (p ? p.createScriptURL(url) : url) as string;
}
