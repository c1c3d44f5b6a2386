// Injected into the CommonJS bundles: what import.meta.url is in an ES module.
export const __iplanImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
