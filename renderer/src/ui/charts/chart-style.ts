/**
 * Chart colours and type come from the theme's CSS variables, so charts follow light and dark
 * themes without re-rendering, and type is large enough to read from the back of a room.
 */
export const CHART_FONT_SIZE = 15;

export const axisTick = { fill: 'var(--text)', fontSize: CHART_FONT_SIZE } as const;
export const gridStroke = 'var(--border)';
export const tooltipStyle = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)', fontSize: CHART_FONT_SIZE },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--surface-2)' },
} as const;

export const TEAM_COLOURS = { Marketing: 'var(--marketing)', Sales: 'var(--sales)', Joint: 'var(--accent)' } as const;
