/**
 * The hand-typed part of the starter gazetteer: cities, organisations, news agencies, Ukrainian and
 * other state bodies, and the people news writes about most (heads of state and government and a few
 * ministers as of late 2025). Countries come from datasets in scripts/build-gazetteer.ts; no npm dataset
 * carries Ukrainian and Russian names of cities, organisations or current office-holders, so these are
 * typed here. One line: canonical Ukrainian name (the acronym where readers know it by that: ГУР, ООН)
 * | Russian and English names and other aliases.
 * Base forms only: the engine inflects them (a few irregular forms are listed where the rules cannot
 * know them, e.g. Кишинева, Запоріжжям, Дніпра).
 */
import type { ActorKind, GazetteerEntry } from './types';

const PLACES = `
Київ|Киев|Kyiv|Kiev
Харків|Харьков|Kharkiv
Одеса|Одесса|Odesa|Odessa
Дніпро|Днепр|Dnipro|Дніпра|Дніпрі|Дніпром
Львів|Львов|Lviv
Запоріжжя|Запорожье|Zaporizhzhia|Запоріжжям
Херсон|Kherson
Миколаїв|Николаев|Mykolaiv
Донецьк|Донецк|Donetsk
Луганськ|Луганск|Luhansk
Маріуполь|Мариуполь|Mariupol
Бахмут|Bakhmut
Покровськ|Покровск|Pokrovsk
Суми|Сумы|Sumy
Чернігів|Чернигов|Chernihiv
Полтава|Poltava
Вінниця|Винница|Vinnytsia
Житомир|Zhytomyr
Ужгород|Uzhhorod
Севастополь|Sevastopol
Сімферополь|Симферополь|Simferopol
Крим|Крым|Crimea
Донбас|Донбасс|Donbas
Курськ|Курск|Kursk
Бєлгород|Белгород|Belgorod
Москва|Moscow
Санкт-Петербург|Petersburg|Saint Petersburg|Петербург
Мінськ|Минск|Minsk
Вашингтон|Washington
Нью-Йорк|New York
Лондон|London
Париж|Paris
Берлін|Берлин|Berlin
Варшава|Warsaw
Брюссель|Brussels
Рим|Rome
Мадрид|Madrid
Відень|Вена|Vienna
Прага|Prague
Будапешт|Budapest
Братислава|Bratislava
Бухарест|Bucharest
Кишинів|Кишинёв|Chisinau|Кишинева
Вільнюс|Вильнюс|Vilnius
Рига|Riga
Таллінн|Таллин|Tallinn
Гельсінкі|Хельсинки|Helsinki
Стокгольм|Stockholm
Осло|Oslo
Копенгаген|Copenhagen
Амстердам|Amsterdam
Гаага|The Hague
Женева|Geneva
Давос|Davos
Анкара|Ankara
Стамбул|Istanbul
Тбілісі|Тбилиси|Tbilisi
Єреван|Ереван|Yerevan
Баку|Baku
Астана|Astana
Пекін|Пекин|Beijing
Токіо|Токио|Tokyo
Сеул|Seoul
Пхеньян|Pyongyang
Нью-Делі|Нью-Дели|New Delhi
Тегеран|Tehran
Тель-Авів|Тель-Авив|Tel Aviv
Єрусалим|Иерусалим|Jerusalem
Газа|Gaza|Сектор Гази
Ер-Ріяд|Эр-Рияд|Riyadh
Доха|Doha
Абу-Дабі|Абу-Даби|Abu Dhabi
Каїр|Каир|Cairo
Оттава|Ottawa
Європа|Европа|Europe
Азія|Азия|Asia
Африка|Africa
Близький Схід|Ближний Восток|Middle East
`;

