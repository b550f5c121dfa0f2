// Named places that are not countries: continents, world regions, seas,
// contested and autonomous regions, sub-national units and large cities that
// recur in international news. National capitals come from world-countries.

export const PLACE_NAMES: readonly string[] = [
  // continents and world regions
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Oceania', 'Americas', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'Indo-Pacific', 'Asia-Pacific', 'Euro-Atlantic',
  'Capitol Hill', 'Auschwitz', 'Buchenwald', 'Dachau', 'Treblinka', 'Hiroshima', 'Nagasaki', 'Pearl Harbor', 'Normandy',
  'Srebrenica', 'Guantanamo Bay', 'Guantánamo Bay', 'Chernobyl', 'Fukushima',
  'Asia Pacific', 'Southeast Asia', 'South Asia', 'East Asia', 'Northeast Asia', 'Central Asia', 'West Asia',
  // (the UN's spellings: `South-East Asia` 158 times in the General Debate, `North-East Asia` 112, `Korean peninsula` 538)
  'South-East Asia', 'North-East Asia', 'South-West Asia', 'Korean peninsula',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Southern Europe', 'Northern Europe', 'Balkans',
  'Western Balkans', 'Caucasus', 'South Caucasus', 'North Caucasus', 'Scandinavia', 'Sahel', 'Horn of Africa',
  'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa',
  'Maghreb', 'Levant', 'Arctic', 'Antarctic', 'Western Hemisphere', 'Global South', 'Pacific Islands',
  'Global North', 'High North',
  'Korean Peninsula', 'Arabian Peninsula', 'Iberian Peninsula', 'Crimean Peninsula', 'Sinai Peninsula',
  'Persian Gulf', 'Arabian Gulf', 'Gulf of Aden', 'Gulf of Mexico', 'Gulf of Oman', 'Gulf of Guinea',
  'Mediterranean', 'Mediterranean Sea', 'Baltic', 'Baltic Sea', 'Black Sea', 'Red Sea', 'Caspian Sea',
  'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Sea of Azov', 'North Sea', 'Arabian Sea',
  'Caribbean', 'Caribbean Sea', 'Pacific', 'Pacific Ocean', 'Atlantic', 'Atlantic Ocean', 'Indian Ocean',
  'Arctic Ocean', 'Southern Ocean', 'Taiwan Strait', 'Strait of Hormuz', 'Bab el-Mandeb', 'Bab al-Mandab', 'Bab al-Mandeb', 'Strait of Malacca',
  'Malacca Strait', 'Bosphorus', 'Suez Canal', 'Panama Canal', 'Mekong', 'Nile', 'Amazon', 'Danube', 'Dnipro River',
  'Himalayas', 'Alps', 'Silk Road',
  // contested, autonomous and sub-national regions
  'Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem', 'Kosovo and Metohija', 'Golan Heights', 'Sinai', 'Donbas', 'Donbass', 'Donetsk',
  'Luhansk', 'Crimea', 'Kherson', 'Zaporizhzhia', 'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Bakhmut', 'Kursk',
  'Belgorod', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Chechnya', 'Dagestan', 'Siberia',
  // (the UN's own spellings, kept as written as the gold sets keep them)
  'Nagorno Karabakh', 'Nagorny Karabakh', 'Nagorny-Karabakh', 'Transdniestria', 'Transdnistria',
  // Jerusalem's holy sites and its Arabic name, as the General Debate writes them (Al-Quds Al-Sharif 67 times in the
  // corpora, Al-Aqsa Mosque 48, Haram al-Sharif 29)
  'Al-Aqsa', 'Al-Aqsa Mosque', 'Al Aqsa Mosque', 'Haram al-Sharif', 'Haram Al-Sharif', 'Al-Haram Al-Sharif', 'Al-Haram al-Sharif',
  'Temple Mount', 'Al-Quds', 'Al Quds', 'Al-Quds Al-Sharif', 'Al-Quds al-Sharif', 'al-Quds al-Sharif',
  // lines of ceasefire and demarcation
  'Blue Line', 'Green Line', 'Line of Control', 'Line of Contact', 'Military Demarcation Line', 'Durand Line',
  'Kaliningrad', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Kashmir', 'Jammu and Kashmir', 'Ladakh', 'Punjab',
  'Balochistan', 'Kurdistan', 'Iraqi Kurdistan', 'Darfur', 'Tigray', 'Amhara', 'Idlib', 'Aleppo', 'Raqqa',
  'Catalonia', 'Basque Country', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Bavaria', 'Quebec',
  'Ontario', 'British Columbia', 'Alberta', 'Mindanao', 'Okinawa', 'Hokkaido', 'Guangdong', 'Sichuan', 'Yunnan',
  'Fujian', 'Hainan', 'Zhejiang', 'Jiangsu', 'Hubei', 'Shandong', 'Sahara', 'Western Sahara',
  'Cyrenaica', 'Tripolitania', 'Sabah', 'Sarawak', 'Papua', 'West Papua', 'Aceh', 'Bali', 'Java', 'Sumatra',
  'Borneo', 'Tasmania', 'Queensland', 'New South Wales', 'Victoria State', 'Galilee', 'Negev',
  // US states and districts
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  // cities
  'Washington', 'New York City', 'Los Angeles', 'Chicago', 'San Francisco', 'Houston', 'Boston', 'Seattle',
  'Miami', 'Atlanta', 'Philadelphia', 'Detroit', 'Dallas', 'Denver', 'Pittsburgh', 'Honolulu', 'Camp David',
  'Geneva', 'Davos', 'Munich', 'Frankfurt', 'Hamburg', 'Cologne', 'Milan', 'Naples', 'Venice', 'Florence',
  'Barcelona', 'Istanbul', 'Dubai', 'Jeddah', 'Mecca', 'Medina', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta',
  'Chennai', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi', 'Lahore', 'Peshawar', 'Rawalpindi', 'Osaka',
  'Kyoto', 'Hiroshima', 'Nagasaki', 'Busan', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Hangzhou', 'Tianjin',
  'Chongqing', 'Chengdu', 'Xiamen', 'Nanjing', 'Xi\'an', 'Harbin', 'Urumqi', 'Lhasa', 'St. Petersburg',
  'Saint Petersburg', 'Vladivostok', 'Sochi', 'Ho Chi Minh City', 'Saigon', 'Sydney', 'Melbourne', 'Brisbane',
  'Perth', 'Auckland', 'Toronto', 'Vancouver', 'Montreal', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo',
  'Johannesburg', 'Durban', 'Lagos', 'Casablanca', 'Alexandria', 'Mosul', 'Basra', 'Erbil', 'Kirkuk', 'Fallujah',
  'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Benghazi', 'Misrata', 'Aden', 'Hodeidah', 'Marib', 'Rafah', 'Khan Younis',
  'Gaza City', 'Tel Aviv', 'Haifa', 'Bethlehem', 'Hebron', 'Nablus', 'Jenin', 'Lviv', 'Dnipro', 'Kiev',
  'Zaporizhzhia', 'Bucha', 'Irpin', 'Minsk', 'Strasbourg', 'Brussels', 'The Hague', 'Lyon', 'Marseille', 'Nice',
  'Manchester', 'Liverpool', 'Birmingham', 'Edinburgh', 'Glasgow', 'Belfast', 'Cardiff', 'Dublin', 'Rotterdam',
  'Antwerp', 'Zurich', 'Basel', 'Gdansk', 'Krakow', 'Salzburg', 'Thessaloniki', 'Izmir', 'Antalya', 'Tabriz',
  'Mashhad', 'Isfahan', 'Qom', 'Homs', 'Daraa', 'Deir ez-Zor', 'Tikrit', 'Ramadi', 'Sanaa', 'Mogadishu',
  'Goma', 'Juba', 'Timbuktu', 'Davao', 'Cebu', 'Jakarta', 'Surabaya', 'Yangon', 'Rangoon', 'Mandalay',
  'Chiang Mai', 'Phuket', 'Penang', 'Macau', 'Kowloon', 'Hong Kong Island', 'Pyongyang', 'Incheon',
];

