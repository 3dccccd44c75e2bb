/**
 * Questions customers ask in their own words (not article titles), with the
 * article that must be in the top 3. `kind` says what makes the query hard.
 */
export interface RelevanceCase {
  query: string;
  expect: string;
  kind: 'plain' | 'typo' | 'synonym' | 'hinglish' | 'long' | 'one-word';
}

export const relevanceCases: RelevanceCase[] = [
  { query: 'receipt not in inbox', expect: 'emails-going-to-spam', kind: 'plain' },
  { query: 'forgot my password', expect: 'what-to-do-after-paying-for-myoperator', kind: 'plain' },
  { query: 'publish ivr', expect: 'types-of-ivr', kind: 'plain' },
  { query: 'stop paying airtel bill', expect: 'postpaid-bills-after-transferring-number', kind: 'plain' },
  { query: 'sip ports firewall', expect: 'myoperator-ip-addresses-to-allow-list', kind: 'plain' },
  { query: 'helpline for ngo', expect: 'myoperator-for-ngos', kind: 'plain' },
  { query: 'template placeholders', expect: 'when-is-variable-mapping-required', kind: 'plain' },
  { query: 'invite a colleague to my account', expect: 'how-to-add-users', kind: 'plain' },
  { query: 'different ivr menus by time of day', expect: 'types-of-ivr', kind: 'plain' },
  { query: 'no objection certificate for leaving', expect: 'port-number-out-of-myoperator', kind: 'plain' },
  { query: 'escalate unresolved ticket', expect: 'contact-support-and-escalation', kind: 'plain' },
  { query: 'what to do after payment', expect: 'what-to-do-after-paying-for-myoperator', kind: 'plain' },
  { query: 'edit approved template', expect: 'whatsapp-templates', kind: 'plain' },
  { query: 'what does myoperator do', expect: 'what-is-myoperator', kind: 'plain' },
  { query: 'card mandate test charge refunded', expect: 'set-up-auto-pay', kind: 'plain' },
  { query: 'upload csv contacts campaign', expect: 'when-is-variable-mapping-required', kind: 'plain' },

  { query: 'pasword reset', expect: 'what-to-do-after-paying-for-myoperator', kind: 'typo' },
  { query: 'reciept not recieved', expect: 'emails-going-to-spam', kind: 'typo' },
  { query: 'firewal ports', expect: 'myoperator-ip-addresses-to-allow-list', kind: 'typo' },
  { query: 'recuring payments', expect: 'set-up-auto-pay', kind: 'typo' },
  { query: 'whatsap templete', expect: 'whatsapp-templates', kind: 'typo' },
  { query: 'escalaton', expect: 'contact-support-and-escalation', kind: 'typo' },
  { query: 'postpiad bils', expect: 'postpaid-bills-after-transferring-number', kind: 'typo' },
  { query: 'varible maping', expect: 'when-is-variable-mapping-required', kind: 'typo' },
  { query: 'add new usres', expect: 'how-to-add-users', kind: 'typo' },
  { query: 'benificiaries helpline', expect: 'myoperator-for-ngos', kind: 'typo' },

  { query: 'whitelist ip', expect: 'myoperator-ip-addresses-to-allow-list', kind: 'synonym' },
  { query: 'autopay', expect: 'set-up-auto-pay', kind: 'synonym' },
  { query: 'invoice in junk', expect: 'emails-going-to-spam', kind: 'synonym' },
  { query: 'nonprofit', expect: 'myoperator-for-ngos', kind: 'synonym' },
  { query: 'mnp out', expect: 'port-number-out-of-myoperator', kind: 'synonym' },
  { query: 'phone menu', expect: 'types-of-ivr', kind: 'synonym' },
  { query: 'bill nahi aaya', expect: 'emails-going-to-spam', kind: 'synonym' },
  { query: 'number port karna', expect: 'port-number-out-of-myoperator', kind: 'synonym' },
  { query: 'kyc', expect: 'postpaid-bills-after-transferring-number', kind: 'synonym' },
  { query: 'customer care phone', expect: 'contact-support-and-escalation', kind: 'synonym' },
  { query: 'mera receipt kaha hai', expect: 'emails-going-to-spam', kind: 'hinglish' },
  { query: 'naya user kaise jode', expect: 'how-to-add-users', kind: 'hinglish' },
  { query: 'number port out kaise kare', expect: 'port-number-out-of-myoperator', kind: 'hinglish' },
  { query: 'ivr kaise banaye', expect: 'types-of-ivr', kind: 'hinglish' },
  { query: 'autopay band karna hai', expect: 'set-up-auto-pay', kind: 'hinglish' },
  { query: 'support se baat kaise kare', expect: 'contact-support-and-escalation', kind: 'hinglish' },
  { query: 'purane operator ka bill', expect: 'postpaid-bills-after-transferring-number', kind: 'hinglish' },
  { query: 'whatsapp template edit nahi ho raha', expect: 'whatsapp-templates', kind: 'hinglish' },

  {
    query: 'i paid for myoperator yesterday what should i do next',
    expect: 'what-to-do-after-paying-for-myoperator',
    kind: 'long',
  },
  {
    query: 'which ports do i need to open on my firewall for sip calls',
    expect: 'myoperator-ip-addresses-to-allow-list',
    kind: 'long',
  },
  {
    query: 'my old operator is still sending me bills after i moved my number',
    expect: 'postpaid-bills-after-transferring-number',
    kind: 'long',
  },
  { query: 'how do i give my new employee access to the dashboard', expect: 'how-to-add-users', kind: 'long' },
  { query: 'why was i charged a small amount when i turned on recurring payments', expect: 'set-up-auto-pay', kind: 'long' },
  { query: 'can i play a different message to callers on holidays', expect: 'types-of-ivr', kind: 'long' },
  {
    query: 'do i have to map variables before sending a whatsapp campaign',
    expect: 'when-is-variable-mapping-required',
    kind: 'long',
  },
  { query: 'support has not solved my problem who do i write to', expect: 'contact-support-and-escalation', kind: 'long' },

  { query: 'escalation', expect: 'contact-support-and-escalation', kind: 'one-word' },
  { query: 'spam', expect: 'emails-going-to-spam', kind: 'one-word' },
  { query: 'noc', expect: 'port-number-out-of-myoperator', kind: 'one-word' },
  { query: 'firewall', expect: 'myoperator-ip-addresses-to-allow-list', kind: 'one-word' },
  { query: 'placeholders', expect: 'when-is-variable-mapping-required', kind: 'one-word' },
  { query: 'donors', expect: 'myoperator-for-ngos', kind: 'one-word' },
  { query: 'activation', expect: 'what-to-do-after-paying-for-myoperator', kind: 'one-word' },
  { query: 'webhooks', expect: 'myoperator-ip-addresses-to-allow-list', kind: 'one-word' },
  { query: 'roles', expect: 'how-to-add-users', kind: 'one-word' },

  { query: 'invte users', expect: 'how-to-add-users', kind: 'typo' },
  { query: 'escalte complaint', expect: 'contact-support-and-escalation', kind: 'typo' },
  { query: 'holliday routing', expect: 'types-of-ivr', kind: 'typo' },
];
