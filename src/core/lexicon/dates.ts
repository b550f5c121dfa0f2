// Calendar words for date mentions.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
  ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan.', 1], ['Feb.', 2], ['Mar.', 3], ['Apr.', 4], ['Jun.', 6], ['Jul.', 7], ['Aug.', 8], ['Sep.', 9],
  ['Sept.', 9], ['Oct.', 10], ['Nov.', 11], ['Dec.', 12],
]);

/** Sunday = 0, as Date.getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Sunday', 0], ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6],
]);

/** Words that name the article's own day. */
export const TODAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/** `this morning`, `this evening`: the article's own day. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Periods that `last`/`next`/`this` turn into a date. */
export const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall']);

/** Seasons by the month they end in (northern hemisphere). */
export const SEASON_END_MONTH: ReadonlyMap<string, number> = new Map([
  ['spring', 5], ['summer', 8], ['autumn', 11], ['fall', 11], ['winter', 2],
]);

/** Holidays and observances that date to the article's year. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'Ramadan', 'Christmas', 'Easter', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Hanukkah', 'Passover', 'Diwali',
  'Lunar New Year', 'Chinese New Year', 'Spring Festival', 'New Year', "New Year's Day", 'Thanksgiving',
  'Independence Day', 'Memorial Day', 'Labor Day', 'Nowruz', 'Yom Kippur', 'Rosh Hashanah',
]);

/** Saints' days on fixed dates, month and day: `St. Patrick's Day` (the White House marks it every March). */
export const SAINTS_DAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['Patrick', [3, 17]], ['Valentine', [2, 14]], ['Andrew', [11, 30]], ['George', [4, 23]], ['David', [3, 1]], ['Stephen', [12, 26]],
]);

/** Counts written as words, for `two years ago`, `Fifty years ago`. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100],
]);

/** Units that `N … ago` counts back, singular and plural. */
export const AGO_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
