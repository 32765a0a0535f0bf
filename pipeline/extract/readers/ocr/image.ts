// Grey page images as plain arrays (0 black … 255 white), and the few operations the OCR
// reader needs on them. Kept in JavaScript: a page at 300 dpi is ≈ 9 M pixels, and each of
// these is one pass over it (tens of milliseconds), far below what Tesseract takes.
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Binary PGM (P5): what Tesseract (Leptonica) reads from stdin without a codec. */
export function toPgm(img: Gray): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, img.data]);
}

export function crop(img: Gray, x: number, y: number, w: number, h: number): Gray {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(img.width, Math.round(x + w));
  const y1 = Math.min(img.height, Math.round(y + h));
  const out: Gray = { width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0), data: new Uint8Array(Math.max(0, x1 - x0) * Math.max(0, y1 - y0)) };
  for (let r = 0; r < out.height; r++) out.data.set(img.data.subarray((y0 + r) * img.width + x0, (y0 + r) * img.width + x1), r * out.width);
  return out;
}

/** Otsu's threshold: the grey level that best splits ink from paper, whatever the scan's contrast. */
export function otsu(img: Gray): number {
  const hist = new Float64Array(256);
  // every 4th pixel is plenty for a histogram
  for (let i = 0; i < img.data.length; i += 4) hist[img.data[i]!]!++;
  let total = 0;
  let sum = 0;
  for (let i = 0; i < 256; i++) {
    total += hist[i]!;
    sum += i * hist[i]!;
  }
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB || wB === total) continue;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / (total - wB);
    const between = wB * (total - wB) * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** 1 where there is ink. */
export function inkMask(img: Gray, threshold = otsu(img)): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! <= threshold ? 1 : 0;
  return out;
}

/** The image turned by `degrees` (counter-clockwise positive, as on paper) about its centre, bilinear, white outside. */
export function rotate(img: Gray, degrees: number): Gray {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // the source pixel that lands here (image y grows downwards)
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + w]! + (data[i + w + 1]! - data[i + w]!) * fx;
      out[y * w + x] = top + (bottom - top) * fy;
    }
  }
  return { width: w, height: h, data: out };
}
