import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { splitSentences } from '../../src/core/text/sentences.js';

// Every input below is copied from a real text: the seed files in seeds/, the
// White House readouts and briefings and the UN general debates in
// ../shared/corpus/. The expected sentences were written by hand.

function texts(input: string): string[] {
  return splitSentences(input).map((s) => input.slice(s.start, s.end));
}

interface Case {
  name: string;
  input: string;
  expected: string[];
}

const CASES: Case[] = [
  // Glued sentences in scraped news (Global Times seed).
  {
    name: 'glued stop before a name',
    input: 'the two ministers also slammed the suppression by the US against the two countries.Wang stressed the importance and value of bilateral comprehensive strategic coordination.',
    expected: [
      'the two ministers also slammed the suppression by the US against the two countries.',
      'Wang stressed the importance and value of bilateral comprehensive strategic coordination.',
    ],
  },
  {
    name: 'glued stop before a pronoun',
    input: 'China-Russia relations remain at a high level and special.He said the US is still wielding the stick of unilateral sanctions.',
    expected: [
      'China-Russia relations remain at a high level and special.',
      'He said the US is still wielding the stick of unilateral sanctions.',
    ],
  },
  {
    name: 'glued after "he said."',
    input: 'China is willing to work with Russia and the international community to uphold the basic norms governing international relations and world fairness and justice, he said.Lavrov also expressed strong opposition to the US move to undermine multilateralism. He said China and Russia should resist the US suppression.',
    expected: [
      'China is willing to work with Russia and the international community to uphold the basic norms governing international relations and world fairness and justice, he said.',
      'Lavrov also expressed strong opposition to the US move to undermine multilateralism.',
      'He said China and Russia should resist the US suppression.',
    ],
  },
  {
    name: 'glued stop after a year',
    input: 'Lavrov spoke highly of the progress made in bilateral relations in 2020. He said high-level exchanges have been deepened.',
    expected: ['Lavrov spoke highly of the progress made in bilateral relations in 2020.', 'He said high-level exchanges have been deepened.'],
  },
  {
    name: 'glued "trust.China"',
    input: 'political mutual trust.China is willing to work with Russia.',
    expected: ['political mutual trust.', 'China is willing to work with Russia.'],
  },
  // Names with initials and Jr.
  {
    name: 'Joseph R. Biden, Jr. is one sentence',
    input: 'President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China. The President shared his greetings and well wishes with the Chinese people on the occasion of Lunar New Year.',
    expected: [
      'President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China.',
      'The President shared his greetings and well wishes with the Chinese people on the occasion of Lunar New Year.',
    ],
  },
  {
    name: 'James S. Brady, dateline lines',
    input: 'James S. Brady Press Briefing Room\n\n7:06 P.M. EST\n\nMS. PSAKI: Good evening, everyone. Thank you for joining us on this historic day.',
    expected: ['James S. Brady Press Briefing Room', '7:06 P.M. EST', 'MS. PSAKI: Good evening, everyone.', 'Thank you for joining us on this historic day.'],
  },
  {
    name: 'Jr. followed by a name does not split',
    input: 'March for Our Lives - Riley Burns, Jr. Newtown Action Alliance - Ronnie Mosely',
    expected: ['March for Our Lives - Riley Burns, Jr. Newtown Action Alliance - Ronnie Mosely'],
  },
  // U.S.
  {
    name: 'U.S.-Japan inside a sentence',
    input: 'The leaders affirmed the strength of the U.S.-Japan Alliance, which is the cornerstone of peace, security, and stability in the Indo-Pacific and around the world. President Biden noted that he looks forward to strengthening the relationship.',
    expected: [
      'The leaders affirmed the strength of the U.S.-Japan Alliance, which is the cornerstone of peace, security, and stability in the Indo-Pacific and around the world.',
      'President Biden noted that he looks forward to strengthening the relationship.',
    ],
  },
  {
    name: 'U.S. Embassy does not split',
    input: 'President Biden made clear that despite the departure of American family members of embassy personnel, the U.S. Embassy in Kyiv, remains open and fully operational.',
    expected: ['President Biden made clear that despite the departure of American family members of embassy personnel, the U.S. Embassy in Kyiv, remains open and fully operational.'],
  },
  {
    name: 'The U.S. Citizenship Act does not split',
    input: 'Also today, President Biden sent an immigration bill to Congress. The U.S. Citizenship Act modernizes our immigration system. It provides hardworking people who’ve enriched our communities and lived here for decades an opportunity to earn citizenship.',
    expected: [
      'Also today, President Biden sent an immigration bill to Congress.',
      'The U.S. Citizenship Act modernizes our immigration system.',
      'It provides hardworking people who’ve enriched our communities and lived here for decades an opportunity to earn citizenship.',
    ],
  },
  {
    name: 'U.S. then "So" splits',
    input: 'The travel restrictions on certain countries, including Brazil, are even stricter in terms of who’s allowed to travel to the U.S. So travel restrictions internationally have been tightened quite a bit during this time.',
    expected: [
      'The travel restrictions on certain countries, including Brazil, are even stricter in terms of who’s allowed to travel to the U.S.',
      'So travel restrictions internationally have been tightened quite a bit during this time.',
    ],
  },
  {
    name: 'U.S. then "Is" (question) splits',
    input: 'You mentioned quarantining after landing in the U.S. Is that quarantine going to be enforced?',
    expected: ['You mentioned quarantining after landing in the U.S.', 'Is that quarantine going to be enforced?'],
  },
  {
    name: 'D.C. then "And" splits',
    input: 'they had a COVID outbreak and were not tested or vaccinated before they arrived in D.C. And I’m wondering if there’s any concern by the President.',
    expected: [
      'they had a COVID outbreak and were not tested or vaccinated before they arrived in D.C.',
      'And I’m wondering if there’s any concern by the President.',
    ],
  },
  {
    name: 'U.S. at the end of a line',
    input: 'quarantining once you land in the U.S.\n\nThe travel restrictions on certain countries, including Brazil, are even stricter.',
    expected: ['quarantining once you land in the U.S.', 'The travel restrictions on certain countries, including Brazil, are even stricter.'],
  },
  {
    name: 'U.S. Department after a list',
    input: 'Both centers will be staffed primarily by a federal workforce from agencies such as FEMA, DOD, U.S. Department of Agriculture, and HHS. In all of this work, we’re advancing equity.',
    expected: [
      'Both centers will be staffed primarily by a federal workforce from agencies such as FEMA, DOD, U.S. Department of Agriculture, and HHS.',
      'In all of this work, we’re advancing equity.',
    ],
  },
  // Titles.
  {
    name: 'Mr. before a name',
    input: 'President Biden had a phone call with Prime Minister Boris Johnson, and Mr. Johnson said they talked about the free trade deal. However, from the White House readout, it seems that trade was not discussed.',
    expected: [
      'President Biden had a phone call with Prime Minister Boris Johnson, and Mr. Johnson said they talked about the free trade deal.',
      'However, from the White House readout, it seems that trade was not discussed.',
    ],
  },
  {
    name: 'Mr. Secretary after a question turn',
    input: 'Q Thank you. Mr. Secretary, if you would, there’s — there certainly are oil and gas industry workers.',
    expected: ['Q Thank you.', 'Mr. Secretary, if you would, there’s — there certainly are oil and gas industry workers.'],
  },
  {
    name: 'Dr. Fauci',
    input: 'And tomorrow — we’re not wasting any time — Dr. Fauci will participate remotely in the meeting of the World Health Organization as the U.S. head of delegation.',
    expected: ['And tomorrow — we’re not wasting any time — Dr. Fauci will participate remotely in the meeting of the World Health Organization as the U.S. head of delegation.'],
  },
  {
    name: 'St. Patrick’s Day',
    input: 'he will visit the White House next month for the traditional St. Patrick’s Day celebrations if he’s invited by President Biden. Does the White House have plans?',
    expected: ['he will visit the White House next month for the traditional St. Patrick’s Day celebrations if he’s invited by President Biden.', 'Does the White House have plans?'],
  },
  {
    name: 'Lt. General and Dr. in a list',
    input: 'Acting CEO, Corporation for National and Community Service - Lt. General Scott Spellmon, Chief, U.S. Army Corps of Engineers - David Bibo',
    expected: ['Acting CEO, Corporation for National and Community Service - Lt. General Scott Spellmon, Chief, U.S. Army Corps of Engineers - David Bibo'],
  },
  {
    name: 'Mr. at a line break in wrapped UN text',
    input: 'I would also like to congratulate the Minister for\nForeign Affairs of Namibia, Mr. Theo-Ben Gurirab, on\nhis excellent leadership of the fifty-fourth session of\nthe General Assembly.',
    expected: ['I would also like to congratulate the Minister for\nForeign Affairs of Namibia, Mr. Theo-Ben Gurirab, on\nhis excellent leadership of the fifty-fourth session of\nthe General Assembly.'],
  },
  {
    name: 'Roe v. Wade',
    input: 'This morning, the White House put out a statement on the anniversary of Roe v. Wade. As a candidate herself, the Vice President proposed an abortion rights law.',
    expected: ['This morning, the White House put out a statement on the anniversary of Roe v. Wade.', 'As a candidate herself, the Vice President proposed an abortion rights law.'],
  },
  // Numbers, months, No.
  {
    name: 'Sept. and Jan. before years',
    input: 'Technology, ASA(ALT), from Sept. 2012 to Jan. 2016. Prior to this, she served as the Acting ASA(ALT).',
    expected: ['Technology, ASA(ALT), from Sept. 2012 to Jan. 2016.', 'Prior to this, she served as the Acting ASA(ALT).'],
  },
  {
    name: 'Jan. 18th',
    input: 'We understand there’s a committee hearing planned for Jan. 18th, and there are fentanyl victims’ families who are likely to testify there.',
    expected: ['We understand there’s a committee hearing planned for Jan. 18th, and there are fentanyl victims’ families who are likely to testify there.'],
  },
  {
    name: 'No. before a number',
    input: 'U.S. Department of the Interior, Order No. 3348: Concerning the Federal Coal Moratorium (March 29, 2017).',
    expected: ['U.S. Department of the Interior, Order No. 3348: Concerning the Federal Coal Moratorium (March 29, 2017).'],
  },
  {
    name: '"No." as an answer splits',
    input: 'DR. FAUCI: No. I mean, I always said everything on the basis of the evidence.',
    expected: ['DR. FAUCI: No.', 'I mean, I always said everything on the basis of the evidence.'],
  },
  {
    name: 'decimal',
    input: 'MS. PSAKI: Well, first, the package wasn’t designed with the number 1.9 trillion as a starting point; it was designed with the components that were necessary.',
    expected: ['MS. PSAKI: Well, first, the package wasn’t designed with the number 1.9 trillion as a starting point; it was designed with the components that were necessary.'],
  },
  // a.m., p.m., e.g., i.e., Inc.
  {
    name: 'a.m. then "I" splits',
    input: 'they’ll speak to it at their briefing that’s coming up at 11:00 a.m. I encourage you to join that.',
    expected: ['they’ll speak to it at their briefing that’s coming up at 11:00 a.m.', 'I encourage you to join that.'],
  },
  {
    name: 'p.m. then "Today" splits',
    input: 'The President will deliver his first primetime address to the American people at 8:00 p.m. Today marks the one-year anniversary of the shutdown due to COVID-19.',
    expected: ['The President will deliver his first primetime address to the American people at 8:00 p.m.', 'Today marks the one-year anniversary of the shutdown due to COVID-19.'],
  },
  {
    name: 'p.m. then "And" splits',
    input: 'Again, that’s 4:15 p.m. And thank you so much to our senior administration officials for giving their time.',
    expected: ['Again, that’s 4:15 p.m.', 'And thank you so much to our senior administration officials for giving their time.'],
  },
  {
    name: 'i.e. does not split',
    input: 'have not showed up for their second shot of a two-shot regimen, i.e. the mRNA regimen.\n\nNext slide.',
    expected: ['have not showed up for their second shot of a two-shot regimen, i.e. the mRNA regimen.', 'Next slide.'],
  },
  {
    name: 'Inc. and Corp. in a bulleted list',
    input: 'CVS Pharmacy, Inc. (including Long’s) • Walmart, Inc. (including Sam’s Club) • Rite Aid Corp. • The Kroger Co. (including Kroger, Harris Teeter)',
    expected: ['CVS Pharmacy, Inc. (including Long’s) • Walmart, Inc. (including Sam’s Club) • Rite Aid Corp. • The Kroger Co. (including Kroger, Harris Teeter)'],
  },
  {
    name: 'Corp. before lower case',
    input: 'Ninety percent of Fox Corp. employees reported they are fully vaccinated after the company mandated all employees report their status.',
    expected: ['Ninety percent of Fox Corp. employees reported they are fully vaccinated after the company mandated all employees report their status.'],
  },
  // Ellipses, quotes, brackets, ? and !
  {
    name: 'ellipsis before lower case does not split',
    input: 'And we have concerns and questions about the process … and we have concerns and questions about the process used to reach the final conclusions.',
    expected: ['And we have concerns and questions about the process … and we have concerns and questions about the process used to reach the final conclusions.'],
  },
  {
    name: 'closing quote belongs to the sentence',
    input: 'The leaders discussed coordinated diplomatic efforts on European security, underscoring the principle of “nothing about Ukraine without Ukraine.” President Biden relayed the United States’ support for conflict resolution efforts.',
    expected: [
      'The leaders discussed coordinated diplomatic efforts on European security, underscoring the principle of “nothing about Ukraine without Ukraine.”',
      'President Biden relayed the United States’ support for conflict resolution efforts.',
    ],
  },
  {
    name: 'question mark inside quotes',
    input: 'part of the discussion we’ll be having with members is, “What do you want to cut?” And this is a plan that he feels addresses the crisis at the moment.',
    expected: ['part of the discussion we’ll be having with members is, “What do you want to cut?”', 'And this is a plan that he feels addresses the crisis at the moment.'],
  },
  {
    name: '(Laughter.) as its own sentence',
    input: 'You were basically banished for a few months there for a while. (Laughter.) Do you feel like you’re back now?\n\nDR. FAUCI: I think so. (Laughter.)',
    expected: [
      'You were basically banished for a few months there for a while.',
      '(Laughter.)',
      'Do you feel like you’re back now?',
      'DR. FAUCI: I think so.',
      '(Laughter.)',
    ],
  },
  {
    name: 'exclamation marks',
    input: 'MS. PSAKI: Wow. Space Force. It’s the plane of today!\n\nQ It’s not. It’s an entire branch.',
    expected: ['MS. PSAKI: Wow.', 'Space Force.', 'It’s the plane of today!', 'Q It’s not.', 'It’s an entire branch.'],
  },
  // Transcript turns and paragraph breaks.
  {
    name: 'Q: turn after a paragraph',
    input: 'And he’s looking forward to delivering the speech today.\n\nQ: Does he intended to specifically mention those two senators?\n\nMS. PSAKI: I’m not going to get ahead of the speech.',
    expected: [
      'And he’s looking forward to delivering the speech today.',
      'Q: Does he intended to specifically mention those two senators?',
      'MS. PSAKI: I’m not going to get ahead of the speech.',
    ],
  },
  {
    name: 'question without a final stop ends at the line break',
    input: 'or are you there to provide us the unvarnished truth so that we can share that with the American people\n\nMS. PSAKI: Well, let me first say, Zeke, that I come to this podium having served both in the White House and at the State Department.',
    expected: [
      'or are you there to provide us the unvarnished truth so that we can share that with the American people',
      'MS. PSAKI: Well, let me first say, Zeke, that I come to this podium having served both in the White House and at the State Department.',
    ],
  },
  {
    name: 'interrupted turn ending in a dash',
    input: 'Q In the wake of —\n\nMS. PSAKI: Steve Holland!\n\nQ Oh, hi.',
    expected: ['Q In the wake of —', 'MS. PSAKI: Steve Holland!', 'Q Oh, hi.'],
  },
  {
    name: 'headline, dateline and ### lines',
    input: 'Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China\nFebruary 10, 2021\nPresident Biden committed to pursuing practical, results-oriented engagements.\n\n###',
    expected: [
      'Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China',
      'February 10, 2021',
      'President Biden committed to pursuing practical, results-oriented engagements.',
      '###',
    ],
  },
  {
    name: 'single newlines in hard-wrapped UN text do not split',
    input: 'On my way to the\nAssembly Hall, I was informed by the Supreme State\nCouncil of the Islamic State of Afghanistan that in a\nself-evident act of aggression hundreds of Pakistani\nmilitary personnel are reported to have been positioned\nin the Shah Salim pass.\nOn behalf of my delegation, I take this\nopportunity to congratulate you, Sir.',
    expected: [
      'On my way to the\nAssembly Hall, I was informed by the Supreme State\nCouncil of the Islamic State of Afghanistan that in a\nself-evident act of aggression hundreds of Pakistani\nmilitary personnel are reported to have been positioned\nin the Shah Salim pass.',
      'On behalf of my delegation, I take this\nopportunity to congratulate you, Sir.',
    ],
  },
  {
    name: 'page break inside a sentence in wrapped UN text',
    input: 'l\nbe achieved only if we put our differences aside and act\n\nas one. If we adhere to the principles of understanding,\nsolidarity and respect, we will succeed.',
    expected: [
      'l\nbe achieved only if we put our differences aside and act\n\nas one.',
      'If we adhere to the principles of understanding,\nsolidarity and respect, we will succeed.',
    ],
  },
  {
    name: 'short sentences in a row',
    input: 'MS. PSAKI: Thank you. Karen.\n\nQ Jen, has President Biden invited congressional leaders to the White House?',
    expected: ['MS. PSAKI: Thank you.', 'Karen.', 'Q Jen, has President Biden invited congressional leaders to the White House?'],
  },
  {
    name: 'CRLF line endings',
    input: 'The two leaders reaffirmed their commitment.\r\n\r\nThey highlighted their dedication to ending the pandemic\r\n###\r\n',
    expected: ['The two leaders reaffirmed their commitment.', 'They highlighted their dedication to ending the pandemic', '###'],
  },
];

