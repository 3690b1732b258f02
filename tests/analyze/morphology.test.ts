import { describe, expect, it } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { guessGender, inflectName, slavicLangs } from '../../utils/analyze/morphology';

const forms = (name: string, kind: 'person' | 'place' | 'org') => inflectName(name, { kind });

describe('inflectName (Ukrainian)', () => {
  it('declines a man\'s -енко surname with his given name in agreement', () => {
    const f = forms('Олександр Лукашенко', 'person');
    expect(f).toEqual(expect.arrayContaining(['Олександра Лукашенка', 'Олександру Лукашенку', 'Олександром Лукашенком']));
    expect(forms('Лукашенко', 'person')).toEqual(expect.arrayContaining(['Лукашенка', 'Лукашенку', 'Лукашенком', 'Лукашенкові']));
  });

  it('declines an adjective plus plural noun case by case, never mixing cases', () => {
    const f = forms('Сполучені Штати', 'place');
    expect(f).toEqual(expect.arrayContaining(['Сполучених Штатів', 'Сполученими Штатами', 'Сполученим Штатам', 'Сполучених Штатах']));
    expect(f).not.toContain('Сполученими Штатів');
  });

  it('keeps Зеленський and Зеленська apart', () => {
    const his = forms('Зеленський', 'person');
    const hers = forms('Зеленська', 'person');
    expect(his).toEqual(expect.arrayContaining(['Зеленського', 'Зеленському', 'Зеленським']));
    expect(hers).toEqual(expect.arrayContaining(['Зеленської', 'Зеленській', 'Зеленську', 'Зеленською']));
    expect(his.filter((f) => hers.includes(f))).toEqual([]);
  });

  it('declines feminine -ь (Білорусь → Білорусі, Білоруссю) and -ія (Росія → Росії, Росією)', () => {
    expect(forms('Білорусь', 'place')).toEqual(expect.arrayContaining(['Білорусі', 'Білоруссю']));
    const russia = forms('Росія', 'place');
    expect(russia).toEqual(expect.arrayContaining(['Росії', 'Росію', 'Росією']));
    expect(russia.some((f) => f.startsWith('Російськ'))).toBe(false);
  });

  it('declines cities: Мінськ → Мінська, Москва → Москви, Київ → Києва, Харків → Харкова, Америка → Америці', () => {
    expect(forms('Мінськ', 'place')).toContain('Мінська');
    expect(forms('Москва', 'place')).toEqual(expect.arrayContaining(['Москви', 'Москві', 'Москвою']));
    expect(forms('Київ', 'place')).toEqual(expect.arrayContaining(['Києва', 'Києві', 'Києвом']));
    expect(forms('Харків', 'place')).toEqual(expect.arrayContaining(['Харкова', 'Харкові']));
    expect(forms('Америка', 'place')).toContain('Америці');
  });

  it('declines people: Дональд Трамп, Світлана Тихановська, Джон Коул', () => {
    expect(forms('Дональд Трамп', 'person')).toEqual(expect.arrayContaining(['Дональда Трампа', 'Дональдом Трампом', 'Дональду Трампу']));
    expect(forms('Світлана Тихановська', 'person')).toEqual(expect.arrayContaining(['Світлани Тихановської', 'Світлані Тихановській']));
    expect(forms('Тихановська', 'person')).toContain('Тихановській');
    expect(forms('Джон Коул', 'person')).toEqual(expect.arrayContaining(['Джоном Коулом', 'Джона Коула']));
  });

  it('leaves a woman\'s consonant surname undeclined but declines her given name', () => {
    const f = forms('Ангела Меркель', 'person');
    expect(f).toEqual(expect.arrayContaining(['Ангели Меркель', 'Ангелою Меркель']));
    expect(f).not.toContain('Ангели Меркеля');
  });

  it('keeps genitive complements fixed: Республіка Корея → Республіки Корея', () => {
    const f = forms('Республіка Корея', 'place');
    expect(f).toContain('Республіки Корея');
    expect(f).not.toContain('Республіки Кореї');
  });

  it('agrees a soft -ня adjective with its noun: Всесвітньої організації охорони здоровʼя', () => {
    expect(forms('Всесвітня організація охорони здоровʼя', 'org')).toContain('Всесвітньої організації охорони здоровʼя');
  });

  it('declines neuter -ство heads: Сполучене Королівство → Сполученому Королівстві', () => {
    expect(forms('Сполучене Королівство', 'place')).toContain('Сполученому Королівстві');
  });
});

