// Generates realistic help-center articles for the benchmark, deterministically
// from a seed: the same seed and count always give the same files, byte for byte.
// Pure: no I/O, no clock, no Math.random. `npm run bench` writes what it returns.

// Node 24 strips the types, so the site's own slug rule serves the generator too.
import { slugify } from '../../src/content/slug.ts';

/** Categories of the generated sites: the real site's slugs, so both builds see the same taxonomy. */
export const BENCH_CATEGORIES = [
  { slug: 'getting-started', title: 'Getting started', description: 'First steps after you buy MyOperator: activation, logins and the dashboard.' },
  { slug: 'account-and-users', title: 'Account and users', description: 'Adding people to your account, their roles and how they sign in.' },
  { slug: 'call-flows', title: 'Call flows and IVR', description: 'Designing what callers hear and where their calls go.' },
  { slug: 'billing', title: 'Billing and payments', description: 'Receipts, recurring payments and what you pay to whom.' },
  { slug: 'numbers-and-porting', title: 'Numbers and porting', description: 'Moving a number to MyOperator or away from it, and the documents it needs.' },
  { slug: 'integrations', title: 'Integrations and network', description: 'APIs, webhooks and the firewall rules they need.' },
  { slug: 'whatsapp', title: 'WhatsApp', description: 'WhatsApp templates, campaigns and variable mapping.' },
  { slug: 'about', title: 'About MyOperator', description: 'What MyOperator is and who it is for.' },
];

/** The shared keyword vocabulary: every article takes 4–8 of these, so tags and search terms overlap as on a real site. */
export const VOCABULARY = [
  'call flow', 'IVR menu', 'missed calls', 'call recording', 'voicemail', 'call forwarding', 'business hours',
  'holiday routing', 'sticky agent', 'call queue', 'hold music', 'welcome message', 'department routing',
  'user roles', 'add users', 'remove users', 'password reset', 'two-factor login', 'single sign-on',
  'dashboard login', 'mobile app', 'desktop app', 'browser calling', 'extension numbers', 'call transfer',
  'conference call', 'click to call', 'outbound calls', 'inbound calls', 'caller ID', 'DND numbers',
  'number porting', 'virtual number', 'toll-free number', 'landline number', 'port-out request',
  'KYC documents', 'compliance approval', 'GST invoice', 'recurring payments', 'auto-pay', 'prepaid balance',
  'postpaid bill', 'payment receipt', 'refund request', 'plan upgrade', 'plan downgrade', 'usage report',
  'call logs', 'call analytics', 'agent performance', 'CSV export', 'API key', 'webhook', 'CRM integration',
  'Zoho integration', 'HubSpot integration', 'Salesforce integration', 'IP allow list', 'firewall rules',
  'SIP trunk', 'WhatsApp template', 'WhatsApp campaign', 'template approval', 'variable mapping',
  'message status', 'opt-out', 'bulk SMS', 'in-SMS', 'call tracking', 'lead capture', 'support ticket',
  'escalation matrix', 'spam folder', 'email notifications', 'team members', 'nonprofit plan', 'data retention',
  'call masking', 'number masking', 'ring groups', 'round robin', 'after-hours calls', 'callback request',
  'call whisper', 'call barge', 'live monitoring', 'speech to text', 'sentiment score', 'quality audit',
];

