import { describe, expect, it } from 'vitest';
import { PAUSE_MS, SearchLog } from '../../../src/feedback/search-log';

describe('SearchLog', () => {
  it('reports nothing per keystroke: only the query the reader paused on', () => {
    const log = new SearchLog();
    let t = 0;
    for (const typed of ['r', 're', 'res', 'rese', 'reset']) log.shown(typed, 5, undefined, (t += 150));
    expect(log.take()).toEqual([]);
    log.shown('reset pin', 2, undefined, (t += 150));
    log.shown('reset pin x', 0, undefined, t + PAUSE_MS);
    expect(log.take()).toEqual([{ type: 'search', query: 'reset pin', results: 2 }]);
    expect(log.take()).toEqual([]);
  });

  it('sends a clicked search once, with the article and its position', () => {
    const log = new SearchLog();
    log.shown('Auto  Pay', 4, undefined, 0);
    log.clicked('104', 2);
    expect(log.take()).toEqual([{ type: 'search', query: 'auto pay', results: 4, clicked: { article: '104', position: 2 } }]);
    expect(log.leave()).toEqual([]);
  });

  it('reports the search on screen when the reader leaves, with its correction and latest count', () => {
    const log = new SearchLog();
    log.shown('pasword', 3, 'password', 0);
    log.shown('pasword', 1, undefined, 50);
    log.shown('pasword', 2, 'password', 60);
    expect(log.leave()).toEqual([{ type: 'search', query: 'pasword', results: 2, corrected: 'password' }]);
  });

  it('forgets a cleared box and never reports an empty query', () => {
    const log = new SearchLog();
    log.shown('   ', 0, undefined, 0);
    log.clicked('101', 1);
    expect(log.leave()).toEqual([]);
  });
});
