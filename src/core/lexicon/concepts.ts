// Acronyms and head words of things, measures and policies, not of bodies.
// A news-trained tagger reads an unknown word in capitals as an organisation
// (`NDC`, `LNG`, `COP27`), and an article that defines one (`Nationally
// Determined Contribution (NDC)`) would otherwise make every later use an
// organisation. Collected from White House readouts and fact sheets and UN
// General Debate speeches (economics, climate, security, health, technology);
// none of them is annotated as an entity in any gold set here. Bodies with
// acronyms (`NATO`, `IAEA`) are organisations and are not listed.

export const CONCEPT_ACRONYMS: ReadonlySet<string> = new Set([
  // economy and finance
  'GDP', 'GNP', 'GNI', 'FDI', 'ODA', 'VAT', 'CPI', 'IPO', 'SME', 'SMEs', 'MSME', 'MSMEs', 'ESG', 'LNG', 'LPG',
  // climate and development
  'NDC', 'NDCs', 'SDG', 'SDGs', 'MDG', 'MDGs', 'GHG', 'EV', 'EVs', 'COP', 'IUU', 'LDC', 'LDCs', 'SIDS', 'HADR', 'IDP', 'IDPs',
  // security
  'WMD', 'WMDs', 'IED', 'IEDs', 'UAV', 'UAVs', 'ICBM', 'ICBMs', 'SLBM', 'SLBMs', 'CBRN',
  // technology and health
  'AI', 'ICT', 'STEM', 'GPS', 'DNA', 'RNA', 'mRNA', 'PCR', 'PPE', 'VPN',
  // people and documents
  'SG', 'SRSG', 'CEO', 'CEOs', 'CFO', 'MOU', 'MoU', 'MOUs', 'NGO', 'NGOs', 'CSO', 'CSOs', 'LGBTQ', 'LGBTQI',
]);

/** `COP27`, `COP 28`'s `COP`: the climate conferences are meetings, not organisations. */
export function isConceptAcronym(key: string): boolean {
  return CONCEPT_ACRONYMS.has(key) || /^COP\d{1,2}$/.test(key);
}

/** Heads of the names of meetings: events, not bodies (no gold set annotates `Millennium Summit` or `Six-Party Talks`). */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['Summit', 'Summits', 'Talks', 'Dialogue', 'Meeting', 'Meetings', 'Games', 'Olympics', 'Olympiad', 'Expo', 'Festival', 'Symposium']);

/** Last words of spelled-out concepts (`Nationally Determined Contributions`, `Sustainable Development Goals`). */
export const CONCEPT_HEADS: ReadonlySet<string> = new Set([
  'Contribution', 'Contributions', 'Goal', 'Goals', 'Target', 'Targets', 'Product', 'Products', 'Destruction',
  'Intelligence', 'Vehicle', 'Vehicles', 'Emissions', 'Gas', 'Gases', 'Assistance', 'Investment', 'Investments',
  'Fishing', 'Device', 'Devices', 'Equipment', 'Weapon', 'Weapons', 'Missile', 'Missiles', 'Disease', 'Syndrome',
  'Virus', 'Understanding', 'Enterprises', 'Income',
]);
