/**
 * How wide a lead file the backtest takes. A CRM export has tens of columns, rarely a few hundred;
 * a file with thousands is not a lead export, and mapping it would build thousands of controls.
 */
export const MAX_CSV_COLUMNS = 1000;

export function tooManyColumnsMessage(fileName: string, columns: number, complete: boolean): string {
  const count = `${complete ? '' : 'more than '}${columns.toLocaleString('en-US')}`;
  return `${fileName} has ${count} columns; the backtest reads files with up to ${MAX_CSV_COLUMNS.toLocaleString('en-US')}. Export only the lead fields you need (outcome, dates, the fields your criteria use) and choose that file.`;
}
