import type { Column } from '../output/columns.js';

// The columns tables and delimited formats show for the aggregate records, in
// one place, since both their commands and `statements merge` print them.

export const ENTITY_COLUMNS: Column[] = [
  { key: 'entity', title: 'entity', wide: true },
  { key: 'type', title: 'type' },
  { key: 'id', title: 'id' },
  { key: 'mentions', title: 'mentions', numeric: true },
  { key: 'docs', title: 'docs', numeric: true },
  { key: 'forms', title: 'forms', wide: true },
  { key: 'role', title: 'role', wide: true },
  { key: 'country', title: 'country' },
];

export function entityPeriodColumns(by: string): Column[] {
  return [
    { key: 'period', title: by },
    { key: 'entity', title: 'entity' },
    { key: 'type', title: 'type' },
    { key: 'id', title: 'id' },
    { key: 'mentions', title: 'mentions', numeric: true },
  ];
}

export const FREQ_COLUMNS: Column[] = [
  { key: 'term', title: 'term' },
  { key: 'count', title: 'count', numeric: true },
  { key: 'docs', title: 'documents', numeric: true },
  { key: 'per10k', title: 'per 10k words', numeric: true },
];

export function freqPeriodColumns(by: string): Column[] {
  return [
    { key: 'period', title: by },
    { key: 'term', title: 'term' },
    { key: 'count', title: 'count', numeric: true },
    { key: 'per10k', title: 'per 10k words', numeric: true },
    { key: 'words', title: `words in ${by}`, numeric: true },
  ];
}

export const SPEAKER_COLUMNS: Column[] = [
  { key: 'speaker', title: 'speaker' },
  { key: 'statements', title: 'statements', numeric: true },
  { key: 'docs', title: 'docs', numeric: true },
  { key: 'cues', title: 'cues used most', wide: true },
  { key: 'role', title: 'role', wide: true },
  { key: 'country', title: 'country' },
];
