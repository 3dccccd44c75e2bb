import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { componentIssues, ARTICLE_COMPONENTS } from '../render/components';
import { rawTagProblem } from '../render/raw-html';
import { attributeValue } from '../render/rehype-components';
import { NotStaticError, type StaticValue } from '../render/static-value';
import { placeOf, textOf, walk, type MdNode } from './mdx';
import type { Finding, LintRule, Place } from './types';

const COMPONENT_LIST = Object.keys(ARTICLE_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** Whether an element has a body a reader sees: text, an image or a code block. */
export function hasContent(element: MdNode): boolean {
  return (element.children ?? []).some(
    (child) => textOf(child).trim() !== '' || walk(child).some((node) => node.type === 'image' || node.type === 'code'),
  );
}

/** Checks one JSX element: literal attribute values, then the component's own rules. */
function checkElement(element: MdxJsxFlowElement | MdxJsxTextElement): Finding[] {
  const at = placeOf(element);
  const name = element.name ?? '';
  const props: Record<string, StaticValue> = {};
  const places: Record<string, Place> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      return [{ ...at, message: `<${name}> has {...spread} attributes`, fix: 'write each attribute out' }];
    }
    places[attribute.name] = placeOf(attribute);
    try {
      props[attribute.name] = attributeValue(attribute);
    } catch (error) {
      if (!(error instanceof NotStaticError)) {
        return [{ ...places[attribute.name]!, message: `<${name}> ${attribute.name}={} is empty`, fix: 'write a value' }];
      }
      const [what, fix] = error.message.split(' is not allowed here: ');
      return [
        {
          ...(error.line ? { line: error.line, column: error.column ?? 1 } : places[attribute.name]!),
          message: `<${name}> ${attribute.name}={…}: ${what ?? ''} is not allowed here`,
          fix: fix ?? 'write the value out',
        },
      ];
    }
  }
  if (!element.name) return [];
  if (/^[a-z]/.test(element.name)) {
    // Raw HTML: only the tags of the allow-list (raw-html.ts), with their few attributes.
    const refused = rawTagProblem(element.name, Object.keys(props));
    if (!refused) return [];
    const split = refused.indexOf(': ');
    return [{ ...at, message: refused.slice(0, split), fix: refused.slice(split + 2) }];
  }
  return componentIssues(element.name, { props, hasContent: hasContent(element as MdNode) }).map((issue) => ({
    ...((issue.prop && places[issue.prop]) || at),
    message: issue.message,
    fix: issue.fix,
  }));
}

/**
 * The MDX an article may hold: the site's components with literal attribute
 * values, lower-case HTML tags and `{/* comments *\/}`; no code (imports,
 * `{expressions}`, variables in attributes) and no unknown component or attribute.
 */
export const components: LintRule = (article) => {
  const found: Finding[] = [];
  visit(article.tree as Nodes, (node) => {
    if (node.type === 'mdxjsEsm') {
      found.push({
        ...placeOf(node),
        message: '`import` and `export` are not supported in articles',
        fix: `the components (${COMPONENT_LIST}) need no import — remove the line`,
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // `{/* a comment */}` holds no code: it is the MDX way to leave a note for authors.
      if (node.data?.estree?.body.length === 0) return;
      found.push({
        ...placeOf(node),
        message: '{…} runs code, which articles cannot do',
        fix: 'write the text itself, or \\{ for a literal brace',
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      found.push(...checkElement(node));
    }
  });
  return found;
};
