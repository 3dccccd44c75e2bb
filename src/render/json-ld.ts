/** A schema.org object for a `<script type="application/ld+json">` block. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail, with an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** A schema.org `BreadcrumbList` for a trail from the home page to the current page. */
export function breadcrumbList(trail: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** A schema.org `FAQPage` with one question (the article's title) answered by its quick answer. */
export function faqPage(article: { title: string; quickAnswer: string; url: string; updated: Date }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: article.title,
    url: article.url,
    dateModified: article.updated.toISOString().slice(0, 10),
    mainEntity: [
      {
        '@type': 'Question',
        name: article.title,
        acceptedAnswer: { '@type': 'Answer', text: article.quickAnswer, url: article.url },
      },
    ],
  };
}

/** A schema.org `WebPage` (or `CollectionPage`) naming a page that is not an article. */
export function webPage(page: { name: string; description: string; url: string; type?: 'WebPage' | 'CollectionPage' }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': page.type ?? 'WebPage',
    name: page.name,
    description: page.description,
    url: page.url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are escaped as `\u003c` etc., so no text in it can close the element early.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
