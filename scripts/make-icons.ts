// Draws the app icons (a signpost-arrow waymark) as PNGs with no image
// library: run `npx tsx scripts/make-icons.ts` after changing the design.
// The output is committed in public/icons.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Rgb = readonly [number, number, number];
const BRAND: Rgb = [0x0b, 0x3d, 0x5c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xff, 0xdd, 0x00];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Colour at (x, y) in a unit square; `safe` shrinks the glyph into the maskable safe zone. */
function pixel(x: number, y: number, safe: number): Rgb {
  const cx = (x - 0.5) / safe + 0.5;
  const cy = (y - 0.5) / safe + 0.5;
  // A right-pointing arrow sign on a post.
  const onPost = cx > 0.44 && cx < 0.56 && cy > 0.3 && cy < 0.85;
  const inSign = cy > 0.2 && cy < 0.45 && cx > 0.22 && cx < 0.68 + (0.125 - Math.abs(cy - 0.325)) * 1.6;
  if (inSign) return YELLOW;
  if (onPost) return WHITE;
  const base = cy > 0.82 && cy < 0.88 && cx > 0.3 && cx < 0.7;
  if (base) return WHITE;
  return BRAND;
}

function png(size: number, safe: number): Buffer {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel((x + 0.5) / size, (y + 0.5) / size, safe);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = new URL("../public/icons/", import.meta.url);
writeFileSync(new URL("icon-192.png", out), png(192, 1));
writeFileSync(new URL("icon-512.png", out), png(512, 1));
// Maskable: the glyph sits inside the central 80% safe zone.
writeFileSync(new URL("icon-maskable-512.png", out), png(512, 0.7));
writeFileSync(
  new URL("icon.svg", out),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#0b3d5c"/><rect x="44" y="30" width="12" height="55" fill="#fff"/><rect x="30" y="82" width="40" height="6" fill="#fff"/><path d="M22 20h46l12.5 12.5L68 45H22z" fill="#ffdd00"/></svg>\n`,
);
console.log("icons written");
