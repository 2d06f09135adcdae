import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { openPackFile, signPackBytes } from "../../../src/directory/trust/signedPack";
import { jwkThumbprint } from "../../../src/directory/trust/keys";
import { bytesOf, dump, freshDb, makePack, makeSigner, NOW } from "./helpers";

function decodeWrapper(bytes: Uint8Array): { payload: string; signatures: { alg: string; keyId: string; signature: string }[] } {
  return JSON.parse(new TextDecoder().decode(bytes)) as {
    payload: string;
    signatures: { alg: string; keyId: string; signature: string }[];
  };
}

function flipLastPayloadByte(wrapperBytes: Uint8Array): Uint8Array {
  const w = decodeWrapper(wrapperBytes);
  const raw = Uint8Array.from(atob(w.payload), (c) => c.charCodeAt(0));
  raw[raw.length - 2] = (raw[raw.length - 2] ?? 0) ^ 0x01;
  w.payload = btoa(String.fromCharCode(...raw));
  return bytesOf(w);
}

describe.each(["ES256", "Ed25519"] as const)("signatures (%s)", (alg) => {
  it("verifies a pack signed by a pinned key over its exact bytes", async () => {
    const signer = await makeSigner("essex-police", ["essex"], alg);
    const packBytes = bytesOf(makePack());
    const opened = await openPackFile(await signer.sign(packBytes), [signer.trusted]);
    expect(opened.ok && opened.signature.status).toBe("verified");
    if (opened.ok) expect(opened.payload).toEqual(packBytes);
    expect(signer.trusted.keyId).toBe(await jwkThumbprint(signer.trusted.publicKey));
  });

  it("refuses a tampered, truncated, unknown-key or wrongly scoped pack, leaving the database unchanged", async () => {
    const signer = await makeSigner("essex-police", ["essex"], alg);
    const stranger = await makeSigner("essex-police", ["essex"], alg);
    const otherArea = await makeSigner("essex-police", ["kent"], alg);
    const good = await signer.sign(bytesOf(makePack()));
    const sigSwapped = decodeWrapper(good);
    const otherSig = decodeWrapper(await stranger.sign(bytesOf(makePack())));
    const foreign = otherSig.signatures[0];
    if (foreign === undefined) throw new Error("no signature");
    sigSwapped.signatures = [{ ...foreign, keyId: signer.trusted.keyId }];

    const cases: [string, Uint8Array, string][] = [
      ["payload byte flipped", flipLastPayloadByte(good), "signature-invalid"],
      ["truncated", good.subarray(0, good.length - 40), "invalid-json"],
      ["re-signed with an unknown key", await stranger.sign(bytesOf(makePack())), "unknown-key"],
      ["signature from another key under a pinned key id", bytesOf(sigSwapped), "signature-invalid"],
      ["key not allowed for the area", await otherArea.sign(bytesOf(makePack())), "key-not-allowed"],
      ["unsigned", bytesOf(makePack()), "unsigned"],
    ];
    for (const [name, bytes, code] of cases) {
      const db = freshDb();
      const before = await dump(db);
      const r = await importPackBytes(db, bytes, { now: NOW, trustedKeys: [signer.trusted, otherArea.trusted] });
      expect(r.ok, name).toBe(false);
      if (!r.ok)
        expect(
          r.errors.map((e) => e.code),
          name,
        ).toContain(code);
      expect(await dump(db), name).toBe(before);
    }
  });
});

describe("unverified packs by the user's choice", () => {
  it("keeps an unsigned pack only with allowUnverified, marked unverified", async () => {
    const db = freshDb();
    const r = await importPackBytes(db, bytesOf(makePack()), { now: NOW, allowUnverified: true, trustedKeys: [] });
    expect(r).toMatchObject({ ok: true, status: "installed", pack: { trust: "unverified" } });
    if (r.ok) expect(r.warnings[0]?.code).toBe("unsigned");
  });

  it("never lets an unverified pack replace a verified one", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    expect(
      (await importPackBytes(db, await signer.sign(bytesOf(makePack())), { now: NOW, trustedKeys: [signer.trusted] })).ok,
    ).toBe(true);
    const before = await dump(db);
    const r = await importPackBytes(db, bytesOf(makePack({ packVersion: 2 })), {
      now: NOW,
      allowUnverified: true,
      trustedKeys: [signer.trusted],
    });
    expect(!r.ok && r.errors[0]?.code).toBe("would-replace-verified");
    expect(await dump(db)).toBe(before);
  });

  it("refuses a pack changed after signing, or signed by a key not allowed for its area, even with allowUnverified", async () => {
    const signer = await makeSigner("essex-police", ["essex"], "ES256");
    const otherArea = await makeSigner("essex-police", ["kent"], "ES256");
    const db = freshDb();
    const before = await dump(db);
    // Still a valid pack after the change: only the signature can tell.
    const wrapper = decodeWrapper(await signer.sign(bytesOf(makePack())));
    wrapper.payload = btoa(atob(wrapper.payload).replace("Service s1", "Service Z1"));
    const tampered = bytesOf(wrapper);
    const changed = await importPackBytes(db, tampered, { now: NOW, allowUnverified: true, trustedKeys: [signer.trusted] });
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.errors.map((e) => e.code)).toContain("signature-invalid");
    const wrongArea = await importPackBytes(db, await otherArea.sign(bytesOf(makePack())), {
      now: NOW,
      allowUnverified: true,
      trustedKeys: [otherArea.trusted],
    });
    expect(wrongArea.ok).toBe(false);
    if (!wrongArea.ok) expect(wrongArea.errors.map((e) => e.code)).toEqual(["key-not-allowed"]);
    expect(await dump(db)).toBe(before);
  });

  it("still refuses a tampered pack's broken content even with allowUnverified", async () => {
    const db = freshDb();
    const r = await importPackBytes(
      db,
      new TextEncoder().encode('{"format":"waymark-signed-pack","payload":"!!","signatures":[]}'),
      { now: NOW, allowUnverified: true },
    );
    expect(r.ok).toBe(false);
  });

  it("signs with several keys; any pinned one verifies", async () => {
    const a = await makeSigner();
    const b = await makeSigner();
    const wrapper = await signPackBytes(bytesOf(makePack()), [a.signing, b.signing]);
    const opened = await openPackFile(wrapper, [b.trusted]);
    expect(opened.ok && opened.signature.status).toBe("verified");
  });
});
