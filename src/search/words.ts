/**
 * Splits text into lower-case search words the way the index does: runs of
 * letters and digits, Latin accents folded. "Allow-list IPs!" gives `allow`, `list`, `ips`.
 * Marks that are part of a script's letters (Devanagari vowel signs) stay in the word: "भुगतान" is one word.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []
  );
}

/**
 * Words that carry no meaning on their own in customers' questions, English and
 * Hinglish. They are dropped from a query unless it has nothing else.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are am as at be been but by can could did do does doing for from get got had has have how i if in into is it its ' +
    'me my mine no not of on or our should so that the their them then there these they this to too us was we were what when ' +
    'where which who why will with would you your ' +
    // Hinglish: kaise (how), kya (what), hai/hain (is/are), ka/ki/ke (of), mera/meri/mere (my), mujhe (to me), nahi (not), se (from), ko (to), par/pe (on), aur (and), karna/karein/kare (do)
    'kaise kaisay kya kyu kyon hai hain ho ka ki ke mera meri mere mujhe mujhko nahi nahin na se ko par pe aur karna karne karein kare karo karu raha rahi rahe tha thi'
  ).split(' '),
);

/**
 * Hinglish words customers write that are not stopwords and not in the English word list: typo
 * correction leaves them alone ("receipt nahi aaya" must not become "… naya").
 */
export const HINGLISH: readonly string[] = (
  'aaya aayi aaye aya ayi aaj abhi accha acha bana banana banaya band bata batao bataye bhai bheja bheji bhejo bhi chahiye ' +
  'chalu chala chali chalega dekh dekho diya diye dikha dikhao dono gaya gayi gaye hua hui hue hoga hogi hota hoti hote ' +
  'jaldi jana jaye kab kaha kahan kam kaam karke kartey kaun kitna kitne kiya kiye koi kuch laga lagi lage liya liye milega ' +
  'mila mili mile naya nayi naye paisa paise pata phir purana purani sab sahi sakta sakti sakte samajh shuru toh wala wali wale ' +
  'wapas yaha yahan'
).split(' ');

/**
 * Which indexes a query on a page of language `pageLang` searches: a query with Devanagari letters
 * searches only the page's index; a query written only in Latin letters on a non-English page
 * ("recharge", "receipt nahi aaya" on /hi/) also searches the English one, shown after.
 */
export function indexesFor(query: string, pageLang: string): string[] {
  const base = (pageLang || 'en').toLowerCase().split('-')[0]!;
  if (base === 'en') return [base];
  const latin = /\p{Script=Latin}/u.test(query);
  const other = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(query);
  return latin && !other ? [base, 'en'] : [base];
}
