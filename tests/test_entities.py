"""Entities: a table of mentions in six languages (sentences written for these tests), exclusions, offsets,
gazetteer validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabarchi.entities import Entity, countries_of, find_entities
from kabarchi.entities.gazetteer import load_file, records
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize

# (lang, text, [(surface, type, id-or-English-name)]): every listed mention must be found exactly so.
ROWS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # --- Kyrgyz ---------------------------------------------------------------------------------------------
    ("ky", "Кыргызстан менен Тажикстандын ортосундагы мамилелер чыңдалды.",
     [("Кыргызстан", "COUNTRY", "KG"), ("Тажикстандын", "COUNTRY", "TJ")]),
    ("ky", "Делегация Тажикстанга барды, андан соң Тажикстандан кайтты.",
     [("Тажикстанга", "COUNTRY", "TJ"), ("Тажикстандан", "COUNTRY", "TJ")]),
    ("ky", "Өзбекстанда жана Казакстанда шайлоо өттү.", [("Өзбекстанда", "COUNTRY", "UZ"), ("Казакстанда", "COUNTRY", "KZ")]),
    ("ky", "Кытайдан келген жүктөр Орусияга жөнөтүлдү.", [("Кытайдан", "COUNTRY", "CN"), ("Орусияга", "COUNTRY", "RU")]),
    ("ky", "Түркмөнстандын газы Кытайга агат.", [("Түркмөнстандын", "COUNTRY", "TM"), ("Кытайга", "COUNTRY", "CN")]),
    ("ky", "кыргыз-тажик чек арасы такталды.", [("кыргыз", "COUNTRY", "KG"), ("тажик", "COUNTRY", "TJ")]),
    ("ky", "Кыргыз Республикасынын тышкы саясаты өзгөргөн жок.", [("Кыргыз Республикасынын", "COUNTRY", "KG")]),
    ("ky", "Кыргызстандагы жана Тажикстандагы базарлар жабылды.",
     [("Кыргызстандагы", "COUNTRY", "KG"), ("Тажикстандагы", "COUNTRY", "TJ")]),
    ("ky", "Министрлер кабинетинин төрагасы Адылбек Касымалиев билдирди.",
     [("Министрлер кабинетинин", "ORG", "Cabinet of Ministers of the Kyrgyz Republic"),
      ("Адылбек Касымалиев", "PERSON", "Adylbek Kasymaliev")]),
    ("ky", "Касымалиевге кат жөнөтүлдү, Касымалиевдин жообу күтүлүүдө.",
     [("Касымалиевге", "PERSON", "Adylbek Kasymaliev"), ("Касымалиевдин", "PERSON", "Adylbek Kasymaliev")]),
    ("ky", "Президент Садыр Жапаров Ташкентке барды.", [("Садыр Жапаров", "PERSON", "Sadyr Japarov"),
                                                     ("Ташкентке", "PLACE", "Q269")]),
    ("ky", "Кохир Расулзода Бишкекке келди.", [("Кохир Расулзода", "PERSON", "Kokhir Rasulzoda"),
                                             ("Бишкекке", "PLACE", "Q9361")]),
    ("ky", "Бишкек менен Душанбенин ортосундагы мамилелер жакшырды.",
     [("Бишкек", "COUNTRY", "KG"), ("Душанбенин", "COUNTRY", "TJ")]),
    ("ky", "АКШнын элчиси Бишкекте жолугушту.", [("АКШнын", "COUNTRY", "US"), ("Бишкекте", "PLACE", "Q9361")]),
    ("ky", "Кыргызстан ЕАЭБге 2015-жылы кирген, ШКУнун мүчөсү.",
     [("Кыргызстан", "COUNTRY", "KG"), ("ЕАЭБге", "ORG", "Eurasian Economic Union"),
      ("ШКУнун", "ORG", "Shanghai Cooperation Organisation")]),
    ("ky", "БУУнун жана ЖККУнун өкүлдөрү Ошто болушту.",
     [("БУУнун", "ORG", "Q1065"), ("ЖККУнун", "ORG", "Collective Security Treaty Organization"), ("Ошто", "PLACE", "Q170137")]),
    ("ky", "КМШ өлкөлөрүнүн башчылары Москвада чогулушту.", [("КМШ", "ORG", "Q7779"), ("Москвада", "PLACE", "Q649")]),
    ("ky", "Эркештам жана Торугарт өткөөлдөрү ачылды.", [("Эркештам", "PLACE", "Irkeshtam"), ("Торугарт", "PLACE", "Torugart")]),
    ("ky", "Кызыл-Бел, Кайрагач жана Бедел бекеттери иштейт.",
     [("Кызыл-Бел", "PLACE", "Kyzyl-Bel"), ("Кайрагач", "PLACE", "Kairagach"), ("Бедел", "PLACE", "Bedel")]),
    ("ky", "Кыргызстандыктар Орусияда иштешет.", [("Кыргызстандыктар", "COUNTRY", "KG"), ("Орусияда", "COUNTRY", "RU")]),
    ("ky", "Ооганстанга жана Пакистанга жүк жөнөтүлдү.", [("Ооганстанга", "COUNTRY", "AF"), ("Пакистанга", "COUNTRY", "PK")]),
    ("ky", "Өзбекстандын жана кыргыз-өзбек соодасы өстү.", [("Өзбекстандын", "COUNTRY", "UZ"), ("кыргыз", "COUNTRY", "KG"),
                                                          ("өзбек", "COUNTRY", "UZ")]),
    ("ky", "Тоқаев менен Жапаров телефон аркылуу сүйлөштү.", [("Тоқаев", "PERSON", "Kassym-Jomart Tokayev"),
                                                           ("Жапаров", "PERSON", "Sadyr Japarov")]),
    ("ky", "Мирзиёевдин сапары Бишкекте башталды.", [("Мирзиёевдин", "PERSON", "Shavkat Mirziyoyev")]),
    ("ky", "Акылбек Жапаров отставкага кетти. Жапаровдун ордуна башка адам келди.",
     [("Акылбек Жапаров", "PERSON", "Akylbek Japarov"), ("Жапаровдун", "PERSON", "Akylbek Japarov")]),
    ("ky", "Баткенде жана Ош облусунда жамгыр жаады.", [("Баткенде", "PLACE", "Q487631")]),
    ("ky", "Орус жана кытай ишкерлери келишти.", [("Орус", "COUNTRY", "RU"), ("кытай", "COUNTRY", "CN")]),
    ("ky", "Туркмөнстан эмес, Түркмөнстан деп жазылат; Түркмөнстанга виза керек.",
     [("Түркмөнстанга", "COUNTRY", "TM")]),
    ("ky", "Жеенбек Кулубаев Душанбеге иш сапары менен барды.",
     [("Жеенбек Кулубаев", "PERSON", "Jeenbek Kulubaev"), ("Душанбеге", "PLACE", "Q9365")]),
    ("ky", "Кытай Эл Республикасынын төрагасы Си Цзиньпин келди.",
     [("Кытай Эл Республикасынын", "COUNTRY", "CN"), ("Си Цзиньпин", "PERSON", "Q15031")]),
    # --- Kazakh ---------------------------------------------------------------------------------------------
    ("kk", "Қазақстан мен Тәжікстан стратегиялық әріптестікті тереңдетті.",
     [("Қазақстан", "COUNTRY", "KZ"), ("Тәжікстан", "COUNTRY", "TJ")]),
    ("kk", "Тәжікстанның сыртқы саудасы Қазақстанға тәуелді.", [("Тәжікстанның", "COUNTRY", "TJ"), ("Қазақстанға", "COUNTRY", "KZ")]),
    ("kk", "Ресейдің және Қытайдың өкілдері Астанада болды.",
     [("Ресейдің", "COUNTRY", "RU"), ("Қытайдың", "COUNTRY", "CN"), ("Астанада", "PLACE", "Q1520")]),
    ("kk", "Өзбекстаннан және Қырғызстаннан делегациялар келді.",
     [("Өзбекстаннан", "COUNTRY", "UZ"), ("Қырғызстаннан", "COUNTRY", "KG")]),
    ("kk", "қазақ-қырғыз шекарасында Қордай бекеті бар.", [("қазақ", "COUNTRY", "KZ"), ("қырғыз", "COUNTRY", "KG"),
                                                         ("Қордай", "PLACE", "Kordai")]),
    ("kk", "Ермек Көшербаев Сироджиддин Мухриддинмен кездесті.",
     [("Ермек Көшербаев", "PERSON", "Yermek Kosherbayev"), ("Сироджиддин Мухриддинмен", "PERSON", "Sirojiddin Muhriddin")]),
    ("kk", "Қасым-Жомарт Тоқаев пен Эмомали Рахмон келіссөз жүргізді.",
     [("Қасым-Жомарт Тоқаев", "PERSON", "Kassym-Jomart Tokayev"), ("Эмомали Рахмон", "PERSON", "Emomali Rahmon")]),
    ("kk", "Тоқаевтың сапары Душанбеде аяқталды.", [("Тоқаевтың", "PERSON", "Kassym-Jomart Tokayev"),
                                                  ("Душанбеде", "PLACE", "Q9365")]),
    ("kk", "Қасымалиевтің мәлімдемесі жарияланды.", [("Қасымалиевтің", "PERSON", "Adylbek Kasymaliev")]),
    ("kk", "Біріккен Ұлттар Ұйымы мен ТМД және ШЫҰ өкілдері сөз сөйледі.",
     [("Біріккен Ұлттар Ұйымы", "ORG", "Q1065"), ("ТМД", "ORG", "Q7779"), ("ШЫҰ", "ORG", "Shanghai Cooperation Organisation")]),
    ("kk", "ҰҚШҰ және ЕАЭО отырысы өтті.", [("ҰҚШҰ", "ORG", "Collective Security Treaty Organization"),
                                         ("ЕАЭО", "ORG", "Eurasian Economic Union")]),
    ("kk", "Түрікменстанмен және Ауғанстанмен сауда артты.",
     [("Түрікменстанмен", "COUNTRY", "TM"), ("Ауғанстанмен", "COUNTRY", "AF")]),
    ("kk", "Қазақстан Республикасының Сыртқы істер министрі сөйледі.", [("Қазақстан Республикасының", "COUNTRY", "KZ")]),
    ("kk", "Ресейлік компаниялар мен қытай инвесторлары келді.", [("Ресейлік", "COUNTRY", "RU"), ("қытай", "COUNTRY", "CN")]),
    ("kk", "Алматыда және Бішкекте көрме өтті.", [("Алматыда", "PLACE", "Q35493"), ("Бішкекте", "PLACE", "Q9361")]),
    ("kk", "Мұхтар Тілеуберді мен Олжас Бектенов кездесті.",
     [("Мұхтар Тілеуберді", "PERSON", "Mukhtar Tileuberdi"), ("Олжас Бектенов", "PERSON", "Olzhas Bektenov")]),
    ("kk", "Америка Құрама Штаттарының өкілі Астанаға келді.",
     [("Америка Құрама Штаттарының", "COUNTRY", "US"), ("Астанаға", "PLACE", "Q1520")]),
    ("kk", "Пәкістанның және Иранның өкілдері келді.", [("Пәкістанның", "COUNTRY", "PK"), ("Иранның", "COUNTRY", "IR")]),
    ("kk", "Путин мен Си Цзиньпин кездесті.", [("Путин", "PERSON", "Q7747"), ("Си Цзиньпин", "PERSON", "Q15031")]),
    ("kk", "Еуропалық Одақ пен Дүниежүзілік банк көмек берді.",
     [("Еуропалық Одақ", "ORG", "Q458"), ("Дүниежүзілік банк", "ORG", "World Bank")]),
    # --- Uzbek Cyrillic -------------------------------------------------------------------------------------
    ("uz", "Қозоғистон ва Қирғизистон ўртасидаги товар айирбошлаш ошди.",
     [("Қозоғистон", "COUNTRY", "KZ"), ("Қирғизистон", "COUNTRY", "KG")]),
    ("uz", "Қирғизистоннинг ва Тожикистоннинг вакиллари Тошкентга келди.",
     [("Қирғизистоннинг", "COUNTRY", "KG"), ("Тожикистоннинг", "COUNTRY", "TJ"), ("Тошкентга", "PLACE", "Q269")]),
    ("uz", "Ўзбекистонда ва Хитойда янги лойиҳалар бошланди.", [("Ўзбекистонда", "COUNTRY", "UZ"), ("Хитойда", "COUNTRY", "CN")]),
    ("uz", "Россиядан ва Туркманистондан юк келди.", [("Россиядан", "COUNTRY", "RU"), ("Туркманистондан", "COUNTRY", "TM")]),
    ("uz", "қозоқ-қирғиз алоқалари ривожланмоқда.", [("қозоқ", "COUNTRY", "KZ"), ("қирғиз", "COUNTRY", "KG")]),
    ("uz", "Қасим-Жомарт Тоқаев ва Садир Жапаров учрашди.",
     [("Қасим-Жомарт Тоқаев", "PERSON", "Kassym-Jomart Tokayev"), ("Садир Жапаров", "PERSON", "Sadyr Japarov")]),
    ("uz", "Шавкат Мирзиёев Самарқандда нутқ сўзлади.", [("Шавкат Мирзиёев", "PERSON", "Shavkat Mirziyoyev")]),
    ("uz", "Мирзиёевнинг ташрифи Душанбеда бошланди.", [("Мирзиёевнинг", "PERSON", "Shavkat Mirziyoyev"),
                                                      ("Душанбеда", "PLACE", "Q9365")]),
    ("uz", "ШҲТ ва МДҲ саммитида БМТ вакили ҳам бор эди.",
     [("ШҲТ", "ORG", "Shanghai Cooperation Organisation"), ("МДҲ", "ORG", "Q7779"), ("БМТ", "ORG", "Q1065")]),
    ("uz", "ЕОИИ ва Европа Иттифоқи билан музокаралар.", [("ЕОИИ", "ORG", "Eurasian Economic Union"), ("Европа Иттифоқи", "ORG", "Q458")]),
    ("uz", "Афғонистонга ва Покистонга транзит йўли.", [("Афғонистонга", "COUNTRY", "AF"), ("Покистонга", "COUNTRY", "PK")]),
    ("uz", "Тўқаев Ўзбекистон Республикаси Президенти билан учрашди.",
     [("Тўқаев", "PERSON", "Kassym-Jomart Tokayev"), ("Ўзбекистон Республикаси", "COUNTRY", "UZ")]),
    ("uz", "Андижон вилояти ва Фарғона водийси.", [("Андижон вилояти", "PLACE", "Andijan Region")]),
    ("uz", "ўзбек ва тожик халқлари дўст.", [("ўзбек", "COUNTRY", "UZ"), ("тожик", "COUNTRY", "TJ")]),
    ("uz", "Абдулла Арипов Бишкекда бўлди.", [("Абдулла Арипов", "PERSON", "Abdulla Aripov"), ("Бишкекда", "PLACE", "Q9361")]),
    # --- Uzbek Latin (apostrophes in several forms) ------------------------------------------------------
    ("uz", "Oʻzbekiston va Qirgʻiziston oʻrtasidagi savdo oshdi.",
     [("Oʻzbekiston", "COUNTRY", "UZ"), ("Qirgʻiziston", "COUNTRY", "KG")]),
    ("uz", "O'zbekiston Qirg'izistonga elektr eksport qildi.", [("O'zbekiston", "COUNTRY", "UZ"), ("Qirg'izistonga", "COUNTRY", "KG")]),
    ("uz", "O‘zbekistonning Qozog‘istonga eksporti oshdi.", [("O‘zbekistonning", "COUNTRY", "UZ"), ("Qozog‘istonga", "COUNTRY", "KZ")]),
    ("uz", "Qirgʼizistondan va Tojikistondan mehmonlar keldi.",
     [("Qirgʼizistondan", "COUNTRY", "KG"), ("Tojikistondan", "COUNTRY", "TJ")]),
    ("uz", "oʻzbek-tojik munosabatlari yaxshilandi.", [("oʻzbek", "COUNTRY", "UZ"), ("tojik", "COUNTRY", "TJ")]),
    ("uz", "Xitoy va Rossiya bilan hamkorlik kengaydi.", [("Xitoy", "COUNTRY", "CN"), ("Rossiya", "COUNTRY", "RU")]),
    ("uz", "Shavkat Mirziyoyev Toshkentda Rahmon bilan uchrashdi.",
     [("Shavkat Mirziyoyev", "PERSON", "Shavkat Mirziyoyev"), ("Toshkentda", "PLACE", "Q269"), ("Rahmon", "PERSON", "Emomali Rahmon")]),
    ("uz", "Mirziyoyevning Qozogʻistonga tashrifi.", [("Mirziyoyevning", "PERSON", "Shavkat Mirziyoyev"),
                                                   ("Qozogʻistonga", "COUNTRY", "KZ")]),
    ("uz", "AQSh va Turkmaniston vakillari keldi.", [("AQSh", "COUNTRY", "US"), ("Turkmaniston", "COUNTRY", "TM")]),
    ("uz", "BMT va Jahon banki yordam berdi.", [("BMT", "ORG", "Q1065"), ("Jahon banki", "ORG", "World Bank")]),
    ("uz", "Afgʻonistonga yuk yuborildi.", [("Afgʻonistonga", "COUNTRY", "AF")]),
    ("uz", "qirgʻiz va qozoq mehmonlar.", [("qirgʻiz", "COUNTRY", "KG"), ("qozoq", "COUNTRY", "KZ")]),
    # --- Tajik ----------------------------------------------------------------------------------------------
    ("tg", "Ҷумҳурии Тоҷикистон ва Ҷумҳурии Қирғизистон созишнома имзо карданд.",
     [("Ҷумҳурии Тоҷикистон", "COUNTRY", "TJ"), ("Ҷумҳурии Қирғизистон", "COUNTRY", "KG")]),
    ("tg", "Президенти Тоҷикистон Эмомалӣ Раҳмон ба Қазоқистон сафар кард.",
     [("Тоҷикистон", "COUNTRY", "TJ"), ("Эмомалӣ Раҳмон", "PERSON", "Emomali Rahmon"), ("Қазоқистон", "COUNTRY", "KZ")]),
    ("tg", "Тоҷикистонро бо Ӯзбекистон роҳи оҳан мепайвандад.", [("Тоҷикистонро", "COUNTRY", "TJ"), ("Ӯзбекистон", "COUNTRY", "UZ")]),
    ("tg", "Сарвазири Тоҷикистон Қоҳир Расулзода ба Бишкек рафт.",
     [("Тоҷикистон", "COUNTRY", "TJ"), ("Қоҳир Расулзода", "PERSON", "Kokhir Rasulzoda"), ("Бишкек", "PLACE", "Q9361")]),
    ("tg", "Вазири корҳои хориҷӣ Сироҷиддин Муҳриддин бо Русия ва Чин гуфтушунид кард.",
     [("Сироҷиддин Муҳриддин", "PERSON", "Sirojiddin Muhriddin"), ("Русия", "COUNTRY", "RU"), ("Чин", "COUNTRY", "CN")]),
    ("tg", "Иёлоти Муттаҳидаи Амрико ва Афғонистон.", [("Иёлоти Муттаҳидаи Амрико", "COUNTRY", "US"), ("Афғонистон", "COUNTRY", "AF")]),
    ("tg", "СММ ва СҲШ дар Душанбе ҷаласа доштанд.", [("СММ", "ORG", "Q1065"), ("СҲШ", "ORG", "Shanghai Cooperation Organisation"),
                                                    ("Душанбе", "PLACE", "Q9365")]),
    ("tg", "тоҷикон ва ӯзбекон ҳамсоя мебошанд.", [("тоҷикон", "COUNTRY", "TJ"), ("ӯзбекон", "COUNTRY", "UZ")]),
    ("tg", "Туркманистони бетараф ва Покистони дӯст.", [("Туркманистони", "COUNTRY", "TM"), ("Покистони", "COUNTRY", "PK")]),
    ("tg", "Хитой ва Эрон шарикони асосӣ.", [("Хитой", "COUNTRY", "CN"), ("Эрон", "COUNTRY", "IR")]),
    ("tg", "Раҳмон ва Мирзиёев мулоқот карданд.", [("Раҳмон", "PERSON", "Emomali Rahmon"), ("Мирзиёев", "PERSON", "Shavkat Mirziyoyev")]),
    # --- Russian --------------------------------------------------------------------------------------------
    ("ru", "Товарооборот между Кыргызстаном и Таджикистаном вырос.",
     [("Кыргызстаном", "COUNTRY", "KG"), ("Таджикистаном", "COUNTRY", "TJ")]),
    ("ru", "В Кыргызстане и Казахстане прошли выборы.", [("Кыргызстане", "COUNTRY", "KG"), ("Казахстане", "COUNTRY", "KZ")]),
    ("ru", "Делегация Таджикистана прибыла в Узбекистан.", [("Таджикистана", "COUNTRY", "TJ"), ("Узбекистан", "COUNTRY", "UZ")]),
    ("ru", "Киргизия и Туркмения подписали соглашение с Россией.",
     [("Киргизия", "COUNTRY", "KG"), ("Туркмения", "COUNTRY", "TM"), ("Россией", "COUNTRY", "RU")]),
    ("ru", "Экспорт в России и Киргизии снизился.", [("России", "COUNTRY", "RU"), ("Киргизии", "COUNTRY", "KG")]),
    ("ru", "кыргызско-таджикский договор о границе вступил в силу.",
     [("кыргызско", "COUNTRY", "KG"), ("таджикский", "COUNTRY", "TJ")]),
    ("ru", "Казахстанско-узбекские отношения развиваются.", [("Казахстанско", "COUNTRY", "KZ"), ("узбекские", "COUNTRY", "UZ")]),
    ("ru", "Китайские и российские компании пришли в регион.", [("Китайские", "COUNTRY", "CN"), ("российские", "COUNTRY", "RU")]),
    ("ru", "Президент Кыргызской Республики Садыр Жапаров встретился с Шавкатом Мирзиёевым.",
     [("Кыргызской Республики", "COUNTRY", "KG"), ("Садыр Жапаров", "PERSON", "Sadyr Japarov"),
      ("Мирзиёевым", "PERSON", "Shavkat Mirziyoyev")]),
    ("ru", "Токаев провёл переговоры с Рахмоном в Душанбе.",
     [("Токаев", "PERSON", "Kassym-Jomart Tokayev"), ("Рахмоном", "PERSON", "Emomali Rahmon"), ("Душанбе", "PLACE", "Q9365")]),
    ("ru", "Касымалиев и Расулзода обсудили торговлю.", [("Касымалиев", "PERSON", "Adylbek Kasymaliev"),
                                                       ("Расулзода", "PERSON", "Kokhir Rasulzoda")]),
    ("ru", "Кошербаев встретился с Мухриддином в Астане.",
     [("Кошербаев", "PERSON", "Yermek Kosherbayev"), ("Мухриддином", "PERSON", "Sirojiddin Muhriddin"), ("Астане", "PLACE", "Q1520")]),
    ("ru", "Страны ШОС, ОДКБ, ЕАЭС и СНГ приняли заявление ООН.",
     [("ШОС", "ORG", "Shanghai Cooperation Organisation"), ("ОДКБ", "ORG", "Collective Security Treaty Organization"),
      ("ЕАЭС", "ORG", "Eurasian Economic Union"), ("СНГ", "ORG", "Q7779"), ("ООН", "ORG", "Q1065")]),
    ("ru", "Российская Федерация и Китайская Народная Республика.",
     [("Российская Федерация", "COUNTRY", "RU"), ("Китайская Народная Республика", "COUNTRY", "CN")]),
    ("ru", "Отношения Российской Федерации и США.", [("Российской Федерации", "COUNTRY", "RU"), ("США", "COUNTRY", "US")]),
    ("ru", "Встреча в Ташкенте и в Москве.", [("Ташкенте", "PLACE", "Q269"), ("Москве", "PLACE", "Q649")]),
    ("ru", "Граница с Афганистаном и Пакистаном.", [("Афганистаном", "COUNTRY", "AF"), ("Пакистаном", "COUNTRY", "PK")]),
    ("ru", "Таджики и узбеки работают в России.", [("Таджики", "COUNTRY", "TJ"), ("узбеки", "COUNTRY", "UZ"), ("России", "COUNTRY", "RU")]),
    ("ru", "Путин и Си Цзиньпин в Пекине.", [("Путин", "PERSON", "Q7747"), ("Си Цзиньпин", "PERSON", "Q15031"),
                                          ("Пекине", "PLACE", "Q956")]),
    ("ru", "Министерство экономики и коммерции отчиталось.",
     [("Министерство экономики и коммерции", "ORG", "Ministry of Economy and Commerce of the Kyrgyz Republic")]),
    ("ru", "Пункт пропуска Карамык и Кайрагач открыт.", [("Карамык", "PLACE", "Karamyk"), ("Кайрагач", "PLACE", "Kairagach")]),
    ("ru", "Москва и Пекин договорились о сотрудничестве.", [("Москва", "COUNTRY", "RU"), ("Пекин", "COUNTRY", "CN")]),
    # --- English --------------------------------------------------------------------------------------------
    ("en", "Kyrgyzstan and Tajikistan signed a border treaty.", [("Kyrgyzstan", "COUNTRY", "KG"), ("Tajikistan", "COUNTRY", "TJ")]),
    ("en", "Kazakhstan's exports to Uzbekistan grew.", [("Kazakhstan's", "COUNTRY", "KZ"), ("Uzbekistan", "COUNTRY", "UZ")]),
    ("en", "Russia, China and the United States were mentioned.",
     [("Russia", "COUNTRY", "RU"), ("China", "COUNTRY", "CN"), ("United States", "COUNTRY", "US")]),
    ("en", "Kyrgyz and Tajik officials met in Bishkek.", [("Kyrgyz", "COUNTRY", "KG"), ("Tajik", "COUNTRY", "TJ"),
                                                        ("Bishkek", "PLACE", "Q9361")]),
    ("en", "Adylbek Kasymaliev and Kokhir Rasulzoda held talks.",
     [("Adylbek Kasymaliev", "PERSON", "Adylbek Kasymaliev"), ("Kokhir Rasulzoda", "PERSON", "Kokhir Rasulzoda")]),
    ("en", "President Tokayev called Sadyr Japarov.", [("Tokayev", "PERSON", "Kassym-Jomart Tokayev"),
                                                      ("Sadyr Japarov", "PERSON", "Sadyr Japarov")]),
    ("en", "Emomali Rahmon met Shavkat Mirziyoyev.", [("Emomali Rahmon", "PERSON", "Emomali Rahmon"),
                                                     ("Shavkat Mirziyoyev", "PERSON", "Shavkat Mirziyoyev")]),
    ("en", "The SCO, the CSTO, the EAEU and the CIS met at the UN.",
     [("SCO", "ORG", "Shanghai Cooperation Organisation"), ("CSTO", "ORG", "Collective Security Treaty Organization"),
      ("EAEU", "ORG", "Eurasian Economic Union"), ("CIS", "ORG", "Q7779"), ("UN", "ORG", "Q1065")]),
    ("en", "The Asian Development Bank and the World Bank lend to Turkmenistan.",
     [("Asian Development Bank", "ORG", "Asian Development Bank"), ("World Bank", "ORG", "World Bank"),
      ("Turkmenistan", "COUNTRY", "TM")]),
    ("en", "Yermek Kosherbayev and Sirojiddin Muhriddin met in Dushanbe.",
     [("Yermek Kosherbayev", "PERSON", "Yermek Kosherbayev"), ("Sirojiddin Muhriddin", "PERSON", "Sirojiddin Muhriddin"),
      ("Dushanbe", "PLACE", "Q9365")]),
    ("en", "Afghanistan and Pakistan border Tajikistan.", [("Afghanistan", "COUNTRY", "AF"), ("Pakistan", "COUNTRY", "PK"),
                                                          ("Tajikistan", "COUNTRY", "TJ")]),
    ("en", "The Irkeshtam and Torugart crossings link Kyrgyzstan with China.",
     [("Irkeshtam", "PLACE", "Irkeshtam"), ("Torugart", "PLACE", "Torugart"), ("Kyrgyzstan", "COUNTRY", "KG"),
      ("China", "COUNTRY", "CN")]),
    ("en", "Moscow and Beijing agreed.", [("Moscow", "COUNTRY", "RU"), ("Beijing", "COUNTRY", "CN")]),
    ("en", "Uzbek and Kazakh companies, the EU and Vladimir Putin.",
     [("Uzbek", "COUNTRY", "UZ"), ("Kazakh", "COUNTRY", "KZ"), ("EU", "ORG", "Q458"), ("Vladimir Putin", "PERSON", "Q7747")]),
    # --- cities the gazetteer lacked (#4): world capitals, Russian and Chinese cities, Kazakh towns ----------
    ("kk", "Делегация Лондонға, одан кейін Парижге барды.", [("Лондонға", "PLACE", "Q84"), ("Парижге", "PLACE", "Q90")]),
    ("kk", "Мәскеуде басталған келіссөз Токиодағы кездесумен жалғасты.", [("Мәскеуде", "PLACE", "Q649"), ("Токиодағы", "PLACE", "Q1490")]),
    ("kk", "Омбыда тұратын қазақтар Оралда өткен жиынға келді.", [("Омбыда", "PLACE", "Omsk"), ("Оралда", "PLACE", "Oral")]),
    ("kk", "Жүк Үрімжіге, одан соң Қашқарға жөнелтілді.", [("Үрімжіге", "PLACE", "Urumqi"), ("Қашқарға", "PLACE", "Kashgar")]),
    ("kk", "Орынбордан және Астраханнан келген қонақтар.", [("Орынбордан", "PLACE", "Orenburg"), ("Астраханнан", "PLACE", "Astrakhan")]),
    ("kk", "Қазан қаласында форум өтті, Ырғызда жол салынды.", [("Қазан қаласында", "PLACE", "Q900"), ("Ырғызда", "PLACE", "Irgiz")]),
    ("kk", "Жезқазғанда, Сәтбаевта және Екібастұзда зауыттар бар.",
     [("Жезқазғанда", "PLACE", "Zhezkazgan"), ("Сәтбаевта", "PLACE", "Satbayev"), ("Екібастұзда", "PLACE", "Ekibastuz")]),
    ("kk", "Қарасай ауданында және Жаңаөзенде жиналыс болды.", [("Қарасай ауданында", "PLACE", "Karasay District"),
                                                              ("Жаңаөзенде", "PLACE", "Zhanaozen")]),
    ("kk", "Ыстамбұлда өткен саммитке Өскеменнен өкіл барды.", [("Ыстамбұлда", "PLACE", "Q406"), ("Өскеменнен", "PLACE", "Oskemen")]),
    ("ky", "Лондондо өткөн жыйында министр сүйлөдү.", [("Лондондо", "PLACE", "Q84")]),
    ("ky", "Үрүмчүгө жана Кашкарга жүк жөнөтүлдү.", [("Үрүмчүгө", "PLACE", "Urumqi"), ("Кашкарга", "PLACE", "Kashgar")]),
    ("ky", "Жалал-Абадда жана Караколдо жаңы мектептер ачылды.", [("Жалал-Абадда", "PLACE", "Jalal-Abad"), ("Караколдо", "PLACE", "Karakol")]),
    ("ky", "Делегация Бакуга, андан Тбилисиге барды.", [("Бакуга", "PLACE", "Q9248"), ("Тбилисиге", "PLACE", "Q994")]),
    ("ru", "Встреча прошла в Стамбуле, форум — в Санкт-Петербурге.", [("Стамбуле", "PLACE", "Q406"), ("Санкт-Петербурге", "PLACE", "Q656")]),
    ("ru", "Делегация прибыла в Уральск, затем в Казань и Новосибирск.",
     [("Уральск", "PLACE", "Oral"), ("Казань", "PLACE", "Q900"), ("Новосибирск", "PLACE", "Q883")]),
    ("ru", "Поезд из Урумчи прибыл в Алматы через Хоргос.", [("Урумчи", "PLACE", "Urumqi"), ("Хоргос", "PLACE", "Khorgos")]),
    ("ru", "Переговоры в Баку, затем в Ереване.", [("Баку", "PLACE", "Q9248"), ("Ереване", "PLACE", "Q1953")]),
    ("ru", "Саммит в Брюсселе, встреча в Минске.", [("Брюсселе", "PLACE", "Q239"), ("Минске", "PLACE", "Q2280")]),
    ("uz", "Istanbulda va Dubayda uchrashuvlar boʻldi.", [("Istanbulda", "PLACE", "Q406"), ("Dubayda", "PLACE", "Q612")]),
    ("uz", "Samarqandda boshlangan forum Buxoroda davom etdi.", [("Samarqandda", "PLACE", "Samarkand"), ("Buxoroda", "PLACE", "Bukhara")]),
    ("uz", "Делегация Лондонда, кейин Сеулда бўлди.", [("Лондонда", "PLACE", "Q84"), ("Сеулда", "PLACE", "Q8684")]),
    ("uz", "Юк Урумчи орқали Қашқарга борди.", [("Урумчи", "PLACE", "Urumqi"), ("Қашқарга", "PLACE", "Kashgar")]),
    ("tg", "Вохӯрӣ дар Истанбул баргузор шуд.", [("Истанбул", "PLACE", "Q406")]),
    ("tg", "Ҳайат аз Хуҷанд ба Кӯлоб рафт.", [("Хуҷанд", "PLACE", "Khujand"), ("Кӯлоб", "PLACE", "Kulob")]),
    ("tg", "Сафар дар Деҳлӣ оғоз ёфт, баъд дар Исломобод.", [("Деҳлӣ", "PLACE", "Q1353"), ("Исломобод", "PLACE", "Q1362")]),
    ("en", "Officials met in Geneva, Munich and New York.", [("Geneva", "PLACE", "Q71"), ("Munich", "PLACE", "Q1726"),
                                                            ("New York", "PLACE", "Q60")]),
    ("en", "Flights to Seoul, Delhi, Dubai and Istanbul resumed.", [("Seoul", "PLACE", "Q8684"), ("Delhi", "PLACE", "Q1353"),
                                                                    ("Dubai", "PLACE", "Q612"), ("Istanbul", "PLACE", "Q406")]),
    ("en", "The forum in Urumqi moved to Xi'an, then to Shanghai.", [("Urumqi", "PLACE", "Urumqi"), ("Xi'an", "PLACE", "Q5826"),
                                                                    ("Shanghai", "PLACE", "Q8686")]),
    ("en", "Kyiv's and Tokyo's envoys arrived in Uralsk.", [("Kyiv's", "COUNTRY", "UA"), ("Tokyo's", "COUNTRY", "JP"),
                                                            ("Uralsk", "PLACE", "Oral")]),
]

# (lang, text, surface that must NOT be a COUNTRY mention, country code that must not be in `countries`)
NOT_COUNTRY = [
    ("ky", "Соода жүгүртүү 36 млн АКШ долларын түздү.", "АКШ", "US"),
    ("ky", "Көлөмү 500 млн АКШ доллары болду.", "АКШ", "US"),
    ("kk", "Сауда көлемі 1,2 млрд АҚШ долларынан асты.", "АҚШ", "US"),
    ("uz", "Ҳажм 2 миллиард АҚШ доллари бўлди.", "АҚШ", "US"),
    ("uz", "Hajm 2 milliard AQSh dollari boʻldi.", "AQSh", "US"),
    ("tg", "Ҳаҷми тиҷорат 300 миллион доллари ИМА-ро ташкил дод.", "ИМА", "US"),
    ("ru", "Товарооборот составил 36 млн долл. США.", "США", "US"),
    ("ru", "Объём вырос до 2 млрд долларов США.", "США", "US"),
    ("en", "Trade reached 36 million US dollars.", "US", "US"),
    ("kk", "Душанбе қаласына ресми сапары аясында келіссөздер өтті.", "Душанбе", "TJ"),
    ("en", "BISHKEK. Kazinform — The talks ended.", "BISHKEK", "KG"),
    ("ky", "Саммит Бишкекте өттү.", "Бишкекте", "KG"),
    ("ky", "Кыргызча жана орусча котормосу бар.", "Кыргызча", "KG"),
    ("kk", "Е.Талас мәлімдеме жасады.", "Талас", "KG"),
]

N_MENTIONS = sum(len(r[2]) for r in ROWS)


def _find(lang: str, text: str) -> list[Entity]:
    return find_entities(normalize(text), lang)


def _matches(e: Entity, typ: str, key: str) -> bool:
    if e.type != typ:
        return False
    if len(key) == 2 and key.isupper() or (key.startswith("Q") and key[1:].isdigit()):
        return e.id == key
    return e.name == key


def test_table_has_at_least_200_mentions_in_six_languages():
    assert N_MENTIONS >= 200, N_MENTIONS
    assert {r[0] for r in ROWS} == {"ky", "kk", "uz", "tg", "ru", "en"}


@pytest.mark.parametrize("lang,text,expected", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_mentions(lang, text, expected):
    ents = _find(lang, text)
    for e in ents:
        assert text[e.start : e.end] == e.text
    for surface, typ, key in expected:
        hits = [e for e in ents if e.text == surface]
        assert hits, f"{surface!r} not found; got {[(e.text, e.type, e.id) for e in ents]}"
        assert any(_matches(e, typ, key) for e in hits), f"{surface!r}: {[(e.type, e.id, e.name) for e in hits]}"


@pytest.mark.parametrize("lang,text,surface,code", NOT_COUNTRY, ids=[f"{r[0]}-{r[2]}" for r in NOT_COUNTRY])
def test_not_a_country_mention(lang, text, surface, code):
    ents = _find(lang, text)
    assert not [e for e in ents if e.text == surface and e.type == "COUNTRY"]
    assert code not in countries_of(ents)


def test_venue_is_a_place_and_pair_of_capitals_is_states():
    ents = _find("kk", "Душанбе қаласына ресми сапары аясында.")
    assert [(e.text, e.type, e.id) for e in ents if e.text == "Душанбе"] == [("Душанбе", "PLACE", "Q9365")]
    ents = _find("ky", "Бишкек менен Душанбенин ортосундагы мамилелер.")
    assert countries_of(ents) == ("KG", "TJ")


def test_new_capitals_are_venues_unless_paired_like_the_old_ones():
    # a capital stands for its state only when joined to another state's capital (match._capital_pairs)
    for lang, text, venue, qid in [("ky", "Лондондо өткөн жыйында министр сүйлөдү.", "Лондондо", "Q84"),
                                   ("ru", "Встреча в Лондоне и в Париже прошла спокойно.", "Лондоне", "Q84"),
                                   ("kk", "Брюссельде өткен кездесуге Бакудан өкіл келді.", "Брюссельде", "Q239"),
                                   ("en", "The summit in Tokyo ended.", "Tokyo", "Q1490")]:
        ents = _find(lang, text)
        assert [(e.type, e.id) for e in ents if e.text == venue] == [("PLACE", qid)], text
        assert countries_of(ents) == (), text
    assert countries_of(_find("ky", "Лондон менен Парижден келген өкүлдөр.")) == ("FR", "GB")
    assert countries_of(_find("ru", "Баку и Ереван подписали заявление.")) == ("AM", "AZ")
    assert countries_of(_find("en", "London and Washington disagreed.")) == ("GB", "US")


def test_a_non_capital_city_never_stands_for_its_state():
    ents = _find("ru", "Стамбул и Москва договорились.")
    assert [(e.text, e.type) for e in ents] == [("Стамбул", "PLACE"), ("Москва", "PLACE")]
    assert countries_of(ents) == ()


def test_machine_translated_csc_geo_names_are_dropped_and_cities_merged():
    recs = [r for r in records() if r.type == "PLACE"]
    forms = {f.text for r in recs for f in r.forms}
    # csc-geo's "native" for Oral, Tirmiz, Khatlon and its Russian for Oral are translations of the English word
    assert not {"Ауызша", "Оральный", "Hoʼl", "Вилоят", "etishtirish"} & forms
    oral = [r for r in recs if r.country == "KZ" and any(f.text == "Орал" for f in r.forms)]
    assert len(oral) == 1 and {"Уральск", "Oral"} <= {f.text for f in oral[0].forms}
    # a curated city and csc-geo's record of it are one record
    for form, country in [("Бишкек", "KG"), ("Самарқанд", "UZ"), ("Ақсу", "KZ"), ("Хуҷанд", "TJ")]:
        assert len([r for r in recs if r.country == country and r.kind != "region"
                    and any(f.text == form for f in r.forms)]) == 1, form
    # real local names that look unlike the English one stay
    assert {"Өскемен", "Солтүстік Қазақстан", "Buxoro"} <= forms


def test_a_wikidata_id_names_one_record():
    """Regression: csc-geo gives some ids to several places (Q61944 to Semey, Shalkar and four more), which linked
    unrelated towns to one entity; such an id now links none of them."""
    seen: dict[str, str] = {}
    for r in records():
        if r.id:
            assert seen.setdefault(r.id, r.name) == r.name, f"{r.id} names {seen[r.id]!r} and {r.name!r}"
    assert "Q61944" not in seen


def test_organisations_do_not_name_states():
    assert countries_of(_find("ru", "Заседание ОДКБ и ШОС прошло, МИД Кыргызстана сообщил.")) == ("KG",)
    assert countries_of(_find("ru", "Заседание ОДКБ и ШОС прошло.")) == ()


def test_contract_fields_and_extras():
    ents = _find("ky", "Тажикстандын премьер-министри Кохир Расулзода келди.")
    d = ents[0].to_dict()
    assert list(d)[:6] == ["start", "end", "text", "type", "id", "name"]
    assert d["type"] == "COUNTRY" and d["id"] == "TJ" and d["name"] == "Tajikistan" and d["text"] == "Тажикстандын"
    person = next(e for e in ents if e.type == "PERSON")
    assert person.country == "TJ" and person.role == "prime minister"


def test_offsets_survive_normalisation():
    text = "Qirg\u2018izistonga va O\u2019zbekiston\u00a0\u00adbilan; Тажик\u00adстандын"
    for e in _find("uz", text):
        assert text[e.start : e.end] == e.text
    assert {e.id for e in _find("uz", text)} >= {"KG", "UZ"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Кыргызстан Тажикстандын АКШ доллары Бишкек менен-'ʻ.\u00ad\u00a0Qirgʻizistonga")),
               max_size=120))
def test_offsets_property_random_text(text):
    for lang in ("ky", "uz"):
        for e in find_entities(normalize(text), lang):
            assert text[e.start : e.end] == e.text
            assert 0 <= e.start < e.end <= len(text)


def test_gazetteer_loads_from_the_package_without_shared():
    recs = records()
    countries = {r.id for r in recs if r.type == "COUNTRY"}
    assert len(countries) >= 193 and {"KG", "KZ", "TJ", "UZ", "TM", "AF", "CN", "RU", "US", "PK"} <= countries
    assert all(r.source for r in recs)
    people = {r.name for r in recs if r.type == "PERSON"}
    assert {"Adylbek Kasymaliev", "Kokhir Rasulzoda", "Sadyr Japarov", "Kassym-Jomart Tokayev", "Emomali Rahmon",
            "Yermek Kosherbayev", "Sirojiddin Muhriddin"} <= people


GOOD = {"type": "COUNTRY", "id": "KG", "name": "Kyrgyzstan", "forms": [["ky", "name", "Кыргызстан"]], "source": "test"}


@pytest.mark.parametrize(
    "patch,expected",
    [
        ({"type": "STATE"}, "type in"),
        ({"id": "KGZ"}, "ISO 3166-1 alpha-2"),
        ({"forms": []}, "non-empty list 'forms'"),
        ({"forms": [["xx", "name", "Кыргызстан"]]}, "form language"),
        ({"forms": [["ky", "noun", "Кыргызстан"]]}, "form kind"),
        ({"source": ""}, "non-empty 'source'"),
        ({"type": "PERSON", "id": "42"}, "Wikidata id"),
    ],
)
def test_malformed_gazetteer_line_fails_at_load(tmp_path: Path, patch, expected):
    good = json.dumps(GOOD, ensure_ascii=False)
    bad = json.dumps({**GOOD, **patch}, ensure_ascii=False)
    p = tmp_path / "g.jsonl"
    p.write_text(f"# comment\n{good}\n{bad}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as ei:
        load_file(p)
    assert ei.value.line == 3 and expected in str(ei.value)


def test_malformed_json_fails_at_load(tmp_path: Path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"type": "COUNTRY", \n', encoding="utf-8")
    with pytest.raises(LexiconError, match="expected a JSON object"):
        load_file(p)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("35%-ы түрікменстандық экспортқа тиесілі", "kk", "TM"),  # regression: lower-case adjective of a name
        ("кыргызстандык ишкерлер келди", "ky", "KG"),
        ("oʻzbekistonlik sayyohlar keldi", "uz", "UZ"),
    ],
)
def test_lower_case_adjectives_of_state_names_are_mentions(text: str, lang: str, code: str) -> None:
    from kabarchi.entities import find_entities as _find
    from kabarchi.text import normalize as _normalize

    assert [e.id for e in _find(_normalize(text), lang) if e.type == "COUNTRY"] == [code]


def test_a_lower_case_name_without_a_derivation_is_not_a_mention() -> None:
    from kabarchi.entities import find_entities as _find
    from kabarchi.text import normalize as _normalize

    assert [e for e in _find(_normalize("тажикстан деген сөз"), "ky") if e.type == "COUNTRY"] == []
