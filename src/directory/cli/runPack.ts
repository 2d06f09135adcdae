// The pack command for MS leads, without I/O of its own (the caller passes
// file access and output), so tests run it in-process:
//   pack validate FILE [--now YYYY-MM-DD] [--trusted-keys KEYS.json] [--allow-unverified]
//   pack sign FILE --key KEYFILE [--out OUT]
//   pack keygen --out DIR [--name NAME] [--alg ES256|Ed25519] [--publisher ID --publisher-name NAME --area AREA[,AREA]]
//   pack export-builtin --out DIR
//   pack from-oruk FILE --area AREA --publisher ID [--publisher-name NAME] --out PACK.json [--source-url URL] [--drop-http-links]
//   pack to-oruk PACK.json --out DIR
// Exit codes: 0 done; 2 the pack (or key) is refused, one line per problem on
// stderr; 1 usage error. Never a stack trace.
import { z } from "../../shared/zod";
import { BUILTIN_PACKS, builtinPackFileName, builtinPackFileText } from "../builtin/builtinPacks";
import { calendarDate, isExpired } from "../dates";
import { trustProblem } from "../import/importPack";
import { formatPackError, packError, type PackError } from "../pack/packErrors";
import { decodeJson, validatePackBytes } from "../pack/validatePack";
import { orukToPack, type OrukToPackOptions } from "../oruk/fromOruk";
import { orukServicePage } from "../oruk/orukServicePage";
import { packToOruk } from "../oruk/toOruk";
import { directoryAreaSchema } from "../schema/vocabulary";
import { trustedKeySchema, type TrustedKey } from "../trust/keys";
import { isAcceptableTrustProblem } from "../trust/policy";
import {
  SIGNED_PACK_FORMAT,
  exportPrivateKeyPem,
  generateSigningKeyPair,
  importSigningKey,
  openPackFile,
  signPackBytes,
} from "../trust/signedPack";
import { TRUSTED_KEYS } from "../trust/trustedKeys";

export interface PackCommandIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string, options?: { mode?: number }): Promise<void>;
  mkdir(path: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

export const PACK_USAGE = `usage:
  pack validate FILE [--now YYYY-MM-DD] [--trusted-keys KEYS.json] [--allow-unverified]
  pack sign FILE --key KEYFILE [--out OUT]
  pack keygen --out DIR [--name NAME] [--alg ES256|Ed25519] [--publisher ID] [--publisher-name NAME] [--area AREA[,AREA]]
  pack export-builtin --out DIR
  pack from-oruk FILE --area AREA --publisher ID [--publisher-name NAME] --out PACK.json [--source-url URL] [--drop-http-links]
  pack to-oruk PACK.json --out DIR`;

/** Flags that take no value. */
const SWITCHES = new Set(["allow-unverified", "drop-http-links"]);

class UsageError extends Error {}
class Refused extends Error {
  constructor(
    readonly errors: PackError[],
    readonly format: (e: PackError) => string = formatPackError,
  ) {
    super("refused");
  }
}

/** An Open Referral problem's message already names the service and field: add only where it is in the file. */
const formatOrukError = (e: PackError): string =>
  `${e.path === undefined || e.path === "" ? "" : `${e.path}: `}${e.message} [${e.code}]`;

const join = (dir: string, name: string): string => `${dir.replace(/\/+$/, "")}/${name}`;
const basename = (path: string): string => path.replace(/^.*[/\\]/, "");
const dirname = (path: string): string => (/[/\\]/.test(path) ? path.replace(/[/\\][^/\\]*$/, "") : ".");

function parseArgs(argv: readonly string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (SWITCHES.has(name)) {
      flags.set(name, "true");
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
    flags.set(name, value);
    i++;
  }
  return { positional, flags };
}

async function readBytes(io: PackCommandIo, file: string): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new Refused([packError("not-found", `cannot read ${file}${typeof code === "string" ? ` (${code})` : ""}`)]);
  }
}

async function loadTrustedKeys(io: PackCommandIo, file: string | undefined): Promise<readonly TrustedKey[]> {
  if (file === undefined) return TRUSTED_KEYS;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readBytes(io, file)));
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused([packError("invalid-json", `${file}: not valid JSON`)]);
  }
  const parsed = z.array(trustedKeySchema).safeParse(json);
  if (!parsed.success)
    throw new Refused([packError("schema", `${file}: not a list of trusted keys: ${parsed.error.issues[0]?.message ?? ""}`)]);
  return [...TRUSTED_KEYS, ...parsed.data];
}

function nowFrom(io: PackCommandIo, flag: string | undefined): Date {
  if (flag === undefined) return io.now();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag)) throw new UsageError("--now expects YYYY-MM-DD");
  return new Date(`${flag}T12:00:00`);
}

