import type { AgreementContent } from '../model/agreement';
import type { Participant } from '../model/participants';
import type { Signature } from '../model/signatures';
import type { Team } from '../model/team';

/**
 * Who must sign: at least one Marketing and one Sales participant always, and one Leadership
 * participant when the agreement asks for it. Anyone else in the room may sign as well.
 */
export function requiredTeams(content: Pick<AgreementContent, 'leadershipSignatureRequired'>): Team[] {
  return content.leadershipSignatureRequired ? ['Marketing', 'Sales', 'Leadership'] : ['Marketing', 'Sales'];
}

/** Required teams with no signature yet, in the order they are listed. */
export function missingTeams(content: Pick<AgreementContent, 'leadershipSignatureRequired'>, signatures: readonly Pick<Signature, 'team'>[]): Team[] {
  const signed = new Set(signatures.map((s) => s.team));
  return requiredTeams(content).filter((team) => !signed.has(team));
}

/** Required teams that have nobody in the participant list, so the agreement cannot be completed. */
export function teamsWithoutParticipants(content: Pick<AgreementContent, 'leadershipSignatureRequired' | 'participants'>): Team[] {
  const present = new Set(content.participants.map((p) => p.team));
  return requiredTeams(content).filter((team) => !present.has(team));
}

export const isFullySigned = (content: Pick<AgreementContent, 'leadershipSignatureRequired'>, signatures: readonly Pick<Signature, 'team'>[]) =>
  missingTeams(content, signatures).length === 0;

/** Why this person may not sign, or null when they may. */
export function signerRefusal(participants: readonly Participant[], signatures: readonly Pick<Signature, 'participantId'>[], participantId: string): string | null {
  const person = participants.find((p) => p.id === participantId);
  if (!person) return 'Only a participant of this workshop can sign. Add the person on the Participants step first.';
  if (signatures.some((s) => s.participantId === participantId)) return `${person.name} has already signed this version.`;
  return null;
}

export function describeTeams(teams: readonly Team[]): string {
  if (teams.length <= 1) return teams.join('');
  return `${teams.slice(0, -1).join(', ')} and ${teams[teams.length - 1]}`;
}
