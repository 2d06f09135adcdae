// The pack command for MS leads:
//   npm run -s pack -- validate FILE [--now YYYY-MM-DD] [--trusted-keys KEYS.json]
//   npm run -s pack -- sign FILE --key KEYFILE [--out OUT]
//   npm run -s pack -- keygen --out DIR [--name NAME] [--alg ES256|Ed25519]
//                                [--publisher ID --publisher-name NAME --area AREA[,AREA]]
//   npm run -s pack -- export-builtin --out DIR
// Exit codes: 0 done; 2 the pack (or key) is invalid, errors one per line on
// stderr; 1 usage error. Never a stack trace.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { BUILTIN_PACKS, builtinPackFileName, builtinPackFileText } from "../src/directory/builtin/builtinPacks";
import { calendarDate, isExpired } from "../src/directory/dates";
import { formatPackError, packError, type PackError } from "../src/directory/pack/packErrors";
import { validatePackBytes } from "../src/directory/pack/validatePack";
import { z } from "../src/shared/zod";
import { trustedKeySchema, type TrustedKey } from "../src/directory/trust/keys";
import {
  exportPrivateKeyPem,
  generateSigningKeyPair,
  importSigningKey,
  openPackFile,
  signPackBytes,
  SIGNED_PACK_FORMAT,
} from "../src/directory/trust/signedPack";
import { TRUSTED_KEYS } from "../src/directory/trust/trustedKeys";
import { directoryAreaSchema } from "../src/directory/schema/vocabulary";

const USAGE = `usage:
  pack validate FILE [--now YYYY-MM-DD] [--trusted-keys KEYS.json]
  pack sign FILE --key KEYFILE [--out OUT]
  pack keygen --out DIR [--name NAME] [--alg ES256|Ed25519] [--publisher ID] [--publisher-name NAME] [--area AREA[,AREA]]
  pack export-builtin --out DIR`;

class UsageError extends Error {}
class InvalidInput extends Error {
  constructor(readonly errors: PackError[]) {
    super("invalid");
  }
}

function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--")) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      flags.set(arg.slice(2), value);
      i++;
    } else positional.push(arg);
  }
  return { positional, flags };
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new InvalidInput([packError("not-found", `cannot read ${file}${typeof code === "string" ? ` (${code})` : ""}`)]);
  }
}

async function loadTrustedKeys(file: string | undefined): Promise<readonly TrustedKey[]> {
  if (file === undefined) return TRUSTED_KEYS;
  const parsed = z.array(trustedKeySchema).safeParse(JSON.parse(new TextDecoder().decode(await readBytes(file))));
  if (!parsed.success)
    throw new InvalidInput([
      packError("schema", `${file}: not a list of trusted keys: ${parsed.error.issues[0]?.message ?? ""}`),
    ]);
  return [...TRUSTED_KEYS, ...parsed.data];
}

function nowFrom(flag: string | undefined): Date {
  if (flag === undefined) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag)) throw new UsageError("--now expects YYYY-MM-DD");
  return new Date(`${flag}T12:00:00`);
}

async function validate(file: string, flags: Map<string, string>): Promise<void> {
  const bytes = await readBytes(file);
  const opened = await openPackFile(bytes, await loadTrustedKeys(flags.get("trusted-keys")));
  if (!opened.ok) throw new InvalidInput(opened.errors);
  if (opened.signature.status === "invalid") {
    throw new InvalidInput([
      packError("signature-invalid", "the signature does not match the pack: it was changed after signing, or is damaged"),
    ]);
  }
  const result = validatePackBytes(opened.payload);
  if (!result.ok) throw new InvalidInput(result.errors);
  const { pack } = result;
  const now = nowFrom(flags.get("now"));
  if (isExpired(pack.expiresAt, now)) {
    throw new InvalidInput([
      packError("expired", `the pack expired on ${pack.expiresAt} (today is ${calendarDate(now)})`, { path: "expiresAt" }),
    ]);
  }
  const sig = opened.signature;
  const signature =
    sig.status === "verified"
      ? `signed by trusted key ${sig.key.keyId} (${sig.key.publisherName})`
      : sig.status === "unknown-key"
        ? `signed by a key not in the trusted list (${sig.keyIds.join(", ")})`
        : "unsigned";
  const c = pack.content;
  process.stdout.write(
    `valid: ${pack.area} / ${pack.publisher.id} version ${pack.packVersion}: ${c.services.length} services, ${c.organisations.length} organisations, ${c.locations.length} locations; expires ${pack.expiresAt}; ${signature}\n`,
  );
}

