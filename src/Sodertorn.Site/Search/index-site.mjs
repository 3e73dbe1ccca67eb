// The search stage's indexer (run by PagefindIndexer.cs with Node): builds one Pagefind bundle for the
// newest documents and, on a large site, archive bundles for older years, so that one query fetches the
// index of a few thousand pages rather than of every page ever published (issue 4: ≤ 300 kB a query).
//
// Usage: node index-site.mjs <site-folder> <bundle>...
//   a bundle is "<folder under the site>:<first year>-<last year>", either year may be empty; the first
//   bundle also takes every page without a year. A page's year is the one its search tags give
//   (theme/partials/search_tags.sbn, data-pagefind-filter="år:…"), so the index follows the layouts.
// Prints one line per bundle: "<folder> <pages indexed>".
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

const [site, ...specs] = process.argv.slice(2);
if (!site || specs.length === 0) {
  console.error("usage: node index-site.mjs <site-folder> <folder:from-to>...");
  process.exit(2);
}

const bundles = specs.map((spec) => {
  const [folder, range] = spec.split(":");
  const [from, to] = (range ?? "-").split("-").map((y) => (y ? Number(y) : null));
  return { folder, from, to, files: [] };
});
const YEAR = /data-pagefind-filter="år:(\d{4})"/;

async function htmlFiles(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name))
    // The bundles' own folders hold no pages; sorted, so the bundles are the same from build to build.
    .sort();
}

function bundleFor(year) {
  if (year === null) return bundles[0];
  return bundles.find((b) => (b.from === null || year >= b.from) && (b.to === null || year <= b.to)) ?? bundles[0];
}

// The address Pagefind's own CLI would give the file: folder/index.html is /folder/.
function urlOf(file) {
  const relative = path.relative(site, file).split(path.sep).join("/");
  return "/" + (relative === "index.html" ? "" : relative.endsWith("/index.html") ? relative.slice(0, -"index.html".length) : relative);
}

async function main() {
  for (const file of await htmlFiles(site)) {
    const head = await readFile(file, "utf8");
    const match = YEAR.exec(head);
    bundleFor(match ? Number(match[1]) : null).files.push(file);
  }
  for (const bundle of bundles) {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: "sv", excludeSelectors: [".permalank"] });
    if (errors.length > 0) throw new Error(errors.join("; "));
    // A few files at a time: Pagefind parses them in parallel, and memory stays flat.
    for (let i = 0; i < bundle.files.length; i += 64) {
      await Promise.all(bundle.files.slice(i, i + 64).map(async (file) => {
        const result = await index.addHTMLFile({ url: urlOf(file), content: await readFile(file, "utf8") });
        if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.join("; ")}`);
      }));
    }
    const written = await index.writeFiles({ outputPath: path.join(site, bundle.folder) });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    await index.deleteIndex();
    console.log(`${bundle.folder} ${bundle.files.length}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
