// Filled in by the bundler from package.json; the fallback serves tests that run the sources.
declare const __QOD_VERSION__: string | undefined;

/** The CLI's version. */
export const VERSION: string = typeof __QOD_VERSION__ === "string" ? __QOD_VERSION__ : "0.0.0-dev";