async function sign(file: string, flags: Map<string, string>): Promise<void> {
  const keyFile = flags.get("key");
  if (keyFile === undefined) throw new UsageError("sign needs --key KEYFILE");
  const bytes = await readBytes(file);
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  if (head.includes(`"${SIGNED_PACK_FORMAT}"`))
    throw new InvalidInput([packError("not-a-pack", "this file is already a signed pack; sign the original pack file")]);
  const result = validatePackBytes(bytes);
  if (!result.ok) throw new InvalidInput(result.errors);
  let key;
  try {
    key = await importSigningKey(new TextDecoder().decode(await readBytes(keyFile)));
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    throw new InvalidInput([packError("schema", `${keyFile}: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  const out = flags.get("out") ?? join(file.replace(/[^/\\]+$/, ""), `${basename(file).replace(/\.json$/i, "")}.signed.json`);
  await writeFile(out, await signPackBytes(bytes, [key]));
  process.stdout.write(`signed: ${out} (${key.alg}, key ${key.keyId})\n`);
}

async function keygen(flags: Map<string, string>): Promise<void> {
  const dir = flags.get("out");
  if (dir === undefined) throw new UsageError("keygen needs --out DIR");
  const alg = flags.get("alg") ?? "ES256";
  if (alg !== "ES256" && alg !== "Ed25519") throw new UsageError("--alg must be ES256 or Ed25519");
  const name = flags.get("name") ?? "pack-signing";
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new UsageError("--name may hold letters, digits, '-' and '_'");
  const areas = (flags.get("area") ?? "").split(",").filter((a) => a !== "");
  for (const a of areas) if (!directoryAreaSchema.safeParse(a).success) throw new UsageError(`unknown area "${a}"`);
  const pair = await generateSigningKeyPair(alg);
  await mkdir(dir, { recursive: true });
  // *.key.pem is git-ignored: the private key never enters the repository.
  const privatePath = join(dir, `${name}.key.pem`);
  const publicPath = join(dir, `${name}.public.jwk.json`);
  await writeFile(privatePath, await exportPrivateKeyPem(pair.privateKey), { mode: 0o600 });
  await writeFile(publicPath, `${JSON.stringify(pair.publicJwk, null, 2)}\n`);
  const entry = {
    keyId: pair.signing.keyId,
    alg,
    publisherId: flags.get("publisher") ?? "<publisher id, e.g. devon-and-cornwall-police>",
    publisherName: flags.get("publisher-name") ?? "<publisher name>",
    areas: areas.length > 0 ? areas : ["<force area id>"],
    publicKey: pair.publicJwk,
    addedOn: calendarDate(new Date()),
  };
  process.stdout.write(
    `private key: ${privatePath} (keep it secret and off the repository)\npublic key:  ${publicPath}\nkey id:      ${pair.signing.keyId}\nentry for src/directory/trust/trustedKeys.ts:\n${JSON.stringify(entry, null, 2)}\n`,
  );
}

async function exportBuiltin(flags: Map<string, string>): Promise<void> {
  const dir = flags.get("out");
  if (dir === undefined) throw new UsageError("export-builtin needs --out DIR");
  await mkdir(dir, { recursive: true });
  for (const pack of BUILTIN_PACKS) await writeFile(join(dir, builtinPackFileName(pack)), builtinPackFileText(pack));
  process.stdout.write(`wrote ${BUILTIN_PACKS.length} sample packs to ${dir}\n`);
}

async function main(argv: string[]): Promise<number> {
  try {
    const { positional, flags } = parseArgs(argv);
    const [command, file] = positional;
    switch (command) {
      case "validate":
        if (file === undefined) throw new UsageError("validate needs FILE");
        await validate(file, flags);
        return 0;
      case "sign":
        if (file === undefined) throw new UsageError("sign needs FILE");
        await sign(file, flags);
        return 0;
      case "keygen":
        await keygen(flags);
        return 0;
      case "export-builtin":
        await exportBuiltin(flags);
        return 0;
      default:
        throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof InvalidInput) {
      for (const err of e.errors) process.stderr.write(`${formatPackError(err)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE}\n`);
      return 1;
    }
    if (e instanceof SyntaxError) {
      process.stderr.write(`invalid-json: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
