interface Node {
  type: string;
  url?: string;
  data?: { hProperties?: Record<string, unknown> };
  children?: Node[];
}

/**
 * Remark plugin for links in articles:
 * - root-relative links get the site's base path in front, so authors write
 *   `/articles/foo/` and the link still works under a sub-path such as `/help/`;
 * - links to other sites get `rel="noopener noreferrer"`.
 */
export function remarkLinks(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  return (tree: object) => {
    const walk = (node: Node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url) {
        if (node.url.startsWith('/') && !node.url.startsWith('//')) {
          node.url = `${base}${node.url}`;
        } else if (/^(https?:)?\/\//i.test(node.url) && node.type === 'link') {
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: 'noopener noreferrer' } };
        }
      }
      node.children?.forEach(walk);
    };
    walk(tree as Node);
  };
}
