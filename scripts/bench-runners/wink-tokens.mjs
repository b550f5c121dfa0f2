// wink-nlp tokenising: readDoc(text).tokens().out() per article.
// The pipe is empty, so wink only tokenises (no sentences, POS or NER): the
// fairest match for `statements tokens`.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { run } from './read-articles.mjs';

const nlp = winkNLP(model, []);
await run('wink-tokens', (text) => nlp.readDoc(text).tokens().out().length);
