import { UNVERIFIED_WATERMARK } from '../../../../shared/rules/provenance';

/** What an unsealed export says across every page: a draft, or a copy whose signatures this install cannot vouch for. */
export type Watermark = 'draft' | 'unverified';

/** `true` is DRAFT, as callers written before there were two kinds pass it; `false`/null is none. */
export type WatermarkOption = boolean | Watermark | null;

export const watermarkOf = (option: WatermarkOption): Watermark | null => (option === true ? 'draft' : option || null);

export const WATERMARK_TEXT: Record<Watermark, string> = { draft: 'DRAFT', unverified: UNVERIFIED_WATERMARK };
