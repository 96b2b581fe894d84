/*
 * Writes the add-in icons (assets/icon-<size>.png) that manifest.xml references.
 * Only Node's zlib: the machines that build this project have no image tools we can rely on.
 * Output is deterministic, so re-running it leaves git clean.
 *
 *   node scripts/make-icons.mjs
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

// 16/32/80: ribbon buttons; 32/64: IconUrl/HighResolutionIconUrl; 128: store listings.
const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 4; // 4×4 samples per pixel for smooth edges
const BRAND = [15, 108, 189]; // Fluent UI v9 brand blue #0F6CBD
const WHITE = [255, 255, 255];

// Shapes in unit coordinates (0..1, y down): a rounded square and three rising bars.
const CORNER = 0.18;
const BARS = [
  { x0: 0.22, x1: 0.36, top: 0.56 },
  { x0: 0.43, x1: 0.57, top: 0.42 },
  { x0: 0.64, x1: 0.78, top: 0.24 },
];
const BAR_BOTTOM = 0.78;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x, y) {
  return BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BAR_BOTTOM);
}

/** RGBA rows, each prefixed with PNG filter byte 0. */
function render(size) {
  const rowBytes = size * 4 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0;
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let bar = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            cover++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const n = SUBSAMPLES * SUBSAMPLES;
      const t = cover === 0 ? 0 : bar / cover;
      const o = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BRAND[c] * (1 - t) + WHITE[c] * t);
      raw[o + 3] = Math.round((255 * cover) / n);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(render(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, png(size));
  console.log(`wrote ${file}`);
}
