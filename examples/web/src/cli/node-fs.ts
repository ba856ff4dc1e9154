// The page's stand-in for node:fs, which cli/kop.ts (a copy of the CLI's) imports to read a --kop file: the page has
// no file system and never calls it (build.mjs and tsconfig.json map node:fs here, for the copies only).
export function readFileSync(_path: string, _encoding?: string): string {
  throw new Error('No file system in the page.');
}
