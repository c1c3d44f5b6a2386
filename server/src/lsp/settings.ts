/**
 * The `iplan.*` settings: read per document with workspace/configuration when the client offers
 * it, else taken from initializationOptions and didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver';
import type { SeveritySetting } from '../core';
import type { Log } from './guard';

type LocaleSetting = 'auto' | 'nl' | 'en';

export interface Settings {
  locale: LocaleSetting;
  /** Framework definition file, relative to the workspace folder; undefined: config file or bundled. */
  framework?: string;
  /** Rule id → severity; wins over configuration files and the framework. */
  rules: Record<string, SeveritySetting>;
  /** Globs that make a file an I-plan; undefined: the config file's or the framework's. */
  planGlobs?: string[];
  /** A check running longer is abandoned with a `check-timeout` finding. */
  checkTimeoutMs: number;
  /** Findings the suppressions file accepts: shown as hints, or hidden. */
  suppressions: 'hint' | 'hide';
  /** The suppressions file, relative to the workspace folder; undefined: iplan-suppressions.json there. */
  suppressionsLocation?: string;
}

const DEFAULT_CHECK_TIMEOUT_MS = 3000;
export const DEFAULT_SETTINGS: Settings = { locale: 'auto', rules: {}, checkTimeoutMs: DEFAULT_CHECK_TIMEOUT_MS, suppressions: 'hint' };

const SEVERITIES = new Set(['off', 'warning', 'error']);
/** What a rule id looks like (as in the configuration schema); `__proto__` and the like are none. */
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** Anything a client sends, made into Settings: wrong types are ignored, not trusted. */
export function normalizeSettings(raw: unknown): Settings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof source.checkTimeoutMs === 'number' && Number.isFinite(source.checkTimeoutMs) && source.checkTimeoutMs >= 1) {
    settings.checkTimeoutMs = source.checkTimeoutMs;
  }
  if (source.locale === 'nl' || source.locale === 'en') settings.locale = source.locale;
  if (source.suppressions === 'hide') settings.suppressions = 'hide';
  if (typeof source.suppressionsLocation === 'string' && source.suppressionsLocation.trim() !== '') settings.suppressionsLocation = source.suppressionsLocation.trim();
  if (typeof source.framework === 'string' && source.framework.trim() !== '') settings.framework = source.framework.trim();
  if (source.rules && typeof source.rules === 'object' && !Array.isArray(source.rules)) {
    for (const [id, value] of Object.entries(source.rules)) {
      if (RULE_ID.test(id) && typeof value === 'string' && SEVERITIES.has(value)) settings.rules[id] = value as SeveritySetting;
    }
  }
  if (Array.isArray(source.planGlobs)) {
    const globs = source.planGlobs.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
    if (globs.length > 0) settings.planGlobs = globs;
  }
  return settings;
}

/** Normalized settings are built in one order, so equal settings serialize alike. */
const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/** Settings sent as `{ iplan: {…} }` or as the `iplan` object itself. */
function iplanSection(value: unknown): unknown {
  if (value && typeof value === 'object' && 'iplan' in value) return (value as { iplan: unknown }).iplan;
  return value;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private global: Settings;

  constructor(
    private readonly connection: Connection,
    /** The client answers workspace/configuration. */
    private readonly pull: boolean,
    initializationOptions: unknown,
    private readonly log: Log,
  ) {
    this.global = normalizeSettings(iplanSection(initializationOptions));
  }

  /** The settings for a document or folder (scoped, so folder settings apply). */
  forResource(uri: string | undefined): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.global);
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'iplan' }).then(
        (value) => (value === null || value === undefined ? this.global : normalizeSettings(value)),
        (error) => {
          this.log.error(`workspace/configuration failed, using the initial settings: ${String(error)}`);
          return this.global;
        },
      );
      this.cache.set(key, settings);
    }
    return settings;
  }

  /**
   * After didChangeConfiguration: takes pushed settings when sent and reads again what was read
   * before; true when any of it differs. VS Code sends one as the server registers for it, at
   * start, changing nothing: checking every plan again for it threw the first check away.
   */
  async changed(pushed: unknown): Promise<boolean> {
    const read = [...this.cache];
    const global = this.global;
    this.cache.clear();
    const section = iplanSection(pushed);
    if (section && typeof section === 'object') this.global = normalizeSettings(section);
    if (!sameSettings(global, this.global)) return true;
    const same = await Promise.all(read.map(async ([key, before]) => sameSettings(await before, await this.forResource(key === '' ? undefined : key))));
    return same.includes(false);
  }
}
