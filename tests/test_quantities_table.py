"""Table of surface forms per language: each row is a sentence, the span expected in it and its normal form.

Columns: lang | sentence | span | kind | value | unit | bound | date_start..date_end (or "-") | flags
Flags: "target", "low=N", "unresolved" (a date or period not placed on the calendar). The published date of every row is 2026-02-13.
"""

from __future__ import annotations

import pytest

from kabarchi.quantities import find_quantities
from kabarchi.text.normalize import normalize

PUBLISHED = "2026-02-13"

TABLE = """
ky | Соода 36 млн доллардан ашып кетти. | 36 млн доллардан | money | 36000000 | USD | gt | - |
ky | Көрсөткүч 24 эсе өстү. | 24 эсе | multiplier | 24 | x | eq | - |
ky | Бул дээрлик 24 эсеге көбөйдү. | 24 эсеге | multiplier | 24 | x | approx | - |
ky | Экспорт 73% түздү. | 73% | percent | 73 | % | eq | - |
ky | Соода 33 млн доллардан ашты. | 33 млн доллардан | money | 33000000 | USD | gt | - |
ky | Сандар дээрлик 185 млн долларга жетти. | 185 млн долларга | money | 185000000 | USD | approx | - |
ky | Максат 500 млн долларга жеткирүү. | 500 млн долларга | money | 500000000 | USD | eq | - | target
ky | Кыргызстанга 86 миң тажик туристи келген. | 86 миң тажик туристи | count | 86000 | persons | eq | - |
ky | Көлөм 1,5-2 млн долларга чейин түштү. | 1,5-2 млн долларга | money | 2000000 | USD | eq | - | target low=1500000
ky | Бюджет 1 млрд 318 млн сомду түздү. | 1 млрд 318 млн сомду | money | 1318000000 | KGS | eq | - |
ky | Жолдун узундугу 300 чакырымдай. | 300 чакырымдай | distance | 300 | km | approx | - |
ky | Соода 36 млн АКШ долларын түзүп. | 36 млн АКШ долларын | money | 36000000 | USD | eq | - |
ky | Бир миң беш жүз киши келди. | Бир миң беш жүз киши | count | 1500 | persons | eq | - |
ky | Баасы үч эсе өстү. | үч эсе | multiplier | 3 | x | eq | - |
ky | 2025-жылы соода өстү. | 2025-жылы | period | - | - | eq | 2025-01-01..2025-12-31 |
ky | 2025-жылдын январь-ноябрь айларындагы соода. | 2025-жылдын январь-ноябрь | period | - | - | eq | 2025-01-01..2025-11-30 |
ky | Жолугушуу 13-февралда болду. | 13-февралда | date | - | - | eq | 2026-02-13..2026-02-13 |
ky | Былтыр соода өстү. | Былтыр | period | - | - | eq | 2025-01-01..2025-12-31 |
ky | Өткөн жылы соода өстү. | Өткөн жылы | period | - | - | eq | 2025-01-01..2025-12-31 |
ky | Быйыл соода өсөт. | Быйыл | period | - | - | eq | 2026-01-01..2026-12-31 |
ky | Кол коюу 29.06.2022 болгон. | 29.06.2022 | date | - | - | eq | 2022-06-29..2022-06-29 |
ky | Ал 2021 жана 2022-жылдары болгон. | 2021 | period | - | - | eq | 2021-01-01..2021-12-31 |
ky | 2013-жылы бул сан өскөн. | 2013-жылы | period | - | - | eq | 2013-01-01..2013-12-31 |
ky | Пахтанын 30% гана иштетилет. | 30% | percent | 30 | % | eq | - |
ky | Кредит 50 млн сомго бекитилди. | 50 млн сомго | money | 50000000 | KGS | eq | - |
ky | Товар 2,5 миң тоннадан ашык. | 2,5 миң тоннадан | weight | 2500 | t | gt | - |
ky | Баасы 12 пайызга өстү. | 12 пайызга | percent | 12 | % | eq | - |
ky | 40 миң киши катышты. | 40 миң киши | count | 40000 | persons | eq | - |
ky | Жети жүз миң сом бөлүндү. | Жети жүз миң сом | money | 700000 | KGS | eq | - |
ky | Соода 1,2 млрд долларга жетти. | 1,2 млрд долларга | money | 1200000000 | USD | eq | - |
ky | Кечээ жолугушту. | Кечээ | date | - | - | eq | 2026-02-12..2026-02-12 |
ky | 2026-2028-жылдарга программа. | 2026-2028-жылдарга | period | - | - | eq | 2026-01-01..2028-12-31 |
kk | 2025 жылы сауда көлемі өсті. | 2025 жылы | period | - | - | eq | 2025-01-01..2025-12-31 |
kk | Көлем 1,2 млрд АҚШ долларынан асты. | 1,2 млрд АҚШ долларынан | money | 1200000000 | USD | gt | - |
kk | Айналымды 2 млрд долларға жеткізу. | 2 млрд долларға | money | 2000000000 | USD | eq | - | target
kk | 2026-2028 жылдарға арналған бағдарлама. | 2026-2028 жылдарға | period | - | - | eq | 2026-01-01..2028-12-31 |
kk | Қарийб 2 миллиард доллар. | 2 миллиард доллар | money | 2000000000 | USD | approx | - |
kk | Көрсеткіш 3 есе өсті. | 3 есе | multiplier | 3 | x | eq | - |
kk | Экспорт екі есе артты. | екі есе | multiplier | 2 | x | eq | - |
kk | Келісім 13 ақпанда жасалды. | 13 ақпанда | date | - | - | eq | 2026-02-13..2026-02-13 |
kk | Сауда 5 млрд теңгеге жетті. | 5 млрд теңгеге | money | 5000000000 | KZT | eq | - |
kk | Өсім 12 пайыз болды. | 12 пайыз | percent | 12 | % | eq | - |
kk | Шамамен 400 млн доллар тартылды. | 400 млн доллар | money | 400000000 | USD | approx | - |
kk | Бұл 30 %-ке өсті. | 30 %-ке | percent | 30 | % | eq | - |
kk | Жеті жүз миллиард теңгеден астам. | Жеті жүз миллиард теңгеден | money | 700000000000 | KZT | gt | - |
kk | Он бір бүтін оннан сегіз миллиард долларға жетті. | Он бір бүтін оннан сегіз миллиард долларға | money | 11800000000 | USD | eq | - |
kk | Екі жарым миллион теңге бөлінді. | Екі жарым миллион теңге | money | 2500000 | KZT | eq | - |
kk | Биыл сауда өседі. | Биыл | period | - | - | eq | 2026-01-01..2026-12-31 |
kk | Былтыр келісім жасалды. | Былтыр | period | - | - | eq | 2025-01-01..2025-12-31 |
kk | Өткен жылы көлем өсті. | Өткен жылы | period | - | - | eq | 2025-01-01..2025-12-31 |
kk | Бүгін кездесу өтті. | Бүгін | date | - | - | eq | 2026-02-13..2026-02-13 |
kk | 3000000000 теңгеге жуық қаржы. | 3000000000 теңгеге | money | 3000000000 | KZT | approx | - |
kk | 10-15 мың теңге төленеді. | 10-15 мың теңге | money | 15000 | KZT | eq | - | low=10000
kk | 60 %-дан кем емес. | 60 %-дан | percent | 60 | % | lt | - |
kk | Жоба 25 қаңтарда басталды. | 25 қаңтарда | date | - | - | eq | 2026-01-25..2026-01-25 |
kk | 2018 жылғы 5 наурызда қол қойылды. | 2018 жылғы 5 наурызда | date | - | - | eq | 2018-03-05..2018-03-05 |
kk | Мыңнан астам адам келді. | - | - | - | - | - | - |
kk | 500 шақырым жол салынды. | 500 шақырым | distance | 500 | km | eq | - |
kk | 8000 тонна астық жеткізілді. | 8000 тонна | weight | 8000 | t | eq | - |
kk | Сексен бес пайызы орындалды. | Сексен бес пайызы | percent | 85 | % | eq | - |
kk | 20 мың адам қатысты. | 20 мың адам | count | 20000 | persons | eq | - |
kk | Тауар айналымы 1 миллиард доллардан асты. | 1 миллиард доллардан | money | 1000000000 | USD | gt | - |
kk | Өсім 1,9 есе болды. | 1,9 есе | multiplier | 1.9 | x | eq | - |
kk | Көлемі 86,5 миллиард долларға жетті. | 86,5 миллиард долларға | money | 86500000000 | USD | eq | - |
kk | 2025 жылдың 11 айында сауда өсті. | 2025 жылдың 11 айында | period | - | - | eq | 2025-01-01..2025-11-30 |
kk | Ертең кездесу өтеді. | Ертең | date | - | - | eq | 2026-02-14..2026-02-14 |
uz | 2025 йилда савдо ўсди. | 2025 йилда | period | - | - | eq | 2025-01-01..2025-12-31 |
uz | Ҳажм қарийб 2 миллиард долларга етди. | 2 миллиард долларга | money | 2000000000 | USD | approx | - |
uz | Савдо 1,2 миллиард АҚШ долларидан ошди. | 1,2 миллиард АҚШ долларидан | money | 1200000000 | USD | gt | - |
uz | Товар айирбошлаш 2 марта ошди. | 2 марта | multiplier | 2 | x | eq | - |
uz | Экспорт 1,9 баравар кўпайди. | 1,9 баравар | multiplier | 1.9 | x | eq | - |
uz | Улуш 15 фоизни ташкил этди. | 15 фоизни | percent | 15 | % | eq | - |
uz | Ҳажмни 5 миллиард долларгача етказиш. | 5 миллиард долларгача | money | 5000000000 | USD | eq | - | target
uz | Ўтган йили шартнома имзоланди. | Ўтган йили | period | - | - | eq | 2025-01-01..2025-12-31 |
uz | Бу йил савдо ўсади. | Бу йил | period | - | - | eq | 2026-01-01..2026-12-31 |
uz | Учрашув 13 февралда бўлди. | 13 февралда | date | - | - | eq | 2026-02-13..2026-02-13 |
uz | Савдо 500 миллион сўмдан ортиқ. | 500 миллион сўмдан | money | 500000000 | UZS | gt | - |
uz | Икки баравар ўсди. | Икки баравар | multiplier | 2 | x | eq | - |
uz | 3 маротаба кўпайди. | 3 маротаба | multiplier | 3 | x | eq | - |
uz | 10 минг туристлар келди. | 10 минг туристлар | count | 10000 | persons | eq | - |
uz | Тахминан 300 миллион доллар. | 300 миллион доллар | money | 300000000 | USD | approx | - |
uz | 2024 йилнинг январь-июнь ойларида. | 2024 йилнинг январь-июнь | period | - | - | eq | 2024-01-01..2024-06-30 |
uz | Йўл 120 километр. | 120 километр | distance | 120 | km | eq | - |
uz | 50 минг тонна юк ташилди. | 50 минг тонна | weight | 50000 | t | eq | - |
uz | Савдо 4 миллиард доллардан ошди. | 4 миллиард доллардан | money | 4000000000 | USD | gt | - |
uz | Беш юз минг сўм берилди. | Беш юз минг сўм | money | 500000 | UZS | eq | - |
uz | Ўсиш 7,5 фоиз бўлди. | 7,5 фоиз | percent | 7.5 | % | eq | - |
uz | 29.06.2022 куни имзоланди. | 29.06.2022 | date | - | - | eq | 2022-06-29..2022-06-29 |
uz | Йигирма беш фоиз. | Йигирма беш фоиз | percent | 25 | % | eq | - |
uz | Тўқсон миллион доллар. | Тўқсон миллион доллар | money | 90000000 | USD | eq | - |
uz | 2026-2028 йилларга мўлжалланган. | 2026-2028 йилларга | period | - | - | eq | 2026-01-01..2028-12-31 |
uz | 1 миллиард 352 миллион доллар. | 1 миллиард 352 миллион доллар | money | 1352000000 | USD | eq | - |
uz | Жорий йил режаси. | Жорий йил | period | - | - | eq | 2026-01-01..2026-12-31 |
uz | Кеча музокаралар бўлди. | Кеча | date | - | - | eq | 2026-02-12..2026-02-12 |
uz | 25 май куни учрашув. | 25 май | date | - | - | eq | 2026-05-25..2026-05-25 |
uz | Юк 2 минг тоннадан кўп. | 2 минг тоннадан | weight | 2000 | t | eq | - |
uz | 15 минг нафар мигрант. | 15 минг нафар | count | 15000 | persons | eq | - |
uz | 800 минг долларлик лойиҳа. | 800 минг долларлик | money | 800000 | USD | eq | - |
uz | Ҳажм 36 млн долларни ташкил қилди. | 36 млн долларни | money | 36000000 | USD | eq | - |
uz-Latn | 2025-yilda savdo oʻsdi. | 2025-yilda | period | - | - | eq | 2025-01-01..2025-12-31 |
uz-Latn | Hajm qariyb 2 milliard dollarga yetdi. | 2 milliard dollarga | money | 2000000000 | USD | approx | - |
uz-Latn | Savdo 1,2 milliard AQSh dollaridan oshdi. | 1,2 milliard AQSh dollaridan | money | 1200000000 | USD | gt | - |
uz-Latn | Eksport 2 marta oshdi. | 2 marta | multiplier | 2 | x | eq | - |
uz-Latn | Oʻsish 1,9 barobar boʻldi. | 1,9 barobar | multiplier | 1.9 | x | eq | - |
uz-Latn | Ulush 15 foizni tashkil etdi. | 15 foizni | percent | 15 | % | eq | - |
uz-Latn | Hajmni 5 milliard dollargacha yetkazish. | 5 milliard dollargacha | money | 5000000000 | USD | eq | - | target
uz-Latn | Oʻtgan yili shartnoma imzolandi. | Oʻtgan yili | period | - | - | eq | 2025-01-01..2025-12-31 |
uz-Latn | Bu yil savdo oʻsadi. | Bu yil | period | - | - | eq | 2026-01-01..2026-12-31 |
uz-Latn | Uchrashuv 13-fevralda boʻldi. | 13-fevralda | date | - | - | eq | 2026-02-13..2026-02-13 |
uz-Latn | Savdo 500 million soʻmdan ortiq. | 500 million soʻmdan | money | 500000000 | UZS | gt | - |
uz-Latn | Ikki barobar oʻsdi. | Ikki barobar | multiplier | 2 | x | eq | - |
uz-Latn | 10 ming turist keldi. | 10 ming turist | count | 10000 | persons | eq | - |
uz-Latn | Taxminan 300 million dollar. | 300 million dollar | money | 300000000 | USD | approx | - |
uz-Latn | 120 kilometr yoʻl. | 120 kilometr | distance | 120 | km | eq | - |
uz-Latn | 50 ming tonna yuk. | 50 ming tonna | weight | 50000 | t | eq | - |
uz-Latn | Savdo 4 mlrd dollardan oshdi. | 4 mlrd dollardan | money | 4000000000 | USD | gt | - |
uz-Latn | Besh yuz ming soʻm berildi. | Besh yuz ming soʻm | money | 500000 | UZS | eq | - |
uz-Latn | Oʻsish 7,5 foiz boʻldi. | 7,5 foiz | percent | 7.5 | % | eq | - |
uz-Latn | Yigirma besh foiz. | Yigirma besh foiz | percent | 25 | % | eq | - |
uz-Latn | 2026-2028 yillarga moʻljallangan. | 2026-2028 yillarga | period | - | - | eq | 2026-01-01..2028-12-31 |
uz-Latn | Joriy yil rejasi. | Joriy yil | period | - | - | eq | 2026-01-01..2026-12-31 |
uz-Latn | Kecha muzokaralar boʻldi. | Kecha | date | - | - | eq | 2026-02-12..2026-02-12 |
uz-Latn | 2024-yilning yanvar-iyun oylarida. | 2024-yilning yanvar-iyun | period | - | - | eq | 2024-01-01..2024-06-30 |
uz-Latn | 3 marotaba koʻpaydi. | 3 marotaba | multiplier | 3 | x | eq | - |
uz-Latn | 25 mln AQSh dollari ajratildi. | 25 mln AQSh dollari | money | 25000000 | USD | eq | - |
uz-Latn | Toʻqson million dollar. | Toʻqson million dollar | money | 90000000 | USD | eq | - |
uz-Latn | 15 ming nafar migrant. | 15 ming nafar | count | 15000 | persons | eq | - |
uz-Latn | Savdo 36 mln dollarni tashkil qildi. | 36 mln dollarni | money | 36000000 | USD | eq | - |
uz-Latn | 2 mlrd soʻmdan ziyod mablagʻ. | 2 mlrd soʻmdan | money | 2000000000 | UZS | gt | - |
uz-Latn | Uch marta oshdi. | Uch marta | multiplier | 3 | x | eq | - |
uz-Latn | Deyarli 40 foiz. | 40 foiz | percent | 40 | % | approx | - |
tg | Дар соли 2025 савдо афзуд. | соли 2025 | period | - | - | eq | 2025-01-01..2025-12-31 |
tg | Гардиши мол се баробар афзуд. | се баробар | multiplier | 3 | x | eq | - |
tg | Ҳаҷм 3 маротиба зиёд шуд. | 3 маротиба | multiplier | 3 | x | eq | - |
tg | Савдо ба 1 миллиарду 352 миллион доллар расид. | 1 миллиарду 352 миллион доллар | money | 1352000000 | USD | eq | - |
tg | Зиёда аз 500 миллион доллари ИМА. | 500 миллион доллари ИМА | money | 500000000 | USD | gt | - |
tg | Соли гузашта савдо афзуд. | Соли гузашта | period | - | - | eq | 2025-01-01..2025-12-31 |
tg | Имсол савдо меафзояд. | Имсол | period | - | - | eq | 2026-01-01..2026-12-31 |
tg | Дар панҷ моҳи соли 2022 савдо. | панҷ моҳи соли 2022 | period | - | - | eq | 2022-01-01..2022-05-31 |
tg | Вохӯрӣ 28 июн баргузор шуд. | 28 июн | date | - | - | eq | 2026-06-28..2026-06-28 |
tg | Ҳаҷм 15 дарсад афзуд. | 15 дарсад | percent | 15 | % | eq | - |
tg | Маблағ 200 миллион сомонӣ. | 200 миллион сомонӣ | money | 200000000 | TJS | eq | - |
tg | 20 фоиз афзуд. | 20 фоиз | percent | 20 | % | eq | - |
tg | Ҳаҷмро то 500 миллион доллар расонидан. | 500 миллион доллар | money | 500000000 | USD | eq | - | target
tg | Тақрибан 2 миллиард доллар. | 2 миллиард доллар | money | 2000000000 | USD | approx | - |
tg | Беш аз 100 ҳазор сайёҳ. | 100 ҳазор сайёҳ | count | 100000 | persons | gt | - |
tg | Қариб 40 фоиз. | 40 фоиз | percent | 40 | % | approx | - |
tg | Дар соли 2024 гардиш. | соли 2024 | period | - | - | eq | 2024-01-01..2024-12-31 |
tg | 300 километр роҳ. | 300 километр | distance | 300 | km | eq | - |
tg | 10 ҳазор тонна пахта. | 10 ҳазор тонна | weight | 10000 | t | eq | - |
tg | Бисту панҷ дарсад. | Бисту панҷ дарсад | percent | 25 | % | eq | - |
tg | Ду баробар зиёд. | Ду баробар | multiplier | 2 | x | eq | - |
tg | 36 миллион долларро ташкил дод. | 36 миллион долларро | money | 36000000 | USD | eq | - |
tg | 5 ҳазор нафар муҳоҷир. | 5 ҳазор нафар | count | 5000 | persons | eq | - |
tg | 29.06.2022 имзо шуд. | 29.06.2022 | date | - | - | eq | 2022-06-29..2022-06-29 |
tg | Имрӯз вохӯрӣ шуд. | Имрӯз | date | - | - | eq | 2026-02-13..2026-02-13 |
tg | 1,5 миллиард сомонӣ. | 1,5 миллиард сомонӣ | money | 1500000000 | TJS | eq | - |
tg | Солҳои 2026-2028 барнома. | Солҳои 2026-2028 | period | - | - | eq | 2026-01-01..2028-12-31 |
tg | Сад ҳазор доллар. | Сад ҳазор доллар | money | 100000 | USD | eq | - |
tg | 7 млн доллари ИМА. | 7 млн доллари ИМА | money | 7000000 | USD | eq | - |
tg | 12,5 дарсад. | 12,5 дарсад | percent | 12.5 | % | eq | - |
tg | 50 ҳазор нафар. | 50 ҳазор нафар | count | 50000 | persons | eq | - |
ru | Товарооборот превысил 36 млн долларов. | 36 млн долларов | money | 36000000 | USD | gt | - |
ru | Рост в 24 раза. | 24 раза | multiplier | 24 | x | eq | - |
ru | Рост в три раза. | три раза | multiplier | 3 | x | eq | - |
ru | Свыше 1,2 млрд долларов. | 1,2 млрд долларов | money | 1200000000 | USD | gt | - |
ru | Около 2 млрд долларов. | 2 млрд долларов | money | 2000000000 | USD | approx | - |
ru | Довести до 500 млн долларов. | 500 млн долларов | money | 500000000 | USD | eq | - | target
ru | В 2025 году товарооборот вырос. | 2025 году | period | - | - | eq | 2025-01-01..2025-12-31 |
ru | В прошлом году объём вырос. | В прошлом году | period | - | - | eq | 2025-01-01..2025-12-31 |
ru | В этом году объём вырастет. | В этом году | period | - | - | eq | 2026-01-01..2026-12-31 |
ru | Встреча прошла 13 февраля 2025 года. | 13 февраля 2025 года | date | - | - | eq | 2025-02-13..2025-02-13 |
ru | За январь-ноябрь 2025 года. | январь-ноябрь 2025 года | period | - | - | eq | 2025-01-01..2025-11-30 |
ru | Доля составила 73%. | 73% | percent | 73 | % | eq | - |
ru | Рост на 12 процентов. | 12 процентов | percent | 12 | % | eq | - |
ru | Почти 185 млн долларов. | 185 млн долларов | money | 185000000 | USD | approx | - |
ru | Более 86 тысяч туристов. | 86 тысяч туристов | count | 86000 | persons | gt | - |
ru | 36 млн. долл. США. | 36 млн. долл. США | money | 36000000 | USD | eq | - |
ru | $36 млн инвестиций. | $36 млн | money | 36000000 | USD | eq | - |
ru | 5 млрд рублей. | 5 млрд рублей | money | 5000000000 | RUB | eq | - |
ru | 100 млн тенге. | 100 млн тенге | money | 100000000 | KZT | eq | - |
ru | 10 млн сомов. | 10 млн сомов | money | 10000000 | KGS | eq | - |
ru | 2 млн сомони. | 2 млн сомони | money | 2000000 | TJS | eq | - |
ru | 300 км дороги. | 300 км | distance | 300 | km | eq | - |
ru | 5 тыс. тонн. | 5 тыс. тонн | weight | 5000 | t | eq | - |
ru | Менее 10%. | 10% | percent | 10 | % | lt | - |
ru | 1 млрд 318 млн рублей. | 1 млрд 318 млн рублей | money | 1318000000 | RUB | eq | - |
ru | Подписано 29.06.2022. | 29.06.2022 | date | - | - | eq | 2022-06-29..2022-06-29 |
ru | Программа на 2026-2028 годы. | 2026-2028 годы | period | - | - | eq | 2026-01-01..2028-12-31 |
ru | В первом полугодии 2025 года. | первом полугодии 2025 года | period | - | - | eq | 2025-01-01..2025-06-30 |
ru | Сегодня прошла встреча. | Сегодня | date | - | - | eq | 2026-02-13..2026-02-13 |
ru | 1,5-2 млн долларов. | 1,5-2 млн долларов | money | 2000000 | USD | eq | - | low=1500000
ru | 200 млн юаней. | 200 млн юаней | money | 200000000 | CNY | eq | - |
ru | 50 млн евро. | 50 млн евро | money | 50000000 | EUR | eq | - |
ru | Вырос вдвое. | вдвое | multiplier | 2 | x | eq | - |
ru | 36 000 долларов. | 36 000 долларов | money | 36000 | USD | eq | - |
ru | 929,0 млн долларов. | 929,0 млн долларов | money | 929000000 | USD | eq | - |
en | Trade exceeded $36 million. | $36 million | money | 36000000 | USD | gt | - |
en | Trade grew 24-fold. | 24-fold | multiplier | 24 | x | eq | - |
en | Exports tripled. | tripled | multiplier | 3 | x | eq | - |
en | Exports doubled last year. | doubled | multiplier | 2 | x | eq | - |
en | Trade rose three times. | three times | multiplier | 3 | x | eq | - |
en | More than 1.2 billion US dollars. | 1.2 billion US dollars | money | 1200000000 | USD | gt | - |
en | Nearly 2 billion dollars. | 2 billion dollars | money | 2000000000 | USD | approx | - |
en | They agreed to bring trade to 500 million dollars. | 500 million dollars | money | 500000000 | USD | eq | - | target
en | In 2025 trade grew. | 2025 | period | - | - | eq | 2025-01-01..2025-12-31 |
en | Last year trade grew. | Last year | period | - | - | eq | 2025-01-01..2025-12-31 |
en | This year trade will grow. | This year | period | - | - | eq | 2026-01-01..2026-12-31 |
en | The talks took place on 13 February 2025. | 13 February 2025 | date | - | - | eq | 2025-02-13..2025-02-13 |
en | The talks took place on February 13, 2025. | February 13, 2025 | date | - | - | eq | 2025-02-13..2025-02-13 |
en | In January-November 2025 trade grew. | January-November 2025 | period | - | - | eq | 2025-01-01..2025-11-30 |
en | Exports made up 73%. | 73% | percent | 73 | % | eq | - |
en | Growth was 12 percent. | 12 percent | percent | 12 | % | eq | - |
en | About 185 million dollars. | 185 million dollars | money | 185000000 | USD | approx | - |
en | Over 86,000 tourists came. | 86,000 tourists | count | 86000 | persons | gt | - |
en | $1.5 bn was invested. | $1.5 bn | money | 1500000000 | USD | eq | - |
en | 5 billion tenge. | 5 billion tenge | money | 5000000000 | KZT | eq | - |
en | 300 km of road. | 300 km | distance | 300 | km | eq | - |
en | 10,000 tonnes of cotton. | 10,000 tonnes | weight | 10000 | t | eq | - |
en | Less than 10%. | 10% | percent | 10 | % | lt | - |
en | In the first half of 2025 trade grew. | first half of 2025 | period | - | - | eq | 2025-01-01..2025-06-30 |
en | Signed on 29.06.2022. | 29.06.2022 | date | - | - | eq | 2022-06-29..2022-06-29 |
en | Up to 2 billion dollars. | 2 billion dollars | money | 2000000000 | USD | eq | - | target
en | 50 million euros. | 50 million euros | money | 50000000 | EUR | eq | - |
en | 200 million yuan. | 200 million yuan | money | 200000000 | CNY | eq | - |
en | Twenty five thousand people. | Twenty five thousand people | count | 25000 | persons | eq | - |
en | Almost 40 percent. | 40 percent | percent | 40 | % | approx | - |
en | USD 36 million. | - | - | - | - | - | - |
en | 1,352 million dollars. | 1,352 million dollars | money | 1352000000 | USD | eq | - |
en | Yesterday they met. | Yesterday | date | - | - | eq | 2026-02-12..2026-02-12 |
en | 2 million soms. | 2 million soms | money | 2000000 | KGS | eq | - |
en | 100 million somoni. | 100 million somoni | money | 100000000 | TJS | eq | - |
ky | Товар жүгүртүү 2 эсеге көбөйдү. | 2 эсеге | multiplier | 2 | x | eq | - |
ky | Болжол менен 40 миң адам. | 40 миң адам | count | 40000 | persons | approx | - |
ky | Экспорт 1,2 млрд долларга жетет. | 1,2 млрд долларга | money | 1200000000 | USD | eq | - |
ky | Эки жүз миң сом. | Эки жүз миң сом | money | 200000 | KGS | eq | - |
tg | Соли 2025 савдо афзуд. | Соли 2025 | period | - | - | eq | 2025-01-01..2025-12-31 |
tg | 15 миллион сомонӣ. | 15 миллион сомонӣ | money | 15000000 | TJS | eq | - |
tg | Зиёда аз 2 миллион доллар. | 2 миллион доллар | money | 2000000 | USD | gt | - |
tg | Чор маротиба зиёд шуд. | Чор маротиба | multiplier | 4 | x | eq | - |
tg | Сӣ дарсад. | Сӣ дарсад | percent | 30 | % | eq | - |
uz-Latn | 13 may kuni uchrashuv. | 13 may | date | - | - | eq | 2026-05-13..2026-05-13 |
kk | Көлік жыл сайын тексеріледі. | жыл сайын | frequency | 1 | year | eq | - |
kk | Бірінші тоқсанда өсім болды. | Бірінші тоқсанда | period | - | - | eq | 2026-01-01..2026-03-31 |
kk | Биылғы бірінші жартыжылдықта сауда өсті. | Биылғы бірінші жартыжылдықта | period | - | - | eq | 2026-01-01..2026-06-30 |
kk | ХХ ғасыр басында салынған. | ХХ ғасыр | period | - | - | eq | 1901-01-01..2000-12-31 |
kk | 90-жылдары зауыт жабылды. | 90-жылдары | period | - | - | eq | 1990-01-01..1999-12-31 |
kk | Әуежай өткен жылдың шілде айында ашылды. | өткен жылдың шілде | period | - | - | eq | 2025-07-01..2025-07-31 |
kk | Ол өткен сенбіде сөйлесті. | өткен сенбіде | date | - | - | eq | 2026-02-07..2026-02-07 |
kk | Сол жылы келісім жасалды. | Сол жылы | period | - | - | eq | - | unresolved
kk | Келесі аптада кездесу болады. | Келесі аптада | period | - | - | eq | 2026-02-16..2026-02-22 |
kk | Соңғы айларда баға өсті. | Соңғы айларда | period | - | - | eq | - | unresolved
kk | Өткен жылдары баға өсті. | Өткен жылдары | period | - | - | eq | - | unresolved
kk | Ертеңгі күні келеді. | Ертеңгі күні | date | - | - | eq | 2026-02-14..2026-02-14 |
kk | Ол осы қаңтар айында келісті. | осы қаңтар | period | - | - | eq | 2026-01-01..2026-01-31 |
kk | Өткен наурызда келісті. | Өткен наурызда | period | - | - | eq | 2025-03-01..2025-03-31 |
kk | Былтырғы қазанда келісті. | Былтырғы қазанда | period | - | - | eq | 2025-10-01..2025-10-31 |
kk | Келесі қаңтарда келіседі. | Келесі қаңтарда | period | - | - | eq | 2027-01-01..2027-01-31 |
kk | Есеп тоқсан сайын беріледі. | тоқсан сайын | frequency | 4 | year | eq | - |
kk | Жыл сайынғыдай форум өтті. | Жыл сайынғыдай | frequency | 1 | year | eq | - |
kk | Жиын тәулік сайын өтеді. | тәулік сайын | frequency | 1 | day | eq | - |
kk | Наурыз мейрамы тойланды. | - | - | - | - | - | - |
kk | Мекеменің 75 жылдығы аталып өтті. | - | - | - | - | - | - |
kk | Кем дегенде 3 жыл өтті. | 3 жыл | duration | 3 | year | gt | - |
kk | Құрылыс 2022-нші жылға дейн бітеді. | 2022-нші жылға | period | - | - | eq | 2022-01-01..2022-12-31 | target
ky | Ошол жылы келишим түзүлгөн. | Ошол жылы | period | - | - | eq | - | unresolved
ky | Кийинки аптада жолугушуу болот. | Кийинки аптада | period | - | - | eq | 2026-02-16..2026-02-22 |
ky | Акыркы айларда баа өстү. | Акыркы айларда | period | - | - | eq | - | unresolved
ky | Отчет чейрек сайын берилет. | чейрек сайын | frequency | 4 | year | eq | - |
kk | 3 жасар бала ауырды. | 3 жасар | duration | 3 | year | eq | - |
kk | Ол күні жаңбыр жауды. | Ол күні | date | - | - | eq | - | unresolved
kk | Алдағы жылдары зауыт салынады. | Алдағы жылдары | period | - | - | eq | - | unresolved
kk | Жиырма жетінші наурыз бен төртінші сәуір аралығында жабылады. | Жиырма жетінші наурыз бен төртінші сәуір аралығында | period | - | - | eq | 2026-03-27..2026-04-04 |
kk | Жыл соңына дейін аяқталады. | Жыл соңына | period | - | - | eq | 2026-12-01..2026-12-31 | target
ky | Жыл сайын көргөзмө өтөт. | Жыл сайын | frequency | 1 | year | eq | - |
ky | Биринчи чейректе соода өстү. | Биринчи чейректе | period | - | - | eq | 2026-01-01..2026-03-31 |
ky | XX кылымда курулган. | XX кылымда | period | - | - | eq | 1901-01-01..2000-12-31 |
ky | 90-жылдары завод жабылган. | 90-жылдары | period | - | - | eq | 1990-01-01..1999-12-31 |
ky | Өткөн жылдын июль айында ачылды. | Өткөн жылдын июль | period | - | - | eq | 2025-07-01..2025-07-31 |
ky | Өткөн ишембиде сүйлөштү. | Өткөн ишембиде | date | - | - | eq | 2026-02-07..2026-02-07 |
ky | Ал 60 жашында пенсияга чыкты. | 60 жашында | duration | 60 | year | eq | - |
ky | Ошол күнү жамгыр жаады. | Ошол күнү | date | - | - | eq | - | unresolved
ky | Акыркы жылдары соода өстү. | Акыркы жылдары | period | - | - | eq | - | unresolved
ky | 2025-жылдын 29-январында келди. | 2025-жылдын 29-январында | date | - | - | eq | 2025-01-29..2025-01-29 |
uz | Ҳар йили кўргазма ўтказилади. | Ҳар йили | frequency | 1 | year | eq | - |
uz | 1-чоракда савдо ўсди. | 1-чоракда | period | - | - | eq | 2026-01-01..2026-03-31 |
uz | XX асрда қурилган. | XX асрда | period | - | - | eq | 1901-01-01..2000-12-31 |
uz | 1990-йилларда завод ёпилган. | 1990-йилларда | period | - | - | eq | 1990-01-01..1999-12-31 |
uz | Ўтган шанба куни учрашди. | Ўтган шанба | date | - | - | eq | 2026-02-07..2026-02-07 |
uz | У 3 ёшда эди. | 3 ёшда | duration | 3 | year | eq | - |
uz | Яқин йилларда завод қурилади. | Яқин йилларда | period | - | - | eq | - | unresolved
uz-Latn | Har yili koʻrgazma oʻtkaziladi. | Har yili | frequency | 1 | year | eq | - |
uz-Latn | 1-chorakda savdo oʻsdi. | 1-chorakda | period | - | - | eq | 2026-01-01..2026-03-31 |
uz-Latn | XX asrda qurilgan. | XX asrda | period | - | - | eq | 1901-01-01..2000-12-31 |
uz-Latn | 1990-yillarda zavod yopilgan. | 1990-yillarda | period | - | - | eq | 1990-01-01..1999-12-31 |
uz-Latn | Oʻtgan shanba kuni uchrashdi. | Oʻtgan shanba | date | - | - | eq | 2026-02-07..2026-02-07 |
uz-Latn | Yaqin yillarda zavod quriladi. | Yaqin yillarda | period | - | - | eq | - | unresolved
tg | Ҳар сол намоишгоҳ баргузор мешавад. | Ҳар сол | frequency | 1 | year | eq | - |
tg | Дар семоҳаи аввал савдо афзуд. | семоҳаи аввал | period | - | - | eq | 2026-01-01..2026-03-31 |
tg | Дар асри XX сохта шудааст. | асри XX | period | - | - | eq | 1901-01-01..2000-12-31 |
tg | Дар солҳои наздик завод сохта мешавад. | солҳои наздик | period | - | - | eq | - | unresolved
tg | Он рӯз борон борид. | Он рӯз | date | - | - | eq | - | unresolved
tg | Дар нимсолаи дуюм савдо афзуд. | нимсолаи дуюм | period | - | - | eq | 2026-07-01..2026-12-31 |
ru | Выставка проходит ежегодно. | ежегодно | frequency | 1 | year | eq | - |
ru | В I квартале 2025 года товарооборот вырос. | I квартале 2025 года | period | - | - | eq | 2025-01-01..2025-03-31 |
ru | В первом полугодии торговля выросла. | первом полугодии | period | - | - | eq | 2026-01-01..2026-06-30 |
ru | Построено в XX веке. | XX веке | period | - | - | eq | 1901-01-01..2000-12-31 |
ru | Завод закрыли в 1990-х годах. | 1990-х годах | period | - | - | eq | 1990-01-01..1999-12-31 |
ru | Торговля выросла с января по ноябрь 2025 года. | января по ноябрь 2025 года | period | - | - | eq | 2025-01-01..2025-11-30 |
ru | Он позвонил в прошлую субботу. | в прошлую субботу | date | - | - | eq | 2026-02-07..2026-02-07 |
ru | В ближайшие годы построят завод. | В ближайшие годы | period | - | - | eq | - | unresolved
ru | Ему 60 лет. | 60 лет | duration | 60 | year | eq | - |
ru | В тот день шёл дождь. | В тот день | date | - | - | eq | - | unresolved
en | The fair is held every year. | every year | frequency | 1 | year | eq | - |
en | Trade grew in the first quarter. | first quarter | period | - | - | eq | 2026-01-01..2026-03-31 |
en | Trade grew in the first half of 2025. | first half of 2025 | period | - | - | eq | 2025-01-01..2025-06-30 |
en | It was built in the 20th century. | 20th century | period | - | - | eq | 1901-01-01..2000-12-31 |
en | The plant closed in the 1990s. | 1990s | period | - | - | eq | 1990-01-01..1999-12-31 |
en | From January to November 2025 trade grew. | January to November 2025 | period | - | - | eq | 2025-01-01..2025-11-30 |
en | They spoke last Saturday. | last Saturday | date | - | - | eq | 2026-02-07..2026-02-07 |
en | A plant will be built in the coming years. | in the coming years | period | - | - | eq | - | unresolved
en | Trade grew by 5% in Q3 2025. | Q3 2025 | period | - | - | eq | 2025-07-01..2025-09-30 |
en | He spoke on Wednesday. | Wednesday | date | - | - | eq | - | unresolved
kk | Құрылыс 2021 жылы қыркүйекте басталды. | қыркүйекте | period | - | - | eq | 2021-09-01..2021-09-30 |
kk | Құрылыс 2021 жылы қыркүйекте басталды. | 2021 жылы | period | - | - | eq | 2021-01-01..2021-12-31 |
kk | Ол 1965 жылы 4-інші мамырда туған. | 4-інші мамырда | date | - | - | eq | 1965-05-04..1965-05-04 |
kk | Құрылыс 2020 жылдың мамыр айында басталды. | 2020 жылдың мамыр айында | period | - | - | eq | 2020-05-01..2020-05-31 |
kk | Олар 18 бен 30 жас аралығындағы жастар. | 18 бен 30 жас аралығындағы | duration | 30 | year | eq | - | low=18
kk | Олар он сегіз бен отыз жас аралығындағы жастар. | он сегіз бен отыз жас аралығындағы | duration | 30 | year | eq | - | low=18
kk | Олар 25 – 30 жаста. | 25 – 30 жаста | duration | 30 | year | eq | - | low=25
kk | Саматтың жасы 29-да. | 29-да | duration | 29 | year | eq | - |
kk | Атаның жасы қазір сексеннен асқан. | сексеннен | duration | 80 | year | gt | - |
kk | Он бес жас алғаш рет дауыс бермек. | - | - | - | - | - | - |
kk | Оған 25 айлық есептік көрсеткіш айыппұл салынды. | - | - | - | - | - | - |
kk | Бұл бір аймақ үшін маңызды. | - | - | - | - | - | - |
kk | Ол бірден айтайық деді. | - | - | - | - | - | - |
kk | 19 жылыту пункті ашылды. | - | - | - | - | - | - |
kk | Оларға 17 жасанды тыныс алу аппараты берілді. | - | - | - | - | - | - |
kk | Жол жұмыстары қаңтарылып тұр. | - | - | - | - | - | - |
kk | Жастардың саны 10000-ға жетті. | - | - | - | - | - | - |
ky | Курулуш 2021-жылы сентябрда башталды. | сентябрда | period | - | - | eq | 2021-09-01..2021-09-30 |
ky | Алар 18 менен 30 жаш аралыгындагы жаштар. | 18 менен 30 жаш аралыгындагы | duration | 30 | year | eq | - | low=18
ky | Анын жашы 57де. | 57де | duration | 57 | year | eq | - |
ky | Он беш жаш добуш берет. | - | - | - | - | - | - |
ky | Бул бир айыл үчүн маанилүү. | - | - | - | - | - | - |
ky | Ага 25 айлык эсептик көрсөткүч айып салынды. | - | - | - | - | - | - |
ru | Люди в возрасте от 18 до 30 лет. | 18 до 30 лет | duration | 30 | year | eq | - | low=18
en | People between 18 and 30 years old. | 18 and 30 years | duration | 30 | year | eq | - | low=18
kk | Күнбағыс май өндірісі өсті. | - | - | - | - | - | - |
kk | Қазір адамдар көп жұмыс істейді. | - | - | - | - | - | - |
kk | Шуақты күнде халық жиналды. | - | - | - | - | - | - |
ru | Сейчас торговля растёт. | - | - | - | - | - | - |
en | Trade is now growing. | - | - | - | - | - | - |
"""