describe('splitSentences on real text', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of CASES) {
    it(c.name, () => {
      expect(texts(c.input)).toEqual(c.expected);
    });
  }
});

describe('spans', () => {
  it('offsets index the whole text; index counts from 0 in the body', () => {
    const text = 'date 2021-01-01\n\n  First one.  Second one?\n';
    const body = text.indexOf('First');
    const s = splitSentences(text, body);
    expect(s).toEqual([
      { start: body, end: body + 10, index: 0 },
      { start: body + 12, end: body + 23, index: 1 },
    ]);
    expect(text.slice(s[1]!.start, s[1]!.end)).toBe('Second one?');
  });

  it('respects the end bound', () => {
    const text = 'One. Two. Three.';
    expect(splitSentences(text, 0, 9).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });

  it('empty and blank input give no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  it('spans are trimmed and in order', () => {
    const text = '  A sentence.   \n\n  Another one  \n';
    for (const s of splitSentences(text)) {
      const t = text.slice(s.start, s.end);
      expect(t).toBe(t.trim());
      expect(t.length).toBeGreaterThan(0);
    }
  });
});

describe('seed files', () => {
  const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const gt = readFileSync(`${seedDir}2020-12-23-global-times-wang-yi-lavrov-call.txt`, 'utf8');

  it('the Global Times seed body has exactly 13 sentences', () => {
    const doc = parseDocument({ id: 'gt', text: gt });
    const sentences = splitSentences(doc.text, doc.bodyStart);
    expect(sentences).toHaveLength(13);
    const t = sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(t[0]).toMatch(/^The more turbulent the world becomes/);
    expect(t[0]).toMatch(/against the two countries\.$/);
    expect(t[1]).toMatch(/^Wang stressed/);
    expect(t[4]).toBe('Lavrov also expressed strong opposition to the US move to undermine multilateralism.');
    expect(t[8]).toBe('In 2021, China will achieve its first centenary goal of completing the building of a moderately prosperous society in all respects.');
    expect(t[12]).toMatch(/^He said high-level exchanges .* amid the rampant pandemic\.$/);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.start).toBeGreaterThanOrEqual(doc.bodyStart);
    });
  });

  it('covers every non-space character of the body, in order', () => {
    const doc = parseDocument({ id: 'gt', text: gt });
    const sentences = splitSentences(doc.text, doc.bodyStart);
    let pos = doc.bodyStart;
    for (const s of sentences) {
      expect(doc.text.slice(pos, s.start).trim()).toBe('');
      pos = s.end;
    }
    expect(doc.text.slice(pos).trim()).toBe('');
  });
});

