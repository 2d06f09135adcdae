// A page of the ORUK /services endpoint: the paging fields and, per service,
// only its one-to-one fields (and its organisation's), as the profile's
// service_list schema and its API description say. Waymark writes the whole
// directory as one page.
import type { OrukOrganization, OrukService, OrukServicePage } from "./orukSchema";

const SERVICE_LIST_FIELDS = [
  "id",
  "organization_id",
  "name",
  "description",
  "url",
  "email",
  "status",
  "fees",
  "accreditations",
  "minimum_age",
  "maximum_age",
  "assured_date",
  "assurer_email",
  "alert",
  "last_modified",
] as const;
const ORGANIZATION_LIST_FIELDS = [
  "id",
  "name",
  "description",
  "email",
  "website",
  "logo",
  "uri",
  "parent_organization_id",
] as const;

function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (from[k] !== undefined && from[k] !== null) out[k] = from[k];
  return out;
}

export function orukServiceListItem(service: OrukService): Record<string, unknown> {
  const item = pick(service, SERVICE_LIST_FIELDS);
  const org: OrukOrganization | null | undefined = service.organization;
  if (org !== null && org !== undefined) item["organization"] = pick(org, ORGANIZATION_LIST_FIELDS);
  return item;
}

export function orukServicePage(services: readonly OrukService[]): OrukServicePage {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services.map(orukServiceListItem),
  };
}