const ORGS = `
ООН|Організація Об'єднаних Націй|Организация Объединённых Наций|UN|United Nations
Рада Безпеки ООН|Радбез ООН|Совет Безопасности ООН|UN Security Council
НАТО|NATO|Північноатлантичний альянс|Североатлантический альянс
Європейський Союз|ЄС|ЕС|Евросоюз|Європейський союз|Європейский союз|Евросоюз|EU|European Union
Європейська комісія|Єврокомісія|Еврокомиссия|European Commission
Європарламент|Европарламент|European Parliament
ОБСЄ|ОБСЕ|OSCE
МАГАТЕ|МАГАТЭ|IAEA
ВООЗ|ВОЗ|WHO|World Health Organization
МВФ|Міжнародний валютний фонд|Международный валютный фонд|IMF
Світовий банк|Всемирный банк|World Bank
Міжнародний кримінальний суд|Международный уголовный суд|ICC
Міжнародний комітет Червоного Хреста|МКЧХ|МККК|ICRC|Червоний Хрест|Красный Крест|Red Cross
Велика сімка|G7|Большая семёрка
Велика двадцятка|G20|Большая двадцатка
Reuters|Рейтер|Рейтерс
Associated Press|AP|Ассошіейтед Прес|Ассошиэйтед Пресс
Франс Прес|AFP|Agence France-Presse|Франс Пресс
Bloomberg|Блумберг
Укрінформ|Укринформ|Ukrinform
УНІАН|УНИАН|UNIAN
Інтерфакс-Україна|Интерфакс-Украина|Interfax-Ukraine
Інтерфакс|Интерфакс|Interfax
ТАСС|TASS
РІА Новини|РИА Новости|RIA Novosti
Суспільне|Suspilne
Українська правда|Украинская правда|Ukrainska Pravda
Радіо Свобода|Радио Свобода|Radio Liberty|Radio Free Europe
BBC|Бі-Бі-Сі|Би-би-си
CNN|Сі-Ен-Ен|Си-эн-эн
The New York Times|New York Times|Нью-Йорк Таймс
The Washington Post|Washington Post|Вашингтон Пост
Financial Times|Файненшл Таймс
Axios|Аксіос
Politico|Політико
ГУР|Головне управління розвідки|ГУР МО|Главное управление разведки
СБУ|Служба безпеки України|Служба безопасности Украины|SBU|Security Service of Ukraine
ЗСУ|Збройні сили України|Вооружённые силы Украины|ВСУ|Armed Forces of Ukraine
Верховна Рада|Верховная Рада|Verkhovna Rada
Офіс президента|Офис президента|Офіс Президента
Кабінет міністрів України|Кабмін|Кабинет министров Украины|Кабінет міністрів
НАБУ|Національне антикорупційне бюро України|NABU
НБУ|Національний банк України|Нацбанк|National Bank of Ukraine
Генеральний штаб ЗСУ|Генштаб|Генштаб ЗСУ|Генеральный штаб
МЗС|Міністерство закордонних справ України|МИД Украины|МЗС України
Координаційний штаб з питань поводження з військовополоненими|Координаційний штаб|Координационный штаб
Кремль|Kremlin
Державна дума|Госдума|Держдума|Государственная дума|State Duma
ФСБ|FSB
Білий дім|Белый дом|White House
Пентагон|Pentagon
Державний департамент США|Держдеп|Госдеп|State Department
ЦРУ|CIA
ФБР|FBI
Конгрес США|Конгресс США|US Congress
Белавіа|Белавиа|Belavia
`;

