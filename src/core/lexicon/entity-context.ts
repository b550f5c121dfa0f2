// Context words that show a capitalised phrase names a person.

/** Reporting verbs next to a name: `John Smith said`, `said John Smith`. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'stressed', 'noted', 'added', 'urged', 'warned', 'announced', 'stated', 'explained',
  'argued', 'insisted', 'claimed', 'replied', 'asked', 'wrote', 'tweeted', 'declared', 'emphasized',
  'emphasised', 'underscored', 'reiterated', 'confirmed', 'denied', 'acknowledged', 'admitted', 'commented',
  'remarked', 'recalled', 'believes', 'thinks', 'expressed', 'welcomed', 'met', 'visited', 'spoke', 'called',
]);
