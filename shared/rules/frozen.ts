import type { AgreementVersion } from '../model/agreement';

/** Signed means frozen: a version with a content hash or a signed-or-later status is never edited. */
export const isFrozen = (v: Pick<AgreementVersion, 'status' | 'contentHash'>): boolean =>
  v.contentHash !== null || v.status === 'signed' || v.status === 'superseded' || v.status === 'archived';

export const FROZEN_MESSAGE = 'This version is signed and frozen. Use “Revise” to start a new draft version.';
