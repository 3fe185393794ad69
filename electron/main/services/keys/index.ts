export { KeyStore, type SealingKey, type KeyStoreDeps } from './store';
export { generateSealingCertificate, inspectP12, describeCertificateDer, fingerprintOfDer, subjectOf, type CertificateFacts, type GeneratedCertificate } from './certificate';
