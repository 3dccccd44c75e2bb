import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentWords } from '../render/components';

/** The components' words in `lang`, from `<root>/src/i18n/<lang>.json` (`component.*`, `copy.problem`, `copy.action`). */
export function componentWords(lang: string, root = '.'): ComponentWords {
  const strings = JSON.parse(readFileSync(join(root, 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
  const word = (key: string) => strings[key] ?? '';
  return {
    note: word('component.note'),
    tip: word('component.tip'),
    warning: word('component.warning'),
    task: word('component.task'),
    where: word('component.where'),
    success: word('component.success'),
    seeNote: word('component.seeNote'),
    progress: word('component.progress'),
    resetChecklist: word('component.resetChecklist'),
    problem: word('copy.problem'),
    action: word('copy.action'),
    copyFix: word('component.copyFix'),
    video: word('component.video'),
    videoCaptions: word('component.videoCaptions'),
    videoDownload: word('component.videoDownload'),
    videoPlaysFrom: word('component.videoPlaysFrom'),
  };
}