describe('inflectName: alternations checked against UD Ukrainian-IU and Russian-GSD dev forms', () => {
  it('drops fleeting vowels and alternates і/о in the last syllable', () => {
    expect(forms('Дністер', 'place')).toContain('Дністра');
    expect(forms('Єгипет', 'place')).toContain('Єгипті');
    expect(forms('Поділ', 'place')).toEqual(expect.arrayContaining(['Подолу', 'Подолі']));
    expect(forms('Дочинець', 'person')).toContain('Дочинця');
    expect(forms('Павел', 'person')).toContain('Павла');
    expect(forms('Лев', 'person')).toContain('Льва');
    expect(forms('Египет', 'place')).toContain('Египта');
  });

  it('declines Slavic neuter -ово/-іно places but leaves foreign -о places alone', () => {
    expect(forms('Кемерово', 'place')).toEqual(expect.arrayContaining(['Кемерові', 'Кемерова', 'Кемерове']));
    expect(forms('Бородіно', 'place')).toContain('Бородіном');
    expect(forms('Осло', 'place')).toEqual(['Осло']);
  });

  it('declines neuter -ье / doubled-consonant -я places', () => {
    expect(forms('Полесье', 'place')).toContain('Полесья');
    expect(forms('Запоріжжя', 'place')).toEqual(expect.arrayContaining(['Запоріжжі', 'Запоріжжям']));
  });
});

describe('inflectName: names nobody classified, families, acronyms before a name (UD dev misses)', () => {
  const scan = (names: string[], text: string) =>
    findActors(text, loadGazetteer(compileGazetteer(names.map((name) => ({ name }))))).map((a) => a.text);

  it('gives a lone unclassified word the forms of a surname too', () => {
    expect(scan(['Карпенко', 'Мишустин'], 'Київський інститут театрального мистецтва ім. І. Карпенка-Карого.')).toEqual(['Карпенка']);
    expect(scan(['Мишустин'], 'Здесь перед Мишустиным стояла задача разработки и внедрения.')).toEqual(['Мишустиным']);
    expect(scan(['Новосельський'], 'Рік тому до мене звертався голова Новосельського.')).toEqual(['Новосельського']);
  });

  it('declines a lone Ukrainian adjective-like place name as an adjective', () => {
    expect(scan(['Надвірна'], 'Сучку Жучку тато підібрав у Надвірній, і згодом вона народила щенят.')).toEqual(['Надвірній']);
    // A word Russian could spell keeps its noun forms only: "Российский" is no lone place name.
    expect(inflectName('Российский', { kind: 'org' })).not.toContain('Российского');
  });

  it('names a family by its surname in the plural', () => {
    expect(scan(['Джемалятдінов'], '"Жінки роду Джемалятдінових" (прізвище походить від імені прадіда).')).toEqual(['Джемалятдінових']);
    expect(scan(['Меллоп'], 'І ось Меллопи вже пливуть на кораблі.')).toEqual(['Меллопи']);
    expect(scan(['Демидов'], 'Русский промышленник, основатель династии Демидовых.')).toEqual(['Демидовых']);
    expect(inflectName('Кличко', { kind: 'person', gender: 'm' })).toEqual(expect.arrayContaining(['Кличків', 'Кличкам']));
  });

  it('keeps an acronym before a person\'s name fixed and declines -ой surnames both ways', () => {
    expect(forms('США Дональд Трамп', 'person')).toContain('США Дональдом Трампом');
    expect(scan(['Сергей Цой'], 'Она контактировала с пресс-секретарем мэрии Москвы Сергеем Цоем.')).toEqual(['Сергеем Цоем']);
    expect(forms('Лев Толстой', 'person')).toEqual(expect.arrayContaining(['Льва Толстого', 'Львом Толстым']));
  });
});

