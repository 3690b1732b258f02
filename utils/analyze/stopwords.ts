/**
 * Words that are capitalised in running text without being names: sentence-opening function words
 * (uk, ru, en), English months and weekdays, titles. Used by the candidate finder only; a list rather
 * than a dictionary because these closed classes are small and a dictionary would weigh megabytes.
 */
const WORDS = `
а але або адже аж без би біля бо був була були було в вже від він вона вони воно все всі втім де для до
його її їх з за зараз зокрема і й із їй коли крім куди лише має мене ми на навіть нам нас наш наша не
ні ніж ну о обидва однак окрім особливо от отже по поки попри після про проте раніше саме себе серед
сьогодні також так там те тепер тим тих то тобто тому той ту тут у усі хоча це цей ці цього цю чи того
через що щоб як який яка які якщо як-от ще вчора завтра наразі відтак натомість згодом нині
водночас зазначається наголошується нагадаємо нагадуємо нагадаю тим_часом утім відомо ймовірно
ви ваш ваша вам вас я ти мій моя твій свій своя наші ваші їхній їхня деякі кожен кожна інші інший
пан пані президент прем'єр міністр глава канцлер король генсек лідер лідерка речник посол депутат
більше більш менше дуже особливо загалом зокрема можливо звісно справді насправді нарешті зрештою
и или но однако же ведь вот еще уже его ее их из к ко как когда кроме ли между мы над него нет ни
но об от перед по под при с со среди так также там тем то только у через что чтобы это этот эта
эти этого этой в во вы он она они оно я ты мой моя свой наш ваш все всё весь вся был была были было
после пока хотя если затем теперь сейчас сегодня вчера завтра ранее напомним отметим между тем
господин госпожа президент премьер министр глава канцлер король генсек лидер пресс-секретарь посол
the a an and but or if in on at to of for by with from as is are was were be this that these those
it its he she they we you i his her their our my your not no yes so then there here when while
after before during since until because although however also about into over under between
mr mrs ms dr sir president minister prime chancellor king queen secretary general senator
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`;

const SET = new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => w.replace(/_/g, ' ')));

/**
 * Common words that are also names (given names, countries): matched as names only mid-sentence,
 * where their capital letter means something.
 */
const NAME_HOMONYMS = new Set(
  `віра надія любов мир слава воля доля світ перемога правда злата роса зоря мрія ярослава
  вера надежда любовь слава мира победа правда роза
  того малі мали оман чад гана куба перу нігер нигер
  hope faith grace joy will may mark bill chad`.split(/\s+/).filter(Boolean),
);

/** Whether a one-word name is also an everyday word (or a function word) and so ambiguous at a sentence start. */
export function isCommonWord(word: string): boolean {
  return isStopword(word) || NAME_HOMONYMS.has(word.toLowerCase());
}

/** Whether `word` (any case, any apostrophe) is a function word or title, not a name. */
export function isStopword(word: string): boolean {
  return SET.has(word.toLowerCase().replace(/[’ʼ`]/g, "'"));
}
