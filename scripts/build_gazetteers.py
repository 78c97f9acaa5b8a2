"""Rebuild the entity gazetteers in src/kabarchi/data/entities/ from ../shared/data and the curated tables below.

    .venv/bin/python scripts/build_gazetteers.py [--shared ../shared]

Output: one JSON object per line (JSONL), ``#`` lines are doubt comments. Every entity line has ``type``, ``id``,
``name`` (canonical English), ``forms`` ([lang, kind, text] triples; kind is ``name`` (a capitalised proper
name), ``adj`` (demonym/adjective, any case), ``abbr`` (exact case) or ``sname`` (a person's surname)) and
``source``. Places, organisations and people also carry ``country``; capitals ``capital_of``; people ``roles``.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "kabarchi" / "data" / "entities"

# The 193 UN member states plus the two observer states and two partially recognised states that news names.
SOVEREIGN = set(
    """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN
    CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN
    HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD
    MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU
    VE VN YE ZM ZW VA PS XK TW""".split()
)
CLDR_LOCALES = {"ky": "ky", "kk": "kk", "uz": "uz", "uz-Cyrl": "uz", "tg": "tg", "ru": "ru", "en": "en"}

# Historic, colloquial and official long forms, demonyms and adjectives, written by us (source "curated").
# kind "adj" forms are matched in any case; Russian adjectives in -ий/-ый are inflected by the matcher.
COUNTRY_EXTRA: dict[str, list[tuple[str, str, str]]] = {
    "KG": [
        ("ky", "name", "Кыргыз Республикасы"), ("ky", "abbr", "КР"), ("kk", "name", "Қырғыз Республикасы"),
        ("uz", "name", "Қирғиз Республикаси"), ("uz", "name", "Qirgʻiz Respublikasi"), ("uz", "name", "Қирғизистон"),
        ("tg", "name", "Ҷумҳурии Қирғизистон"), ("tg", "name", "Ҷумҳурии Қирғиз"),
        ("ru", "name", "Кыргызстан"), ("ru", "name", "Киргизстан"), ("ru", "name", "Кыргызская Республика"),
        ("ru", "name", "Киргизская Республика"), ("en", "name", "Kyrgyz Republic"), ("en", "name", "Kirghizia"),
        ("ky", "adj", "кыргыз"), ("ky", "adj", "кыргызстандык"), ("kk", "adj", "қырғыз"),
        ("kk", "adj", "қырғызстандық"), ("uz", "adj", "қирғиз"), ("uz", "adj", "qirgʻiz"),
        ("uz", "adj", "қирғизистонлик"), ("uz", "adj", "qirgʻizistonlik"), ("tg", "adj", "қирғиз"),
        ("tg", "adj", "қирғизистонӣ"), ("ru", "adj", "кыргызский"), ("ru", "adj", "киргизский"),
        ("ru", "adj", "кыргызстанский"), ("ru", "adj", "киргиз"), ("ru", "adj", "кыргыз"), ("en", "adj", "Kyrgyz"),
        ("en", "adj", "Kirghiz"), ("en", "adj", "Kyrgyzstani"),
    ],
    "KZ": [
        ("ky", "name", "Казакстан Республикасы"), ("kk", "name", "Қазақстан Республикасы"), ("kk", "abbr", "ҚР"),
        ("uz", "name", "Қозоғистон Республикаси"), ("uz", "name", "Qozogʻiston Respublikasi"),
        ("tg", "name", "Ҷумҳурии Қазоқистон"), ("ru", "name", "Республика Казахстан"), ("ru", "abbr", "РК"),
        ("ky", "adj", "казак"), ("ky", "adj", "казакстандык"), ("kk", "adj", "қазақ"), ("kk", "adj", "қазақстандық"),
        ("uz", "adj", "қозоқ"), ("uz", "adj", "qozoq"), ("uz", "adj", "қозоғистонлик"), ("tg", "adj", "қазоқ"),
        ("ru", "adj", "казахский"), ("ru", "adj", "казахстанский"), ("ru", "adj", "казах"), ("en", "adj", "Kazakh"),
        ("en", "adj", "Kazakhstani"),
    ],
    "TJ": [
        ("ky", "name", "Тажикстан Республикасы"), ("kk", "name", "Тәжікстан Республикасы"),
        ("uz", "name", "Тожикистон Республикаси"), ("uz", "name", "Tojikiston Respublikasi"),
        ("tg", "name", "Ҷумҳурии Тоҷикистон"), ("ru", "name", "Республика Таджикистан"),
        ("ky", "adj", "тажик"), ("ky", "adj", "тажикстандык"), ("kk", "adj", "тәжік"), ("kk", "adj", "тәжікстандық"),
        ("uz", "adj", "тожик"), ("uz", "adj", "tojik"), ("tg", "adj", "тоҷик"), ("tg", "adj", "тоҷикистонӣ"),
        ("ru", "adj", "таджикский"), ("ru", "adj", "таджикистанский"), ("ru", "adj", "таджик"), ("en", "adj", "Tajik"),
        ("en", "adj", "Tajikistani"),
    ],
    "UZ": [
        ("ky", "name", "Өзбекстан Республикасы"), ("kk", "name", "Өзбекстан Республикасы"),
        ("uz", "name", "Ўзбекистон Республикаси"), ("uz", "name", "Oʻzbekiston Respublikasi"),
        ("tg", "name", "Ҷумҳурии Ӯзбекистон"), ("tg", "name", "Ӯзбекистон"), ("tg", "name", "Узбекистон"),
        ("ru", "name", "Республика Узбекистан"), ("ky", "adj", "өзбек"), ("ky", "adj", "өзбекстандык"),
        ("kk", "adj", "өзбек"), ("uz", "adj", "ўзбек"), ("uz", "adj", "oʻzbek"), ("uz", "adj", "ўзбекистонлик"),
        ("tg", "adj", "ӯзбек"), ("tg", "adj", "узбек"), ("ru", "adj", "узбекский"), ("ru", "adj", "узбекистанский"),
        ("ru", "adj", "узбек"), ("en", "adj", "Uzbek"), ("en", "adj", "Uzbekistani"),
    ],
    "TM": [
        ("ky", "name", "Түркмөнстан"), ("ky", "name", "Түркменстан"), ("kk", "name", "Түрікменстан"),
        ("uz", "name", "Туркманистон"), ("uz", "name", "Turkmaniston"), ("tg", "name", "Туркманистон"),
        ("ru", "name", "Туркмения"), ("ru", "name", "Туркменистан"), ("en", "name", "Turkmenia"),
        ("ky", "adj", "түркмөн"), ("kk", "adj", "түрікмен"), ("uz", "adj", "туркман"), ("uz", "adj", "turkman"),
        ("tg", "adj", "туркман"), ("ru", "adj", "туркменский"), ("ru", "adj", "туркмен"), ("en", "adj", "Turkmen"),
    ],
    "RU": [
        ("ky", "name", "Орусия"), ("ky", "name", "Россия Федерациясы"), ("kk", "name", "Ресей"),
        ("kk", "name", "Ресей Федерациясы"), ("uz", "name", "Россия"), ("uz", "name", "Rossiya"),
        ("tg", "name", "Русия"), ("tg", "name", "Федератсияи Русия"), ("ru", "name", "Российская Федерация"),
        ("ru", "abbr", "РФ"), ("en", "name", "Russian Federation"), ("ky", "adj", "орус"), ("kk", "adj", "ресейлік"),
        ("uz", "adj", "россиялик"), ("uz", "adj", "rossiyalik"), ("tg", "adj", "русиягӣ"), ("ru", "adj", "российский"),
        ("ru", "adj", "россиянин"), ("en", "adj", "Russian"),
    ],
    "CN": [
        ("ky", "name", "Кытай Эл Республикасы"), ("ky", "abbr", "КЭР"), ("kk", "name", "Қытай Халық Республикасы"),
        ("kk", "abbr", "ҚХР"), ("uz", "name", "Хитой"), ("uz", "name", "Xitoy"), ("uz", "name", "Чин"),
        ("tg", "name", "Чин"), ("tg", "name", "Ҷумҳурии Мардумии Чин"), ("ru", "name", "КНР"),
        ("ru", "name", "Китайская Народная Республика"), ("en", "name", "People's Republic of China"), ("en", "abbr", "PRC"),
        ("ky", "adj", "кытай"), ("kk", "adj", "қытай"), ("uz", "adj", "хитойлик"), ("uz", "adj", "xitoylik"),
        ("tg", "adj", "чинӣ"), ("ru", "adj", "китайский"), ("en", "adj", "Chinese"),
    ],
    "US": [
        ("ky", "abbr", "АКШ"), ("ky", "name", "Америка Кошмо Штаттары"), ("ky", "name", "Америка"),
        ("kk", "abbr", "АҚШ"), ("kk", "name", "Америка"), ("uz", "abbr", "АҚШ"), ("uz", "abbr", "AQSh"),
        ("uz", "abbr", "AQSH"), ("tg", "abbr", "ИМА"), ("tg", "name", "Иёлоти Муттаҳидаи Амрико"),
        ("tg", "name", "Амрико"), ("ru", "abbr", "США"), ("ru", "name", "Соединённые Штаты"),
        ("ru", "name", "Соединенные Штаты Америки"), ("ru", "name", "Америка"), ("en", "abbr", "USA"),
        ("en", "name", "United States of America"), ("ky", "adj", "америкалык"), ("kk", "adj", "америкалық"),
        ("uz", "adj", "америкалик"), ("uz", "adj", "amerikalik"), ("tg", "adj", "амрикоӣ"), ("ru", "adj", "американский"),
        ("en", "adj", "American"),
    ],
    "AF": [("ky", "name", "Ооганстан"), ("ky", "adj", "ооган"), ("kk", "adj", "ауған"), ("ru", "adj", "афганский"),
           ("en", "adj", "Afghan"), ("tg", "adj", "афғон"), ("uz", "adj", "афғон"), ("uz", "adj", "afgʻon")],
    "PK": [("ru", "adj", "пакистанский"), ("en", "adj", "Pakistani"), ("kk", "name", "Пакистан")],
    "IR": [("ru", "adj", "иранский"), ("en", "adj", "Iranian"), ("tg", "name", "Эрон")],
    "TR": [("ky", "name", "Түркия"), ("ru", "adj", "турецкий"), ("en", "adj", "Turkish"), ("en", "name", "Türkiye"),
           ("kk", "name", "Түркия")],
    "IN": [("ru", "adj", "индийский"), ("en", "adj", "Indian"), ("tg", "name", "Ҳиндустон")],
    "AZ": [("ru", "adj", "азербайджанский"), ("en", "adj", "Azerbaijani")],
    "BY": [("ru", "name", "Белоруссия"), ("ru", "adj", "белорусский"), ("en", "adj", "Belarusian")],
    "MN": [("ru", "adj", "монгольский"), ("en", "adj", "Mongolian")],
    "UA": [("ru", "adj", "украинский"), ("en", "adj", "Ukrainian")],
    "DE": [("ru", "adj", "германский"), ("en", "adj", "German")],
    "JP": [("ru", "adj", "японский"), ("en", "adj", "Japanese")],
    "KR": [("ru", "adj", "южнокорейский"), ("en", "adj", "South Korean")],
    "GB": [("ru", "name", "Великобритания"), ("en", "name", "Britain"), ("en", "adj", "British"), ("en", "abbr", "UK")],
}
# Russian pair prefixes ("кыргызско-таджикский") are derived from the -ский adjectives by the matcher.

# Capitals and places we name ourselves, with Wikidata ids we are sure of (the csc-geo id for Bishkek is a
# district's; the others agree with it).
PLACE_EXTRA = [
    # id, English name, country, kind, capital_of, forms
    ("Q9361", "Bishkek", "KG", "capital", "KG", ["Бишкек", "Bishkek", "Бішкек", "Бишкек шаары"]),
    ("Q1520", "Astana", "KZ", "capital", "KZ", ["Астана", "Astana", "Нур-Султан", "Нұр-Сұлтан", "Nur-Sultan"]),
    ("Q9365", "Dushanbe", "TJ", "capital", "TJ", ["Душанбе", "Dushanbe"]),
    ("Q269", "Tashkent", "UZ", "capital", "UZ", ["Ташкент", "Тошкент", "Toshkent", "Tashkent"]),
    ("Q23438", "Ashgabat", "TM", "capital", "TM", ["Ашхабад", "Ашгабат", "Ashgabat", "Ашғабат", "Ашхобод", "Ashxobod"]),
    ("Q649", "Moscow", "RU", "capital", "RU", ["Москва", "Мәскеу", "Moskva", "Маскав", "Moscow"]),
    ("Q956", "Beijing", "CN", "capital", "CN", ["Пекин", "Бээжин", "Бейжің", "Pekin", "Beijing", "Пекин шаары"]),
    ("Q5838", "Kabul", "AF", "capital", "AF", ["Кабул", "Кобул", "Kabul", "Kobul"]),
    ("Q3616", "Tehran", "IR", "capital", "IR", ["Тегеран", "Теҳрон", "Tehran"]),
    ("Q3640", "Ankara", "TR", "capital", "TR", ["Анкара", "Ankara"]),
    ("Q61", "Washington", "US", "capital", "US", ["Вашингтон", "Washington"]),
    ("Q35493", "Almaty", "KZ", "city", None, ["Алматы", "Almaty", "Алма-Ата", "Olmaota", "Олмаота"]),
    ("Q170137", "Osh", "KG", "city", None, ["Ош", "Osh"]),
    (None, "Central Asia", None, "region", None, ["Борбордук Азия", "Борбор Азия", "Орталық Азия", "Марказий Осиё",
     "Markaziy Osiyo", "Осиёи Марказӣ", "Центральная Азия", "Средняя Азия", "Central Asia"]),
    (None, "Gorno-Badakhshan", "TJ", "region", None, ["Тоолуу Бадакшан", "Тоолуу Бадахшан", "Кӯҳистони Бадахшон",
     "Горно-Бадахшанская автономная область", "ГБАО", "Gorno-Badakhshan"]),
]
# Border crossings named in the news; ids unknown to us (null).
BORDER_POSTS = [
    ("Kyzyl-Bel", "KG", ["Кызыл-Бел", "Қизил-Бел", "Kyzyl-Bel"]),
    ("Kairagach", "KG", ["Кайрагач", "Қайрағоч", "Kairagach", "Кайрагоч"]),
    ("Irkeshtam", "KG", ["Эркештам", "Иркештам", "Irkeshtam", "Erkeshtam"]),
    ("Torugart", "KG", ["Торугарт", "Torugart"]),
    ("Bedel", "KG", ["Бедел", "Bedel"]),
    ("Karamyk", "KG", ["Карамык", "Қарамиқ", "Karamyk"]),
    ("Kordai", "KZ", ["Кордай", "Қордай", "Korday", "Kordai"]),
    ("Ak-Zhol", "KG", ["Ак-Жол", "Ақ-Жол", "Ak-Zhol"]),
    ("Dostuk", "KG", ["Достук", "Dostuk"]),
    ("Zhibek Zholy", "KZ", ["Жибек жолу", "Жібек жолы", "Zhibek Zholy"]),
    ("Kyzyl-Kiya", "KG", ["Кызыл-Кыя", "Kyzyl-Kiya"]),
    ("Guliston", "TJ", ["Гулистон", "Guliston"]),
    ("Kulma", "TJ", ["Кульма", "Кулма", "Kulma"]),
    ("Fotekh", "TJ", ["Фотех", "Fotekh"]),
    ("Khorgos", "KZ", ["Хоргос", "Қорғас", "Khorgos", "Khorgas"]),
]
# Cities news in these languages names that csc-geo lacks or misnames (#4): capitals of the states neighbouring or
# trading with Central Asia and of the G20 and the EU, big Russian, Chinese, Turkish, Iranian, Afghan, Pakistani,
# Indian and Gulf cities, and Central Asian regional centres and towns in their ky/kk/uz/tg/ru/en spellings.
# A capital stands for its state only in a pair of capitals ("Бишкек менен Душанбе", see match._capital_pairs), so
# kind "capital" is only for a state's seat of government. Wikidata ids only where we are sure of them, else null.
# Ambiguous words get a form with "city" ("Қазан қаласы": қазан is also October and a cauldron). An entry that names
# a csc-geo city of the same country is merged with it (its forms added, one record).
CITY_EXTRA = [
    # id, English name, country, kind, capital_of, forms
    # --- capitals: neighbours and partners of Central Asia
    ("Q9248", "Baku", "AZ", "capital", "AZ", ["Баку", "Боку", "Baku", "Boku"]),
    ("Q994", "Tbilisi", "GE", "capital", "GE", ["Тбилиси", "Tbilisi"]),
    ("Q1953", "Yerevan", "AM", "capital", "AM", ["Ереван", "Yerevan", "Erevan"]),
    ("Q2280", "Minsk", "BY", "capital", "BY", ["Минск", "Minsk"]),
    ("Q1899", "Kyiv", "UA", "capital", "UA", ["Киев", "Київ", "Kyiv", "Kiev", "Kiyev"]),
    ("Q21197", "Chisinau", "MD", "capital", "MD", ["Кишинёв", "Кишинев", "Chisinau", "Chișinău", "Kishinyov"]),
    ("Q23430", "Ulaanbaatar", "MN", "capital", "MN", ["Улан-Батор", "Улаанбаатар", "Ulaanbaatar", "Ulan Bator", "Ulan-Bator"]),
    ("Q1362", "Islamabad", "PK", "capital", "PK", ["Исламабад", "Исломобод", "Islamabad", "Islomobod"]),
    ("Q987", "New Delhi", "IN", "capital", "IN", ["Нью-Дели", "Ню-Деҳлӣ", "Нью-Деҳли", "New Delhi", "Nyu-Dehli"]),
    ("Q8684", "Seoul", "KR", "capital", "KR", ["Сеул", "Seoul", "Seul"]),
    ("Q1490", "Tokyo", "JP", "capital", "JP", ["Токио", "Tokyo", "Tokio"]),
    ("Q18808", "Pyongyang", "KP", "capital", "KP", ["Пхеньян", "Pyongyang", "Pxenyan"]),
    ("Q1519", "Abu Dhabi", "AE", "capital", "AE", ["Абу-Даби", "Абу Даби", "Абу-Дабӣ", "Abu Dhabi", "Abu-Dabi"]),
    ("Q3692", "Riyadh", "SA", "capital", "SA", ["Эр-Рияд", "Ар-Рияд", "Рияд", "Эр-Риёз", "Riyadh", "Ar-Riyod", "Riyod"]),
    ("Q3861", "Doha", "QA", "capital", "QA", ["Доха", "Доҳа", "Doha"]),
    ("Q3826", "Muscat", "OM", "capital", "OM", ["Маскат", "Masqat", "Muscat"]),
    ("Q3882", "Manama", "BH", "capital", "BH", ["Манама", "Manama"]),
    ("Q85", "Cairo", "EG", "capital", "EG", ["Каир", "Қоҳира", "Qohira", "Cairo"]),
    ("Q1530", "Baghdad", "IQ", "capital", "IQ", ["Багдад", "Бағдод", "Baghdad", "Bagʻdod"]),
    ("Q3766", "Damascus", "SY", "capital", "SY", ["Дамаск", "Damascus", "Damashq"]),
    ("Q3805", "Amman", "JO", "capital", "JO", ["Амман", "Amman"]),
    ("Q3820", "Beirut", "LB", "capital", "LB", ["Бейрут", "Байрут", "Beirut", "Bayrut"]),
    ("Q1354", "Dhaka", "BD", "capital", "BD", ["Дакка", "Dhaka", "Dakka"]),
    ("Q3037", "Kathmandu", "NP", "capital", "NP", ["Катманду", "Kathmandu", "Katmandu"]),
    ("Q1861", "Bangkok", "TH", "capital", "TH", ["Бангкок", "Bangkok"]),
    ("Q1858", "Hanoi", "VN", "capital", "VN", ["Ханой", "Hanoi", "Xanoy"]),
    ("Q1865", "Kuala Lumpur", "MY", "capital", "MY", ["Куала-Лумпур", "Kuala Lumpur", "Kuala-Lumpur"]),
    ("Q3630", "Jakarta", "ID", "capital", "ID", ["Джакарта", "Жакарта", "Jakarta"]),
    ("Q1461", "Manila", "PH", "capital", "PH", ["Манила", "Manila"]),
    ("Q3711", "Belgrade", "RS", "capital", "RS", ["Белград", "Belgrade", "Belgrad"]),
    ("Q70", "Bern", "CH", "capital", "CH", ["Берн", "Bern", "Berne"]),
    ("Q585", "Oslo", "NO", "capital", "NO", ["Осло", "Oslo"]),
    # --- capitals: the G20
    ("Q84", "London", "GB", "capital", "GB", ["Лондон", "London"]),
    ("Q1930", "Ottawa", "CA", "capital", "CA", ["Оттава", "Ottawa", "Ottava"]),
    ("Q3114", "Canberra", "AU", "capital", "AU", ["Канберра", "Canberra", "Kanberra"]),
    ("Q2844", "Brasília", "BR", "capital", "BR", ["Бразилиа", "Brasília", "Brasilia"]),
    ("Q1486", "Buenos Aires", "AR", "capital", "AR", ["Буэнос-Айрес", "Буэнос Айрес", "Buenos Aires", "Buenos-Ayres"]),
    ("Q1489", "Mexico City", "MX", "capital", "MX", ["Мехико", "Mexico City", "Mexiko"]),
    ("Q3926", "Pretoria", "ZA", "capital", "ZA", ["Претория", "Pretoria", "Pretoriya"]),
    ("Q3624", "Addis Ababa", "ET", "capital", "ET", ["Аддис-Абеба", "Addis Ababa", "Addis-Abeba"]),
    # --- capitals: the European Union
    ("Q239", "Brussels", "BE", "capital", "BE", ["Брюссель", "Брюссел", "Brussels", "Bryussel", "Brussel"]),
    ("Q90", "Paris", "FR", "capital", "FR", ["Париж", "Paris", "Parij"]),
    ("Q64", "Berlin", "DE", "capital", "DE", ["Берлин", "Berlin"]),
    ("Q220", "Rome", "IT", "capital", "IT", ["Рим", "Rome"]),
    ("Q2807", "Madrid", "ES", "capital", "ES", ["Мадрид", "Madrid"]),
    ("Q597", "Lisbon", "PT", "capital", "PT", ["Лиссабон", "Lisbon", "Lissabon"]),
    ("Q1741", "Vienna", "AT", "capital", "AT", ["Вена", "Vienna", "Vena", "Wien"]),
    ("Q727", "Amsterdam", "NL", "capital", "NL", ["Амстердам", "Amsterdam"]),
    ("Q270", "Warsaw", "PL", "capital", "PL", ["Варшава", "Warsaw", "Varshava"]),
    ("Q1085", "Prague", "CZ", "capital", "CZ", ["Прага", "Prague", "Praga"]),
    ("Q1781", "Budapest", "HU", "capital", "HU", ["Будапешт", "Budapest", "Budapesht"]),
    ("Q1780", "Bratislava", "SK", "capital", "SK", ["Братислава", "Bratislava"]),
    ("Q437", "Ljubljana", "SI", "capital", "SI", ["Любляна", "Ljubljana", "Lyublyana"]),
    ("Q1435", "Zagreb", "HR", "capital", "HR", ["Загреб", "Zagreb"]),
    ("Q19660", "Bucharest", "RO", "capital", "RO", ["Бухарест", "Bucharest", "Buxarest"]),
    ("Q472", "Sofia", "BG", "capital", "BG", ["София шаары", "София қаласы", "Sofiya shahri", "шаҳри София"]),  # a given name
    ("Q1524", "Athens", "GR", "capital", "GR", ["Афины", "Афина", "Athens", "Afina"]),
    (None, "Nicosia", "CY", "capital", "CY", ["Никосия", "Nicosia", "Nikosiya"]),
    (None, "Valletta", "MT", "capital", "MT", ["Валлетта", "Valletta"]),
    ("Q1761", "Dublin", "IE", "capital", "IE", ["Дублин", "Dublin"]),
    ("Q1748", "Copenhagen", "DK", "capital", "DK", ["Копенгаген", "Copenhagen", "Kopengagen"]),
    ("Q1754", "Stockholm", "SE", "capital", "SE", ["Стокгольм", "Stockholm", "Stokgolm"]),
    ("Q1757", "Helsinki", "FI", "capital", "FI", ["Хельсинки", "Хелсинки", "Helsinki", "Xelsinki"]),
    ("Q1770", "Tallinn", "EE", "capital", "EE", ["Таллин", "Таллинн", "Tallinn", "Tallin"]),
    ("Q1773", "Riga", "LV", "capital", "LV", ["Рига", "Riga"]),
    ("Q216", "Vilnius", "LT", "capital", "LT", ["Вильнюс", "Вилнюс", "Vilnius", "Vilnyus"]),
    # --- Russia
    ("Q656", "Saint Petersburg", "RU", "city", None, ["Санкт-Петербург", "Петербург", "Saint Petersburg",
     "St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Peterburg"]),
    ("Q900", "Kazan", "RU", "city", None, ["Казань", "Kazan", "Қазан қаласы", "Казан шаары", "Қозон шаҳри",
     "Qozon shahri"]),
    ("Q883", "Novosibirsk", "RU", "city", None, ["Новосибирск", "Novosibirsk"]),
    (None, "Yekaterinburg", "RU", "city", None, ["Екатеринбург", "Yekaterinburg", "Ekaterinburg"]),
    (None, "Omsk", "RU", "city", None, ["Омск", "Омбы", "Omsk"]),
    (None, "Orenburg", "RU", "city", None, ["Оренбург", "Орынбор", "Orenburg"]),
    (None, "Astrakhan", "RU", "city", None, ["Астрахань", "Астрахан", "Astrakhan", "Astraxan"]),
    (None, "Chelyabinsk", "RU", "city", None, ["Челябинск", "Chelyabinsk"]),
    (None, "Samara", "RU", "city", None, ["Самара", "Samara"]),
    (None, "Ufa", "RU", "city", None, ["Уфа", "Ufa"]),
    (None, "Tyumen", "RU", "city", None, ["Тюмень", "Tyumen"]),
    (None, "Barnaul", "RU", "city", None, ["Барнаул", "Barnaul"]),
    (None, "Krasnoyarsk", "RU", "city", None, ["Красноярск", "Krasnoyarsk"]),
    (None, "Irkutsk", "RU", "city", None, ["Иркутск", "Irkutsk"]),
    (None, "Tomsk", "RU", "city", None, ["Томск", "Tomsk"]),
    (None, "Krasnodar", "RU", "city", None, ["Краснодар", "Krasnodar"]),
    (None, "Volgograd", "RU", "city", None, ["Волгоград", "Volgograd"]),
    (None, "Saratov", "RU", "city", None, ["Саратов", "Saratov"]),
    (None, "Rostov-on-Don", "RU", "city", None, ["Ростов-на-Дону", "Rostov-on-Don", "Rostov-na-Donu"]),
    (None, "Sochi", "RU", "city", None, ["Сочи", "Sochi"]),
    (None, "Vladivostok", "RU", "city", None, ["Владивосток", "Vladivostok"]),
    (None, "Nizhny Novgorod", "RU", "city", None, ["Нижний Новгород", "Nizhny Novgorod"]),
    (None, "Perm", "RU", "city", None, ["Пермь", "Perm"]),
    (None, "Magnitogorsk", "RU", "city", None, ["Магнитогорск", "Magnitogorsk"]),
    # --- China
    ("Q8686", "Shanghai", "CN", "city", None, ["Шанхай", "Шанхой", "Shanghai", "Shanxay"]),
    (None, "Urumqi", "CN", "city", None, ["Урумчи", "Үрімжі", "Үрүмчү", "Урумчӣ", "Urumqi", "Ürümqi", "Urumchi"]),
    (None, "Kashgar", "CN", "city", None, ["Кашгар", "Қашқар", "Кашкар", "Кошғар", "Kashgar", "Qashqar"]),
    (None, "Ghulja", "CN", "city", None, ["Кульджа", "Құлжа", "Кулжа", "Инин", "Ghulja", "Yining"]),
    ("Q5826", "Xi'an", "CN", "city", None, ["Сиань", "Сиан", "Xi'an", "Xian"]),
    ("Q16572", "Guangzhou", "CN", "city", None, ["Гуанчжоу", "Гуанжоу", "Guangzhou"]),
    ("Q15174", "Shenzhen", "CN", "city", None, ["Шэньчжэнь", "Шеньчжень", "Шэнчжэнь", "Shenzhen"]),
    ("Q8646", "Hong Kong", "CN", "city", None, ["Гонконг", "Hong Kong", "Gonkong"]),
    ("Q11725", "Chongqing", "CN", "city", None, ["Чунцин", "Chongqing"]),
    (None, "Chengdu", "CN", "city", None, ["Чэнду", "Ченду", "Chengdu"]),
    (None, "Wuhan", "CN", "city", None, ["Ухань", "Wuhan"]),
    ("Q11736", "Tianjin", "CN", "city", None, ["Тяньцзинь", "Tianjin"]),
    (None, "Lanzhou", "CN", "city", None, ["Ланьчжоу", "Lanzhou"]),
    (None, "Harbin", "CN", "city", None, ["Харбин", "Harbin"]),
    (None, "Hangzhou", "CN", "city", None, ["Ханчжоу", "Hangzhou"]),
    (None, "Qingdao", "CN", "city", None, ["Циндао", "Qingdao"]),
    (None, "Lianyungang", "CN", "city", None, ["Ляньюньган", "Lianyungang"]),
    (None, "Alashankou", "CN", "city", None, ["Алашанькоу", "Alashankou"]),
    (None, "Xinjiang", "CN", "region", None, ["Синьцзян", "Шыңжаң", "Шинжаң", "Шинжон", "Xinjiang", "Shinjon"]),
    # --- Turkey, Iran, the Gulf, South Asia, Afghanistan
    ("Q406", "Istanbul", "TR", "city", None, ["Стамбул", "Истанбул", "Ыстамбұл", "Ыстанбул", "Istanbul", "İstanbul"]),
    (None, "Antalya", "TR", "city", None, ["Анталья", "Анталия", "Antalya"]),
    (None, "Izmir", "TR", "city", None, ["Измир", "Izmir", "İzmir"]),
    (None, "Bursa", "TR", "city", None, ["Бурса", "Bursa"]),
    (None, "Mashhad", "IR", "city", None, ["Мешхед", "Машҳад", "Машхад", "Mashhad"]),
    (None, "Tabriz", "IR", "city", None, ["Тебриз", "Табриз", "Tabriz"]),
    (None, "Isfahan", "IR", "city", None, ["Исфахан", "Исфаҳон", "Isfahan"]),
    (None, "Bandar Abbas", "IR", "city", None, ["Бендер-Аббас", "Бандар-Аббас", "Бандар Аббос", "Bandar Abbas"]),
    (None, "Chabahar", "IR", "city", None, ["Чабахар", "Чобаҳор", "Chabahar"]),
    ("Q612", "Dubai", "AE", "city", None, ["Дубай", "Дубаи", "Dubai", "Dubay"]),
    (None, "Jeddah", "SA", "city", None, ["Джидда", "Jeddah"]),
    (None, "Karachi", "PK", "city", None, ["Карачи", "Karachi"]),
    (None, "Lahore", "PK", "city", None, ["Лахор", "Лаҳор", "Lahore"]),
    (None, "Peshawar", "PK", "city", None, ["Пешавар", "Peshawar"]),
    (None, "Gwadar", "PK", "city", None, ["Гвадар", "Gwadar"]),
    ("Q1353", "Delhi", "IN", "city", None, ["Дели", "Деҳлӣ", "Деҳли", "Delhi", "Dehli"]),
    (None, "Mumbai", "IN", "city", None, ["Мумбаи", "Мумбай", "Mumbai"]),
    (None, "Mazar-i-Sharif", "AF", "city", None, ["Мазари-Шариф", "Мазари Шариф", "Мозори Шариф", "Mazar-i-Sharif",
     "Mazar-e Sharif", "Mazori Sharif"]),
    (None, "Herat", "AF", "city", None, ["Герат", "Ҳирот", "Herat", "Hirot"]),
    (None, "Kandahar", "AF", "city", None, ["Кандагар", "Қандаҳор", "Kandahar", "Qandahor"]),
    (None, "Kunduz", "AF", "city", None, ["Кундуз", "Қундуз", "Kunduz", "Qunduz"]),
    (None, "Hairatan", "AF", "city", None, ["Хайратан", "Ҳайратон", "Hairatan", "Hayraton"]),
    # --- elsewhere
    ("Q60", "New York City", "US", "city", None, ["Нью-Йорк", "Ню-Йорк", "Nyu-York", "New York"]),
    ("Q65", "Los Angeles", "US", "city", None, ["Лос-Анджелес", "Los Angeles"]),
    ("Q62", "San Francisco", "US", "city", None, ["Сан-Франциско", "San Francisco"]),
    ("Q1297", "Chicago", "US", "city", None, ["Чикаго", "Chicago"]),
    ("Q1726", "Munich", "DE", "city", None, ["Мюнхен", "Munich", "München", "Myunxen"]),
    ("Q1794", "Frankfurt", "DE", "city", None, ["Франкфурт-на-Майне", "Франкфурт", "Frankfurt"]),
    ("Q1055", "Hamburg", "DE", "city", None, ["Гамбург", "Hamburg"]),
    ("Q490", "Milan", "IT", "city", None, ["Милан", "Milan", "Milano"]),
    ("Q71", "Geneva", "CH", "city", None, ["Женева", "Geneva", "Jeneva", "Genève"]),
    (None, "Zurich", "CH", "city", None, ["Цюрих", "Zurich", "Zürich"]),
    (None, "Davos", "CH", "city", None, ["Давос", "Davos"]),
    (None, "The Hague", "NL", "city", None, ["Гаага", "The Hague", "Gaaga"]),
    (None, "Strasbourg", "FR", "city", None, ["Страсбург", "Strasbourg"]),
    (None, "Tel Aviv", "IL", "city", None, ["Тель-Авив", "Tel Aviv", "Tel-Aviv"]),
    (None, "Osaka", "JP", "city", None, ["Осака", "Osaka"]),
    (None, "Busan", "KR", "city", None, ["Пусан", "Busan", "Pusan"]),
    (None, "Johannesburg", "ZA", "city", None, ["Йоханнесбург", "Johannesburg"]),
    (None, "Rio de Janeiro", "BR", "city", None, ["Рио-де-Жанейро", "Rio de Janeiro"]),
    # --- Kazakhstan (Kazakh, Russian, Uzbek/Kyrgyz and Latin spellings)
    (None, "Oral", "KZ", "city", None, ["Орал", "Уральск", "Oral", "Uralsk"]),
    (None, "Aktobe", "KZ", "city", None, ["Ақтөбе", "Актобе", "Актюбинск", "Aktobe", "Aqtöbe"]),
    (None, "Atyrau", "KZ", "city", None, ["Атырау", "Atyrau"]),
    (None, "Aktau", "KZ", "city", None, ["Ақтау", "Актау", "Aktau", "Aqtau"]),
    (None, "Kostanay", "KZ", "city", None, ["Қостанай", "Костанай", "Kostanay", "Qostanay"]),
    (None, "Petropavl", "KZ", "city", None, ["Петропавл", "Петропавловск", "Petropavl", "Petropavlovsk"]),
    (None, "Kokshetau", "KZ", "city", None, ["Көкшетау", "Кокшетау", "Kokshetau", "Kökshetau"]),
    (None, "Pavlodar", "KZ", "city", None, ["Павлодар", "Pavlodar"]),
    (None, "Karaganda", "KZ", "city", None, ["Қарағанды", "Караганда", "Караганды", "Karaganda", "Karagandy",
     "Qaraghandy"]),
    (None, "Oskemen", "KZ", "city", None, ["Өскемен", "Усть-Каменогорск", "Oskemen", "Öskemen", "Ust-Kamenogorsk"]),
    (None, "Semey", "KZ", "city", None, ["Семей", "Семипалатинск", "Semey", "Semipalatinsk"]),
    (None, "Taldykorgan", "KZ", "city", None, ["Талдықорған", "Талдыкорган", "Taldykorgan", "Taldyqorghan"]),
    (None, "Taraz", "KZ", "city", None, ["Тараз", "Taraz"]),
    (None, "Shymkent", "KZ", "city", None, ["Шымкент", "Чимкент", "Шимкент", "Shymkent", "Chimkent", "Shimkent"]),
    (None, "Turkistan", "KZ", "city", None, ["Түркістан", "Туркестан", "Туркистон", "Turkistan", "Turkestan",
     "Turkiston"]),
    (None, "Kyzylorda", "KZ", "city", None, ["Қызылорда", "Кызылорда", "Қизилўрда", "Kyzylorda", "Qyzylorda",
     "Qizilo'rda"]),
    (None, "Konaev", "KZ", "city", None, ["Қонаев", "Конаев", "Konaev", "Qonaev", "Қапшағай", "Капчагай", "Kapchagay"]),
    (None, "Zhezkazgan", "KZ", "city", None, ["Жезқазған", "Жезказган", "Zhezkazgan", "Zhezqazghan"]),
    (None, "Satbayev", "KZ", "city", None, ["Сәтбаев", "Сатпаев", "Satbayev", "Satpayev"]),
    (None, "Ekibastuz", "KZ", "city", None, ["Екібастұз", "Экибастуз", "Ekibastuz"]),
    (None, "Aksu", "KZ", "city", None, ["Ақсу", "Аксу", "Aksu"]),
    (None, "Stepnogorsk", "KZ", "city", None, ["Степногорск", "Stepnogorsk"]),
    (None, "Kentau", "KZ", "city", None, ["Кентау", "Kentau"]),
    (None, "Zhanaozen", "KZ", "city", None, ["Жаңаөзен", "Жанаозен", "Zhanaozen", "Janaozen"]),
    (None, "Aral", "KZ", "city", None, ["Арал", "Аральск", "Aral", "Aralsk"]),
    (None, "Aral Sea", None, "region", None, ["Арал теңізі", "Арал деңизи", "Орол денгизи", "Аральское море", "Aral Sea",
     "Orol dengizi"]),
    (None, "Irgiz", "KZ", "city", None, ["Ырғыз", "Иргиз", "Irgiz", "Yrgyz"]),
    (None, "Karazhal", "KZ", "city", None, ["Қаражал", "Каражал", "Karazhal"]),
    (None, "Baikonur", "KZ", "city", None, ["Байқоңыр", "Байконур", "Байконыр", "Baikonur", "Baykonur"]),
    (None, "Temirtau", "KZ", "city", None, ["Теміртау", "Темиртау", "Temirtau"]),
    (None, "Balkhash", "KZ", "city", None, ["Балқаш", "Балхаш", "Balkhash", "Balqash"]),
    (None, "Rudny", "KZ", "city", None, ["Рудный", "Rudny", "Rudnyy"]),
    (None, "Zharkent", "KZ", "city", None, ["Жаркент", "Zharkent"]),
    (None, "Saryagash", "KZ", "city", None, ["Сарыағаш", "Сарыагаш", "Saryagash", "Saryaghash"]),
    (None, "Kulsary", "KZ", "city", None, ["Құлсары", "Кульсары", "Kulsary"]),
    (None, "Karasay District", "KZ", "district", None, ["Қарасай ауданы", "Карасайский район", "Karasay District"]),
    # --- Kyrgyzstan
    (None, "Jalal-Abad", "KG", "city", None, ["Жалал-Абад", "Джалал-Абад", "Жалолобод", "Jalal-Abad", "Jalolobod"]),
    (None, "Karakol", "KG", "city", None, ["Каракол", "Karakol"]),
    (None, "Naryn", "KG", "city", None, ["Нарын", "Naryn"]),
    (None, "Tokmok", "KG", "city", None, ["Токмок", "Токмак", "Тоқмақ", "Tokmok", "Tokmak"]),
    (None, "Kara-Balta", "KG", "city", None, ["Кара-Балта", "Kara-Balta"]),
    (None, "Cholpon-Ata", "KG", "city", None, ["Чолпон-Ата", "Cholpon-Ata"]),
    (None, "Uzgen", "KG", "city", None, ["Өзгөн", "Узген", "Ўзган", "Uzgen", "Oʻzgan"]),
    (None, "Balykchy", "KG", "city", None, ["Балыкчы", "Балыкчи", "Balykchy"]),
    (None, "Kara-Suu", "KG", "city", None, ["Кара-Суу", "Kara-Suu"]),
    # --- Uzbekistan
    (None, "Samarkand", "UZ", "city", None, ["Самарқанд", "Самарканд", "Samarqand", "Samarkand"]),
    (None, "Bukhara", "UZ", "city", None, ["Бухоро", "Бухара", "Бұхара", "Buxoro", "Bukhara"]),
    (None, "Khiva", "UZ", "city", None, ["Хива", "Хиуа", "Xiva", "Khiva"]),
    (None, "Nukus", "UZ", "city", None, ["Нукус", "Nukus"]),
    (None, "Urgench", "UZ", "city", None, ["Урганч", "Ургенч", "Urganch", "Urgench"]),
    (None, "Namangan", "UZ", "city", None, ["Наманган", "Namangan"]),
    (None, "Andijan", "UZ", "city", None, ["Андижон", "Андижан", "Әндіжан", "Andijon", "Andijan"]),
    (None, "Fergana", "UZ", "city", None, ["Фарғона", "Фергана", "Ферғана", "Fargʻona", "Fergana"]),
    (None, "Kokand", "UZ", "city", None, ["Қўқон", "Коканд", "Қоқан", "Qoʻqon", "Kokand"]),
    (None, "Navoiy", "UZ", "city", None, ["Навоий", "Навои", "Navoiy", "Navoi"]),
    (None, "Jizzakh", "UZ", "city", None, ["Жиззах", "Джизак", "Jizzax", "Jizzakh"]),
    (None, "Karshi", "UZ", "city", None, ["Қарши", "Карши", "Qarshi", "Karshi"]),
    (None, "Termez", "UZ", "city", None, ["Термиз", "Термез", "Termiz", "Termez"]),
    (None, "Almalyk", "UZ", "city", None, ["Олмалиқ", "Алмалык", "Olmaliq", "Almalyk"]),
    (None, "Chirchiq", "UZ", "city", None, ["Чирчиқ", "Чирчик", "Chirchiq", "Chirchik"]),
    (None, "Margilan", "UZ", "city", None, ["Марғилон", "Маргилан", "Margʻilon", "Margilan"]),
    (None, "Angren", "UZ", "city", None, ["Ангрен", "Angren"]),
    # --- Tajikistan
    (None, "Khujand", "TJ", "city", None, ["Хуҷанд", "Худжанд", "Хужанд", "Хўжанд", "Khujand", "Xoʻjand"]),
    (None, "Bokhtar", "TJ", "city", None, ["Бохтар", "Bokhtar", "Boxtar"]),
    (None, "Kulob", "TJ", "city", None, ["Кӯлоб", "Куляб", "Кулоб", "Kulob", "Kulyab"]),
    (None, "Khorog", "TJ", "city", None, ["Хоруғ", "Хорог", "Khorog", "Khorugh"]),
    (None, "Istaravshan", "TJ", "city", None, ["Истаравшан", "Istaravshan"]),
    (None, "Isfara", "TJ", "city", None, ["Исфара", "Isfara"]),
    (None, "Panjakent", "TJ", "city", None, ["Панҷакент", "Пенджикент", "Panjakent", "Penjikent"]),
    (None, "Tursunzoda", "TJ", "city", None, ["Турсунзода", "Турсунзаде", "Tursunzoda", "Tursunzade"]),
    (None, "Rogun", "TJ", "city", None, ["Роғун", "Рогун", "Rogun", "Roghun"]),
    (None, "Nurek", "TJ", "city", None, ["Норак", "Нурек", "Norak", "Nurek"]),
    (None, "Murghob", "TJ", "city", None, ["Мурғоб", "Мургаб", "Murghob", "Murgab"]),
    # --- Turkmenistan
    (None, "Turkmenabat", "TM", "city", None, ["Туркменабат", "Түркменабат", "Türkmenabat", "Turkmenabat"]),
    (None, "Dashoguz", "TM", "city", None, ["Дашогуз", "Дашоғуз", "Daşoguz", "Dashoguz"]),
    (None, "Balkanabat", "TM", "city", None, ["Балканабат", "Balkanabat"]),
    (None, "Turkmenbashi", "TM", "city", None, ["Туркменбаши", "Türkmenbaşy", "Turkmenbashi"]),
    (None, "Awaza", "TM", "city", None, ["Аваза", "Awaza", "Avaza"]),
    (None, "Mary", "TM", "city", None, ["Мары"]),
]

# Organisations: (id or None, English name, country or None, [(lang, kind, text)]).
ORGS = [
    ("Q1065", "United Nations", None, [("ky", "abbr", "БУУ"), ("kk", "abbr", "БҰҰ"), ("uz", "abbr", "БМТ"),
        ("uz", "abbr", "BMT"), ("tg", "abbr", "СММ"), ("ru", "abbr", "ООН"), ("en", "abbr", "UN"),
        ("ky", "name", "Бириккен Улуттар Уюму"), ("kk", "name", "Біріккен Ұлттар Ұйымы"),
        ("uz", "name", "Бирлашган Миллатлар Ташкилоти"), ("uz", "name", "Birlashgan Millatlar Tashkiloti"),
        ("tg", "name", "Созмони Милали Муттаҳид"), ("ru", "name", "Организация Объединённых Наций"),
        ("ru", "name", "Организация Объединенных Наций"), ("en", "name", "United Nations")]),
    (None, "Shanghai Cooperation Organisation", None, [("ky", "abbr", "ШКУ"), ("kk", "abbr", "ШЫҰ"),
        ("uz", "abbr", "ШҲТ"), ("uz", "abbr", "ShHT"), ("tg", "abbr", "СҲШ"), ("ru", "abbr", "ШОС"), ("en", "abbr", "SCO"),
        ("ky", "name", "Шанхай кызматташтык уюму"), ("kk", "name", "Шанхай ынтымақтастық ұйымы"),
        ("uz", "name", "Шанхай ҳамкорлик ташкилоти"), ("uz", "name", "Shanxay hamkorlik tashkiloti"),
        ("tg", "name", "Созмони ҳамкории Шанхай"), ("ru", "name", "Шанхайская организация сотрудничества"),
        ("en", "name", "Shanghai Cooperation Organisation"), ("en", "name", "Shanghai Cooperation Organization")]),
    (None, "Collective Security Treaty Organization", None, [("ky", "abbr", "ЖККУ"), ("kk", "abbr", "ҰҚШҰ"),
        ("uz", "abbr", "КХШТ"), ("uz", "abbr", "KXShT"), ("tg", "abbr", "САШД"), ("ru", "abbr", "ОДКБ"),
        ("en", "abbr", "CSTO"), ("ky", "name", "Жамааттык коопсуздук жөнүндө келишим уюму"),
        ("kk", "name", "Ұжымдық қауіпсіздік туралы шарт ұйымы"),
        ("ru", "name", "Организация Договора о коллективной безопасности"),
        ("en", "name", "Collective Security Treaty Organization")]),
    (None, "Eurasian Economic Union", None, [("ky", "abbr", "ЕАЭБ"), ("kk", "abbr", "ЕАЭО"), ("uz", "abbr", "ЕОИИ"),
        ("uz", "abbr", "YeOII"), ("tg", "abbr", "ИИАО"), ("ru", "abbr", "ЕАЭС"), ("en", "abbr", "EAEU"),
        ("ky", "name", "Евразия экономикалык бирлиги"), ("kk", "name", "Еуразиялық экономикалық одақ"),
        ("uz", "name", "Евроосиё иқтисодий иттифоқи"), ("uz", "name", "Yevroosiyo iqtisodiy ittifoqi"),
        ("ru", "name", "Евразийский экономический союз"), ("en", "name", "Eurasian Economic Union")]),
    ("Q7779", "Commonwealth of Independent States", None, [("ky", "abbr", "КМШ"), ("kk", "abbr", "ТМД"),
        ("uz", "abbr", "МДҲ"), ("uz", "abbr", "MDH"), ("tg", "abbr", "ИДМ"), ("ru", "abbr", "СНГ"), ("en", "abbr", "CIS"),
        ("ky", "name", "Көз карандысыз мамлекеттердин шериктештиги"),
        ("kk", "name", "Тәуелсіз Мемлекеттер Достастығы"), ("uz", "name", "Мустақил Давлатлар Ҳамдўстлиги"),
        ("ru", "name", "Содружество Независимых Государств"),
        ("en", "name", "Commonwealth of Independent States")]),
    (None, "Organisation of Islamic Cooperation", None, [("ky", "abbr", "ИКУ"), ("kk", "abbr", "ИЫҰ"),
        ("uz", "abbr", "ИҲТ"), ("ru", "abbr", "ОИС"), ("en", "abbr", "OIC"),
        ("ru", "name", "Организация исламского сотрудничества"),
        ("en", "name", "Organisation of Islamic Cooperation"), ("en", "name", "Organization of Islamic Cooperation")]),
    ("Q458", "European Union", None, [("ky", "abbr", "ЕБ"), ("kk", "abbr", "ЕО"), ("uz", "abbr", "ЕИ"),
        ("uz", "abbr", "YeI"), ("tg", "abbr", "ИА"), ("ru", "abbr", "ЕС"), ("en", "abbr", "EU"),
        ("ky", "name", "Европа Биримдиги"), ("kk", "name", "Еуропалық Одақ"), ("uz", "name", "Европа Иттифоқи"),
        ("uz", "name", "Yevropa Ittifoqi"), ("tg", "name", "Иттиҳоди Аврупо"), ("ru", "name", "Европейский союз"),
        ("en", "name", "European Union")]),
    (None, "Conference on Interaction and Confidence-Building Measures in Asia", None, [("ky", "abbr", "АӨАЧЫК"),
        ("kk", "abbr", "АӨСШК"), ("ru", "abbr", "СВМДА"), ("en", "abbr", "CICA"),
        ("ru", "name", "Совещание по взаимодействию и мерам доверия в Азии")]),
    (None, "Asian Development Bank", None, [("ky", "abbr", "АӨБ"), ("kk", "abbr", "АДБ"), ("ru", "abbr", "АБР"),
        ("en", "abbr", "ADB"), ("ky", "name", "Азия өнүктүрүү банкы"), ("kk", "name", "Азия даму банкі"),
        ("uz", "name", "Осиё тараққиёт банки"), ("uz", "name", "Osiyo taraqqiyot banki"),
        ("ru", "name", "Азиатский банк развития"), ("en", "name", "Asian Development Bank")]),
    (None, "World Bank", None, [("ky", "name", "Дүйнөлүк банк"), ("kk", "name", "Дүниежүзілік банк"),
        ("uz", "name", "Жаҳон банки"), ("uz", "name", "Jahon banki"), ("tg", "name", "Бонки ҷаҳонӣ"),
        ("ru", "name", "Всемирный банк"), ("en", "name", "World Bank")]),
    ("Q7804", "International Monetary Fund", None, [("ky", "abbr", "ЭВФ"), ("kk", "abbr", "ХВҚ"),
        ("uz", "abbr", "ХВЖ"), ("ru", "abbr", "МВФ"), ("en", "abbr", "IMF"),
        ("ru", "name", "Международный валютный фонд"), ("en", "name", "International Monetary Fund")]),
    ("Q7825", "World Trade Organization", None, [("ky", "abbr", "ДСУ"), ("kk", "abbr", "ДСҰ"), ("uz", "abbr", "ЖСТ"),
        ("ru", "abbr", "ВТО"), ("en", "abbr", "WTO"), ("ru", "name", "Всемирная торговая организация"),
        ("en", "name", "World Trade Organization")]),
    ("Q81299", "Organization for Security and Co-operation in Europe", None, [("ru", "abbr", "ОБСЕ"),
        ("kk", "abbr", "ЕҚЫҰ"), ("ky", "abbr", "ЕККУ"), ("en", "abbr", "OSCE")]),
    (None, "Organization of Turkic States", None, [("ky", "name", "Түрк мамлекеттер уюму"),
        ("kk", "name", "Түркі мемлекеттері ұйымы"), ("uz", "name", "Туркий давлатлар ташкилоти"),
        ("uz", "name", "Turkiy davlatlar tashkiloti"), ("ru", "name", "Организация тюркских государств"),
        ("ru", "abbr", "ОТГ"), ("en", "abbr", "OTS"), ("en", "name", "Organization of Turkic States")]),
    (None, "Eurasian Development Bank", None, [("ru", "abbr", "ЕАБР"), ("en", "abbr", "EDB"),
        ("ru", "name", "Евразийский банк развития")]),
    (None, "Eurasian Economic Commission", None, [("ru", "abbr", "ЕЭК"), ("ru", "name", "Евразийская экономическая комиссия"),
        ("ky", "name", "Евразия экономикалык комиссиясы"), ("kk", "name", "Еуразиялық экономикалық комиссия")]),
    # national bodies of the five states
    (None, "Cabinet of Ministers of the Kyrgyz Republic", "KG", [("ky", "name", "Министрлер кабинети"),
        ("ru", "name", "Кабинет министров Кыргызской Республики"), ("ky", "name", "Минкаб")]),
    (None, "National Statistical Committee of the Kyrgyz Republic", "KG", [("ky", "name", "Улуттук статистика комитети"),
        ("ru", "name", "Национальный статистический комитет"), ("ru", "name", "Нацстатком"), ("ky", "name", "Улутстатком")]),
    (None, "State Customs Service of the Kyrgyz Republic", "KG", [("ky", "name", "Мамлекеттик бажы кызматы"),
        ("ru", "name", "Государственная таможенная служба")]),
    (None, "Ministry of Foreign Affairs of the Kyrgyz Republic", "KG", [("ky", "name", "Кыргыз Республикасынын Тышкы иштер министрлиги"),
        ("ru", "name", "МИД Кыргызстана"), ("ru", "name", "МИД КР")]),
    (None, "Ministry of Economy and Commerce of the Kyrgyz Republic", "KG", [("ky", "name", "Экономика жана коммерция министрлиги"),
        ("ru", "name", "Министерство экономики и коммерции")]),
    (None, "Chamber of Commerce and Industry of the Kyrgyz Republic", "KG", [("ky", "name", "Соода-өнөр жай палатасы"),
        ("ru", "name", "Торгово-промышленная палата Кыргызской Республики")]),
    (None, "Bureau of National Statistics of Kazakhstan", "KZ", [("kk", "name", "Ұлттық статистика бюросы"),
        ("ru", "name", "Бюро национальной статистики")]),
    (None, "State Revenue Committee of Kazakhstan", "KZ", [("kk", "name", "Мемлекеттік кірістер комитеті"),
        ("ru", "name", "Комитет государственных доходов")]),
    (None, "Ministry of Foreign Affairs of Kazakhstan", "KZ", [("kk", "name", "ҚР Сыртқы істер министрлігі"),
        ("ru", "name", "МИД Казахстана"), ("ru", "name", "МИД РК")]),
    (None, "Ministry of Trade and Integration of Kazakhstan", "KZ", [("kk", "name", "Сауда және интеграция министрлігі"),
        ("ru", "name", "Министерство торговли и интеграции")]),
    (None, "Ministry of National Economy of Kazakhstan", "KZ", [("kk", "name", "Ұлттық экономика министрлігі"),
        ("ru", "name", "Министерство национальной экономики")]),
    (None, "Atameken National Chamber of Entrepreneurs", "KZ", [("kk", "name", "Атамекен"), ("ru", "name", "НПП Атамекен")]),
    (None, "Agency on Statistics under the President of the Republic of Tajikistan", "TJ", [
        ("tg", "name", "Агентии омори назди Президенти Ҷумҳурии Тоҷикистон"), ("tg", "name", "Агентии омор"),
        ("ru", "name", "Агентство по статистике при Президенте Республики Таджикистан")]),
    (None, "Customs Service under the Government of the Republic of Tajikistan", "TJ", [
        ("tg", "name", "Хадамоти гумруки назди Ҳукумати Ҷумҳурии Тоҷикистон"),
        ("ru", "name", "Таможенная служба при Правительстве Республики Таджикистан")]),
    (None, "Ministry of Foreign Affairs of Tajikistan", "TJ", [("tg", "name", "Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон"),
        ("ru", "name", "МИД Таджикистана")]),
    (None, "Ministry of Economic Development and Trade of Tajikistan", "TJ", [
        ("tg", "name", "Вазорати рушди иқтисод ва савдо"), ("ru", "name", "Министерство экономического развития и торговли")]),
    (None, "Chamber of Commerce and Industry of Tajikistan", "TJ", [("tg", "name", "Палатаи савдо ва саноат")]),
    (None, "National Statistics Committee of Uzbekistan", "UZ", [("uz", "name", "Миллий статистика қўмитаси"),
        ("uz", "name", "Milliy statistika qoʻmitasi"), ("uz", "name", "Статистика агентлиги"),
        ("uz", "name", "Statistika agentligi"), ("ru", "name", "Агентство статистики при Президенте Республики Узбекистан")]),
    (None, "Customs Committee of Uzbekistan", "UZ", [("uz", "name", "Божхона қўмитаси"), ("uz", "name", "Bojxona qoʻmitasi"),
        ("ru", "name", "Таможенный комитет Республики Узбекистан")]),
    (None, "Ministry of Foreign Affairs of Uzbekistan", "UZ", [("uz", "name", "Ташқи ишлар вазирлиги"),
        ("uz", "name", "Tashqi ishlar vazirligi"), ("ru", "name", "МИД Узбекистана")]),
    (None, "Ministry of Investment, Industry and Trade of Uzbekistan", "UZ", [
        ("uz", "name", "Инвестициялар, саноат ва савдо вазирлиги"), ("uz", "name", "Investitsiyalar, sanoat va savdo vazirligi"),
        ("ru", "name", "Министерство инвестиций, промышленности и торговли")]),
    (None, "Chamber of Commerce and Industry of Uzbekistan", "UZ", [("uz", "name", "Савдо-саноат палатаси"),
        ("uz", "name", "Savdo-sanoat palatasi"), ("ru", "name", "Торгово-промышленная палата Узбекистана")]),
    (None, "Ministry of Foreign Affairs of Turkmenistan", "TM", [("ru", "name", "МИД Туркменистана")]),
    (None, "Akorda", "KZ", [("kk", "name", "Ақорда"), ("ru", "name", "Акорда"), ("uz", "name", "Ақорда"), ("en", "name", "Akorda")]),
    (None, "Kazinform", "KZ", [("en", "name", "Kazinform"), ("kk", "name", "Қазинформ"), ("ru", "name", "Казинформ")]),
]

# People: (wikidata or None, English name, country, roles [(role, from, to)], given-name variants, surname variants,
# doubt comment). Roles' dates are the years we are sure of; "to" None = in office at the time of writing.
P = [
    ("Q7747", "Vladimir Putin", "RU", [("president", "2012", None)], ["Владимир", "Vladimir"],
     ["Путин", "Putin"], None),
    ("Q23530", "Dmitry Medvedev", "RU", [("prime minister", "2012", "2020")], ["Дмитрий", "Dmitry"],
     ["Медведев", "Medvedev"], None),
    (None, "Mikhail Mishustin", "RU", [("prime minister", "2020", None)], ["Михаил", "Mikhail"],
     ["Мишустин", "Mishustin"], "Wikidata id not verified offline"),
    (None, "Sergey Lavrov", "RU", [("foreign minister", "2004", None)], ["Сергей", "Sergey", "Sergei"],
     ["Лавров", "Lavrov"], "Wikidata id not verified offline"),
    ("Q15031", "Xi Jinping", "CN", [("president", "2013", None)], [], ["Си Цзиньпин", "Си Цзинпин", "Ши Жиньпиң",
     "Си Цзиньпиң", "Си Жиньпин", "Ши Цзиньпин", "Xi Jinping", "Ши Цзинпин", "Си Җиньпин"], None),
    (None, "Li Qiang", "CN", [("premier", "2023", None)], [], ["Ли Цян", "Ли Чян", "Li Qiang"], "id not verified"),
    (None, "Li Keqiang", "CN", [("premier", "2013", "2023")], [], ["Ли Кэцян", "Ли Кэчян", "Li Keqiang"], "id not verified"),
    (None, "Wang Yi", "CN", [("foreign minister", "2022", None)], [], ["Ван И", "Wang Yi"], "id not verified"),
    # Kyrgyzstan
    (None, "Sadyr Japarov", "KG", [("president", "2021", None), ("prime minister", "2020", "2020")],
     ["Садыр", "Садир", "Sadyr", "Sadir"], ["Жапаров", "Japarov", "Zhaparov", "Джапаров"], "id not verified"),
    (None, "Akylbek Japarov", "KG", [("chairman of the cabinet of ministers", "2021", "2024")],
     ["Акылбек", "Ақылбек", "Akylbek", "Oqilbek"], [], "id not verified; surname shared with Sadyr Japarov"),
    (None, "Adylbek Kasymaliev", "KG", [("chairman of the cabinet of ministers", "2024", None),
     ("deputy chairman of the cabinet of ministers", "2024", "2024"), ("minister of finance", "2023", "2024")],
     ["Адылбек", "Әділбек", "Адилбек", "Adylbek", "Odilbek", "Adilbek"],
     ["Касымалиев", "Қасымалиев", "Kasymaliev", "Qasymaliev", "Kasymaliyev", "Косималиев", "Qosimaliyev"], "id not verified"),
    (None, "Almazbek Atambayev", "KG", [("president", "2011", "2017")], ["Алмазбек", "Almazbek"],
     ["Атамбаев", "Atambayev", "Atambaev"], "id not verified"),
    (None, "Sooronbay Jeenbekov", "KG", [("president", "2017", "2020"), ("prime minister", "2016", "2017")],
     ["Сооронбай", "Сооронбай", "Sooronbay"], ["Жээнбеков", "Жээнбеков", "Жээнбеков", "Жеенбеков", "Jeenbekov", "Zheenbekov"],
     "id not verified"),
    (None, "Sapar Isakov", "KG", [("prime minister", "2017", "2018")], ["Сапар", "Sapar"], ["Исаков", "Isakov"], "id not verified"),
    (None, "Muhammedkalyi Abylgaziev", "KG", [("prime minister", "2018", "2020")], ["Мухаммедкалый", "Muhammedkalyi"],
     ["Абылгазиев", "Abylgaziev"], "id not verified"),
    (None, "Kubatbek Boronov", "KG", [("prime minister", "2020", "2020")], ["Кубатбек", "Kubatbek"], ["Боронов", "Boronov"],
     "id not verified"),
    (None, "Ulukbek Maripov", "KG", [("chairman of the cabinet of ministers", "2021", "2021")], ["Улукбек", "Ulukbek"],
     ["Марипов", "Maripov"], "id not verified"),
    (None, "Erlan Abdyldayev", "KG", [("foreign minister", "2012", "2018")], ["Эрлан", "Erlan"],
     ["Абдылдаев", "Abdyldayev", "Abdyldaev"], "id not verified"),
    (None, "Chingiz Aidarbekov", "KG", [("foreign minister", "2018", "2020")], ["Чингиз", "Chingiz"],
     ["Айдарбеков", "Aidarbekov"], "id not verified"),
    (None, "Ruslan Kazakbaev", "KG", [("foreign minister", "2020", "2022")], ["Руслан", "Ruslan"],
     ["Казакбаев", "Kazakbaev", "Kazakbayev"], "id not verified"),
    (None, "Jeenbek Kulubaev", "KG", [("foreign minister", "2022", None)], ["Жээнбек", "Жеенбек", "Jeenbek", "Zheenbek"],
     ["Кулубаев", "Құлыбаев", "Kulubaev", "Kulubayev"], "id not verified"),
    (None, "Daniyar Amangeldiev", "KG", [("minister of economy and commerce", "2021", None)], ["Данияр", "Daniyar"],
     ["Амангельдиев", "Амангелдиев", "Amangeldiev"], "id not verified"),
    (None, "Edil Baisalov", "KG", [("deputy chairman of the cabinet of ministers", "2021", None)], ["Эдил", "Edil"],
     ["Байсалов", "Baisalov"], "id not verified"),
    (None, "Kamchybek Tashiev", "KG", [("deputy chairman of the cabinet of ministers", "2021", "2025")],
     ["Камчыбек", "Kamchybek"], ["Ташиев", "Tashiev"], "id not verified"),
    # Kazakhstan
    (None, "Kassym-Jomart Tokayev", "KZ", [("president", "2019", None)],
     ["Қасым-Жомарт", "Касым-Жомарт", "Қасим-Жомарт", "Kassym-Jomart", "Qasym-Jomart", "Qosim-Jomart", "Касым-Жомарт"],
     ["Тоқаев", "Токаев", "Tokayev", "Tokaev", "Тўқаев", "Toqayev"], "id not verified"),
    (None, "Nursultan Nazarbayev", "KZ", [("president", "1991", "2019")], ["Нурсултан", "Нұрсұлтан", "Nursultan"],
     ["Назарбаев", "Nazarbayev", "Nazarbaev"], "id not verified"),
    (None, "Bakytzhan Sagintayev", "KZ", [("prime minister", "2016", "2019")], ["Бакытжан", "Бақытжан", "Bakytzhan"],
     ["Сагинтаев", "Сағынтаев", "Sagintayev"], "id not verified"),
    (None, "Askar Mamin", "KZ", [("prime minister", "2019", "2022")], ["Аскар", "Асқар", "Askar"], ["Мамин", "Mamin"],
     "id not verified"),
    (None, "Alikhan Smailov", "KZ", [("prime minister", "2022", "2024")], ["Алихан", "Әлихан", "Alikhan"],
     ["Смаилов", "Смайылов", "Smailov"], "id not verified"),
    (None, "Olzhas Bektenov", "KZ", [("prime minister", "2024", None)], ["Олжас", "Olzhas"], ["Бектенов", "Bektenov"],
     "id not verified"),
    (None, "Kairat Abdrakhmanov", "KZ", [("foreign minister", "2016", "2018")], ["Кайрат", "Қайрат", "Kairat"],
     ["Абдрахманов", "Abdrakhmanov"], "id not verified"),
    (None, "Beibut Atamkulov", "KZ", [("foreign minister", "2018", "2019")], ["Бейбут", "Бейбіт", "Beibut"],
     ["Атамкулов", "Атамқұлов", "Atamkulov"], "id not verified"),
    (None, "Mukhtar Tileuberdi", "KZ", [("foreign minister", "2019", "2023")], ["Мухтар", "Мұхтар", "Mukhtar"],
     ["Тлеуберди", "Тілеуберді", "Tileuberdi"], "id not verified"),
    (None, "Murat Nurtleu", "KZ", [("foreign minister", "2023", "2025")], ["Мурат", "Мұрат", "Murat"],
     ["Нуртлеу", "Нұртілеу", "Nurtleu"], "id not verified"),
    (None, "Yermek Kosherbayev", "KZ", [("foreign minister", "2025", None)], ["Ермек", "Yermek", "Ermek"],
     ["Көшербаев", "Кошербаев", "Kosherbayev", "Kosherbaev", "Кўшербаев", "Qoshirboyev"], "id not verified"),
    (None, "Serik Zhumangarin", "KZ", [("deputy prime minister", "2023", None), ("minister of national economy", "2023", None)],
     ["Серик", "Серік", "Serik"], ["Жумангарин", "Жұманғарин", "Zhumangarin"], "id not verified"),
    (None, "Roman Sklyar", "KZ", [("deputy prime minister", "2019", None)], ["Роман", "Roman"], ["Скляр", "Sklyar"],
     "id not verified"),
    (None, "Arman Shakkaliev", "KZ", [("minister of trade and integration", "2023", None)], ["Арман", "Arman"],
     ["Шаккалиев", "Шаққалиев", "Shakkaliev"], "id not verified"),
    # Tajikistan
    (None, "Emomali Rahmon", "TJ", [("president", "1994", None)], ["Эмомали", "Эмомалӣ", "Emomali", "Imomali"],
     ["Рахмон", "Раҳмон", "Rahmon", "Rakhmon", "Rahmonov"], "id not verified"),
    (None, "Kokhir Rasulzoda", "TJ", [("prime minister", "2013", None)], ["Кохир", "Қоҳир", "Коҳир", "Қохир", "Kokhir",
     "Qohir", "Kohir", "Қоҳир"], ["Расулзода", "Rasulzoda", "Расулзаде", "Rasulzade"], "id not verified"),
    (None, "Sirojiddin Muhriddin", "TJ", [("foreign minister", "2013", None)], ["Сироджиддин", "Сироҷиддин", "Сирожиддин",
     "Sirojiddin", "Sirodjiddin"], ["Мухриддин", "Муҳриддин", "Muhriddin", "Mukhriddin"], "id not verified"),
    (None, "Rustam Emomali", "TJ", [("chairman of the national assembly", "2020", None), ("mayor of Dushanbe", "2017", None)],
     ["Рустам", "Rustam"], ["Эмомали", "Emomali"], "id not verified; surname equals the president's given name"),
    (None, "Davlatali Said", "TJ", [("first deputy prime minister", "2013", None)], ["Давлатали", "Davlatali"],
     ["Саид", "Said"], "id not verified"),
    (None, "Zavqi Zavqizoda", "TJ", [("minister of economic development and trade", "2021", None)], ["Завқи", "Завки", "Zavqi"],
     ["Завқизода", "Завкизода", "Zavqizoda"], "id not verified; role start year uncertain"),
    # Uzbekistan
    (None, "Shavkat Mirziyoyev", "UZ", [("president", "2016", None), ("prime minister", "2003", "2016")],
     ["Шавкат", "Shavkat"], ["Мирзиёев", "Mirziyoyev", "Мирзиеев", "Mirziyoev"], "id not verified"),
    (None, "Abdulla Aripov", "UZ", [("prime minister", "2016", None)], ["Абдулла", "Abdulla"], ["Арипов", "Aripov"],
     "id not verified"),
    (None, "Abdulaziz Kamilov", "UZ", [("foreign minister", "2012", "2022")], ["Абдулазиз", "Abdulaziz"],
     ["Камилов", "Комилов", "Kamilov", "Komilov"], "id not verified"),
    (None, "Vladimir Norov", "UZ", [("foreign minister", "2022", "2024")], [], ["Норов", "Norov"], "id not verified"),
    (None, "Bakhtiyor Saidov", "UZ", [("foreign minister", "2024", None)], ["Бахтиёр", "Bakhtiyor", "Baxtiyor"],
     ["Саидов", "Saidov"], "id not verified"),
    (None, "Jamshid Khodjaev", "UZ", [("deputy prime minister", "2022", None)], ["Жамшид", "Jamshid"],
     ["Хўжаев", "Ходжаев", "Khodjaev", "Xoʻjayev"], "id not verified"),
    (None, "Sardor Umurzakov", "UZ", [("deputy prime minister", "2017", "2022"), ("minister of investment and foreign trade", "2019", "2022")],
     ["Сардор", "Sardor"], ["Умурзаков", "Umurzakov"], "id not verified"),
    (None, "Laziz Kudratov", "UZ", [("minister of investment, industry and trade", "2022", None)], ["Лазиз", "Laziz"],
     ["Кудратов", "Қудратов", "Kudratov", "Qudratov"], "id not verified"),
    (None, "Jamshid Kuchkarov", "UZ", [("deputy prime minister", "2017", None), ("minister of economy and finance", "2022", "2024")],
     ["Жамшид", "Jamshid"], ["Кучкаров", "Қўчқоров", "Kuchkarov", "Qoʻchqorov"], "id not verified"),
    # Turkmenistan
    (None, "Serdar Berdimuhamedov", "TM", [("president", "2022", None)], ["Сердар", "Serdar"],
     ["Бердымухамедов", "Бердимухамедов", "Berdimuhamedov", "Бердимуҳамедов"], "id not verified"),
    (None, "Gurbanguly Berdimuhamedov", "TM", [("president", "2007", "2022")], ["Гурбангулы", "Gurbanguly", "Курбангулы"],
     [], "id not verified; surname shared with Serdar Berdimuhamedov"),
    (None, "Rashid Meredov", "TM", [("foreign minister", "2001", None), ("deputy chairman of the cabinet of ministers", "2007", None)],
     ["Рашид", "Rashid"], ["Мередов", "Meredov"], "id not verified"),
]
# Surnames too common (or equal to another leader's given name) to stand alone for the person.
NO_SURNAME_ALONE = {("Davlatali Said", "Саид"), ("Davlatali Said", "Said"), ("Rustam Emomali", "Эмомали"),
                    ("Rustam Emomali", "Emomali")}
# Shared surnames: the second person of a pair gets the first one's surname variants.
SHARED_SURNAME = {"Akylbek Japarov": "Sadyr Japarov", "Gurbanguly Berdimuhamedov": "Serdar Berdimuhamedov"}


def countries(shared: Path) -> list[dict]:
    names: dict[str, list[list[str]]] = {c: [] for c in SOVEREIGN}
    for loc, lang in CLDR_LOCALES.items():
        terr = json.loads((shared / "data/cldr/main" / loc / "territories.json").read_text())["main"][loc]
        terr = terr["localeDisplayNames"]["territories"]
        for key, val in terr.items():
            code, _, alt = key.partition("-alt-")
            if code in SOVEREIGN:
                kind = "abbr" if val.isupper() and len(val) <= 5 else "name"
                names[code].append([lang, kind, val])
    rows = list(csv.DictReader((shared / "data/csc-geo/countries_wikidata.csv").open(encoding="utf-8")))
    by_en = {r["name_en"]: r for r in rows}
    en_to_code = {}
    terr_en = json.loads((shared / "data/cldr/main/en/territories.json").read_text())["main"]["en"]
    for key, val in terr_en["localeDisplayNames"]["territories"].items():
        en_to_code[val] = key.partition("-alt-")[0]
    for r in rows:
        en_to_code.setdefault(r["name_en"], r["iso2"])
    with (shared / "data/ky-country-names/country_names_in_kyrgyz.tsv").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            ky, ru, en = (x.strip() for x in line.rstrip("\n").split("\t"))
            code = en_to_code.get(en)
            if code in SOVEREIGN:
                names[code] += [["ky", "name", ky], ["ru", "name", ru]]
    out = []
    wd = {r["iso2"]: r["wikiDataId"] for r in rows}
    for code in sorted(SOVEREIGN):
        forms = names[code] + [list(f) for f in COUNTRY_EXTRA.get(code, [])]
        if code in wd and wd[code]:
            # csc-geo's Russian name is one more spelling
            ru = next((r["name_ru"] for r in rows if r["iso2"] == code), "")
            if ru:
                forms.append(["ru", "name", ru])
        seen, uniq = set(), []
        for f in forms:
            if tuple(f) not in seen and f[2]:
                seen.add(tuple(f))
                uniq.append(f)
        en = terr_en["localeDisplayNames"]["territories"].get(code) or by_en.get(code, {}).get("name_en", code)
        out.append({"type": "COUNTRY", "id": code, "wikidata": wd.get(code) or None, "name": en, "forms": uniq,
                    "source": "cldr-47; ky-country-names; csc-geo; curated"})
    return out


# csc-geo's `native` (and a few Russian names) were machine-translated from the English name as if it were a word:
# "Ауызша" ("oral") for Oral, "Ho'l" ("wet") for Tirmiz, "Вилоят" ("province") for Khatlon. A native name that sounds
# like none of the place's other names (consonant skeletons, see _skeleton) is dropped. These few resemble the
# name by chance and are not names in any language we know of; dropped by hand:
NOT_NATIVE = {"Grafina", "M dona", "Daş", "Ltinkova", "Galansioma", "Sarib", "Sekdi", "Waturak"}
SOUNDS_ALIKE = 0.6  # skeleton similarity; the real names with the lowest are Өскемен/Ust-Kamenogorsk 0.62, the
# machine translations with the highest 0.5 (Xasis/Charxin); measured on csc-geo cities_*.json, states_*.csv
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһўҳҷӣӯ", (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
    "f", "kh", "ts", "ch", "sh", "shch", "-", "y", "-", "e", "yu", "ya", "a", "i", "n", "g", "u", "u", "k", "o",
    "h", "o", "h", "j", "i", "u"
), strict=True))
_FOLD = (("shch", "sh"), ("dzh", "j"), ("dj", "j"), ("kh", "h"), ("zh", "j"), ("ts", "s"), ("gh", "g"), ("x", "h"),
         ("q", "k"), ("w", "v"), ("c", "k"))


def _skeleton(s: str, vowels: bool = False) -> str:
    """Consonants of a name, Cyrillic transliterated and spellings folded ("Бухоро", "Bukhara", "Buxoro" -> "bhr");
    with ``vowels`` the folded transliteration whole (short names: "Абай", "Abay" -> "abay")."""
    s = "".join(_TRANSLIT.get(ch, ch) for ch in s.lower()).replace("-", "")
    s = re.sub("[^a-z]", "", unicodedata.normalize("NFKD", s.replace("ş", "sh").replace("ç", "ch").replace("ž", "zh")))
    for a, b in _FOLD:
        s = s.replace(a, b)
    return s if vowels else re.sub("[aeiouy]", "", s)


def _sounds_like(name: str, others: list[str]) -> bool:
    """Whether ``name`` (or one of its words) sounds like one of ``others`` (or one of their words): consonant
    skeletons of two letters or more, else whole transliterations."""

    def keys(s: str) -> set[str]:
        return {k if len(k) >= 2 else _skeleton(w, vowels=True) for w in (s, *s.split()) for k in (_skeleton(w),)}

    mine = {k for k in keys(name) if len(k) >= 2}
    theirs = {k for o in others for k in keys(o) if len(k) >= 2}
    return any(difflib.SequenceMatcher(None, a, b).ratio() >= SOUNDS_ALIKE for a in mine for b in theirs)


def _other_names(c: dict) -> list[str]:
    """A csc-geo city's English name and its translations in Latin or Cyrillic script."""
    out = [c["name"]]
    for v in (c.get("translations") or {}).values():
        if v and re.fullmatch(r"[A-Za-zÀ-žА-яЁё\s\-'’ʻ.]+", v):
            out.append(v)
    return out


