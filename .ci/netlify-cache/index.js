// Netlify build plugin (netlify.toml [[plugins]]): keeps what a deploy downloads for the next deploy, through
// Netlify's own build cache (utils.cache, which the build provides; nothing to install). .ci/netlify-build puts the
// .NET SDK, the NuGet packages, npm's cache and the compiled generator (with the fingerprint of its sources, so a
// change compiles anew) under .cache/ in the checkout, and the build installs Pagefind and
// Decap CMS into node_modules/ beside their package.json; the build checks the versions it finds there against its
// pins and installs again only what differs, so a stale cache costs one download, never a wrong version.
// Restored before the build command, saved after it (also after a failed preview that published its report).

const paths = [
  '.cache/dotnet',
  '.cache/nuget',
  '.cache/npm',
  '.cache/app',
  'src/Sodertorn.Site/Search/node_modules',
  'src/Sodertorn.Site/Cms/node_modules',
];

// Only event handlers: Netlify refuses a plugin that exports anything else.
module.exports = {
  async onPreBuild({ utils }) {
    const restored = await Promise.all(paths.map(async path => ((await utils.cache.restore(path)) ? path : null)));
    console.log(`sodertorn-cache: restored ${restored.filter(Boolean).join(', ') || 'nothing (first deploy or cache cleared)'}`);
  },
  async onPostBuild({ utils }) {
    const saved = await Promise.all(paths.map(async path => ((await utils.cache.save(path)) ? path : null)));
    console.log(`sodertorn-cache: saved ${saved.filter(Boolean).join(', ') || 'nothing'}`);
  },
};
