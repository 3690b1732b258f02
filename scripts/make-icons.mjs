#!/usr/bin/env node
// Draws Dossier's toolbar icons (a page with a highlighted line) as PNGs into public/icon/, with no
// image tooling: plain RGBA pixels, zlib and the PNG chunk format. Run once; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size / 128; // designed on a 128 grid
  const set = (x, y, [r, g, b, a]) => {
    const i = (y * size + x) * 4;
    px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
  };
  const inRounded = (x, y, x0, y0, x1, y1, rad) => {
    const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
    const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const navy = [20, 33, 61, 255], paper = [250, 248, 240, 255], ink = [120, 128, 145, 255], amber = [252, 163, 17, 255];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const gx = (x + 0.5) / s, gy = (y + 0.5) / s;
      let c = null;
      if (inRounded(gx, gy, 4, 4, 124, 124, 24)) c = navy;
      if (inRounded(gx, gy, 30, 20, 98, 108, 8)) c = paper;
      for (const [ly, w] of [[38, 52], [56, 40], [92, 46]]) if (gy >= ly && gy < ly + 7 && gx >= 38 && gx < 38 + w) c = ink;
      if (gy >= 70 && gy < 84 && gx >= 34 && gx < 94) c = amber;
      if (c) set(x, y, c);
    }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('icons: public/icon/{16,32,48,96,128}.png');
