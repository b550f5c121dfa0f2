// wink-nlp entities: readDoc(text).entities().out(its.detail) per article.
// Only the pipes entities need (sentence boundaries, POS, NER). Note that
// wink's lite English model finds dates, times, numbers, money, percentages,
// e-mails, URLs and the like: not people, places or organisations.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { run } from './read-articles.mjs';

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
await run('wink-entities', (text) => nlp.readDoc(text).entities().out(its.detail).length);
