// Which services a file holds: one service (`service_full`, what
// /services/{id} returns), a page of the /services endpoint ({"contents":
// [...]} with paging), an array of services, or one organisation with its
// services (`organization_full`, whose services leave out the organisation
// they belong to).
import { PACK_FORMAT } from "../schema/pack";
import type { OrukProblems } from "./orukProblems";

export interface FeedItem {
  value: unknown;
  /** Where the service is in the file. */
  path: (string | number)[];
  /** The organisation the service belongs to, when the file is one organisation's. */
  organization?: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function servicesInFeed(json: unknown, problems: OrukProblems): FeedItem[] {
  const notFeed = (why: string) => {
    problems.error(
      undefined,
      [],
      "",
      `this is not an Open Referral UK file Waymark can read (${why}); expected one service, a page of services ({"contents": [...]}) or a list of services`,
      "not-oruk",
    );
    return [];
  };
  if (Array.isArray(json)) return (json as unknown[]).map((value, i) => ({ value, path: [i] }));
  if (!isObject(json))
    return notFeed(json === null ? "it is null" : `it is ${typeof json === "string" ? "text" : `a ${typeof json}`}`);
  if (json["format"] === PACK_FORMAT) return notFeed("it is a Waymark pathway pack: import it as a pack");
  if ("contents" in json) {
    const contents: unknown = json["contents"];
    if (!Array.isArray(contents)) return notFeed('its "contents" is not a list');
    const pages = json["total_pages"];
    const page = json["page_number"];
    if (typeof pages === "number" && pages > 1) {
      problems.note(
        `this file is page ${typeof page === "number" ? page : "?"} of ${pages} of the directory: only the ${contents.length} service${contents.length === 1 ? "" : "s"} on this page ${contents.length === 1 ? "was" : "were"} imported; import the whole directory as one list to get every service`,
      );
    }
    return (contents as unknown[]).map((value, i) => ({ value, path: ["contents", i] }));
  }
  if (Array.isArray(json["services"]) && !("service_at_locations" in json)) {
    const { services, ...organization } = json;
    return (services as unknown[]).map((value, i) => ({ value, path: ["services", i], organization }));
  }
  if ("name" in json || "id" in json) return [{ value: json, path: [] }];
  return notFeed("it has no service name or id");
}
