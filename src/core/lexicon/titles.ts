// Titles that stand before a person's name. A title phrase is a run of
// TITLE_WORDS (`Chinese State Councilor and Foreign Minister`) ending in a
// TITLE_HEAD; `of` + a portfolio may follow (`Minister of Defense`).

/** Words that can end a title and be followed directly by a name. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'President', 'President-elect', 'Vice-President', 'Taoiseach', 'Tánaiste', 'Premier', 'Chancellor', 'Minister', 'Secretary',
  'Secretary-General', 'Councilor', 'Councillor', 'Advisor', 'Adviser', 'Ambassador', 'Envoy', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Amir', 'Sheikh', 'Sheikha',
  'Sultan', 'Emperor', 'Empress', 'Pope', 'Emeritus', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Director',
  'Director-General', 'Governor', 'Mayor', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman',
  'Congresswoman', 'Speaker', 'Leader', 'Commander', 'Commander-in-Chief', 'General', 'Gen.', 'Admiral',
  'Adm.', 'Colonel', 'Col.', 'Lt.', 'Lieutenant', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sgt.', 'Sergeant',
  'Marshal', 'Chief', 'Justice', 'Judge', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr.', 'Dr',
  'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Reverend', 'Cardinal', 'Archbishop', 'Bishop',
  'Ayatollah', 'Imam', 'Rabbi', 'Coach', 'CEO', 'Commissioner', 'Administrator', 'Counselor', 'Counsellor', 'Counsel',
  'Consul', 'Consul-General', 'Prosecutor', 'Attorney', 'Gov.', 'Supt.', 'Inspector', 'Officer', 'Delegate',
  'Majesty', 'Highness', 'Excellency', 'Monsignor', 'Father', 'Sister', 'Brother', 'Mullah', 'Dalai',
  'Lama', 'Patriarch', 'Metropolitan', 'Chief Executive', 'Head', 'Founder', 'Co-founder', 'Economist',
  'Analyst', 'Correspondent', 'Editor', 'Negotiator', 'Coordinator', 'Representative', 'Deputy', 'Undersecretary',
  'Under-Secretary', 'Attaché', 'Manager', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Skipper',
  'Captain', 'Batsman', 'Bowler', 'Champion', 'Rider', 'Driver', 'Pitcher',
]);

/** Words that may stand inside a title phrase before its head. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'Vice', 'Deputy', 'Prime', 'Foreign', 'Defense', 'Defence', 'Finance', 'Principal', 'Senior', 'Acting',
  'Interim', 'Former', 'First', 'Chief', 'Assistant', 'Under', 'Special', 'National', 'Security', 'State',
  'Permanent', 'Executive', 'Supreme', 'Grand', 'Crown', 'General', 'Lieutenant', 'Associate', 'Managing',
  'Economy', 'Economic', 'Trade', 'Interior', 'Justice', 'Health', 'Energy', 'Environment', 'Commerce',
  'Agriculture', 'Education', 'Labor', 'Labour', 'Home', 'Foreign Affairs', 'Affairs', 'External', 'Presidential',
  'Press', 'Treasury', 'Climate', 'Culture', 'Development', 'Transport', 'Industry', 'Information', 'Cabinet',
  'His', 'Her', 'Royal', 'Majesty', 'Highness', 'Excellency', 'Ambassador', 'Minister', 'Secretary', 'President',
  'Vice-Premier', 'Opposition', 'Party', 'Army', 'Military', 'Police', 'Intelligence', 'Communications',
  'Spokesperson', 'Spokesman', 'Ministry', 'Council', 'High', 'Representative', 'Director', 'Commander',
  'Sports', 'Science', 'Technology', 'Digital', 'Legal', 'Joint', 'Staff', 'Emergency', 'Immigration',
  'Defense\u2019', 'Team', 'Head', 'Coach', 'Top', 'Chairman', 'Governor', 'Central', 'Bank', 'Minority', 'Majority',
  'Whip', 'Senate', 'House', 'Parliamentary', 'Speaker', 'Party', 'Communist', 'Regional', 'Provincial', 'Federal',
  'Mayor', 'Envoy', 'Adviser', 'Advisor', 'Councilor', 'Councillor', 'Chief', 'Executive', 'Officer', 'Premier',
]);

/** Portfolios that follow `Minister of`, `Secretary of`: `Minister of Defense`, `Secretary of State`. */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'State', 'Defense', 'Defence', 'Foreign', 'Affairs', 'Finance', 'Treasury', 'Justice', 'Interior', 'Trade',
  'Commerce', 'Health', 'Education', 'Energy', 'Agriculture', 'Labor', 'Labour', 'Environment', 'Economy',
  'Industry', 'Transport', 'Transportation', 'Homeland', 'Security', 'Culture', 'Information', 'Communications',
  'Development', 'International', 'National', 'Public', 'Works', 'Veterans', 'Housing', 'Urban', 'Science',
  'Technology', 'Innovation', 'Emergency', 'Situations', 'Economic', 'Planning', 'Investment', 'Tourism',
  'Sport', 'Sports', 'Youth', 'Women', 'Social', 'Welfare', 'Immigration', 'Home', 'External', 'Relations',
  'Cooperation', 'Climate', 'Change', 'Digital', 'Water', 'Resources', 'Natural', 'Petroleum', 'Oil', 'Mines',
  'Mining', 'Fisheries', 'Forestry', 'Land', 'Rural', 'Legal', 'Staff', 'Chiefs', 'Army', 'Navy', 'Air',
  'Force', 'Armed', 'Forces', 'Budget', 'Revenue', 'Culture', 'Heritage', 'European', 'Integration', 'and',
  'the', '&',
]);

/** Suffixes after a name that are not part of it: `Joseph R. Biden, Jr.` keeps `Joseph R. Biden`. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'Ph.D.', 'PhD', 'MD', 'Esq.']);

/** Particles inside names: `Ursula von der Leyen`, `Mohammed bin Salman`, `Ulisses Correia e Silva`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'das', 'dos', 'di', 'del', 'della', 'du', 'le', 'la', 'bin', 'bint',
  'ibn', 'al', 'el', 'abu', 'ben', 'ter', 'ten', 'y', 'e', 'zu', 'St.', 'wa', 'ould',
]);

/** Roman numerals that end regnal names: `Abdullah II`, `Charles III`. */
export const REGNAL_NUMERALS: ReadonlySet<string> = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']);