const VERBS = [
  'set up', 'change', 'turn off', 'turn on', 'check', 'fix', 'export', 'update', 'remove', 'add', 'reset',
  'review', 'test', 'schedule', 'share', 'restore', 'verify', 'limit', 'rename', 'move',
];
const OBJECTS = [
  'a call flow', 'an IVR menu', 'call recordings', 'voicemail greetings', 'call forwarding', 'business hours',
  'holiday routing', 'a call queue', 'hold music', 'user roles', 'a team member', 'two-factor login',
  'the mobile app', 'extension numbers', 'caller ID', 'a virtual number', 'a toll-free number', 'KYC documents',
  'GST invoices', 'auto-pay', 'the prepaid balance', 'call logs', 'an API key', 'a webhook', 'the CRM integration',
  'the IP allow list', 'a SIP trunk', 'a WhatsApp template', 'a WhatsApp campaign', 'ring groups',
];
const CONTEXTS = [
  'for a new office', 'for the support team', 'after porting a number', 'on the Pro plan', 'for night shifts',
  'during a sale', 'for a second branch', 'before an audit', 'for remote agents', 'on a shared account',
];
const PLACES = [
  'Manage → Design Callflow', 'Users → Add User', 'Settings → Compliance', 'Billing → Recurring Payments',
  'Reports → Call Logs', 'Settings → API Keys', 'Integrations → Webhooks', 'Numbers → My Numbers',
  'WhatsApp → Templates', 'Settings → Security', 'Settings → Business Hours', 'Manage → Departments',
];
const OUTCOMES = [
  'the status turns “Active”', 'a green tick appears', 'the change shows in the audit log', 'a test call follows the new route',
  'the list shows the new entry', 'you receive a confirmation email', 'the badge reads “Approved”', 'the report downloads',
];
const SUBJECTS = [
  'Your team', 'The account owner', 'An admin', 'Every agent', 'The billing contact', 'Your developer',
  'A supervisor', 'The caller', 'MyOperator', 'The dashboard',
];
const PREDICATES = [
  'can change this setting at any time without interrupting live calls',
  'sees the new setting within a few minutes of saving it',
  'should write down the current values before changing anything',
  'gets an email whenever someone edits this part of the account',
  'can undo the last change from the history panel on the same page',
  'needs the admin role to open this page; other roles see a read-only view',
  'keeps a copy of every version for ninety days, so nothing is lost',
  'applies the same rule to every number in the department unless you override it',
  'shows a warning when a value conflicts with another rule on the account',
  'uses the time zone of the account, not the time zone of your browser',
  'lists the numbers affected before you confirm the change',
  'checks the change against your plan and tells you if it needs an upgrade',
];
const CONNECTORS = ['In practice,', 'For most accounts,', 'As a rule,', 'If you are unsure,', 'On busy days,', 'Once saved,', 'Usually,', 'By default,'];
const PROBLEMS = [
  'The option is greyed out', 'The change does not take effect', 'Callers still hear the old message',
  'The page shows an error after saving', 'I can’t find the setting', 'The export is empty',
  'Agents don’t receive the calls', 'The approval is still pending', 'The test call fails',
  'The webhook returns 401', 'Numbers are missing from the list', 'The email never arrives',
];
const ACTIONS = [
  'Sign out and back in so the dashboard loads your current role, then try again.',
  'Check that the number is assigned to the department you are editing, and save once more.',
  'Wait ten minutes for the change to reach every server, then place a test call.',
  'Clear the filters at the top of the list; saved filters hide older entries.',
  'Ask the account owner to give you the admin role under Users → Roles.',
  'Regenerate the key under Settings → API Keys and update it in your application.',
  'Look in the spam folder and add the sender’s domain to your safe senders.',
  'Write to support@myoperator.com with a screenshot and your account ID.',
];
const SECTION_TITLES = [
  'Before you start', 'What changes for callers', 'Who can do this', 'How long it takes', 'Good to know',
  'Limits and plans', 'Checking the result', 'Undoing the change', 'For administrators', 'Common questions',
];

/** A small, fast, seedable pseudo-random generator (mulberry32): returns floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const int = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/** `count` distinct items of `list`, in a random order. */
function sample(random, list, count) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

const lower = (text) => (text === 'MyOperator' ? text : text.charAt(0).toLowerCase() + text.slice(1));
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (text) => text.split(/\s+/).filter(Boolean).length;

function sentence(random, topic) {
  const kind = random();
  if (kind < 0.4) return `${pick(random, SUBJECTS)} ${pick(random, PREDICATES)}.`;
  if (kind < 0.7) return `${pick(random, CONNECTORS)} ${lower(pick(random, SUBJECTS))} ${pick(random, PREDICATES)}.`;
  return `When you ${topic}, open ${pick(random, PLACES)} and confirm that ${pick(random, OUTCOMES)}.`;
}

function paragraph(random, topic) {
  return Array.from({ length: int(random, 3, 6) }, () => sentence(random, topic)).join(' ');
}

/**
 * The articles of a generated site: `count` articles with unique slugs and ids,
 * 4–8 keywords each from {@link VOCABULARY}, 3 related slugs that exist, and a
 * Mermaid diagram in one article of every 20. Body text is 400–1,200 words.
 * @param {{ count: number, seed?: number }} options
 */
