// Serves the production build (never the dev server) with Vite's preview
// server, which adds the same security headers as production.
import { preview, type PreviewServer } from "vite";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startPreview(port = 0, outDir = `${root}dist`): Promise<RunningServer> {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  }
  const server: PreviewServer = await preview({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: "error",
    build: { outDir },
    preview: { port, strictPort: port !== 0, host: "127.0.0.1", open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") throw new Error("preview server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.httpServer.close(() => {
          resolve();
        });
        (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
