// Writes a zip that is the same byte for byte on every build: entries sorted by path, one fixed timestamp and mode,
// and buffers instead of file streams so that nothing from the file system (mtime, owner, umask) leaks in.
import { createWriteStream } from 'node:fs';
import yazl from 'yazl';

/**
 * Time stamped on every entry. DOS timestamps hold local wall-clock fields, so this is built from local fields too:
 * the bytes are then the same in every time zone. (The format cannot store dates before 1980.)
 */
export const ZIP_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** Writes `entries` (zip path → contents) to `outFile`; resolves once the file is closed. */
export function writeReproducibleZip(entries, outFile) {
  const zip = new yazl.ZipFile();
  for (const path of [...entries.keys()].sort()) {
    zip.addBuffer(Buffer.from(entries.get(path)), path, {
      mtime: ZIP_TIME,
      mode: 0o100644,
      compressionLevel: 9,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(outFile)).on('close', resolve).on('error', reject);
  });
}
