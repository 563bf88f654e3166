/** Checks that the SQLite file can be created and written before anything else touches it. */
import fs from "node:fs";
import path from "node:path";

function reason(error: NodeJS.ErrnoException, dir: string): string {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "the path is a folder";
    case "ENOENT":
      return `cannot create files in ${dir}`;
    default:
      return error.message;
  }
}

/** Creates the missing folders one by one (recursive mkdir loops forever under /proc). */
function makeParents(dir: string) {
  const missing: string[] = [];
  let current = dir;
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (fs.existsSync(current) && !fs.statSync(current).isDirectory()) {
    throw Object.assign(new Error(`${current} is a file`), { code: "ENOTDIR" });
  }
  for (const folder of missing) fs.mkdirSync(folder);
}

/** Throws an Error with one clear sentence when the database file is not writable. */
export function ensureDatabaseWritable(databaseFile: string, rootDir = process.cwd()): void {
  const relative = path.relative(rootDir, databaseFile);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? databaseFile : relative;
  const dir = path.dirname(databaseFile);
  try {
    makeParents(dir);
    // Opening for append creates the file if needed and proves we may write it
    // (an access() check is not enough: root passes it on read-only mounts).
    fs.closeSync(fs.openSync(databaseFile, "a"));
  } catch (error) {
    throw new Error(`Cannot write the database file ${shown} (${reason(error as NodeJS.ErrnoException, dir)}); set DATABASE_URL to a writable location such as file:./data/muster.db.`, {
      cause: error,
    });
  }
}
