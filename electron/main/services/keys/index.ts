export { KeyStore, type SealingKey, type KeyStoreDeps } from './store';
export { witnessKeyFromP12, signWitnessStatement, checkReceipt, witnessSignature, type WitnessKey, type WitnessRequest } from './witness';
export { generateSealingCertificate, inspectP12, openP12, describeCertificateDer, fingerprintOfDer, subjectOf, type CertificateFacts, type GeneratedCertificate } from './certificate';