async function validate(io: PackCommandIo, file: string, flags: Map<string, string>): Promise<void> {
  const bytes = await readBytes(io, file);
  const opened = await openPackFile(bytes, await loadTrustedKeys(io, flags.get("trusted-keys")));
  if (!opened.ok) throw new Refused(opened.errors);
  if (opened.signature.status === "invalid") {
    throw new Refused([
      packError("signature-invalid", "the signature does not match the pack: it was changed after signing, or is damaged"),
    ]);
  }
  const result = validatePackBytes(opened.payload);
  if (!result.ok) throw new Refused(result.errors);
  const { pack } = result;
  const now = nowFrom(io, flags.get("now"));
  if (isExpired(pack.expiresAt, now)) {
    throw new Refused([
      packError("expired", `the pack expired on ${pack.expiresAt} (today is ${calendarDate(now)})`, { path: "expiresAt" }),
    ]);
  }
  // The same trust policy as the app's import (trust/policy.ts).
  const problem = trustProblem(opened.signature, pack);
  let warning = "";
  if (problem !== undefined) {
    if (!isAcceptableTrustProblem(problem.code)) throw new Refused([problem]);
    if (flags.get("allow-unverified") !== "true") {
      throw new Refused([
        packError(
          problem.code,
          `${problem.message}; the app would only keep it marked unverified (pass --allow-unverified to accept that)`,
        ),
      ]);
    }
    warning = `warning: ${problem.code}: ${problem.message}; it can only be kept marked unverified\n`;
  }
  const sig = opened.signature;
  const signature =
    sig.status === "verified"
      ? `signed by trusted key ${sig.key.keyId} (${sig.key.publisherName})`
      : sig.status === "unknown-key"
        ? `signed by a key not in the trusted list (${sig.keyIds.join(", ")})`
        : "unsigned";
  const c = pack.content;
  io.stderr(warning);
  io.stdout(
    `valid: ${pack.area} / ${pack.publisher.id} version ${pack.packVersion}: ${c.services.length} services, ${c.organisations.length} organisations, ${c.locations.length} locations; expires ${pack.expiresAt}; ${signature}\n`,
  );
}