describe('linear time', () => {
  it('handles a long run without stops or with many dots quickly', () => {
    const big = 'a'.repeat(200_000) + '.'.repeat(200_000) + ' U.S.'.repeat(50_000) + ' word'.repeat(50_000);
    const t0 = Date.now();
    const s = splitSentences(big);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(s.length).toBeGreaterThan(0);
  });
});

// General Debate 2024 (Trinidad and Tobago) and 2015 (Afghanistan), as the records give them: paragraphs on long
// lines, with a few breaks inside sentences (../shared/corpus/un-general-debate-2000-2024.jsonl.gz), trimmed.
describe('a newline a record left inside a sentence of unwrapped text', () => {
  it('continues the sentence after a paragraph-long line that ends in a word, or before a lower-case word', () => {
    // (Five paragraphs end their lines, as most of a record's do: the text is not hard-wrapped.)
    const paragraphs = 'In addition to our own efforts, we continue to engage.\nClimate change respects no borders.\nWe thank our partners.\nPeace is our aim.\nWe stand ready.\n';
    const text = 'We also remain deeply concerned by the humanitarian and security situation in Haiti, and recall that Professor Sir Hilary Beckles, Chairman of the CARICOM\n' +
      'Reparations Commission, stated that we are calling for justice for the people of Haiti.\n' +
      'We look forward to the timely and effective implementation of\nthe recently agreed plan.\n' + paragraphs;
    expect(texts(text).slice(0, 2)).toEqual([
      'We also remain deeply concerned by the humanitarian and security situation in Haiti, and recall that Professor Sir Hilary Beckles, Chairman of the CARICOM\nReparations Commission, stated that we are calling for justice for the people of Haiti.',
      'We look forward to the timely and effective implementation of\nthe recently agreed plan.',
    ]);
  });
  it('but a short line (a salutation, a heading), a turn or a number starts a new sentence', () => {
    expect(texts('Mr. President,\nWe look forward to the plan.\nReadout of the meeting\nThe President met the Prime Minister.\n' +
      'We also remain deeply concerned by the humanitarian and security situation in Haiti, and by what the region has lived through\n15-29425 31/34\nWe thank our partners.\nPeace is our aim.\n').slice(0, 6))
      .toEqual(['Mr. President,', 'We look forward to the plan.', 'Readout of the meeting', 'The President met the Prime Minister.',
        'We also remain deeply concerned by the humanitarian and security situation in Haiti, and by what the region has lived through', '15-29425 31/34']);
  });
});

describe('a UN page footer inside a sentence', () => {
  it('does not break the sentence it falls in (UN General Debate, Greece 2009), but one after a full stop stands alone', () => {
    const text = 'We went beyond words, but we have not seen an active\nresponse from the other side. Turkey declares that it\n\n09-53165 30\n\nwants zero problems with its neighbours. Yet, Turkish\nfighter jets kept flying only a few metres above the\nislands.\n\n09-53165 31\n\nWe dared to turn the page.\n';
    expect(texts(text)).toEqual([
      'We went beyond words, but we have not seen an active\nresponse from the other side.',
      'Turkey declares that it\n\n09-53165 30\n\nwants zero problems with its neighbours.',
      'Yet, Turkish\nfighter jets kept flying only a few metres above the\nislands.',
      '09-53165 31',
      'We dared to turn the page.',
    ]);
  });
});
