// The input folder as the run sees it: every regular file once, by its real path, in a fixed
// order; and every entry that is not read, with the reason, so that it gets a row instead of
// vanishing (issue 15). No symbolic link to a folder is followed (a link back up the tree
// made one file 41 reports), a link to a file of the input is read by the file's own path,
// a link out of the input is recorded, not followed, unless `followLinks`. FIFOs, sockets
// and devices are never opened: a read of one blocks for ever. A name that is not UTF-8 (GBK
// bytes from a Windows zip) is read by its bytes and shown escaped (\xB1\xA8), never merged
// with another whose bytes differ. (fast-glob, the listing before, reads names as UTF-8
// text, so two GBK names became one, and follows or drops links without a word: it cannot
// give these answers, and is no longer used.)
import { isUtf8 } from 'node:buffer';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** A file name's bytes as text: UTF-8 as it is, any other byte as \xHH (so two names never merge). */
export function escapeName(bytes: Buffer): { name: string; exact: boolean } {
  if (isUtf8(bytes)) return { name: bytes.toString('utf8'), exact: true };
  // not UTF-8 as a whole: ASCII stays, every other byte is escaped (a GBK byte pair may
  // happen to read as some UTF-8 character: no guessing)
  let out = '';
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return { name: out, exact: false };
}

export interface Skipped {
  path: string;
  /** `failed`: something is broken (a dangling link, an unreadable folder); `unsupported`: not read by design. */
  status: 'failed' | 'unsupported';
  reason: string;
}

export interface Listing {
  files: string[];
  /** The bytes of the paths whose names are not UTF-8, by their escaped text: what to open. */
  raw: Map<string, Buffer>;
  skipped: Skipped[];
  /** Folders that could not be read: what the database knows under them is not "missing". */
  unreadable: string[];
}

export interface ListOptions {
  followLinks?: boolean;
  /** Paths the run writes (its database, its output folder): never listed. */
  exclude?: readonly string[];
  /** Each file as it is listed, by its path (its bytes, for a name that is not UTF-8): stat-ed while the walk goes on. */
  onFile?: (p: string | Buffer) => void;
}

const SEP = Buffer.from(path.sep);
/** `p` is `dir` or lies under it. */
export const inside = (p: string, dir: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

export function listInput(input: string, opts: ListOptions = {}): Listing {
  const root = path.resolve(input);
  const realRoot = realpathSync(root);
  const exclude = (opts.exclude ?? []).map((p) => path.resolve(p));
  const out: Listing = { files: [], raw: new Map(), skipped: [], unreadable: [] };
  const linked = new Set<string>();
  const skip = (p: string, status: Skipped['status'], reason: string): void => void out.skipped.push({ path: p, status, reason });
  const file = (p: string): void => {
    out.files.push(p);
    opts.onFile?.(out.raw.get(p) ?? p);
  };
  const walk = (dir: string, dirBytes: Buffer): void => {
    let entries: Array<Dirent<Buffer>>;
    try {
      entries = readdirSync(dirBytes, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
    } catch (err) {
      out.unreadable.push(dir);
      return skip(
        dir,
        'failed',
        `folder could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); the files known under it are kept as they were`,
      );
    }
    // the excluded paths in this folder or holding it (most folders: none, and no entry is tested)
    const excluded = exclude.filter((x) => inside(x, dir) || inside(dir, x));
    for (const e of entries) {
      const { name, exact } = escapeName(e.name);
      const p = `${dir}${path.sep}${name}`;
      // the path's bytes: what folders, links and names that are not UTF-8 are opened by
      const bytes = exact && e.isFile() ? undefined : Buffer.concat([dirBytes, SEP, e.name]);
      if (excluded.length && excluded.some((x) => inside(p, x))) continue;
      if (name.startsWith('.')) {
        skip(p, 'unsupported', `hidden ${e.isDirectory() ? 'folder' : 'file'}: dot-files are not read`);
        continue;
      }
      if (!exact) out.raw.set(p, bytes!);
      if (e.isDirectory()) walk(p, bytes!);
      else if (e.isFile()) file(p);
      else if (e.isSymbolicLink()) link(p, bytes!);
      else
        skip(
          p,
          'unsupported',
          `not a regular file (${e.isFIFO() ? 'a FIFO' : e.isSocket() ? 'a socket' : 'a device'}): never opened, a read could block for ever`,
        );
    }
  };
  const link = (p: string, bytes: Buffer): void => {
    let real: string;
    try {
      real = realpathSync(bytes).toString();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return skip(p, 'failed', code === 'ELOOP' ? 'symbolic link loop' : `dangling symbolic link (its target is ${code === 'ENOENT' ? 'missing' : code})`);
    }
    const st = statSync(real);
    if (st.isDirectory()) return skip(p, 'unsupported', `link to the folder ${real}: not followed (each file is read once, by its real path)`);
    if (!st.isFile()) return skip(p, 'unsupported', `link to ${real}, not a regular file: never opened`);
    if (inside(real, realRoot)) return skip(p, 'unsupported', `link to ${path.relative(realRoot, real)} of the input, which is read by its own path`);
    if (!opts.followLinks) return skip(p, 'unsupported', `link to ${real}, outside the input: not followed (--follow-links reads it)`);
    if (linked.has(real)) return skip(p, 'unsupported', `another link to ${real}, which is read once`);
    linked.add(real);
    file(p);
  };
  walk(root, Buffer.from(root));
  return out;
}
