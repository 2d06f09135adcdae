// Everything a page's origin keeps in Web Storage and IndexedDB, as one
// comparable value: to prove that something (training mode) left the device
// exactly as it found it.
import type { Page } from "playwright-core";

export interface StorageDump {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** database name -> store name -> every record, in key order. */
  indexedDB: Record<string, Record<string, unknown[]>>;
}

export async function dumpStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async () => {
    const web = (storage: Storage): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? "";
        out[key] = storage.getItem(key) ?? "";
      }
      return out;
    };
    const databases: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? "";
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
      });
      const stores: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result);
          };
          all.onerror = () => {
            reject(new Error(String(all.error)));
          };
        });
      }
      db.close();
      databases[name] = stores;
    }
    return { localStorage: web(localStorage), sessionStorage: web(sessionStorage), indexedDB: databases };
  });
}
