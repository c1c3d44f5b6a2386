/**
 * One configuration for CI and editor: `iplan.config.json` or `.iplanrc.json`, found by walking
 * up from each plan (the nearest one applies; it may `extends` others). Config is
 * data only: JSON, validated against schemas/config.schema.json; nothing is ever executed.
 * Read from a FileSystem: the disk on Node (config.ts), the editor's files in the browser.
 */
import configSchema from '../../../schemas/config.schema.json';
import { bundledValidators, compileSchema, describeAjvError, FrameworkError, valueAtPointer, withOverrides, type Framework, type Locale, type SeveritySetting } from '../core';
import { FileReadError, READ_LIMITS, type FileSystem } from './fileSystem';
import { loadFrameworkFrom, readJsonFrom } from './frameworkFiles';

export const CONFIG_FILE_NAMES = ['iplan.config.json', '.iplanrc.json'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** A configuration file that is not what it should be: the file, the JSON pointer, what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly detail: string,
    /** Set when the file itself could not be read (missing, not a regular file, too large, not text). */
    readonly access?: FileReadError,
  ) {
    super(`${file}${pointer ? ` ${pointer}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }
}

interface ConfigData {
  extends?: string | string[];
  framework?: string;
  locale?: Locale;
  rules?: Record<string, SeveritySetting>;
  thresholds?: Partial<Framework['definition']['thresholds']>;
  placeholders?: string[];
  planGlobs?: string[];
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
}

export interface ResolvedConfig {
  /** The configuration files that contributed, nearest last; empty when there are none. */
  files: string[];
  /** Folder that globs are relative to: the nearest config's, else the given root. */
  baseDir: string;
  framework: Framework;
  rules: Record<string, SeveritySetting>;
  locale?: Locale;
  planGlobs?: string[];
  include?: string[];
  exclude?: string[];
  maxFileSize: number;
  /** Changes whenever anything that affects findings changes (for the result cache). */
  fingerprint: string;
  /** A framework file that was named but ignored, because the workspace is not trusted. */
  ignoredFramework?: string;
}

export interface ConfigOverrides {
  /** One configuration file for every plan, instead of looking for the nearest. */
  configFile?: string;
  /** From the command line or editor settings: these win over files. */
  framework?: string;
  rules?: Record<string, SeveritySetting>;
  planGlobs?: string[];
  locale?: Locale;
  /**
   * False in an untrusted editor workspace: a framework file named by the workspace (in a
   * configuration file or a setting) is ignored and the bundled framework applies.
   */
  trustFrameworkFiles?: boolean;
}

let validateConfig: ReturnType<typeof compileSchema> | undefined;

function readConfigFile(files: FileSystem, file: string, seen: string[]): { data: ConfigData; chain: string[] } {
  const path = files.paths;
  if (seen.includes(file)) throw new ConfigError(file, '/extends', `extends itself in a cycle: ${[...seen, file].join(' → ')}`);
  let raw: unknown;
  try {
    raw = readJsonFrom(files, file, READ_LIMITS.configuration);
  } catch (error) {
    if (error instanceof FileReadError) throw new ConfigError(file, '', error.detail.en, error);
    throw error instanceof FrameworkError ? new ConfigError(file, '', error.message.replace(`${file}: `, '')) : error;
  }
  validateConfig ??= bundledValidators?.config ?? compileSchema(configSchema);
  if (!validateConfig(raw)) {
    const error = validateConfig.errors![0];
    const pointer = error.keyword === 'additionalProperties' ? `${error.instancePath}/${error.params.additionalProperty}` : error.instancePath;
    const detail = describeAjvError(error).replace(/^[^:]*: /, '');
    const got = error.keyword === 'enum' ? ` (got ${JSON.stringify(valueAtPointer(raw, error.instancePath))})` : '';
    throw new ConfigError(file, pointer || '/', `${detail}${got}`);
  }
  const data = { ...(raw as ConfigData) };
  const dir = path.dirname(file);
  // Paths are relative to the file that names them.
  if (data.framework) data.framework = path.resolve(dir, data.framework);
  const parents = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  let merged: ConfigData = {};
  const chain: string[] = [];
  parents.forEach((parent, index) => {
    const parentFile = path.resolve(dir, parent);
    const pointer = Array.isArray(data.extends) ? `/extends/${index}` : '/extends';
    let loaded;
    try {
      loaded = readConfigFile(files, parentFile, [...seen, file]);
    } catch (error) {
      // What the named file is (missing, a folder, a FIFO, a device, too large) is this file's mistake.
      if (error instanceof ConfigError && error.file === parentFile && error.access) {
        throw new ConfigError(file, pointer, error.access.problem === 'missing' ? `the file "${parent}" does not exist` : `"${parent}" ${error.access.detail.en}`);
      }
      throw error;
    }
    merged = merge(merged, loaded.data);
    chain.push(...loaded.chain);
  });
  delete data.extends;
  return { data: merge(merged, data), chain: [...chain, file] };
}