/** Names that stand for a place under another canonical name. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  'Washington, DC': 'Washington',
  'Washington, D.C.': 'Washington',
  'Washington D.C.': 'Washington',
  'Washington DC': 'Washington',
  Kiev: 'Kyiv',
  // `Pacific Island countries`, `a Pacific Island nation`: the adjective form names the region
  'Pacific Island': 'Pacific Islands',
};

/** National capitals in world-countries that are more often a person's name or a common word. */
export const CAPITAL_BLOCKLIST: ReadonlySet<string> = new Set([
  'Victoria', 'Hamilton', 'Douglas', 'Stanley', 'Kingston', 'Jamestown', 'The Valley', 'Plymouth', 'Georgetown',
  'George Town', 'Santiago', 'Saint-Denis', 'Saint-Pierre', 'Alofi', 'Apia', 'Praia', 'Male', 'Malé', 'Roseau',
  'Castries', 'Nassau', 'Victoria', 'West Island', 'Avarua', 'Adamstown', 'King Edward Point', 'Basse-Terre',
  'Washington D.C.', 'Marigot', 'Gustavia', 'Mata-Utu', 'Fakaofo', 'Philipsburg', 'Willemstad',
]);

/**
 * Words that end (or, with `of`, begin) a multi-word place name:
 * `South China Sea`, `Port of Odesa`, `Temple Mount`.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Sea', 'Ocean', 'Wall', 'Gulf', 'Strait', 'Straits', 'Bay', 'Island', 'Islands', 'Isles', 'Peninsula', 'Mountains',
  'Mountain', 'Mount', 'Hills', 'Heights', 'River', 'Lake', 'Valley', 'Desert', 'Basin', 'Plateau', 'Coast',
  'Canal', 'Province', 'Prefecture', 'Oblast', 'Governorate', 'County', 'District', 'Region', 'Square',
  'Airport', 'Port', 'Harbor', 'Harbour', 'Corridor', 'Delta', 'Archipelago', 'Reef', 'Pass', 'Glacier',
  'Avenue', 'Street', 'Boulevard', 'Bridge', 'Dam', 'Crossing', 'Plant', 'Room', 'Lawn', 'Garden', 'Gardens',
  // military bases and test sites are places: `Ream Naval Base`, `Semipalatinsk Nuclear Test Site`
  'Base', 'Site',
]);

/** Place heads that open a name with `of`: `Port of Odesa`, `Strait of Hormuz`. */
export const PLACE_HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  'Port', 'Gulf', 'Strait', 'Straits', 'Bay', 'Sea', 'Isle', 'Island', 'Islands', 'Lake', 'City', 'Province',
  'Horn', 'Cape',
]);

/**
 * Forms of state that open a country's formal name (`Kingdom of Saudi Arabia`,
 * `Republic of Korea`, `State of Kuwait`); `State` also heads many other names.
 */
export const STATE_FORMS: ReadonlySet<string> = new Set(['Kingdom', 'Republic', 'Emirate', 'Sultanate', 'State', 'Commonwealth', 'Federation', 'Principality', 'Confederation']);
