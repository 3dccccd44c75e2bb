interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/**
 * Remark plugin: puts the site's base path in front of root-relative links in
 * articles, so authors write `/articles/foo/` and the link still works when the
 * site lives under a sub-path such as `/help/`.
 */
export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  return (tree: object) => {
    if (base === '') return;
    const walk = (node: Node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
        node.url = `${base}${node.url}`;
      }
      node.children?.forEach(walk);
    };
    walk(tree as Node);
  };
}
