// English stop words, lower case. Base: the Snowball project's English list
// (snowballstem.org/algorithms/english/stop.txt, BSD licence), with the
// contraction pieces our tokenizer produces (`'s`, `n't`, `'re`…) and the few
// extra function words natural's list (natural/lib/natural/util/stopwords.js)
// adds (`also`, `said`, `could`, `would`…). natural's own list is not used
// as is: it lacks `not`, `no`, `will` and holds single letters and digits.
// `us` is left out on purpose: lower-cased it is also `US`, the country.
export const STOPWORDS: readonly string[] = [
  // Snowball
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom', 'this', 'that', 'these',
  'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'doing', 'would', 'should', 'could', 'ought', "i'm", "you're", "he's", "she's", "it's",
  "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd",
  "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't", "shouldn't",
  "can't", 'cannot', "couldn't", "mustn't", "let's", "that's", "who's", "what's", "here's", "there's",
  "when's", "where's", "why's", "how's", 'a', 'an', 'the', 'and', 'but', 'if', 'or', 'because', 'as',
  'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through',
  'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up', 'down', 'in', 'out', 'on', 'off',
  'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how',
  'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only',
  'own', 'same', 'so', 'than', 'too', 'very',
  // Clitics as the tokenizer splits them (`it` + `'s`, `do` + `n't`).
  "'s", "'re", "'ve", "'d", "'ll", "'m", "n't",
  // From natural's list, plus modal `will`/`can`/`may`/`must`.
  'also', 'another', 'came', 'can', 'come', 'get', 'got', 'like', 'make', 'many', 'might', 'much', 'must',
  'never', 'now', 'said', 'see', 'since', 'still', 'take', 'way', 'well', 'will', 'may', 'shall',
];