def _rows():
    out = []
    for line in TABLE.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        lang, sentence, span, kind, value, unit, bound, dates, flags = cols
        out.append(pytest.param(lang, sentence, span, kind, value, unit, bound, dates, flags,
                                id=f"{lang}:{sentence[:40]}"))
    return out


ROWS = _rows()


def test_table_size():
    langs = {}
    for p in ROWS:
        langs[p.values[0]] = langs.get(p.values[0], 0) + 1
    assert sum(langs.values()) >= 240
    assert all(n >= 30 for n in langs.values()), langs


@pytest.mark.parametrize("lang,sentence,span,kind,value,unit,bound,dates,flags", ROWS)
def test_surface_form(lang, sentence, span, kind, value, unit, bound, dates, flags):
    view = normalize(sentence)
    found = find_quantities(view, lang, PUBLISHED)
    for q in found:
        assert sentence[q.start:q.end] == q.text
    if span == "-":  # a row saying that nothing with a unit is read here
        assert not [q for q in found if q.kind not in ("number",)], found
        return
    hits = [q for q in found if q.text == span]
    assert hits, f"{span!r} not found in {[q.text for q in found]}"
    q = hits[0]
    assert q.kind == kind
    if value != "-":
        assert q.value == pytest.approx(float(value))
        assert isinstance(q.value, int) == ("." not in value)
    else:
        assert q.value is None
    assert q.unit == (None if unit == "-" else unit)
    assert q.bound == bound
    if dates != "-":
        ds, de = dates.split("..")
        assert (q.date_start, q.date_end) == (ds, de)
    assert q.target == ("target" in flags)
    if kind in ("date", "period"):
        assert q.resolved == ("unresolved" not in flags)
        assert q.resolved or q.date_start is None
    low = [f[4:] for f in flags.split() if f.startswith("low=")]
    assert q.low == (float(low[0]) if low else None)