export function generateArticles({ count, seed = 1 }) {
  if (!Number.isInteger(count) || count < 4) throw new Error(`count must be an integer ≥ 4, got ${count}`);
  const combos = VERBS.length * OBJECTS.length * CONTEXTS.length;
  if (count > combos) throw new Error(`count must be at most ${combos} (distinct titles), got ${count}`);
  const random = rng(seed);
  // A seeded permutation of (verb, object, context) triples gives unique titles.
  const order = sample(random, Array.from({ length: combos }, (_, i) => i), count);
  const heads = order.map((combo, index) => {
    const verb = VERBS[combo % VERBS.length];
    const object = OBJECTS[Math.floor(combo / VERBS.length) % OBJECTS.length];
    const context = CONTEXTS[Math.floor(combo / (VERBS.length * OBJECTS.length))];
    const title = `How do I ${verb} ${object} ${context}?`;
    return { index, verb, object, context, title, slug: slugify(`${verb} ${object} ${context}`) };
  });
  return heads.map((head) => {
    const { index, verb, object, context } = head;
    const topic = `${verb} ${object}`;
    const category = BENCH_CATEGORIES[index % BENCH_CATEGORIES.length].slug;
    const keywords = sample(random, VOCABULARY, int(random, 4, 8));
    const related = sample(random, heads.filter((h) => h.index !== index), 3).map((h) => h.slug);
    const targetWords = int(random, 400, 950);
    const tasks = Array.from({ length: int(random, 3, 6) }, (_, i) => ({
      task: `${capital(i === 0 ? topic : pick(random, VERBS) + ' ' + pick(random, OBJECTS))} (step ${i + 1})`,
      where: pick(random, PLACES),
      success: capital(pick(random, OUTCOMES)),
      ...(random() < 0.25 ? { note: `Only needed ${pick(random, CONTEXTS)}.` } : {}),
    }));
    const troubles = sample(random, PROBLEMS, int(random, 2, 4)).map((problem) => ({ problem, action: pick(random, ACTIONS) }));
    const diagram =
      index % 20 === 7
        ? {
            title: `How to ${topic} ${context}`,
            description: `Flow from opening ${tasks[0].where} through ${tasks.length} tasks to a confirmed change for article ${index + 1}.`,
            steps: tasks.map((t) => t.task),
          }
        : undefined;
    const intro = paragraph(random, topic);
    const sections = [];
    let count = words(intro) + tasks.length * 12 + troubles.length * 20;
    const titles = sample(random, SECTION_TITLES, SECTION_TITLES.length);
    while (count < targetWords && sections.length < titles.length) {
      const paragraphs = Array.from({ length: int(random, 1, 3) }, () => paragraph(random, topic));
      const sub = random() < 0.4 ? { title: `${titles[sections.length]}: details`, text: paragraph(random, topic) } : undefined;
      const added = paragraphs.reduce((sum, p) => sum + words(p), 0) + (sub ? words(sub.text) : 0);
      // Keeps the whole article, tables and markup included, under 1,200 words.
      if (count + added > 870) break;
      sections.push({ title: titles[sections.length], paragraphs, sub });
      count += added;
    }
    const callout = random() < 0.3 ? { type: pick(random, ['note', 'tip', 'warning']), text: paragraph(random, topic) } : undefined;
    return {
      slug: head.slug,
      id: `b${index + 1}`,
      title: head.title,
      quickAnswer: `Open ${tasks[0].where}, ${topic} ${context} and save; ${pick(random, OUTCOMES)} when it worked.`,
      category,
      keywords,
      related,
      updated: '2026-11-25',
      intro,
      tasks,
      sections,
      troubles,
      callout,
      diagram,
    };
  });
}

const yamlString = (text) => JSON.stringify(text);
const jsString = (text) => JSON.stringify(text);

function mermaid(diagram) {
  const ids = diagram.steps.map((_, i) => `s${i + 1}`);
  return [
    '```mermaid',
    'flowchart LR',
    `  accTitle: ${diagram.title}`,
    `  accDescr: ${diagram.description}`,
    ...diagram.steps.slice(1).map((step, i) => `  ${ids[i]}[${diagram.steps[i].replace(/[[\]()]/g, '')}] --> ${ids[i + 1]}[${step.replace(/[[\]()]/g, '')}]`),
    '```',
  ].join('\n');
}

