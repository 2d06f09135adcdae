import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CSP_HEADER, CSP_META } from "./src/platform/security/csp.ts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

const securityHeaders = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Puts the CSP in index.html so that responses served offline from the cache carry it too. */
function cspMeta(): Plugin {
  return {
    name: "waymark-csp-meta",
    // Build only: the dev server needs inline scripts and styles (React refresh, CSS injection).
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP_META }, injectTo: "head-prepend" },
      ],
    },
  };
}

/**
 * A missing hashed asset must be a 404, never index.html: after an update an
 * old tab asking for a chunk that no longer exists would otherwise parse HTML
 * as JavaScript. Vite's preview server falls back to index.html for any path.
 */
function assetsNotFound(): Plugin {
  return {
    name: "waymark-assets-404",
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? "";
        if (!url.startsWith("/assets/")) {
          next();
          return;
        }
        const file = resolve(outDir, `.${decodeURIComponent(url.split("?")[0] ?? "")}`);
        if (file.startsWith(outDir) && existsSync(file)) {
          next();
        } else {
          for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/plain; charset=utf-8");
          res.end("Not found");
        }
      });
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: "es2022",
    manifest: true,
    sourcemap: false,
    // Budgets are enforced by scripts/budget.ts, not by this warning.
    chunkSizeWarningLimit: 200,
    rolldownOptions: {
      // react-baseline.html is React rendering one component, precached like
      // the app: the benchmark compares the app's offline cold start with it.
      // It shares the app's React chunks, so it adds about 1 KB to the precache.
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        "react-baseline": resolve(import.meta.dirname, "react-baseline.html"),
      },
    },
  },
  worker: { format: "es" },
  preview: { headers: securityHeaders, port: 4173, strictPort: true },
  // The dev server gets no CSP (see cspMeta); preview and production do.
  plugins: [
    react(),
    cspMeta(),
    assetsNotFound(),
    VitePWA({
      // We register the worker ourselves through workbox-window and a
      // Trusted Types policy (src/app/serviceWorker.ts), and only activate a
      // new one when the user agrees — so no auto-injected script and no
      // skipWaiting/clientsClaim.
      injectRegister: false,
      registerType: "prompt",
      strategies: "generateSW",
      manifestFilename: "manifest.webmanifest",
      includeAssets: ["icons/*.png", "icons/*.svg", "packs/*.json"],
      manifest: {
        id: "/",
        name: "Waymark — first contact guidance",
        short_name: "Waymark",
        description:
          "Offline guidance for police officers in England and Wales at first contact with a possible victim of modern slavery.",
        lang: "en-GB",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        theme_color: "#0b3d5c",
        background_color: "#ffffff",
        categories: ["productivity", "utilities"],
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // Precache: the whole shell, every lazy route chunk, every locale
        // chunk (a language never opened online still works offline), the
        // built-in content and the sample packs. Nothing else is cached at
        // run time: the app makes no other requests.
        globPatterns: ["**/*.{js,css,html,json,webmanifest,png,svg,woff2}"],
        globIgnores: ["**/.vite/**", "**/node_modules/**"],
        // Large generated packs are data, not shell; they are imported into
        // IndexedDB instead of precached.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: "/index.html",
        // Never answer a file request with index.html: unknown assets, the
        // manifest, packs and the worker itself must 404 or hit the network.
        navigateFallbackDenylist: [/^\/assets\//, /^\/packs\//, /^\/icons\//, /\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
        sourcemap: false,
        // One self-contained sw.js: no importScripts, which Trusted Types
        // would treat as a script sink.
        inlineWorkboxRuntime: true,
      },
      devOptions: { enabled: false },
    }),
  ],
});
