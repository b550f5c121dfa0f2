// What the world-countries package lacks for reading news: short forms,
// everyday names and demonyms. Keyed by ISO 3166-1 alpha-3. The package stays
// the source of names, official names and demonyms; this only adds to it.

export interface CountryExtra {
  /** Names and aliases (`form: name`). */
  names?: readonly string[];
  /** Abbreviations and codes (`form: short`); dotted forms match undotted keys. */
  short?: readonly string[];
  /** Demonyms and adjectives, singular (a plural is derived). */
  demonyms?: readonly string[];
}

export const COUNTRY_EXTRAS: Readonly<Record<string, CountryExtra>> = {
  USA: { names: ['America', 'United States of America'], short: ['US', 'USA'], demonyms: ['American'] },
  GBR: { names: ['Britain', 'Great Britain'], short: ['UK'], demonyms: ['British', 'Briton'] },
  CHN: { names: ["People's Republic of China", 'Mainland China'], short: ['PRC'], demonyms: ['Chinese', 'Sino'] },
  RUS: { names: ['Russian Federation'], demonyms: ['Russian'] },
  KOR: { names: ['Republic of Korea', 'South Korea'], short: ['ROK'], demonyms: ['South Korean'] },
  PRK: { names: ["Democratic People's Republic of Korea", 'North Korea'], short: ['DPRK'], demonyms: ['North Korean'] },
  TUR: { names: ['Turkey', 'Turkiye', 'Türkiye'], demonyms: ['Turkish', 'Turk'] },
  CZE: { names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  // world-countries spells it `Ecuadorean`; news writes `Ecuadorian`
  ECU: { demonyms: ['Ecuadorian'] },
  // world-countries has the English `Cape Verde` and `Cape Verdian`; the country and the news use `Cabo Verde`
  CPV: { names: ['Cabo Verde'], demonyms: ['Cabo Verdean', 'Cape Verdean'] },
  NLD: { names: ['Netherlands', 'Holland'], demonyms: ['Dutch'] },
  ARE: { names: ['United Arab Emirates', 'Emirates'], short: ['UAE'], demonyms: ['Emirati'] },
  SAU: { names: ['Saudi Arabia', 'Kingdom of Saudi Arabia'], short: ['KSA'], demonyms: ['Saudi', 'Saudi Arabian'] },
  COD: { names: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo'], short: ['DRC'] },
  COG: { names: ['Republic of the Congo'] },
  CIV: { names: ["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast'], demonyms: ['Ivorian'] },
  MMR: { names: ['Myanmar', 'Burma'], demonyms: ['Burmese', 'Myanmar'] },
  LAO: { names: ['Laos'], demonyms: ['Lao', 'Laotian'] },
  VNM: { names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'] },
  PHL: { names: ['Philippines'], demonyms: ['Filipino', 'Philippine'] },
  AZE: { demonyms: ['Azerbaijani', 'Azeri'] },
  BLR: { demonyms: ['Belarusian', 'Belarussian'] },
  KGZ: { demonyms: ['Kyrgyz'] },
  // world-countries gives one demonym each (`Comoran`, `Maldivan`, `Nepalese`, `East Timorese`, `Somali`, `Mosotho`,
  // `Guinea-Bissauan`, `Saint Vincentian`); the UN speeches also write these (corpus counts: 118, 17, 19, 72, 3, 4, 5, 1)
  COM: { demonyms: ['Comorian'] },
  MDV: { demonyms: ['Maldivian'] },
  NPL: { demonyms: ['Nepali'] },
  TLS: { demonyms: ['Timorese'] },
  SOM: { demonyms: ['Somalian'] },
  LSO: { demonyms: ['Basotho'] },
  GNB: { demonyms: ['Bissau-Guinean'] },
  VCT: { demonyms: ['Vincentian'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhstani'] },
  UZB: { demonyms: ['Uzbek'] },
  TJK: { demonyms: ['Tajik'] },
  AFG: { demonyms: ['Afghan'] },
  PSE: { names: ['Palestine', 'State of Palestine'], demonyms: ['Palestinian'] },
  ISR: { demonyms: ['Israeli'] },
  IRN: { names: ['Islamic Republic of Iran'], demonyms: ['Iranian'] },
  SYR: { demonyms: ['Syrian'] },
  VAT: { names: ['Holy See', 'Vatican'] },
  NZL: { demonyms: ['New Zealander', 'New Zealand'] },
  SVN: { demonyms: ['Slovenian', 'Slovene'] },
  BIH: { demonyms: ['Bosnian'] },
  ATG: { demonyms: ['Antiguan'] },
  TTO: { demonyms: ['Trinidadian'] },
  SRB: { demonyms: ['Serbian', 'Serb'] },
  HRV: { demonyms: ['Croatian', 'Croat'] },
  HKG: { names: ['Hong Kong', 'Hong Kong SAR'] },
  MAC: { names: ['Macao', 'Macau'] },
  TWN: { names: ['Taiwan'], demonyms: ['Taiwanese'] },
  IND: { demonyms: ['Indian'] },
  // (`West Germany`: the Federal Republic before 1990, which today's Germany continues; East Germany is a former country)
  DEU: { demonyms: ['German'], names: ['West Germany'] },
  ESP: { demonyms: ['Spanish', 'Spaniard'] },
  DNK: { demonyms: ['Danish', 'Dane'] },
  SWE: { demonyms: ['Swedish', 'Swede'] },
  FIN: { demonyms: ['Finnish', 'Finn'] },
  POL: { demonyms: ['Polish', 'Pole'] },
  IRL: { demonyms: ['Irish'] },
  ISL: { demonyms: ['Icelandic', 'Icelander'] },
};

/**
 * Phrases in which a demonym names no country (`American Indian`, `Native
 * Americans`), and set phrases whose capitalised words name no body
 * (`Heads of State and Government`: the leaders, not a government).
 */
export const NOT_COUNTRY_PHRASES: readonly string[] = [
  'Heads of State and Government', 'Head of State and Government', 'Heads of State', 'Head of State',
  'Heads of Government', 'Head of Government', 'Heads of Delegation', 'Head of Delegation',
  // UN categories of countries, not bodies or places
  'Small Island Developing States', 'Small Island Developing State', 'Least Developed Countries',
  'Landlocked Developing Countries', 'Least Developed Country',
  'American Indian', 'American Indians', 'Native American', 'Native Americans', 'Indian Country', 'Indian Tribes',
  'Indian tribes', 'Indian tribe', 'Indian Health Service', 'Indian Affairs', 'French fries', 'Dutch auction',
  // adjectives of the Americas' regions, not of the United States
  'North American', 'North Americans', 'South American', 'South Americans', 'Latin American', 'Latin Americans',
  'Central American', 'Central Americans', 'Pan American', 'Pan-American',
];

/**
 * Alternative spellings in the package that mislead in running English
 * text (a person's first name, a common word, a sub-national region).
 */
export const COUNTRY_NAME_BLOCKLIST: ReadonlySet<string> = new Set([
  'Guiana', 'Timor', 'Prathet', 'Thai', 'Congo', 'Saudi', 'Lao', 'Georgia Republic',
  'Pleasant Island', 'Nation of Brunei', 'the Abode of Peace', 'Ivory Coast ', 'Chinese Taipei',
  'Republic of China', 'Guinea Ecuatorial', 'Dominique', 'Swatini', 'Ngwane', 'Hayastan',
  'Sakartvelo', 'Island', 'Holland ', 'Suomi', 'Norge', 'Noreg', 'Sverige', 'Danmark', 'Helvetia',
]);

/**
 * When two countries share a name or demonym (`American`, `Dutch`,
 * `Congolese`, `Dominican`), the first listed here wins; otherwise an
 * independent country wins over a territory.
 */
export const COUNTRY_PREFERENCE: readonly string[] = ['USA', 'NLD', 'COD', 'DOM', 'FRA', 'NOR', 'GBR', 'CHN', 'IND'];

/**
 * Entries of the package whose code is no ISO 3166-1 code (SPEC: a country has one). Kosovo's `UNK` is
 * the UN's, and the gold sets read it as a place, as they do `Kosovo and Metohija`.
 */
export const NOT_ISO_CODES: ReadonlySet<string> = new Set(['UNK']);

/**
 * Canonical names that differ from the package's `name.common`: the name the UN and the news write, where the
 * package has a colloquial one (`DR Congo`) or an English one the country retired (`Cape Verde`, since 2013).
 */
export const COUNTRY_CANONICAL: Readonly<Record<string, string>> = {
  CZE: 'Czech Republic',
  TUR: 'Turkey',
  COD: 'Democratic Republic of the Congo',
  CPV: 'Cabo Verde',
  // (the package's common name is `Ivory Coast`; the country, the UN and the ISO list write `Côte d'Ivoire`)
  CIV: "Côte d'Ivoire",
};

/**
 * States that no longer exist, which the package does not list, with their
 * withdrawn ISO 3166-1 alpha-3 codes (ISO 3166-3): history in speeches names them.
 */
export const FORMER_COUNTRIES: ReadonlyArray<{ id: string; name: string; names?: readonly string[]; short?: readonly string[]; demonyms?: readonly string[] }> = [
  { id: 'SUN', name: 'Soviet Union', names: ['Union of Soviet Socialist Republics'], short: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { id: 'YUG', name: 'Yugoslavia', names: ['Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia'], demonyms: ['Yugoslav'] },
  { id: 'CSK', name: 'Czechoslovakia', demonyms: ['Czechoslovak'] },
  { id: 'DDR', name: 'East Germany', names: ['German Democratic Republic'] },
];
