// The scoring formulas of keywords, collocates, cooccurrence and summaries,
// one pure function each, so each can be checked by hand against its source.
// Natural logarithms unless a formula says otherwise; x·ln(x/e) is 0 for x = 0.

function xLogXOverE(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

/**
 * tf-idf of a term in one document: tf × log10(N / df).
 * Spärck Jones (1972), "A statistical interpretation of term specificity";
 * in the form of Manning, Raghavan & Schütze (2008), Introduction to
 * Information Retrieval, §6.2.1 (raw term count, base-10 idf, as in their
 * Table 6.1: df 18,165 of N 806,791 gives idf 1.65).
 */
export function tfIdf(termCount: number, documentFrequency: number, documents: number): number {
  if (termCount <= 0 || documentFrequency <= 0 || documents <= 0) return 0;
  return termCount * Math.log10(documents / documentFrequency);
}

/**
 * Keyness log-likelihood G2 of a word seen `a` times in a corpus of `c` words
 * against `b` times in a reference of `d` words:
 *   E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G2 = 2(a ln(a/E1) + b ln(b/E2)).
 * Rayson & Garside (2000), "Comparing corpora using frequency profiling",
 * after Dunning (1993); the form of the UCREL log-likelihood calculator
 * (ucrel.lancs.ac.uk/llwizard.html) that WordSmith, AntConc and CQPweb report.
 * Always ≥ 0: the direction is in `logRatio`. 3.84 is p < 0.05, 6.63 p < 0.01,
 * 15.13 p < 0.0001 (one degree of freedom).
 */
export function keynessLogLikelihood(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0 || a + b <= 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return 2 * (xLogXOverE(a, e1) + xLogXOverE(b, e2));
}

/** The frequency that stands in for zero in Log Ratio (Hardie 2014, as CQPweb does). */
export const LOG_RATIO_ZERO = 0.5;

/**
 * Log Ratio effect size: log2 of the ratio of relative frequencies,
 * log2((a/c) / (b/d)); a zero frequency counts as 0.5 so the ratio stays
 * finite. Hardie (2014), "Log Ratio: an informal introduction", CASS, Lancaster.
 * 1 means twice as frequent as in the reference, 3 eight times, −1 half.
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0) return 0;
  const x = a > 0 ? a : LOG_RATIO_ZERO;
  const y = b > 0 ? b : LOG_RATIO_ZERO;
  return Math.log2(x / c / (y / d));
}

/**
 * Mutual information of a collocate with a node word in a window:
 *   MI = log2(O11 / E11), E11 = R1 × C1 / N,
 * with O11 the collocate's count inside the windows, R1 the number of word
 * positions the windows cover, C1 the collocate's corpus count and N the corpus
 * size. Church & Hanks (1990), "Word association norms, mutual information, and
 * lexicography"; the window form of Evert (2008), "Corpora and collocations",
 * §3 (for R1 = f(node) × span, the AntConc / Hunston formula).
 */
export function mutualInformation(o11: number, r1: number, c1: number, n: number): number {
  if (o11 <= 0 || r1 <= 0 || c1 <= 0 || n <= 0) return 0;
  return Math.log2(o11 / ((r1 * c1) / n));
}

/**
 * Log-likelihood G2 of a collocation over the full 2×2 contingency table
 * (window positions vs other positions × the collocate vs other words):
 *   O11 = in window and collocate, O12 = R1 − O11, O21 = C1 − O11,
 *   O22 = N − R1 − C1 + O11, Eij = row total × column total / N,
 *   G2 = 2 Σ Oij ln(Oij / Eij).
 * Dunning (1993), "Accurate methods for the statistics of surprise and
 * coincidence"; notation of Evert (2008), "Corpora and collocations", §3.
 */
export function collocationLogLikelihood(o11: number, r1: number, c1: number, n: number): number {
  if (n <= 0) return 0;
  const o12 = Math.max(0, r1 - o11);
  const o21 = Math.max(0, c1 - o11);
  const o22 = Math.max(0, n - r1 - c1 + o11);
  const r2 = n - r1;
  const c2 = n - c1;
  return (
    2 *
    (xLogXOverE(o11, (r1 * c1) / n) + xLogXOverE(o12, (r1 * c2) / n) + xLogXOverE(o21, (r2 * c1) / n) + xLogXOverE(o22, (r2 * c2) / n))
  );
}

const LN_FACTORIAL: number[] = [0];

/** ln(k!), summed once and kept (k is at most the number of sentences in the input). */
export function logFactorial(k: number): number {
  for (let i = LN_FACTORIAL.length; i <= k; i++) LN_FACTORIAL[i] = (LN_FACTORIAL[i - 1] ?? 0) + Math.log(i);
  return LN_FACTORIAL[k] ?? 0;
}

/**
 * Poisson cooccurrence significance of two items that share `k` of `n` units
 * (sentences or documents), one found in `a` units and the other in `b`:
 *   λ = a·b / n, sig = (λ − k ln λ + ln k!) / ln n,
 * roughly −log_n of the chance to see k or more shared units if the two were
 * independent. Quasthoff & Wolff (2002), "The Poisson collocation measure and
 * its applications"; the measure of the Leipzig Corpora Collection's
 * cooccurrence graphs. Large for pairs that meet more often than chance.
 */
export function poissonSignificance(k: number, a: number, b: number, n: number): number {
  if (k <= 0 || a <= 0 || b <= 0 || n <= 1) return 0;
  const lambda = (a * b) / n;
  return (lambda - k * Math.log(lambda) + logFactorial(k)) / Math.log(n);
}

/**
 * Similarity of two sentences for TextRank: the words they share over the sum
 * of the logs of their lengths, |Si ∩ Sj| / (ln|Si| + ln|Sj|).
 * Mihalcea & Tarau (2004), "TextRank: bringing order into texts", §4.1.
 * Zero when either sentence has a single word (the denominator would vanish).
 */
export function textRankSimilarity(shared: number, lengthA: number, lengthB: number): number {
  if (shared <= 0 || lengthA <= 1 || lengthB <= 1) return 0;
  return shared / (Math.log(lengthA) + Math.log(lengthB));
}

/**
 * Weighted PageRank over a symmetric similarity matrix, as TextRank ranks
 * sentences: WS(Vi) = (1 − d) + d Σj w_ji / (Σk w_jk) × WS(Vj), d = 0.85,
 * iterated until no score moves more than `tolerance`.
 * Mihalcea & Tarau (2004), §2.2 (after Brin & Page 1998).
 */
export function weightedPageRank(weights: readonly (readonly number[])[], damping = 0.85, tolerance = 1e-6, maxIterations = 100): number[] {
  const n = weights.length;
  const outSum = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = new Array<number>(n).fill(1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = new Array<number>(n).fill(1 - damping);
    for (let j = 0; j < n; j++) {
      const total = outSum[j] ?? 0;
      if (total === 0) continue;
      const row = weights[j] ?? [];
      const share = (damping * (scores[j] ?? 0)) / total;
      for (let i = 0; i < n; i++) {
        const w = row[i] ?? 0;
        if (w !== 0) next[i] = (next[i] ?? 0) + w * share;
      }
    }
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs((next[i] ?? 0) - (scores[i] ?? 0)));
    scores = next;
    if (moved < tolerance) break;
  }
  return scores;
}
