// Where a page could keep something: local and session storage, the URL, the
// history entry, the service worker's caches and every IndexedDB store. Used
// to prove that nothing typed or tapped about the person is kept.
import type { Page } from "playwright-core";

/** The places in which any of `markers` was found (empty when none). */
export async function storedMarkers(page: Page, markers: readonly string[]): Promise<string[]> {
  return page.evaluate(async (marks) => {
    const hits: string[] = [];
    const has = (value: unknown) => typeof value === "string" && marks.some((m) => value.includes(m));
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i) ?? "";
      if (has(k) || has(localStorage.getItem(k))) hits.push(`localStorage:${k}`);
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i) ?? "";
      if (has(k) || has(sessionStorage.getItem(k))) hits.push(`sessionStorage:${k}`);
    }
    if (has(location.href)) hits.push("url");
    if (has(JSON.stringify(history.state))) hits.push("history.state");
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) if (has(req.url)) hits.push(`cache url ${req.url}`);
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(info.name ?? "");
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(new Error(String(r.error)));
        };
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => {
            resolve(r.result);
          };
          r.onerror = () => {
            reject(new Error(String(r.error)));
          };
        });
        if (has(JSON.stringify(all))) hits.push(`indexedDB ${info.name}/${store}`);
      }
      db.close();
    }
    return hits;
  }, markers);
}
