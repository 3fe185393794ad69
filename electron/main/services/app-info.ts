import type { AppInfo } from '../../../shared/ipc/contract';
import type { ServiceDeps } from './deps';

export function appInfo(deps: ServiceDeps): AppInfo {
  return { name: deps.appName, version: deps.appVersion, platform: deps.platform, dataFolder: deps.dataFolder, shell: deps.shell };
}
