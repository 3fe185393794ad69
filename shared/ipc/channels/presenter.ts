import { z } from 'zod';
import { idSchema } from '../../model/team';
import { returns } from './returns';

export interface AudienceDisplayInfo {
  /** True when the desktop app sees a second display it can show the audience view on. */
  available: boolean;
  displays: number;
  /** Why it is not available, in words for the facilitator. */
  reason: string | null;
  open: boolean;
}

/** The projector's audience view on a second display, while the laptop keeps the full editor. */
export const presenterChannels = {
  getAudienceDisplay: { channel: 'renderer:get-audience-display', input: z.object({}).strict(), output: returns<AudienceDisplayInfo>() },
  openAudienceWindow: { channel: 'renderer:open-audience-window', input: z.object({ workshopId: idSchema }).strict(), output: returns<AudienceDisplayInfo>() },
  closeAudienceWindow: { channel: 'renderer:close-audience-window', input: z.object({}).strict(), output: returns<AudienceDisplayInfo>() },
} as const;
