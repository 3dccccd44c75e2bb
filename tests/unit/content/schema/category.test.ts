import { describe, expect, it } from 'vitest';
import { categoriesSchema } from '../../../../src/content/schema/category';
import { settingsSchema } from '../../../../src/content/schema/settings';

describe('categories schema', () => {
  it('accepts a list of categories with slug, title and description', () => {
    expect(categoriesSchema.parse([{ slug: 'billing', title: 'Billing', description: 'Paying.' }])).toHaveLength(1);
  });

  it('rejects duplicate and malformed slugs', () => {
    const result = categoriesSchema.safeParse([
      { slug: 'Billing Stuff', title: 'Billing', description: 'Paying.' },
      { slug: 'Billing Stuff', title: 'Billing 2', description: 'Paying.' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'must be a slug such as "getting-started"',
      'must be a slug such as "getting-started"',
      'category slugs must be unique',
    ]);
  });
});

describe('settings schema', () => {
  it('needs a valid support email', () => {
    const result = settingsSchema.safeParse({
      name: 'Help',
      shortName: 'Help',
      description: 'Answers.',
      featured: 'guide',
      support: { email: 'not-an-email' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['support', 'email']);
  });
});
