/// <reference types="node" />
// Shared by the Open Referral tests (not a test file itself): the profile's
// schemas compiled with Ajv, the official examples, and a builder for a small
// feed service in the Waymark taxonomy.
import { readFileSync } from "node:fs";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { WAYMARK_TAXONOMY } from "../../../src/directory/oruk/orukTaxonomy";
import type { OrukToPackOptions } from "../../../src/directory/oruk/fromOruk";

const FIXTURES = new URL("../../fixtures/oruk/", import.meta.url);

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as unknown;
}

export const NOW = new Date("2026-11-23T12:00:00Z");
export const TODAY = "2026-11-23";

export const OPTIONS: OrukToPackOptions = {
  area: "essex",
  publisher: { id: "essex-county-council", name: "Essex County Council" },
  now: NOW,
};

const SERVICE_LIST_ID = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/compiled/service_list.json";

interface Validators {
  service: ValidateFunction;
  serviceList: ValidateFunction;
  servicesPage: ValidateFunction;
}

let validators: Validators | undefined;

/**
 * The schemas name no draft; HSDS profiles are JSON Schema 2020-12
 * (openreferral/specification docs/hsds/profiles.md). Their datapackage
 * keywords are annotations, registered so that strict mode still catches
 * anything else Ajv does not understand.
 */
export function orukValidators(): Validators {
  if (validators !== undefined) return validators;
  // strictTypes is a lint for schema authors (the API description's response omits "type": "object"); the rest of strict mode stays on.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addVocabulary([
    "name",
    "path",
    "datapackage_metadata",
    "constraints",
    "example",
    "core",
    "tabular_required",
    "datapackage_type",
  ]);
  addFormats(ajv);
  const serviceList = { ...(fixture("schema-service_list.json") as object), $id: SERVICE_LIST_ID };
  ajv.addSchema(serviceList);
  // The /services response exactly as the profile's API description gives it.
  const openapi = fixture("openapi.json") as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
    components: { schemas: { Page: unknown } };
  };
  const response = openapi.paths["/services"]?.get.responses["200"]?.content["application/json"]?.schema;
  const page = JSON.parse(JSON.stringify(response).replace('"#/components/schemas/Page"', '"#/$defs/Page"')) as object;
  validators = {
    service: ajv.compile(fixture("schema-service.json") as object),
    serviceList: ajv.getSchema(SERVICE_LIST_ID) ?? ajv.compile(serviceList),
    servicesPage: ajv.compile({ ...page, $defs: { Page: openapi.components.schemas.Page } }),
  };
  return validators;
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`).join("\n");
}

let uuidCounter = 0;
/** A fixed-looking UUID per call, so test feeds read like real ones. */
export function testUuid(): string {
  uuidCounter++;
  return `00000000-0000-4000-8000-${uuidCounter.toString(16).padStart(12, "0")}`;
}

export function waymarkAttribute(code: string, value?: string): Record<string, unknown> {
  return {
    id: testUuid(),
    taxonomy_term: { id: testUuid(), name: code, description: "Waymark term", taxonomy: WAYMARK_TAXONOMY, term: code },
    ...(value === undefined ? {} : { value }),
  };
}

/** A small, valid feed service; `codes` are Waymark terms for its attributes. */
export function feedService(overrides: Record<string, unknown> = {}, codes: string[] = []): Record<string, unknown> {
  return {
    id: testUuid(),
    name: "Test advocacy service",
    description: "Advocacy for adults.",
    status: "active",
    assured_date: "2026-10-01",
    organization: { id: testUuid(), name: "Test charity", description: "A charity." },
    attributes: codes.map((c) => waymarkAttribute(c)),
    ...overrides,
  };
}

export const CLASSIFIED = ["nrm-stage:pre-nrm", "audience:adult", "need:advocacy-navigator"];
