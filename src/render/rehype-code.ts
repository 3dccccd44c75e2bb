/**
 * Code blocks highlighted at build time with Shiki (the highlighter Astro
 * ships): each token carries its light and dark colour as CSS variables, so
 * the theme switch needs no script. Each block gets a "Copy" button, hidden
 * until the article tools script makes it work. ```mermaid fences are left
 * to the diagram step, and a language Shiki does not know stays plain text.
 */
import type { Element, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';

/** Themes of the light and dark site themes: every token colour has at least 4.5:1 contrast on the site's background (WCAG AA). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Languages loaded up front: those help articles show most. Others load on first use. */
const COMMON_LANGUAGES = ['bash', 'json', 'yaml', 'html', 'css', 'javascript', 'typescript', 'python', 'sql', 'http'];

let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: COMMON_LANGUAGES }));

/** `language-js` → `js`; `undefined` when the fence names none. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const found = Array.isArray(classes) ? classes.map(String).find((name) => name.startsWith('language-')) : undefined;
  return found?.slice('language-'.length).toLowerCase();
}

/** The copy button of a code block; shown by `src/client/article-tools.ts`. */
const copyButton = () =>
  h(
    'button',
    { type: 'button', class: 'copy-button code-copy no-print', 'data-copy-code': '', 'data-pagefind-ignore': '', hidden: true },
    'Copy',
  );

/** Rehype plugin: highlights every fenced code block except diagrams. */
export function rehypeCode() {
  return async (tree: Root) => {
    const blocks: { parent: Parents; index: number; code: Element; language: string | undefined }[] = [];
    const find = (parent: Parents) => {
      parent.children.forEach((node, index) => {
        if (node.type !== 'element') return;
        const code =
          node.tagName === 'pre'
            ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
            : undefined;
        if (code) blocks.push({ parent, index, code, language: languageOf(code) });
        else find(node);
      });
    };
    find(tree);
    const wanted = blocks.filter((block) => block.language !== 'mermaid');
    if (wanted.length === 0) return;
    const shiki = await getHighlighter();
    for (const { parent, index, code, language } of wanted) {
      const source = toString(code).replace(/\n$/, '');
      let lang = 'text';
      if (language && language in bundledLanguages) {
        if (!shiki.getLoadedLanguages().includes(language)) await shiki.loadLanguage(language as never);
        lang = language;
      }
      const highlighted = shiki.codeToHast(source, { lang, themes: CODE_THEMES, defaultColor: false });
      const pre = highlighted.children[0] as Element;
      pre.properties.tabIndex = 0;
      pre.properties['dataLanguage'] = lang === 'text' ? undefined : lang;
      parent.children[index] = h('div', { class: 'code-block not-prose' }, [copyButton(), pre]);
    }
  };
}
