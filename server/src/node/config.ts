/**
 * Configuration on disk, for the CLI and the desktop server: the resolver of configResolver.ts
 * reading Node's file system.
 */
import { ConfigResolverOn, type ConfigOverrides } from './configResolver';
import { NODE_FILES } from './nodeFiles';

export * from './configResolver';

/** Finds and reads configuration on disk per folder, once per folder. */
export class ConfigResolver extends ConfigResolverOn {
  constructor(rootDir: string, overrides: ConfigOverrides = {}) {
    super(rootDir, overrides, NODE_FILES);
  }
}