/** The article as this site's MDX: our frontmatter schema and components. */
export function toHelpCenterMdx(article) {
  const rows = article.tasks
    .map((t) => `    { task: ${jsString(t.task)}, where: ${jsString(t.where)}, success: ${jsString(t.success)}${t.note ? `, note: ${jsString(t.note)}` : ''} },`)
    .join('\n');
  const body = [
    article.intro,
    '## Steps',
    `<TaskTable\n  caption=${jsString(`Steps to ${article.tasks[0].task.toLowerCase()}`)}\n  tasks={[\n${rows}\n  ]}\n/>`,
    ...article.sections.flatMap((s) => [`## ${s.title}`, ...s.paragraphs, ...(s.sub ? [`### ${s.sub.title}`, s.sub.text] : [])]),
    ...(article.callout ? [`<Callout type="${article.callout.type}">\n  ${article.callout.text}\n</Callout>`] : []),
    '## Troubleshooting',
    ...article.troubles.map((t) => `<Troubleshoot problem=${jsString(t.problem)}>\n  ${t.action}\n</Troubleshoot>`),
    ...(article.diagram ? ['## How it flows', mermaid(article.diagram)] : []),
  ];
  const front = [
    '---',
    `title: ${yamlString(article.title)}`,
    `id: ${yamlString(article.id)}`,
    `quickAnswer: ${yamlString(article.quickAnswer)}`,
    `category: ${article.category}`,
    'keywords:',
    ...article.keywords.map((k) => `  - ${yamlString(k)}`),
    'related:',
    ...article.related.map((r) => `  - ${r}`),
    `updated: ${article.updated}`,
    '---',
  ];
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

const cell = (text) => text.replace(/\|/g, '\\|');

/**
 * The same article as plain Markdown for Starlight: the task table as a Markdown
 * table, troubleshooting as headings and paragraphs, the callout as an aside,
 * keywords and related links as text, and the Mermaid fence left as code.
 * @param {ReturnType<typeof generateArticles>[number]} article
 * @param {Map<string, string>} categoryOf slug → category slug, for related links
 */
export function toStarlightMarkdown(article, categoryOf) {
  const notes = article.tasks.filter((t) => t.note);
  const body = [
    `**Quick answer:** ${article.quickAnswer}`,
    article.intro,
    '## Steps',
    [
      `| Task | Where to click | How you know it worked |`,
      `| --- | --- | --- |`,
      ...article.tasks.map((t) => `| ${cell(t.task)}${t.note ? ` (${notes.indexOf(t) + 1})` : ''} | ${cell(t.where)} | ${cell(t.success)} |`),
    ].join('\n'),
    ...(notes.length ? [notes.map((t, i) => `(${i + 1}) ${t.note}`).join('\\\n')] : []),
    ...article.sections.flatMap((s) => [`## ${s.title}`, ...s.paragraphs, ...(s.sub ? [`### ${s.sub.title}`, s.sub.text] : [])]),
    ...(article.callout ? [`:::${article.callout.type === 'warning' ? 'caution' : article.callout.type}\n${article.callout.text}\n:::`] : []),
    '## Troubleshooting',
    ...article.troubles.flatMap((t) => [`### Problem: ${t.problem}`, `**Action:** ${t.action}`]),
    ...(article.diagram ? ['## How it flows', mermaid(article.diagram)] : []),
    '## Related articles',
    article.related.map((slug) => `- [${slug.replace(/-/g, ' ')}](/${categoryOf.get(slug)}/${slug}/)`).join('\n'),
    `**Keywords:** ${article.keywords.join(', ')}`,
  ];
  const front = ['---', `title: ${yamlString(article.title)}`, `description: ${yamlString(article.quickAnswer)}`, `lastUpdated: ${article.updated}`, '---'];
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/**
 * Every file of both generated sites, as relative path → text.
 * `helpcenter/` is a content folder for this site (HELPCENTER_CONTENT);
 * `starlight/` is the source of a Starlight project (config added by the bench).
 * @param {{ count: number, seed?: number }} options
 */
export function generateSites(options) {
  const articles = generateArticles(options);
  const categoryOf = new Map(articles.map((a) => [a.slug, a.category]));
  /** @type {Record<string, string>} */
  const files = {};
  files['helpcenter/categories.json'] = `${JSON.stringify(BENCH_CATEGORIES, null, 2)}\n`;
  files['helpcenter/site.json'] = `${JSON.stringify(
    {
      name: 'Bench Help Center',
      shortName: 'Bench Help',
      description: `A generated help center of ${articles.length} articles for the benchmark.`,
      featured: articles[0].slug,
      support: { email: 'support@example.com' },
    },
    null,
    2,
  )}\n`;
  files['starlight/src/content/docs/index.md'] = `---\ntitle: Bench Help Center\ndescription: A generated help center of ${articles.length} articles for the benchmark.\n---\n\n${BENCH_CATEGORIES.map((c) => `- **${c.title}**: ${c.description}`).join('\n')}\n`;
  for (const article of articles) {
    files[`helpcenter/articles/${article.slug}.mdx`] = toHelpCenterMdx(article);
    files[`starlight/src/content/docs/${article.category}/${article.slug}.md`] = toStarlightMarkdown(article, categoryOf);
  }
  return { articles, files };
}
