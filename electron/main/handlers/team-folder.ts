import type { ServiceDeps } from '../services/deps';
import type { KeyStore } from '../services/keys';
import { createTeamFolder } from '../services/team-folder/controller';
import type { HandlersFor } from './types';

type TeamFolderMethods = 'getTeamFolder' | 'chooseTeamFolder' | 'setTeamFolder' | 'scanTeamFolder' | 'cancelTeamFolderScan' | 'watchTeamFolder' | 'publishToTeamFolder' | 'trustTeamCertificate';

export function createTeamFolderHandlers(deps: ServiceDeps, keys: KeyStore): HandlersFor<TeamFolderMethods> {
  const folder = createTeamFolder({
    dataFolder: deps.dataFolder,
    keys,
    sources: { dataFolder: deps.dataFolder, verifiers: () => keys.witnessVerifiers(), originOf: (fingerprint) => keys.originOf(fingerprint) },
    chooseFolder: deps.chooseFolder,
  });
  return {
    getTeamFolder: async () => folder.status(),
    chooseTeamFolder: async () => folder.choose(),
    setTeamFolder: async ({ path }) => folder.useFolder(path),
    scanTeamFolder: async () => folder.scan(),
    cancelTeamFolderScan: async () => {
      folder.cancelScan();
      return null;
    },
    watchTeamFolder: async ({ after }) => ({ revision: await folder.changed(after) }),
    publishToTeamFolder: async ({ version, auditEvents }) => folder.publish(version, auditEvents),
    trustTeamCertificate: async ({ fingerprint, trusted }) => folder.trust(fingerprint, trusted),
  };
}
