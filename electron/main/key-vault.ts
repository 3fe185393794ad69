import type { SafeStorage } from 'electron';
import { AppFailure } from '../../shared/ipc/result';
import type { KeyVault } from './services/deps';

type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * Every sealed value starts with a marker saying how it was sealed, so a key written while the
 * OS keychain was unavailable can still be read once it is back, and the reverse fails clearly.
 */
const SEALED = Buffer.from('CGV1:S:');
const PLAIN = Buffer.from('CGV1:P:');

/**
 * KeyVault over Electron's safeStorage (Keychain on macOS, DPAPI on Windows, libsecret or
 * kwallet on Linux). Where no OS keystore is reachable — e.g. a bare Linux session — it falls
 * back to storing the bytes as they are, says so in the log once, and relies on the key files
 * being written with 0600 permissions by writeFileAtomic.
 */
export function createSafeStorageKeyVault(safeStorage: SafeStorageLike, log: (message: string) => void = console.warn): KeyVault {
  let warned = false;
  const available = async () => {
    const ok = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
    if (!ok && !warned) {
      warned = true;
      log('[keys] The system keystore is not available: signing keys are kept unencrypted in files only this user can read.');
    } else if (ok && !warned && process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      warned = true;
      log('[keys] No desktop keyring found: signing keys are encrypted with Chromium\'s built-in fallback password only.');
    }
    return ok;
  };

  return {
    async encrypt(plain) {
      if (!(await available())) return Buffer.concat([PLAIN, plain]);
      const sealed = await safeStorage.encryptStringAsync(plain.toString('base64'));
      return Buffer.concat([SEALED, sealed]);
    },
    async decrypt(sealed) {
      if (startsWith(sealed, PLAIN)) return Buffer.from(sealed.subarray(PLAIN.length));
      if (!startsWith(sealed, SEALED)) throw new AppFailure('INVALID_FILE', 'This key file was not written by Common Ground');
      if (!(await available())) {
        throw new AppFailure('IO', 'This key is encrypted with the system keystore, which is not available right now');
      }
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(sealed.subarray(SEALED.length)));
      return Buffer.from(result, 'base64');
    },
  };
}

const startsWith = (data: Buffer, prefix: Buffer) => data.length >= prefix.length && data.subarray(0, prefix.length).equals(prefix);
