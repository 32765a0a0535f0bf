// 8-bit grayscale images for generated scans: read pdftoppm's PGM, rotate, add noise, encode JPEG.
// An image is { width, height, data: Uint8Array } with one byte a pixel, rows top to bottom.
import * as mupdf from 'mupdf';

/** A binary PGM (P5, maxval 255) as pdftoppm -gray writes it. */
export function parsePgm(buf) {
  // header: "P5" width height maxval, separated by whitespace, '#' comments to end of line,
  // then exactly one whitespace byte before the pixels
  let pos = 0;
  const token = () => {
    for (;;) {
      while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
      if (buf[pos] !== 0x23) break;
      while (pos < buf.length && buf[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    return buf.toString('latin1', start, pos);
  };
  if (token() !== 'P5') throw new Error('parsePgm: not a binary PGM (P5)');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  if (!(width > 0 && height > 0) || maxval !== 255) throw new Error(`parsePgm: unsupported header ${width}x${height} maxval ${maxval}`);
  pos++;
  if (buf.length - pos < width * height) throw new Error('parsePgm: truncated pixel data');
  return { width, height, data: new Uint8Array(buf.buffer, buf.byteOffset + pos, width * height) };
}

/**
 * Rotated by `degrees` (positive: counter-clockwise as seen) about the centre, on a canvas of the
 * same size: bilinear interpolation, white where the source has no pixel (corners are clipped).
 */
export function rotate(img, degrees) {
  const { width: w, height: h, data: src } = img;
  const out = new Uint8Array(w * h);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  // each output pixel takes the source pixel that the rotation brings to it
  const at = (x, y) => (x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x]);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      let v;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
        const i = y0 * w + x0; // inside: no bounds checks (nearly every pixel)
        v = (src[i] * (1 - fx) + src[i + 1] * fx) * (1 - fy) + (src[i + w] * (1 - fx) + src[i + w + 1] * fx) * fy;
      } else {
        v = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
      }
      out[y * w + x] = Math.round(v);
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * In place: Gaussian noise of `sigma` grey levels on every pixel, then `speckles` dark dots of
 * radius 1..maxRadius px (dust and toner specks). `rand` is a seeded generator in [0, 1).
 */
export function addNoise(img, rand, { sigma = 8, speckles = 30, maxRadius = 2 } = {}) {
  const { width: w, height: h, data } = img;
  // Box-Muller, both values of each pair used
  for (let i = 0; i < data.length; i += 2) {
    const r = sigma * Math.sqrt(-2 * Math.log(1 - rand()));
    const t = 2 * Math.PI * rand();
    data[i] = clamp(data[i] + r * Math.cos(t));
    if (i + 1 < data.length) data[i + 1] = clamp(data[i + 1] + r * Math.sin(t));
  }
  for (let s = 0; s < speckles; s++) {
    const cx = Math.floor(rand() * w);
    const cy = Math.floor(rand() * h);
    const rad = 1 + Math.floor(rand() * maxRadius);
    const grey = Math.floor(rand() * 90);
    for (let y = Math.max(0, cy - rad); y <= Math.min(h - 1, cy + rad); y++)
      for (let x = Math.max(0, cx - rad); x <= Math.min(w - 1, cx + rad); x++)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) data[y * w + x] = Math.min(data[y * w + x], grey);
  }
  return img;
}

const clamp = (v) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/**
 * A one-component (grayscale) JPEG at `quality` (0-100) whose JFIF header says `dpi`, by MuPDF's
 * libjpeg (a dependency already). MuPDF writes progressive JPEG, which PDF's DCTDecode reads
 * since PDF 1.3. jpeg-js was not used: its encoder always writes three YCbCr components.
 */
export function encodeJpeg(img, quality = 75, dpi = 96) {
  const pm = new mupdf.Pixmap(mupdf.ColorSpace.DeviceGray, [0, 0, img.width, img.height], false);
  try {
    if (pm.getStride() !== img.width) throw new Error('encodeJpeg: unexpected pixmap stride');
    pm.setResolution(dpi, dpi);
    pm.getPixels().set(img.data);
    return Buffer.from(pm.asJPEG(quality));
  } finally {
    pm.destroy();
  }
}