function merge(base: ConfigData, over: ConfigData): ConfigData {
  return {
    ...base,
    ...over,
    rules: { ...base.rules, ...over.rules },
    thresholds: base.thresholds || over.thresholds ? { ...base.thresholds, ...over.thresholds } : undefined,
  };
}

/** Finds and reads configuration per folder, once per folder. */
export class ConfigResolverOn {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly nearestByFolder = new Map<string, string | undefined>();

  constructor(
    /** Where globs are relative to when no configuration file applies. */
    private readonly rootDir: string,
    private readonly overrides: ConfigOverrides,
    private readonly files: FileSystem,
  ) {}

  forFile(file: string): ResolvedConfig {
    const path = this.files.paths;
    const folder = path.dirname(path.resolve(file));
    let resolved = this.byFolder.get(folder);
    if (!resolved) {
      resolved = this.resolve(this.nearest(folder));
      this.byFolder.set(folder, resolved);
    }
    return resolved;
  }

  private nearest(folder: string): string | undefined {
    const path = this.files.paths;
    if (this.overrides.configFile) {
      if (!this.files.exists(this.overrides.configFile)) throw new ConfigError(this.overrides.configFile, '', 'the file does not exist');
      return this.overrides.configFile;
    }
    if (this.nearestByFolder.has(folder)) return this.nearestByFolder.get(folder);
    let found = CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).find((candidate) => this.files.exists(candidate));
    const parent = path.dirname(folder);
    if (!found && parent !== folder) found = this.nearest(parent);
    this.nearestByFolder.set(folder, found);
    return found;
  }

  private resolve(configFile: string | undefined): ResolvedConfig {
    const { data, chain } = configFile ? readConfigFile(this.files, configFile, []) : { data: {} as ConfigData, chain: [] };
    const named = this.overrides.framework ?? data.framework;
    const ignoredFramework = this.overrides.trustFrameworkFiles === false ? named : undefined;
    const frameworkFile = ignoredFramework ? undefined : named;
    let framework: Framework;
    try {
      framework = withOverrides(loadFrameworkFrom(this.files, frameworkFile), { thresholds: data.thresholds, placeholders: data.placeholders });
    } catch (error) {
      if (error instanceof FrameworkError && configFile && !this.overrides.framework && data.framework) {
        throw new ConfigError(configFile, '/framework', error.message);
      }
      throw error;
    }
    const rules = { ...data.rules, ...this.overrides.rules };
    const planGlobs = this.overrides.planGlobs ?? data.planGlobs;
    const fingerprint = this.files.fingerprint(
      JSON.stringify({ data, overrides: this.overrides, framework: framework.definition, schema: framework.frontMatterSchema }),
    );
    return {
      files: chain,
      baseDir: configFile ? this.files.paths.dirname(configFile) : this.rootDir,
      framework,
      rules,
      locale: this.overrides.locale ?? data.locale,
      planGlobs,
      include: data.include,
      exclude: data.exclude,
      maxFileSize: data.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      fingerprint,
      ignoredFramework,
    };
  }
}
