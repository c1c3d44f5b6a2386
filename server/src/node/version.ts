/** The package version, put in by the bundler (scripts/build.mjs); a marker when run from source. */
declare const IPLAN_VERSION: string | undefined;

export const TOOL_VERSION: string = typeof IPLAN_VERSION === 'string' ? IPLAN_VERSION : '0.0.0-dev';