async function sign(io: PackCommandIo, file: string, flags: Map<string, string>): Promise<void> {
  const keyFile = flags.get("key");
  if (keyFile === undefined) throw new UsageError("sign needs --key KEYFILE");
  const bytes = await readBytes(io, file);
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  if (head.includes(`"${SIGNED_PACK_FORMAT}"`))
    throw new Refused([packError("not-a-pack", "this file is already a signed pack; sign the original pack file")]);
  const result = validatePackBytes(bytes);
  if (!result.ok) throw new Refused(result.errors);
  let key;
  try {
    key = await importSigningKey(new TextDecoder().decode(await readBytes(io, keyFile)));
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused([packError("schema", `${keyFile}: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  const out = flags.get("out") ?? join(dirname(file), `${basename(file).replace(/\.json$/i, "")}.signed.json`);
  await io.writeFile(out, await signPackBytes(bytes, [key]));
  io.stdout(`signed: ${out} (${key.alg}, key ${key.keyId})\n`);
}

async function keygen(io: PackCommandIo, flags: Map<string, string>): Promise<void> {
  const dir = flags.get("out");
  if (dir === undefined) throw new UsageError("keygen needs --out DIR");
  const alg = flags.get("alg") ?? "ES256";
  if (alg !== "ES256" && alg !== "Ed25519") throw new UsageError("--alg must be ES256 or Ed25519");
  const name = flags.get("name") ?? "pack-signing";
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new UsageError("--name may hold letters, digits, '-' and '_'");
  const areas = (flags.get("area") ?? "").split(",").filter((a) => a !== "");
  for (const a of areas) if (!directoryAreaSchema.safeParse(a).success) throw new UsageError(`unknown area "${a}"`);
  const pair = await generateSigningKeyPair(alg);
  await io.mkdir(dir);
  // *.key.pem is git-ignored: the private key never enters the repository.
  const privatePath = join(dir, `${name}.key.pem`);
  const publicPath = join(dir, `${name}.public.jwk.json`);
  await io.writeFile(privatePath, await exportPrivateKeyPem(pair.privateKey), { mode: 0o600 });
  await io.writeFile(publicPath, `${JSON.stringify(pair.publicJwk, null, 2)}\n`);
  const entry = {
    keyId: pair.signing.keyId,
    alg,
    publisherId: flags.get("publisher") ?? "<publisher id, e.g. devon-and-cornwall-police>",
    publisherName: flags.get("publisher-name") ?? "<publisher name>",
    areas: areas.length > 0 ? areas : ["<force area id>"],
    publicKey: pair.publicJwk,
    addedOn: calendarDate(io.now()),
  };
  io.stdout(
    `private key: ${privatePath} (keep it secret and off the repository)\npublic key:  ${publicPath}\nkey id:      ${pair.signing.keyId}\nentry for src/directory/trust/trustedKeys.ts:\n${JSON.stringify(entry, null, 2)}\n`,
  );
}

async function exportBuiltin(io: PackCommandIo, flags: Map<string, string>): Promise<void> {
  const dir = flags.get("out");
  if (dir === undefined) throw new UsageError("export-builtin needs --out DIR");
  await io.mkdir(dir);
  for (const pack of BUILTIN_PACKS) await io.writeFile(join(dir, builtinPackFileName(pack)), builtinPackFileText(pack));
  io.stdout(`wrote ${BUILTIN_PACKS.length} sample packs to ${dir}\n`);
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

async function fromOruk(io: PackCommandIo, file: string, flags: Map<string, string>): Promise<void> {
  const out = flags.get("out");
  if (out === undefined) throw new UsageError("from-oruk needs --out PACK.json");
  const area = flags.get("area");
  if (area === undefined) throw new UsageError("from-oruk needs --area AREA (a force area id, or national)");
  const publisherId = flags.get("publisher");
  if (publisherId === undefined)
    throw new UsageError("from-oruk needs --publisher ID (a lower-case slug, e.g. essex-county-council)");
  const json = decodeJson(await readBytes(io, file));
  if (!json.ok) throw new Refused(json.errors);
  const options: OrukToPackOptions = {
    area,
    publisher: { id: publisherId, name: flags.get("publisher-name") ?? publisherId },
    now: io.now(),
    dropHttpLinks: flags.get("drop-http-links") === "true",
  };
  const sourceUrl = flags.get("source-url");
  if (sourceUrl !== undefined) options.sourceUrl = sourceUrl;
  const result = orukToPack(json.value, options);
  if (!result.ok) {
    const onlyHttp = result.errors.every((e) => e.code === "insecure-link");
    const hint = onlyHttp ? [packError("insecure-link", "pass --drop-http-links to import without these links")] : [];
    throw new Refused([...result.errors, ...hint], formatOrukError);
  }
  const { pack } = result;
  await io.writeFile(out, `${JSON.stringify(pack, null, 2)}\n`);
  for (const note of result.notes) io.stderr(`note: ${note}\n`);
  const c = pack.content;
  io.stdout(
    `converted: ${out}: ${pack.area} / ${pack.publisher.id} version ${pack.packVersion}: ${count(c.services.length, "service")} (${result.unclassified} unclassified), ${count(c.organisations.length, "organisation")}, ${count(c.locations.length, "location")}; unsigned; expires ${pack.expiresAt}\n`,
  );
}

async function toOruk(io: PackCommandIo, file: string, flags: Map<string, string>): Promise<void> {
  const dir = flags.get("out");
  if (dir === undefined) throw new UsageError("to-oruk needs --out DIR");
  const opened = await openPackFile(await readBytes(io, file), TRUSTED_KEYS);
  if (!opened.ok) throw new Refused(opened.errors);
  if (opened.signature.status === "invalid") {
    throw new Refused([
      packError("signature-invalid", "the signature does not match the pack: it was changed after signing, or is damaged"),
    ]);
  }
  const result = validatePackBytes(opened.payload);
  if (!result.ok) throw new Refused(result.errors);
  const services = packToOruk(result.pack);
  await io.mkdir(dir);
  for (const service of services)
    await io.writeFile(join(dir, `${String(service.id)}.json`), `${JSON.stringify(service, null, 2)}\n`);
  await io.writeFile(join(dir, "services.json"), `${JSON.stringify(orukServicePage(services), null, 2)}\n`);
  io.stdout(
    `wrote ${count(services.length, "Open Referral UK service")} from ${result.pack.area} / ${result.pack.publisher.id} version ${result.pack.packVersion} to ${dir}: one file per service and services.json\n`,
  );
}

/** Runs one pack command; returns the exit code. */
export async function runPack(argv: readonly string[], io: PackCommandIo): Promise<number> {
  try {
    const { positional, flags } = parseArgs(argv);
    const [command, file] = positional;
    switch (command) {
      case "validate":
        if (file === undefined) throw new UsageError("validate needs FILE");
        await validate(io, file, flags);
        return 0;
      case "sign":
        if (file === undefined) throw new UsageError("sign needs FILE");
        await sign(io, file, flags);
        return 0;
      case "keygen":
        await keygen(io, flags);
        return 0;
      case "export-builtin":
        await exportBuiltin(io, flags);
        return 0;
      case "from-oruk":
        if (file === undefined) throw new UsageError("from-oruk needs FILE");
        await fromOruk(io, file, flags);
        return 0;
      case "to-oruk":
        if (file === undefined) throw new UsageError("to-oruk needs PACK.json");
        await toOruk(io, file, flags);
        return 0;
      default:
        throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof Refused) {
      for (const err of e.errors) io.stderr(`${e.format(err)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n${PACK_USAGE}\n`);
      return 1;
    }
    if (e instanceof SyntaxError) {
      io.stderr(`invalid-json: ${e.message}\n`);
      return 2;
    }
    io.stderr(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
