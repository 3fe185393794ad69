import type { Owner, Team } from '../model/team';
import type { CurvePoint } from '../rules/goals';

/*
 * The agreement as a reader meets it: numbered sections made of a few kinds of blocks, every
 * sentence and cell already worded and formatted. presentAgreement (./agreement.ts) builds it
 * once from the rules; the review summary, the PDF and `cli plan` only lay it out, so what is
 * read on screen is what is signed and sealed.
 */

export interface Cell {
  text: string;
  /** Negative points, a warning figure. */
  tone?: 'negative';
  /** A team name or a team's column, shown in the team's colour on screen. */
  team?: Team | Owner;
  strong?: boolean;
}

export interface Column {
  title: string;
  align: 'start' | 'end';
  /** Share of the page width in the PDF, in %; the columns of a table add up to 100. */
  width: number;
}

/** A column: its title and share of the PDF's width; figures align at the end. */
export const column = (title: string, width: number, align: Column['align'] = 'start'): Column => ({ title, align, width });

export interface TableBlock {
  kind: 'table';
  /** The table's accessible name on screen. */
  label: string;
  heading?: string;
  caption?: string;
  columns: Column[];
  rows: { key: string; cells: Cell[] }[];
  /** Whether the first cell of a row names the row (a row header). */
  rowHeaders?: boolean;
  footnote?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  heading?: string;
  text: string;
  /** small: supporting detail; warning: something to act on; quote: the teams' own words. */
  tone?: 'small' | 'warning' | 'quote';
}

export interface FactsBlock {
  kind: 'facts';
  heading?: string;
  label: string;
  items: { label: string; text: string }[];
}

export interface ListBlock {
  kind: 'list';
  heading: string;
  items: string[];
}

/** Numbered sentences a reader follows in order, e.g. the incentive plan's rules. */
export interface RulesBlock {
  kind: 'rules';
  label: string;
  items: { key: string; text: string }[];
}

export interface FiguresBlock {
  kind: 'figures';
  label: string;
  items: { label: string; value: string }[];
}

export interface NoticeBlock {
  kind: 'notice';
  heading: string;
  sentences: string[];
}

export interface CurveBlock {
  kind: 'curve';
  heading: string;
  caption: string;
  /** The chart's accessible description: the pay-out at a few attainments. */
  summary: string;
  points: CurvePoint[];
  maxAttainment: number;
}

/** Two blocks side by side where there is room (a table and its chart). */
export interface PairBlock {
  kind: 'pair';
  blocks: [Block, Block];
}

export type Block = TableBlock | ParagraphBlock | FactsBlock | ListBlock | RulesBlock | FiguresBlock | NoticeBlock | CurveBlock | PairBlock;

export type SectionId = 'parties' | 'lead-definition' | 'scoring' | 'goals' | 'incentives' | 'commitments';

export interface Section {
  id: SectionId;
  number: number;
  title: string;
  intro?: string;
  blocks: Block[];
}

export interface PresentedAgreement {
  sections: Section[];
}

/** A section's heading as the screen and the CLI write it: "3. Lead scoring model". */
export const sectionHeading = (section: Pick<Section, 'number' | 'title'>): string => `${section.number}. ${section.title}`;
