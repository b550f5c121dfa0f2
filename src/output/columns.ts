// What every command hands to the output layer: flat records and the columns
// a table or a delimited file shows. JSON formats print whole records.

export type CellValue = string | number | boolean | null | readonly string[] | Readonly<Record<string, number>>;
export type OutputRecord = Readonly<Record<string, CellValue>>;

export interface Column {
  /** Key of the record field. */
  key: string;
  /** Header text. */
  title: string;
  /** Numbers are right-aligned in tables. */
  numeric?: boolean;
  /** Long text that a table folds to the terminal width. */
  wide?: boolean;
}

/** Colour hooks; plain identity functions when colour is off. */
export interface Style {
  header: (text: string) => string;
  highlight: (text: string) => string;
  dim: (text: string) => string;
}

export const plainStyle: Style = {
  header: (text) => text,
  highlight: (text) => text,
  dim: (text) => text,
};

/** A cell as plain text: lists joined with `; `, null as empty. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
