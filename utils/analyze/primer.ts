/**
 * A few sentences per language that take every stage of the engine through its paths: dates of each
 * kind chrono and our parsers read (a day, "three days ago", a weekday, "in two weeks", a bare year,
 * "last month"), number words, quotes with their speakers, candidate names. The background analyses
 * one when a page in that language starts loading (utils/messages/wake.ts): V8 compiles the engine's
 * functions and patterns on first use, and a worker Chrome has just restarted would otherwise do
 * that while the page waits for its highlights.
 */
import type { Lang } from './types';

export const PRIMER_PUBLISHED = '2025-11-24';

export const PRIMER_TEXTS: Record<Lang, string> = {
  uk:
    'Як повідомив 20 листопада президент, «Білорусь звільнила тридцять одного громадянина України». Три дні тому, ' +
    'у вівторок, Міністерство закордонних справ заявило, що переговори почнуться через два тижні. У 2025 році ' +
    'видатки зросли. Олена Коваль минулого місяця сказала: «Це лише початок».',
  ru:
    'Как сообщил 20 ноября президент, «Беларусь освободила тридцать одного гражданина Украины». Три дня назад, во ' +
    'вторник, Министерство иностранных дел заявило, что переговоры начнутся через две недели. В 2025 году расходы ' +
    'выросли. Елена Коваль в прошлом месяце сказала: «Это только начало».',
  en:
    'On November 20 the president said that "Belarus freed thirty-one citizens of Ukraine." Three days ago, on ' +
    'Tuesday, the Foreign Ministry said talks would start in two weeks. Spending grew in 2025. Helen Smith told ' +
    'reporters last month: "This is only the beginning."',
};