const PEOPLE = `
Володимир Зеленський|Владимир Зеленский|Volodymyr Zelensky|Zelensky|Zelenskyy|Зеленський|Зеленский
Олена Зеленська|Елена Зеленская|Olena Zelenska
Юлія Свириденко|Юлия Свириденко|Yulia Svyrydenko
Андрій Сибіга|Андрей Сибига|Andrii Sybiha
Андрій Єрмак|Андрей Ермак|Andriy Yermak
Кирило Буданов|Кирилл Буданов|Kyrylo Budanov
Олександр Сирський|Александр Сырский|Oleksandr Syrskyi
Руслан Стефанчук|Ruslan Stefanchuk
Дональд Трамп|Donald Trump|Trump
Джей Ді Венс|Джей Ди Вэнс|JD Vance|Венс|Вэнс|Vance
Марко Рубіо|Марко Рубио|Marco Rubio
Стів Віткофф|Стив Уиткофф|Steve Witkoff
Олександр Лукашенко|Александр Лукашенко|Alexander Lukashenko|Aliaksandr Lukashenka|Lukashenko
Світлана Тихановська|Светлана Тихановская|Sviatlana Tsikhanouskaya|Tsikhanouskaya
Володимир Путін|Владимир Путин|Vladimir Putin|Putin
Михайло Мішустін|Михаил Мишустин|Mikhail Mishustin
Сергій Лавров|Сергей Лавров|Sergey Lavrov|Lavrov
Дмитро Пєсков|Дмитрий Песков|Dmitry Peskov
Дмитро Медведєв|Дмитрий Медведев|Dmitry Medvedev
Емманюель Макрон|Эммануэль Макрон|Emmanuel Macron|Macron
Фрідріх Мерц|Фридрих Мерц|Friedrich Merz|Merz
Кір Стармер|Кир Стармер|Keir Starmer|Starmer
Дональд Туск|Donald Tusk|Tusk
Кароль Навроцький|Кароль Навроцкий|Karol Nawrocki
Джорджа Мелоні|Джорджа Мелони|Giorgia Meloni|Meloni
Педро Санчес|Pedro Sánchez
Марк Карні|Марк Карни|Mark Carney
Реджеп Тайїп Ердоган|Реджеп Тайип Эрдоган|Recep Tayyip Erdoğan|Ердоган|Эрдоган|Erdogan|Erdoğan
Сі Цзіньпін|Си Цзиньпин|Xi Jinping
Лі Цян|Ли Цян|Li Qiang
Нарендра Моді|Нарендра Моди|Narendra Modi
Біньямін Нетаньягу|Биньямин Нетаньяху|Benjamin Netanyahu|Нетаньягу|Нетаньяху|Netanyahu
Масуд Пезешкіан|Масуд Пезешкиан|Masoud Pezeshkian
Санае Такаїті|Санаэ Такаити|Sanae Takaichi
Кім Чен Ин|Ким Чен Ын|Kim Jong Un
Луїс Інасіу Лула да Сілва|Луис Инасиу Лула да Силва|Lula da Silva|Лула|Lula
Віктор Орбан|Виктор Орбан|Viktor Orbán|Orbán|Orban
Роберт Фіцо|Роберт Фицо|Robert Fico|Fico
Майя Санду|Maia Sandu
Ілхам Алієв|Ильхам Алиев|Ilham Aliyev
Нікол Пашинян|Никол Пашинян|Nikol Pashinyan
Касим-Жомарт Токаєв|Касым-Жомарт Токаев|Kassym-Jomart Tokayev
Мохаммед бін Салман|Мухаммед бин Салман|Mohammed bin Salman
Урсула фон дер Ляєн|Урсула фон дер Ляйен|Ursula von der Leyen|фон дер Ляєн|фон дер Ляйен|von der Leyen
Антоніу Кошта|Антониу Кошта|António Costa
Кая Каллас|Kaja Kallas
Марк Рютте|Mark Rutte|Rutte
Антоніу Гутерріш|Антониу Гутерриш|António Guterres|Guterres
Рафаель Гроссі|Рафаэль Гросси|Rafael Grossi
`;

function parse(block: string, kind: ActorKind): GazetteerEntry[] {
  return block
    .trim()
    .split('\n')
    .map((line) => {
      const [name, ...aliases] = line.split('|').map((s) => s.trim());
      return { name, aliases: [...new Set(aliases)].filter((a) => a && a !== name), kind, lang: 'uk' as const };
    });
}

/** Cities, organisations and people of the starter gazetteer (countries are added by the build script). */
export function typedStarterEntries(): GazetteerEntry[] {
  return [...parse(PLACES, 'place'), ...parse(ORGS, 'org'), ...parse(PEOPLE, 'person')];
}
