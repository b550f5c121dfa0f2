// compromise: people, places and organisations per article.
import nlp from 'compromise';
import { run } from './read-articles.mjs';

await run('compromise-entities', (text) => {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
});
