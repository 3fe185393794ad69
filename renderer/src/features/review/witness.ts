import { AppFailure } from '../../../../shared/ipc/result';
import { bridge } from '../../bridge';
import type { Witness } from '../../db/repositories/signing';

/**
 * The signing screen's witness: the main process signs a receipt with this install's seal key for
 * the signature being given now. Without it the signature is not saved, because a version this
 * install did not witness can never be sealed here.
 */
export const witnessOnThisInstall: Witness = async (request) => {
  const result = await bridge.witnessSignature(request);
  if (!result.ok) throw new AppFailure(result.error.code, `This computer could not witness the signature, so it was not saved: ${result.error.message}`);
  return result.data;
};
