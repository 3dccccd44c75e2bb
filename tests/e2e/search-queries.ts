/**
 * Questions customers ask in their own words (not article titles), with the
 * article that must be in the top 3. `kind` says what makes the query hard.
 */
export interface RelevanceCase {
  query: string;
  expect: string;
  kind: 'plain' | 'typo' | 'synonym';
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
];
