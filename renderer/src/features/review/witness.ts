import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import type { Witness } from '../../db/repositories/signing';

/**
 * The signing screen's witness: the main process signs a receipt with this install's seal key for
 * the signature being given now. Without it the signature is not saved, because a version this
 * install did not witness can never be sealed here.
 */
export const witnessOnThisInstall: Witness = async (request) => {
  return unwrap(await bridge.witnessSignature(request), (message) => `This computer could not witness the signature, so it was not saved: ${message}`);
};
