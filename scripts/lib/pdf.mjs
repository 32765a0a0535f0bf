// A minimal PDF writer for generated fixtures: object bodies in, a file with a correct
// cross-reference table out.

/**
 * A PDF from its object bodies, with a correct cross-reference table. An object is a string
 * (written as latin1: one byte per char) or `{ dict, stream }`, a stream of binary bytes (e.g. a
 * JPEG) written byte-exact after `<< dict /Length n >>`.
 */
export function pdf(objects, trailerExtra = '') {
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0].length;
  const add = (b) => {
    parts.push(b);
    size += b.length;
  };
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(size);
    if (typeof o === 'string') {
      add(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    } else {
      add(Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.stream.length} >>\nstream\n`, 'latin1'));
      add(Buffer.from(o.stream.buffer, o.stream.byteOffset, o.stream.length));
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = size;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  add(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}