def _ru_adjective_of(ru: str, en: str) -> bool:
    """A Russian "name" that is the English name made an adjective ("Оральный" for Oral), not a name."""
    return (ru.endswith(("ный", "ский", "ной")) and " " not in ru and _skeleton(ru).startswith(_skeleton(en))
            and not en.lower().endswith(("y", "i", "e")))


def places(shared: Path) -> list[dict]:
    """Curated places first (they win shared forms by rank), then csc-geo and uz-admin-units; a csc-geo place that a
    curated one names is merged into it, so one place is one record."""
    out = []
    stats = {"native dropped": 0, "ru dropped": 0, "merged into curated": 0}
    curated: dict[tuple[str | None, str], dict] = {}  # (country, lower-case form) -> curated record

    def add_curated(wid, en, country, kind, cap, forms) -> None:
        rec = {"type": "PLACE", "id": wid, "name": en, "country": country, "kind": kind, "capital_of": cap,
               "forms": [["*", "name", f] for f in forms], "source": "curated"}
        for f in forms:
            other = curated.get((country, f.lower()))
            if other is not None and other is not rec:
                raise SystemExit(f"curated places: expected each form in one record, got {f!r} in {other['name']!r} "
                                 f"and {en!r}")
            curated[(country, f.lower())] = rec
        out.append(rec)

    def merge(rec: dict, names, wid: str | None) -> None:
        have = {f[2].lower() for f in rec["forms"]}
        rec["forms"] += [["*", "name", n] for n in sorted(names) if n.lower() not in have]
        if rec["id"] is None and wid:
            rec["id"] = wid
        if "csc-geo" not in rec["source"]:
            rec["source"] += "; csc-geo (ODbL 1.0)"
        stats["merged into curated"] += 1

    for wid, en, country, kind, cap, forms in PLACE_EXTRA:
        add_curated(wid, en, country, kind, cap, forms)
    for en, country, forms in BORDER_POSTS:
        add_curated(None, en, country, "border_post", None, forms)
    for wid, en, country, kind, cap, forms in CITY_EXTRA:
        add_curated(wid, en, country, kind, cap, forms)
    by_id = {r["id"]: r for r in out if r["id"]}
    for row in csv.DictReader((shared / "data/csc-geo/states_central_asia.csv").open(encoding="utf-8")):
        native = row["native"]
        if native and not re.search("[\u0600-\u06ff]", native) and not _sounds_like(native, [row["name"]]):
            stats["native dropped"] += 1
            native = ""
        rec = by_id.get(row["wikiDataId"])
        if rec is not None and curated.get((row["country_code"], row["name"].lower())) is rec:
            merge(rec, {row["name"], native} - {""}, None)  # a city that is a region of its own (Astana, Almaty)
            continue
        forms = [["en", "name", row["name"]]]
        if native and not re.search("[\u0600-\u06ff]", native):
            forms.append(["*", "name", native])
        out.append({"type": "PLACE", "id": row["wikiDataId"] or None, "name": row["name"], "country": row["country_code"],
                    "kind": "region", "capital_of": None, "forms": forms, "source": "csc-geo (ODbL 1.0)"})
    cities = {cc: json.loads((shared / f"data/csc-geo/cities_{cc}.json").read_text())
              for cc in ("KG", "KZ", "TJ", "UZ", "TM", "AF")}
    # csc-geo gives some ids to several differently named places (Q61944: Semey, Shalkar, Shakhan, ...): an id is
    # taken into a curated record only when csc-geo gives it to one name
    id_names: dict[str, set[str]] = {}
    for c in (c for cs in cities.values() for c in cs):
        if c.get("wikiDataId"):
            id_names.setdefault(c["wikiDataId"], set()).add(c["name"])
    for cc, cs in cities.items():
        for c in cs:
            if c["type"] not in ("city", "capital", "adm1") and (c.get("population") or 0) < 20000:
                continue
            native = c.get("native") or ""
            if native in NOT_NATIVE or (native and not re.search("[\u0600-\u06ff]", native)
                                        and not _sounds_like(native, _other_names(c))):
                stats["native dropped"] += 1
                native = ""
            ru = (c.get("translations") or {}).get("ru") or ""
            if ru and _ru_adjective_of(ru, c["name"]):
                stats["ru dropped"] += 1
                ru = ""
            names = {c["name"], native, ru}
            names = {n for n in names if n and not re.search("[\u0600-\u06ff]", n) and len(n) >= 3}
            if not names:
                continue
            wid = c.get("wikiDataId") or None
            rec = next((curated[(cc, n.lower())] for n in sorted(names) if (cc, n.lower()) in curated), None)
            if rec is not None and rec["kind"] != "border_post":  # a post is named after a town, is not one
                merge(rec, names, wid if wid and len(id_names[wid]) == 1 else None)
                continue
            # an id csc-geo gives to several names belongs to at most one of them: none gets it (null, not wrong)
            out.append({"type": "PLACE", "id": wid if wid and len(id_names[wid]) == 1 else None, "name": c["name"],
                        "country": cc,
                        "kind": "city" if c["type"] in ("city", "capital") else "district", "capital_of": None,
                        "forms": [["*", "name", n] for n in sorted(names)], "source": "csc-geo (ODbL 1.0)"})
    for row in csv.DictReader((shared / "data/uz-admin-units/regions.tsv").open(encoding="utf-8"), delimiter="\t"):
        forms = [["uz", "name", row["name_uz_latn"]], ["uz", "name", row["name_uz_cyrl"]], ["ru", "name", row["name_ru"]],
                 ["en", "name", row["name_en"]]]
        out.append({"type": "PLACE", "id": None, "name": row["name_en"], "country": "UZ", "kind": "region",
                    "capital_of": None, "forms": forms, "source": "uz-admin-units (MIT)"})
    print("places: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return out


def orgs() -> list[dict]:
    return [{"type": "ORG", "id": wid, "name": en, "country": cc, "forms": [list(f) for f in forms], "source": "curated"}
            for wid, en, cc, forms in ORGS]


def people() -> list[tuple[str | None, dict]]:
    by_name = {p[1]: p for p in P}
    out = []
    for wid, en, cc, roles, given, surnames, doubt in P:
        surnames = list(surnames) or list(by_name[SHARED_SURNAME[en]][5])
        forms = [["*", "sname", s] for s in surnames if (en, s) not in NO_SURNAME_ALONE]
        for g in given:
            for s in surnames:
                if _script(g) == _script(s):
                    forms.append(["*", "name", f"{g} {s}"])
        rec = {"type": "PERSON", "id": wid, "name": en, "country": cc,
               "roles": [{"role": r, "from": a, "to": b} for r, a, b in roles], "forms": forms, "source": "curated"}
        out.append((doubt, rec))
    return out


def _script(s: str) -> str:
    return "Latn" if re.search("[a-zA-Z]", s) else "Cyrl"


def write(path: Path, records: list[dict] | list[tuple[str | None, dict]], header: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n# Rebuilt by scripts/build_gazetteers.py; one entity per line.\n")
        for rec in records:
            doubt = None
            if isinstance(rec, tuple):
                doubt, rec = rec
            if doubt:
                fh.write(f"# doubt ({rec['name']}): {doubt}\n")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "countries.jsonl", countries(args.shared), "Sovereign states: CLDR 47 names, ky-country-names, curated forms")
    write(OUT / "places.jsonl", places(args.shared), "Places: curated capitals, cities and border posts, csc-geo, uz-admin-units")
    write(OUT / "orgs.jsonl", orgs(), "Organisations: curated")
    write(OUT / "people.jsonl", people(), "People: curated; Wikidata ids only where sure, else null with a doubt line")
    for f in sorted(OUT.glob("*.jsonl")):
        print(f"{f.name}: {sum(1 for l in f.open() if l.startswith('{'))} entries, {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
