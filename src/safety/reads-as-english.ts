/**
 * Whether a message reads as English, for the typo corrector: in another language many words are one letter
 * away from a sign word ("fait" is not "faint", "pas" is no "pass"), and corrections there invent signs the
 * writer never wrote (issue 11: "bébé ne fait pas pipi" raised fainting). A message is taken as another
 * language only on evidence of one: the short words that carry its sentences ("je", "ne", "pas", "el", "und")
 * outnumber English ones and make a fifth of its words. Text-speak and typos ("bby nt feedin, v flopy") have
 * neither, so they stay English and are corrected as before.
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 3) return true;
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (commonEnglish.has(word)) english++;
    else if (otherLanguages.has(word)) other++;
  }
  return !(other / words.length >= 0.2 && other > english);
}

// Short words that carry English sentences (pronouns, articles, auxiliaries, prepositions, chat spellings).
// Words other languages write the same ("a", "on", "me", "no", "in", "was", "will", "so", "am", "die", "son")
// are in neither list, so they count for neither.
const commonEnglish = new Set(
  ('i im ive id my mine we our us you your he him his she her they them their it its the and or but if ' +
    'is are were be been being has have had do does did dont doesnt didnt cant wont isnt not ' +
    'to of for with at from by about after before this that these those what when why how who which ' +
    'hes shes thats whats there here now today just very really still would could should ' +
    'u ur pls plz lol omg bc cuz dnt cnt wnt wanna gonna').split(' '),
);

// The same kind of words in the other languages latch's crisis rule reads (French, Spanish, Italian, German,
// Portuguese), none of them an English word or chat spelling ("lo", "ma", "ha", "um", "hat", "y" are left out).
const otherLanguages = new Set(
  // French
  ('je tu il elle nous vous ils elles le les une des du et est sont pas ne mon mes ton tes notre votre leur ' +
    'que qui pour avec dans sur mais très depuis aussi fait suis avons beaucoup bébé ' +
    // Spanish
    'el los las una es está están muy pero para por mí mis su sus yo nosotros tiene tengo desde hace ' +
    // Italian
    'gli di che non sono mio mia miei è molto anche ancora sempre bambino bambina ' +
    // German
    'der das und ist nicht ich mein meine mit für ein eine sehr seit auch wir ihr sie habe kein keine ' +
    // Portuguese
    'os uma não eu meu minha com muito também tem tenho bebê').split(' '),
);