describe('inflectName: hyphenated names decline part by part', () => {
  it('declines both parts of Трамп-молодший and Карпенко-Карий, only the noun of Ростов-на-Дону', () => {
    const g = loadGazetteer(compileGazetteer([{ name: 'Дональд Трамп-молодший', kind: 'person' }, { name: 'Ростов-на-Дону', kind: 'place' }, { name: 'Карпенко-Карий', kind: 'person' }]));
    const text = 'Син президента Дональда Трампа-молодшого побував у Ростові-на-Дону, а потім у театрі імені Карпенка-Карого.';
    expect(findActors(text, g).map((a) => a.text)).toEqual(['Дональда Трампа-молодшого', 'Ростові-на-Дону', 'Карпенка-Карого']);
    expect(forms('Ростов-на-Дону', 'place')).not.toContain('Ростова-ної-Дону');
  });
});

describe('inflectName (Russian)', () => {
  it('gives -ов/-ин surnames the adjectival instrumental: Путин → Путиным', () => {
    const f = forms('Владимир Путин', 'person');
    expect(f).toEqual(expect.arrayContaining(['Владимира Путина', 'Владимиром Путиным', 'Владимиру Путину']));
  });

  it('keeps -енко surnames indeclinable in Russian text but declines them in Ukrainian', () => {
    const f = inflectName('Лукашенко', { kind: 'person', langs: ['ru'] });
    expect(f).toEqual(['Лукашенко']);
  });

  it('declines a name written surname first, and plural names after velars and vowels', () => {
    expect(forms('Карамзин Андрей Николаевич', 'person')).toContain('Карамзиным Андреем Николаевичем');
    expect(forms('Шевченко Тарас Григорович', 'person')).toContain('Шевченка Тараса Григоровича');
    const g = loadGazetteer(compileGazetteer([{ name: 'Святки' }, { name: 'Гималаи' }]));
    const text = 'Магнолии растут на востоке Гималаев и цветут во время Святок.';
    expect(findActors(text, g).map((a) => a.text)).toEqual(['Гималаев', 'Святок']);
  });

  it('declines neuter -ие heads and plural -ия titles (SlavicNER ru dev misses)', () => {
    const g = loadGazetteer(compileGazetteer([{ name: 'российское вторжение', kind: 'org' }, { name: 'Известия', kind: 'org' }]));
    const text = 'Как сообщили Известиям в Минобороны, после российского вторжения цены выросли.';
    expect(findActors(text, g).map((a) => a.text)).toEqual(['Известиям', 'российского вторжения']);
  });

  it('declines Russian countries and plural names', () => {
    expect(forms('Россия', 'place')).toEqual(expect.arrayContaining(['России', 'Россией', 'Россию']));
    expect(forms('Беларусь', 'place')).toEqual(expect.arrayContaining(['Беларуси', 'Беларусью']));
    expect(forms('Соединённые Штаты', 'place')).toEqual(expect.arrayContaining(['Соединённых Штатов', 'Соединёнными Штатами']));
    expect(forms('Тихановская', 'person')).toEqual(expect.arrayContaining(['Тихановской', 'Тихановскую']));
    expect(forms('Зеленский', 'person')).toEqual(expect.arrayContaining(['Зеленского', 'Зеленскому', 'Зеленским']));
  });
});

describe('helpers', () => {
  it('tells the languages a name can be from its letters', () => {
    expect(slavicLangs('Білорусь')).toEqual(['uk']);
    expect(slavicLangs('Соединённые Штаты')).toEqual(['ru']);
    expect(slavicLangs('Москва')).toEqual(['uk', 'ru']);
    expect(slavicLangs('Reuters')).toEqual([]);
  });

  it('guesses gender from the given name or the surname ending', () => {
    expect(guessGender('Світлана Тихановська')).toBe('f');
    expect(guessGender('Микола Азаров')).toBe('m');
    expect(guessGender('Зеленська')).toBe('f');
    expect(guessGender('Зеленський')).toBe('m');
  });

  it('leaves Latin-script names alone', () => {
    expect(inflectName('Donald Trump', { kind: 'person' })).toEqual(['Donald Trump']);
  });
});
