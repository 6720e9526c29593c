"""Words of each language that text and question analysis read: one owner per word list.

Sentence splitting (``byline.sentences``), what a question asks for (``rag.question_kind``)
and candidate answers (``rag.mentions``) each need words of every language Byline answers
in: month names, interrogatives, titles, number words, abbreviations. They live here, one
table per concept, keyed by ISO 639-1 code, so a language is added in one place and the
splitter and the answerer agree on what a month is. Entries are regular-expression
alternatives (``"Jan(?:uary)?"``) where a word has several spellings; ``alternatives``
joins a table in its order (English first). Stop words are the keyword engine's and stay
with it (``store.stopwords``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def alternatives(table: Mapping[str, Iterable[str]], languages: Iterable[str] | None = None) -> str:
    """The table's entries (of ``languages``, default all, in table order) as one regex alternation."""
    chosen = table if languages is None else {code: table[code] for code in languages if code in table}
    return "|".join(entry for words in chosen.values() for entry in words)


def every(table: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Every word of a table, whatever its language."""
    return frozenset(word for words in table.values() for word in words)


# Holidays a question may name as its date ("Sylvan Lake's New Year's Day fireworks"): a date, not a name
# the articles must hold, which they may write as one ("a Jan. 1 fireworks display"). Regex entries.
HOLIDAYS: dict[str, tuple[str, ...]] = {
    "en": (
        "New Year[’']s (?:Day|Eve)",
        "Christmas(?: Day| Eve)?",
        "Boxing Day",
        "Easter(?: Sunday)?",
        "Thanksgiving(?: Day)?",
        "Halloween",
        "Independence Day",
        "Labou?r Day",
        "Memorial Day",
        "Valentine[’']s Day",
        "Hanukkah",
        "Diwali",
        "Ramadan",
    ),
}

# Month names. English also in their abbreviated forms ("Sept.", "Oct"); "Jänner" is Austrian.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "Jan(?:uary)?",
        "Feb(?:ruary)?",
        "Mar(?:ch)?",
        "Apr(?:il)?",
        "May",
        "June?",
        "July?",
        "Aug(?:ust)?",
        "Sept?(?:ember)?",
        "Oct(?:ober)?",
        "Nov(?:ember)?",
        "Dec(?:ember)?",
    ),
    "de": _words("Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "pt": _words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
    ),
    # Polish dates put the month in the genitive ("28 lutego", "1 stycznia 2025 r.").
    "pl": _words(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
        "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"
    ),
    "nl": _words("januari februari maart april mei juni juli augustus september oktober november december"),
}
# Words a byline opens with before the name ("By Erin Cunningham", "Von Anna Berger", "Par Sébastien
# Farcis"), and what page furniture puts where or after an author's name: a login field's label, a
# wiki's footer box, an update stamp, a share button's echo, an archive link. Lower case.
BYLINE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("written by", "by"),
    "de": _words("von"),
    "fr": _words("par"),
    "es": _words("por"),
    "pt": _words("por"),
    "it": _words("di"),
    "nl": _words("door"),
}
NOT_AUTHORS: tuple[str, ...] = (
    "username",
    "user name",
    "authority control",
    "last updated",
    "updated",
    "published",
    "link copied",
    "view author archive",
)
# Weekdays (a weekday alone is a vague date; before a day and month it is part of the date:
# "jeudi 2 mai", "Donnerstag, 2. Mai"). Portuguese names them "quinta-feira".
DAYS: dict[str, tuple[str, ...]] = {
    "en": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag"),
    "fr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _words("lunes martes miércoles jueves viernes sábado domingo"),
    "pt": _words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "it": _words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "nl": _words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
}

# Interrogatives of the languages asked in besides English (English ones are in ``NOT_NAMES``).
# Capitalised at a question's start they are no name: "Welche Insekten bestäuben die Rafflesien?"
# names Rafflesien, not "Welche Insekten". Words that also name things are left out ("Dove",
# "Che", "Wen", "Como", "Co").
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "de": _words(
        "wer wem wessen was wo wohin woher wann wie warum weshalb wieso "
        "welche welcher welches welchen welchem"
    ),
    "fr": _words("qui que quoi quel quelle quels quelles où quand comment pourquoi combien lequel laquelle"),
    "es": _words("qué quién quiénes cuál cuáles cuándo dónde cómo cuánto cuánta cuántos cuántas"),
    "pt": _words("quem qual quais quando onde quanto quanta quantos quantas"),
    "it": _words("quale quali dove perché"),
    "cs": _words("kdo kde kdy jak proč kolik který která které kterého kterému kterém kterým kterou kterých"),
    # Polish declines its interrogatives: "Jaką część…?", "Którego dnia…?", "Ilu posłów…?".
    "pl": _words(
        "kto kogo komu kim gdzie skąd dokąd kiedy ile ilu jaki jaka jakie jaką jakiego jakiej jakim jakich "
        "jakimi który która które którą którego której którym których dlaczego czego czym"
    ),
    # Dutch "wie" asks "who" (German "wie" asks "how"): the question's language picks the kind.
    "nl": _words("wie wat waar waarheen wanneer hoe hoeveel welke welk waarom"),
}

# Korean question words by the kind of answer they ask for (regex fragments). Hangul has no
# capitals and Korean glues particles to its words ("누구인가", "어디에서", "얼마를"), so each is
# matched at a word's start. "몇" counts ("몇 명", "몇 타", "몇 위", "몇 개월"), except where its
# noun makes it an age, a date or an amount; "몇 년" is a year ("몇 년에"), "몇 년 동안" a count of
# years. "얼마나" ("how much/how long/how many") and "무엇"/"무슨" (a thing) ask for no one kind.
KOREAN_KINDS: dict[str, tuple[str, ...]] = {
    "money": ("얼마(?!나)", r"몇 ?[조억만천]? ?(?:원|달러|유로|엔|위안)"),
    "age": (r"몇 ?(?:살|세)",),
    "date": ("언제", r"몇 ?월", "며칠", r"몇 ?년도", r"몇 ?년(?! ?(?:동안|간|째|만에))"),
    "number": (
        r"몇(?! ?(?:살|세|월|년도|[조억만천]? ?(?:원|달러|유로|엔|위안)))"
        r"(?! ?년(?! ?(?:동안|간|째|만에)))",
    ),
    "organisation": (r"(?:어느|어떤) ?(?:회사|기업|정당|단체|기관|대학|은행|팀|구단|언론사)",),
    "place": ("어디", r"(?:어느|어떤) ?(?:도시|나라|국가|지역|곳|장소|나라의|국가의)"),
    "person": ("누가", "누구"),
}
# Currencies Korean writes after a number, often glued with its scale: "25억달러", "3만 원".
KOREAN_CURRENCIES = _words("원 달러 유로 엔 위안 파운드")
KOREAN_SCALES = "만억조천"
# Japanese counters: "何" before one asks for a count ("写真が何枚", "何回", "何冊", "何票").
# "何歳" asks for an age, "何年/何月/何日" for a date, "何円" for money: not counters here. A span of
# time is counted ("何日間滞在した？": "23日" of "23日放送された" is a date, not the stay).
JAPANESE_COUNTERS = _words(
    "人 個 件 台 本 枚 回 冊 票 頭 匹 羽 社 点 隻 軒 セット か国 カ国 ヶ国 "
    "日間 年間 週間 か月間 カ月間 ヶ月間 時間 分間"
)
# Chinese measure words and units "多少" or "几" asks a count in ("多少条线路", "几岁", "多少人次"):
# the count that answers stands before the same word ("16条地铁线路"), not "约500米" of another
# sentence (``rag.noun_counts.counter_unsaid``). Longer forms first ("人次" before "人"); "年" not
# before "薪/龄/度/级/代" ("多少年薪" asks money: ``CHINESE_COUNTER_NOT_BEFORE``).
CHINESE_COUNTERS = _words(
    """
    人次 个 位 名 人 条 部 台 辆 架 艘 家 所 座 栋 层 本 册 篇 首 次 场 届 岁 年 天 小时 分钟 公里 千米
    平方米 米 厘米 公斤 千克 吨 颗 道 块 张 件 款 单 项 种 只 头 匹 户 套 间 枚 票 股 倍
    """
)
CHINESE_COUNTER_NOT_BEFORE = "薪龄度级代纪"
# Scale and hedge characters between a count and its measure word: "100余个", "1万多单", "5億人".
UNSPACED_COUNT_INFIX = "万萬亿億兆千百十多余餘几来來"

# Titles before a name ("Prime Minister Habib Essid", "FTX CEO Sam Bankman-Fried") split a name
# span. German capitalises its titles too: "Großbritanniens Cheftrainer Heiko Salzwedel" is no
# four-word name.
TITLES: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        ceo cfo coo cto chief president vice prime minister secretary senator sen rep gov governor
        judge justice coach director chairman chairwoman chair founder co-founder commissioner mayor
        general gen king queen prince princess pope bishop father sir lord lady dame professor dr mr mrs ms
        editor correspondent spokesman spokeswoman spokesperson skipper captain premier chancellor
        ambassador envoy attorney adviser advisor administrator superintendent treasurer inspector
        detective sheriff lieutenant sergeant colonel col admiral congressman congresswoman assemblyman
        assemblywoman councilman councilwoman councillor councilor representative
        """
    ),
    "de": _words(
        """
        generalsekretär cheftrainer trainer präsident präsidentin kanzler kanzlerin bundeskanzler
        bundeskanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin sprecher
        sprecherin chef chefin vorsitzende vorsitzender ministerin außenminister außenministerin
        regisseur regisseurin
        """
    ),
    # Dutch: "partijvoorzitter Joachim Coens", "CD&V-voorzitter Joachim Coens".
    "nl": _words("voorzitter partijvoorzitter minister premier burgemeester woordvoerder schepen"),
}

# Nouns for a person's role that German writes as a compound's head ("Arbeitsrechtsexperte",
# "Landesbischof", "Leseforscher"): "Welcher …experte…?" and "Wie heißt der …bischof…?" ask for a
# person, and "Landesbischof Christian Kopp" is a title before a name.
ROLE_HEADS: dict[str, tuple[str, ...]] = {
    "de": _words(
        """
        experte expertin beamte beamter beamtin sprecher sprecherin anwalt anwältin bürgermeister
        bürgermeisterin abgeordnete abgeordneter professor professorin nationalrat nationalrätin
        bischof bischöfin forscher forscherin leiter leiterin direktor direktorin präsident präsidentin
        minister ministerin trainer trainerin kandidat kandidatin richter richterin kanzler kanzlerin
        vorsitzende vorsitzender
        """
    ),
}

# Last words of a place's or an institution's name that end no person's ("Wall Street", "Milken
# Institute", "Scale Venture Partners"): an English "who" question is not answered by such a name.
# Words that are also surnames ("Church", "Court", "Park", "Day", "Post", "Hill", "Rivers") are left out.
NOT_PERSON_HEADS: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        street avenue road boulevard square airport stadium ocean sea valley county province island
        mountains canyon harbor harbour gulf peninsula desert institute university college school
        foundation association committee council commission ministry department agency company
        group inc corp ltd llc bank party league hospital museum center centre exchange partners
        ventures capital initiative program programme project consortium
        """
    ),
}

# English words the census lists as given names ("In", "An", "May"): capitalised at a sentence's
# start or as a month, they say nothing of the name after them ("In Ottawa"; ``byline.given_names``).
NOT_GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "en": _words("an in my so ok un ma ha pa le ai vi mi april may june august"),
}

# Words that name no role an English "who" question asks about: verbs and words for "someone" or a count
# ("Who is the individual accused of…?", "Which single…", "Which two…"; ``rag.short_answer.asked_role``).
NOT_ROLES: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        is was are were does did do has have had can could will would should
        person people individual individuals man woman one single two three specific entity also by
        """
    ),
    # Outside English, the word after "wer ist" / "qui est" that is no role: an adjective before the
    # noun ("il nuovo presidente", "el principal sospechoso").
    "de": _words("neue neuer neuen"),
    "fr": _words("nouveau nouvelle ancien ancienne principal principale"),
    "es": _words("nuevo nueva actual principal antiguo antigua"),
    "it": _words("nuovo nuova attuale principale"),
    "pt": _words("novo nova atual principal"),
}

# Words before a role that make it another one: "deputy mayor Tangi Utikere" is no answer to "Who is
# the mayor of Palmerston North?" (``rag.short_answer.in_role``, ``rag.refusal.in_other_role``).
ROLE_MODIFIERS: dict[str, tuple[str, ...]] = {"en": _words("deputy vice assistant associate")}

# Roles English news writes in more than one form: the question's "chief executive" is the page's
# "CEO" ("…said Peter Reinhardt, CEO and co-founder of Segment"). Each group is one role.
ROLE_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("chief executive officer", "chief executive", "ceo"),
        ("chief financial officer", "cfo"),
        ("chief operating officer", "coo"),
        ("chief technology officer", "cto"),
    )
}

# Capitalised words that name nothing on their own (besides ``QUESTION_WORDS``): function words,
# honorifics, weekdays, time words; a few German and French ones, and units German capitalises.
NOT_NAMES: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        the a an this that these those it its he she they we i you his her their our my your
        in on at by for of to from with as and or but if when while after before since during
        however meanwhile also still yet so then there here what which who how why where
        mr mrs ms dr sir prof
        monday tuesday wednesday thursday friday saturday sunday
        did does do is are was were has have had can could will would should
        though although using despite following according including unlike like among amid without
        under over across through between against beyond last next earlier later today yesterday
        tomorrow now even just only once every each some many most all both neither either other
        another such more less few because whether unless until
        """
    ),
    "de": _words("der die das ein eine und im am es er sie wir ich von euro dollar prozent mrd mio"),
    "fr": _words("un une et en il elle nous je y"),
}

# Number words that count ("hat fünf Kinder", "dvaadvacet let"), as regex alternatives. French,
# Spanish and Portuguese ones are left out: "huit mois" once answered "Combien a-t-il coûté ?"
# after a turn quoting it. German "ein" is also the article, so it is left out too.
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": _words(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty "
        "seventy eighty ninety hundred dozen"
    ),
    "de": _words("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend"),
    # Czech tens with a unit before them ("dvaadvacet": twenty-two), then the units and teens.
    "cs": (
        "(?:(?:jedn|dva|tři|čtyři|pět|šest|sedm|osm|devět)a)?(?:dvacet|třicet|čtyřicet|padesát)",
        *_words("dva dvě tři čtyři pět šest sedm osm devět deset jedenáct dvanáct"),
    ),
}
# Cardinal words of the languages whose number words NUMBER_WORDS leaves out of candidate answers
# (French, Spanish, Portuguese, Italian, Polish):
# read only to tell that sentences do give a count in words ("quarante-deux salariés",
# ``rag.mentions.spells_number``), never offered as an answer.
SPELLED_NUMBERS: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
        "trente quarante cinquante soixante cent cents mille million millions milliard milliards"
    ),
    "es": _words(
        "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta "
        "cincuenta sesenta setenta ochenta noventa cien ciento cientos mil millón millones"
    ),
    "pt": _words(
        "dois duas três quatro cinco seis sete oito nove dez onze doze quinze vinte trinta quarenta "
        "cinquenta sessenta setenta oitenta noventa cem cento mil milhão milhões"
    ),
    "it": _words(
        "due tre quattro cinque sei sette otto nove dieci undici dodici quindici venti trenta quaranta "
        "cinquanta sessanta settanta ottanta novanta cento mille milione milioni"
    ),
    # Polish declines its numbers ("cztery gwiazdki", "czterech zawodników").
    # Not "sto" (Italian "I am"), nor "milion", "miliony", "miliard", "miliardy" (Czech writes them too).
    "pl": _words(
        "dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu siedem siedmiu osiem ośmiu "
        "dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście piętnaście dwadzieścia trzydzieści "
        "czterdzieści pięćdziesiąt tysiąc tysiące tysięcy milionów miliardów"
    ),
}
# Every spelled number word above, whatever its language (a mention's language is not known).
SPELLED_NUMBER_WORDS = frozenset(w for words in SPELLED_NUMBERS.values() for w in words)
# Nouns for a gap or lead, measured rather than counted: "¿Con cuánta ventaja…?" is answered by
# "a ocho puntos", not by a count of advantages (so ``rag.question_kind.counted_noun`` takes none).
GAP_NOUNS: dict[str, tuple[str, ...]] = {
    "es": _words("ventaja diferencia distancia"),
    "pt": _words("vantagem diferença distância"),
    "fr": _words("avance écart différence distance"),
    "it": _words("vantaggio distacco differenza distanza"),
}
# Of SPELLED_NUMBERS, the words another language writes for something else, never read as a count
# on their own (the sentence's language is not known there): Portuguese "dos" (of the), Italian
# "sei" (you are), English "once", "due" ("due process"), "seize", "cent(s)", "million(s)".
SPELLED_NUMBERS_AMBIGUOUS = frozenset(
    _words("dos sei once due seize cent cents million millions milliard milliards")
)
# The word joining spelled tens and units: "treinta y dos", "vinte e dois", "trenta e uno".
SPELLED_NUMBER_JOINERS = _words("y e")
# Words for "per cent" after a number, besides "%" (regex alternatives): Polish "17 proc.",
# Czech and Polish "20 procent", German "fünf Prozent", "15 pour cent", "20 por ciento".
PERCENT: dict[str, tuple[str, ...]] = {
    "en": ("percent", "per cent"),
    "pl": (r"procent\w*", "proc"),
    "de": ("Prozent",),
    "fr": ("pour cent",),
    "es": ("por ciento",),
    "pt": ("por cento",),
    "it": ("per cento",),
}
# "How many" right before the noun a question counts, outside English (regex alternatives):
# "Wie viele Stimmen…?", "Combien de sirènes…?", "¿Cuántas viviendas…?", "Quanti tifosi…?",
# "Ile osób…?", "Kolik gólů…?", "Hoeveel voorkeurstemmen…?".
# Words after a count word that are no counted noun: Polish "Ile wynosi/kosztuje…?" asks a figure or an
# amount by its verb; French "Combien de dommages et intérêts…?" asks an amount of money.
NOT_COUNTED_NOUNS: dict[str, tuple[str, ...]] = {
    "pl": _words(
        "wynosi wyniesie wynosił wynosiła wynosiło wyniósł wyniosła wyniosło kosztuje kosztował kosztowała"
    ),
    "fr": _words("dommages"),
}
COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("wie ?viele[nmr]?",),
    "fr": ("combien d(?:e|['’])",),
    # The feminine singular asks an amount of a noun too ("¿Cuánta ayuda…?", "Quanta água…?"); the
    # masculine singular is also an adverb ("¿Cuánto cuesta…?") and is left out.
    "es": ("cu[aá]nt(?:[oa]s|a)",),
    "pt": ("quant(?:[oa]s|a)",),
    "it": ("quant[iea]",),
    # "O ile wzrośnie…?" asks by how much, "Za ile…?" for how much money, "Na ile…?" at how much
    # something is put: no count of a noun.
    "pl": ("(?<!o )(?<!za )(?<!na )ile", "ilu"),
    "cs": ("kolik",),
    "nl": ("hoeveel",),
}
# Words that scale a number ("4 Milliarden", "65 mln."), as regex alternatives.
SCALES: dict[str, tuple[str, ...]] = {
    "en": ("[mb]n", "k", "million", "billion", "trillion", "thousand"),
    "de": ("Millionen", "Milliarden", "Million", "Milliarde", r"Mrd\.", r"Mio\."),
    "fr": ("millions?", "milliards?"),
    # "550 mil pesos", "3 mil millones", "65 mil reais", "550 mila euro": thousands said with a word.
    "es": ("millones", "mil millones", "millón", r"mil(?!\w)"),
    # "R$ 1,07 bilhão", "R$ 1,2 milhão": the singulars too.
    "pt": ("milhões", "milhão", "bilhões", "bilhão", r"mil(?!\w)"),
    "it": ("milioni", "miliardi", "milione", "miliardo", r"mila(?!\w)"),
    # Czech and Polish share the stems: "65 milionů", "3 miliony", "5 milionów".
    "cs": ("milion(?:ů|y|ów)", "miliard(?:y|ů|ów)?", r"mld\.", r"mil\."),
    "pl": (r"mln\.?", r"tys\."),
}
# Currencies written out after an amount ("400 millones de dólares", "65 milionů korun").
CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "en": _words("dollars euros? pounds yen francs rupees cents pence"),  # "an invoice for 54 cents"
    "de": _words("Euro Dollar US-Dollar Franken"),  # "150.000 US-Dollar"
    "es": _words("d[óo]lares pesos libras francos"),
    "pt": _words("reais"),
    "cs": _words("korun koruna"),
    "pl": _words("złotych zł"),
}
# Nouns naming an amount of money, which a question asks for after "what is the" ("Quel est le
# salaire…?", "¿Cuál es el precio…?", "Qual foi a multa…?") or, in German, after "wie hoch ist"
# and as a compound's head ("Wie hoch war die Vertragsstrafe…?", "Wie hoch ist der Mindestlohn…?").
# English has its own pattern in ``rag.question_kind``. Words that also name a prison term ("Strafe",
# "kara") or a value that need not be money ("valor") are left out.
MONEY_NOUNS: dict[str, tuple[str, ...]] = {
    "de": _words(
        "preis gehalt lohn gebühr kosten miete geldstrafe vertragsstrafe bußgeld honorar budget etat"
    ),
    "fr": _words("prix co[uû]t salaire montant amende loyer budget tarif valeur"),
    "es": _words("precio costo coste salario sueldo multa alquiler presupuesto tarifa importe valor"),
    "pt": _words("pre[çc]o custo sal[aá]rio multa aluguel or[çc]amento tarifa valor lucro faturamento"),
    "it": _words("prezzo costo stipendio salario multa affitto tariffa"),
    "pl": _words("cena koszt pensja wynagrodzenie grzywna czynsz emerytur[aęy]"),
}
# Chinese nouns for an amount of money before "(是)多少" ("船票价格是多少？", "售价多少美元？"): the
# question asks for money, and the noun stays what the article must say (two characters each).
CHINESE_MONEY_NOUNS = _words(
    "价格 價格 售价 售價 造价 造價 票价 票價 成本 金额 金額 费用 費用 工资 工資 年薪 薪水 价钱 價錢 "
    "月薪 薪酬 营收 營收 利润 利潤 罚款 罰款 奖金 獎金 租金 预算 預算 "
    # The last two characters of 成交额, 销售额, 营业额: the question reads them right before "多少",
    # and a look-behind takes nouns of one length.
    "交额 交額 售额 售額 业额 業額"
)
# German money nouns "Welche …?" asks for by themselves ("Welche Prämie bekommen die Spieler?",
# "Welche Ablöse zahlte der Klub?"); "Welchen Preis…?" is left out: a "Preis" is also an award.
# "Welche Summe…?", "Welchen Betrag…?", a fee by its compound ("Welchen Jahresbeitrag verlangt
# Ebay…?") and a company's takings ("Welchen Umsatz…?", "Welches Betriebsergebnis…?") ask an amount
# too; a bare "Welchen Beitrag…?" is a contribution, no money.
WHICH_MONEY_NOUNS: dict[str, tuple[str, ...]] = {
    "de": _words(
        "prämie ablöse ablösesumme gehalt lohn gebühr honorar miete geldstrafe bußgeld gage summe betrag "
        "jahresbeitrag monatsbeitrag mitgliedsbeitrag gewinn umsatz betriebsergebnis"
    ),
}
# Words that ask what someone or something is called, before the noun named ("Wie heißt der Kapitän…?",
# "¿Cómo se llama el policía…?"), and the articles that may stand between (regex alternatives).
NAME_ASKED: dict[str, tuple[str, ...]] = {
    "de": ("wie hei(?:ß|ss)t", "wie hie(?:ß|ss)"),
    "fr": ("comment s['’]appel(?:le|ait)",),
    "es": ("c[oó]mo se llama(?:ba)?",),
    "it": ("come si chiama(?:va)?",),
    "pt": ("como se chama(?:va)?",),
    "pl": ("jak nazywa(?:ł[aoy]?)? się",),
}
# Words that ask who holds a role, before the role ("Wer ist der Bürgermeister von…?", "¿Quién es el
# director general de…?"): the person is named beside the role.
ROLE_ASKED: dict[str, tuple[str, ...]] = {
    "de": ("wer (?:ist|war)",),
    "fr": ("qui (?:est|était)",),
    "es": ("qui[eé]n (?:es|era)",),
    "it": ("chi (?:è|era)",),
    "pt": ("quem (?:é|era)",),
}
# (Words between those and the role that are no role: ``NOT_ROLES``.)
# An auxiliary after them asks who did something, not who holds a role: "Chi è stato arrestato…?"
ROLE_ASKED_AUXILIARIES: dict[str, tuple[str, ...]] = {"it": _words("stato stata stati state")}
NAME_ASKED_ARTICLES = ("der", "die", "das", "le", "la", "l['’]", "el", "il", "lo", "o", "a")
# Words after a role that ask who holds it, in the unspaced scripts ("中国铁路总公司的总经理是谁？",
# "陈立群的母亲叫什么名字？", "…の監督は誰か？"): the role is what the quoted article must say.
WHO_AFTER_ROLE: dict[str, tuple[str, ...]] = {
    "zh": ("是谁", "是誰", "叫什么名字", "叫什麼名字", "的名字是什么", "的名字是什麼"),
    "ja": ("は誰", "って誰", "の名前は"),
}
# Polish nouns (stems, regex alternatives) that a "który/jaki <noun>" question asks an organisation
# by: "Który resort poinformował…?", "Który instytut podaje…?", "Które ministerstwo…?". Read as no
# kind, such a question was answered by the lead repeating its words, not by the sentence naming
# the ministry or the institute ("Jak podaje instytut SAMAR…").
POLISH_ORG_NOUNS: tuple[str, ...] = _words(
    """
    parti firm spółk klub organizacj uczelni bank gazet drużyn resort instytut ministerstw urz[ąę]d
    agencj fundacj koncern stowarzyszeni instytucj komisj wydawnictw stacj telewizj portal
    """
)
# Polish nouns (stems) for a person that "który/jakiego <noun>" asks by: "Który wiceminister…?",
# "Jakiego trenera…?". "wice" before any of them is the deputy ("wiceminister", "wiceprezes").
POLISH_PERSON_NOUNS: tuple[str, ...] = _words(
    """
    polityk prezydent minister premier piłkarz trener sędzi kandydat dziennikarz naukow rzeczni
    pos[łe] prezes burmistrz szef dyrektor reżyser aktor piosenkar zawodni prokurator adwokat
    wojewod marszał senator
    """
)
# English nouns a "which/what <noun>" question asks a person or an organisation by, as news writes them:
# roles and institutions (regex alternatives; ``rag.question_kind`` adds a plural "s" or "es", and words
# that change in the plural are written with theirs). Modifiers may stand between the question word and
# the noun ("Which CNN anchor…?", "Which Dutch research institute…?"). Read as no kind, such questions
# quoted the article's lead sentence, not the one naming the anchor or the institute. Nouns that ask a
# firm as often as a person ("investor", "pollster", "winner") are left out, and so is "model", a product.
# Places keep their few nouns in ``rag.question_kind``: more of them, with modifiers ("Which Canadian
# city…?", "Which oil port…?"), lost four answers on the English dev sets and gained none (issue 14).
ENGLISH_PERSON_NOUNS: tuple[str, ...] = _words(
    """
    person individual m[ae]n wom[ae]n people player ceo founder co-founder cofounder executive exec official
    minister president vice-president leader actor actress singer songwriter singer-songwriter artist
    author judge justice magistrate juror coach politician candidate nominee athlete quarterback receiver
    driver director figure celebrity star musician rapper composer pianist guitarist drummer entrepreneur
    billionaire millionaire tycoon mogul magnate heir heiress journalist reporter correspondent columnist
    editor writer speechwriter poet novelist playwright screenwriter filmmaker producer comedian critic
    photographer spokesperson spokesm[ae]n spokeswom[ae]n senator lawmaker legislator congressm[ae]n
    congresswom[ae]n governor mayor councillor councilor commissioner ambassador envoy diplomat chairm[ae]n
    chairwom[ae]n chancellor secretary premier monarch king queen prince princess pope bishop priest rabbi
    imam cleric prosecutor lawyer attorney barrister solicitor defendant plaintiff witness officer
    detective inspector sheriff trooper economist analyst strategist adviser advisor aide staffer
    consultant specialist expert scientist researcher professor lecturer academic scholar historian
    paleontologist epidemiologist virologist physicist chemist biologist psychologist psychiatrist
    engineer astronaut pilot doctor physician surgeon nurse paramedic firefighter teacher student suspect
    victim survivor hostage inmate prisoner whistleblower activist campaigner protester organi[sz]er donor
    philanthropist banker footballer striker goalkeeper midfielder defender guard pitcher referee umpire
    captain skipper manager owner chef sommelier designer architect cfo cto coo rector anchor host
    presenter commentator influencer blogger youtuber mp commander soldier colleague teammate
    roommate partner chief boss deputy hero heroine employee worker neuroscientist
    businessm[ae]n businesswom[ae]n
    """
)
ENGLISH_ORG_NOUNS: tuple[str, ...] = _words(
    """
    compan(?:y|ies) firm organi[sz]ation group startup start-up bank business retailer carrier outlet
    publication agency agencies brand team club party parties platform manufacturer exchange
    universit(?:y|ies) entity institution sportsbook regulator network journal magazine newspaper
    publisher institute board court tribunal committee commission council ministr(?:y|ies) department
    force army militia union league federation association foundation charit(?:y|ies) fund coalition
    alliance faction studio label airline broadcaster channel insurer lender automaker carmaker chipmaker
    drugmaker supermarket school college academ(?:y|ies) hospital clinic laborator(?:y|ies) lab
    museum galler(?:y|ies) librar(?:y|ies) restaurant squadron division subsidiar(?:y|ies)
    """
)
# Nouns after a kind's noun that make it a modifier of no kind: "Which board member…?" asks no board, and
# no one name either on MultiHop-RAG (read as a person, "which member of the PayPal Mafia…" was answered
# where it should be refused).
NOT_KIND_HEADS: dict[str, tuple[str, ...]] = {"en": _words("members?")}
# Words that end the modifiers between "which" and the noun it asks by: "What share of the town…?" asks
# no place, "What did the company say…?" no company. A count asks for more than one ("Which two public
# figures…?", MultiHop-RAG's "which single character", a letter): no one name answers it.
NOT_MODIFIERS: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        of is are was were be been being do does did has have had will would can could should may might
        must in on at for to by with from about as than that this these those who whom whose which what
        when where why how and or not the a an its their his her both single two three four five
        """
    )
}
# Italian nouns (regex stems) for a person that "quale <noun>" asks by: "Quale ministro…?", "Quale vice
# sindaco…?", "Quale finanziere…?" (French, Spanish and Portuguese ones stand in ``rag.question_kind``).
ITALIAN_PERSON_NOUNS: tuple[str, ...] = _words(
    """
    persona uomo donna sindac[oa] vicesindac[oa] ministr[oa] president[ea] premier deputat[oa]
    senat(?:ore|rice) assessore consiglier[ea] governat(?:ore|rice) magistrat[oa] giudice
    procurat(?:ore|rice) avvocat[oa]
    finanzier[ea] imprendit(?:ore|rice) manager dirigente amministrat(?:ore|rice) allenat(?:ore|rice)
    calciat(?:ore|rice) giocat(?:ore|rice) attore attrice cantante scritt(?:ore|rice) regista autore autrice
    portavoce ricercat(?:ore|rice) scienziat[oa] poliziott[oa] carabiniere vescovo cardinale
    """
)
# Endings of nouns for a person by what they do, in French, Spanish, Portuguese and Italian (regex):
# "Quelle chronobiologiste…?", "¿Qué futbolista…?", "Quale genetista…?", "Quel photographe…?",
# "Qual sociólogo…?". Read after the question word only, with ``NOT_PERSON_ENDINGS`` set aside.
PERSON_ENDINGS: tuple[str, ...] = (
    r"ist[ea]s?",
    r"olog(?:ue|o|a|i|he)s?",
    r"ólog[oa]s?",
    r"ograph(?:e|es)",
    r"[oó]graf[oa]s?",
)
# Nouns with those endings that name no person: "Quelle liste…?", "¿Qué revista…?", "Quale intervista…?".
NOT_PERSON_ENDINGS: tuple[str, ...] = _words(
    """
    liste listes lista listas liste piste pista pistas vista vistas revista revistas rivista rivisti
    intervista interviste entrevista entrevistas conquista conquistas autopista autopistas
    catalogue catálogo catalogo paragraphe parágrafo paragrafo
    """
)
# Nouns for a spot in a town that a "which <noun>" question asks a place by (regex alternatives): "In
# quale via si trova…?", "In welcher Straße…?", "Dans quelle rue…?", "¿En qué calle…?", "Em que rua…?".
# The answer is the street's name ("via Serracapriola"), not the town the article opens with. Nouns
# that also ask for a rank or a course are left out: "Welchen Platz belegte…?", "À quelle place…?",
# "Quale corso…?".
PLACE_NOUNS: dict[str, tuple[str, ...]] = {
    "de": _words("stra(?:ß|ss)e gasse allee stadtteil bezirk viertel"),
    "fr": _words("rue avenue boulevard quartier arrondissement"),
    "es": _words("calle avenida colonia plaza barrio"),
    "pt": _words("rua avenida pra[çc]a bairro"),
    "it": _words("via strada piazza viale quartiere zona località frazione"),
}
# Units of a duration ("three weeks", "zwei Jahren", "huit mois", "10 años", "5 meses").
TIME_UNITS: dict[str, tuple[str, ...]] = {
    "en": _words("seconds? minutes? hours? days? weeks? months? years? decades?"),
    "de": _words("Tage?n? Jahren? Stunden? Wochen? Monate?n? Minuten? Sekunden? Jahrzehnte?n?"),
    "fr": _words("jours? ans années? heures? semaines? mois minutes? secondes? décennies?"),
    "es": _words("años? mes(?:es)? días? semanas? horas? minutos? segundos? décadas?"),
    "pt": _words("anos? mês meses dias? semanas? horas? minutos? segundos? décadas?"),
    "it": _words("anni anno mesi mese giorni giorno settimane settimana ore minuti minuto secondi"),
    # "Za kolik dní…?", "během čtrnácti dnů", "przez 75 lat": Czech and Polish inflect the unit.
    "cs": _words(
        "dn[íůy] den dnech let rok[ůyu]? měsíc[ůei]? týdn[ůyu]? hodin[ayu]? minut[ayu]? sekund[ayu]?"
    ),
    "pl": _words(
        "dni dzień lat lata roku? miesięcy miesiące? tygodni[ea]? godzin[ya]? minut[ya]? sekund[ya]?"
    ),
}
# A fraction of a time unit, before it (regex alternatives, with the word joining them): "eine
# Zehntel-Sekunde", "eine halbe Stunde", "une demi-heure", "media hora", "meia hora", "un décimo de
# segundo". Not English: its durations are measured as they are.
FRACTIONS: dict[str, tuple[str, ...]] = {
    "de": _words("Zehntel Hundertstel Tausendstel halben? Viertel Dreiviertel anderthalb eineinhalb"),
    "fr": ("demi-", "quart d['’]", "dixième de", "centième de"),
    "es": ("media", "medio", "cuarto de", "décima de", "centésima de"),
    "pt": ("meia", "meio", "quarto de", "décimo de", "centésimo de"),
    "it": ("mezza", "mezzo", "quarto d['’]", "decimo di", "centesimo di"),
}
# German writes a duration as an adjective fused to its number: "die dreimonatige Wartezeit",
# "eine zweijährige Haftstrafe", "der 14-tägige Streik".
DURATION_SUFFIXES: dict[str, tuple[str, ...]] = {"de": _words("monatig jährig wöchig tägig stündig")}
# A century is a date: "Mitte des 16. Jahrhunderts", "au XVIe siècle", "en el siglo XIX",
# "no século XVI", "nel XV secolo" (regex alternatives; English is left as it was measured).
CENTURIES: dict[str, tuple[str, ...]] = {
    "de": (r"\d{1,2}\. Jahrhunderts?",),
    "fr": (r"(?:[XVI]+|\d{1,2})e siècle",),
    "es": (r"siglo (?:[XVI]+|\d{1,2})",),
    "pt": (r"século (?:[XVI]+|\d{1,2})",),
    "it": (r"(?:[XVI]+|\d{1,2}) secolo",),
}
# A decade is a date: "aus den 90er-Jahren", "in den 1980er Jahren", "les années 90", "los años 80",
# "nos anos 90", "negli anni '90" (regex alternatives; English is left as it was measured).
DECADES: dict[str, tuple[str, ...]] = {
    "de": (r"(?:19|20)?\d0er(?:[- ]?Jahren?\b|(?![-\w]))",),
    "fr": (r"années (?:19|20)?\d0",),
    "es": (r"años (?:19|20)?\d0",),
    "pt": (r"anos (?:19|20)?\d0",),
    "it": (r"anni ['’]?(?:19|20)?\d0",),
}
# "years old" after a number, in the languages that write an age "de 26 anos", "di 26 anni".
YEARS_OF_AGE: dict[str, tuple[str, ...]] = {
    "es": ("años",),
    "pt": ("anos",),
    "it": ("anni",),
    "fr": ("ans",),
}

# Words before a clock time written with a period ("alle 20.45", "à 18.30", "um 9.15"): no count,
# no decimal. A time with a colon ("19:29") is one in any language. Not English: "closed at 12.50"
# is a price there, and its decimals take the period.
# Questions asking a time of day (regex alternatives): "¿A qué hora debía llegar…?", "A che ora…?".
# The sentence that answers tells a clock time; English "what time" is left as it was measured.
CLOCK_ASKED: dict[str, tuple[str, ...]] = {
    "en": ("at what time", "what time"),
    "es": ("a qu[eé] hora",),
    "it": ("a che ora",),
    "fr": ("à quelle heure",),
    "pt": ("a que horas?", "que horas"),
    "de": ("um wie ?viel uhr", "um welche uhrzeit"),
    "pl": ("o której godzinie",),
}
# Questions asking the time a race or a task took, by its noun (regex alternatives): "In welcher Zeit
# gewann Frodeno den Ironman?" ("nach 8:14:40 Stunden"), "¿En qué tiempo…?". A duration, not a clock
# time ("Zu welcher Zeit…?") nor an era ("Aus welcher Zeit stammt…?", a date).
TIME_TAKEN_ASKED: dict[str, tuple[str, ...]] = {
    "de": ("in welcher zeit", "mit welcher zeit", "in welcher endzeit", "mit welcher endzeit"),
    "es": ("en qu[eé] tiempo", "con qu[eé] tiempo"),
    "it": ("in (?:che|quale) tempo", "con (?:che|quale) tempo"),
    "fr": ("en quel temps", "avec quel temps"),
    "pt": ("em que tempo", "com que tempo"),
}
# Questions asking what penalty someone got, faces or was asked for (regex alternatives, lower case):
# "Welche Strafe droht den Schatzsuchern?", "Quelle peine a reçue Pokpa Soropogui ?", "¿Qué pena de
# prisión le impone la Audiencia…?". The answer is a term or a fine (``rag.penalty``).
PENALTY_ASKED: dict[str, tuple[str, ...]] = {
    # "Haft" alone, not as a head: "Mannschaft" is none.
    "de": (r"welche[rsnm]? (?:[\w-]+ )?(?:[\w-]*strafe|haft)\b", r"zu welche[rm] (?:[\w-]+ )?[\w-]*strafe\b"),
    "fr": (r"(?:à )?quelle (?:[\w-]+ )?(?:peine|condamnation|sanction)\b",),
    "es": (r"(?:con |a )?qu[eé] (?:[\w-]+ )?(?:pena|condena|sanci[oó]n)\b",),
    "it": (r"(?:a )?quale (?:[\w-]+ )?(?:pena|condanna|sanzione)\b",),
    "pt": (r"(?:a )?(?:que|qual) (?:a )?(?:[\w-]+ )?(?:pena|condena[çc][ãa]o|san[çc][ãa]o)\b",),
    "pl": (r"jak(?:a|ą|i|iej) (?:[\w-]+ )?(?:kar[aęy]|wyrok)\b",),
}
# Questions asking how a match ended by its score (regex alternatives, lower case): "Mit welchem
# Ergebnis gewann…?", "¿Con qué marcador ganó…?", "Qual foi o placar do jogo…?", "Jakim wynikiem…?"
# (``rag.asked_figure``).
SCORE_ASKED: dict[str, tuple[str, ...]] = {
    "de": (
        r"mit welchem (?:end)?ergebnis (?:gewann|gewannen|siegte|siegten|verlor|verloren|endete)\b",
        r"wie (?:ging|endete) (?:das|die|der) [\w-]*(?:spiel|partie|match|finale|duell|derby)\b",
    ),
    "es": (
        r"(?:con |por )?qu[eé] (?:marcador|resultado)\b",
        r"cu[aá]l (?:fue|es) el (?:marcador|resultado) del? (?:partido|encuentro|juego|cl[aá]sico|duelo)\b",
    ),
    "pt": (
        r"qual (?:foi |é )?o placar\b",
        r"qual (?:foi |é )?o resultado d[oa] (?:jogo|partida|cl[aá]ssico|duelo)\b",
    ),
    "it": (r"(?:con )?quale (?:punteggio|risultato)\b", r"qual è stato il (?:punteggio|risultato)\b"),
    "fr": (r"(?:sur )?quel score\b", r"quel (?:a été|était|est) le score\b"),
    "pl": (r"jakim wynikiem\b", r"jaki (?:był )?wynik\b"),
}
# A penalty for life, which news writes without a figure: "lebenslange Haft", "la perpétuité".
LIFE_SENTENCE = _words("lebenslang\\w* perpétuité perpetua perpétua ergastolo dożywoci\\w*")
# The word "one" before a term's unit: "un an de prison", "ein Jahr Haft", "un anno" (regex alternatives).
ONE_BEFORE_UNIT = _words("un une uno una um uma ein einem einer eines einen jeden jedna")
CLOCK_BEFORE: dict[str, tuple[str, ...]] = {
    "de": _words("um gegen ab bis"),
    "fr": _words("à vers"),
    "es": ("a las", "las"),
    "pt": _words("às as"),
    "it": _words("alle ore dalle"),
}

# Words after which a period rarely ends a sentence in news copy.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon
        pres inc ltd co corp bros no vs etc al approx dept est fig jan feb mar apr jun jul
        aug sep sept oct nov dec mon tue wed thu fri sat sun ala ariz ark calif colo conn
        del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn
        tex va vt wash wis wyo e.g i.e u.s u.k u.n a.m p.m
        """
    ),
    "de": _words("mrd mio tsd bzw vgl usw inkl evtl ggf sog bspw z.b d.h u.a o.ä"),
    "fr": _words("mme mlle env"),
    "es": _words("sra srta"),
    "cs": _words("mil mld tzv např tj"),
    # Polish: "m.in." (among others), "np." (for example), "tzw." (so-called), "ul." (street),
    # "św." (saint), "im." (named after), "gen.", "płk" ranks before a name.
    "pl": _words("m.in np tzw ul św im płk"),
}
# Abbreviations only before a number: "ca. 50", "Nr. 5" (a state's "CA." may end a sentence).
# Polish "ok. 70 osób" (about 70 people): "OK." elsewhere may end a sentence.
ABBREVIATIONS_BEFORE_NUMBERS: dict[str, tuple[str, ...]] = {"de": _words("ca nr"), "pl": _words("ok")}
# German articles and determiners after which a number with a period is an ordinal: "zum 3. Mal",
# "die 2. Liga", "seinen 70. Geburtstag" (as regex alternatives).
ORDINAL_BEFORE: dict[str, tuple[str, ...]] = {
    "de": (*_words("der die das den dem des zum zur am im vom beim"), "seine[nmrs]?", "ihre[nmrs]?"),
}

# Words that stand before a place's or an organisation's name and seldom before a person's: "the
# United States", "in the Gaza Strip", "an American film", "on YouTube" (``rag.short_answer``).
PLACE_BEFORE: dict[str, tuple[str, ...]] = {"en": _words("the a an in on across throughout inside near")}

# German articles and determiners before a noun (regex alternatives). German capitalises every
# noun, so a capital letter is no name signal there; a word these introduce is a common noun:
# "der Schweiß rinnt" (no place for "Woher kommt…?"), "bei dem Anschlag" (no name the article must say).
NOUN_DETERMINERS: dict[str, tuple[str, ...]] = {
    "de": (
        *_words("der die das den dem des ein eine einen einem einer eines zum zur im am vom beim ins"),
        *("kein\\w*", "dies\\w*", "jede[rnms]?", "sein\\w*", "ihr\\w*", "unser\\w*"),
    ),
}

# Names German writes with an article ("in der Schweiz", "aus der Türkei", "die Grünen"): a word
# ``NOUN_DETERMINERS`` introduce is still a name when it is one of these (lower case).
NAMES_WITH_ARTICLE: dict[str, tuple[str, ...]] = {
    "de": _words(
        """
        schweiz türkei ukraine slowakei mongolei tschechei krim lombardei toskana normandie bretagne
        provence pfalz oberpfalz lausitz uckermark altmark prignitz eifel rhön wetterau steiermark
        wachau ortenau antarktis arktis karibik sahara usa niederlande philippinen malediven seychellen
        bahamas emirate vae dominikanische elfenbeinküste zentralafrikanische
        grünen linke union
        """
    ),
}

# Endings of German adjectives, and common adjectives and quantifiers without one, before a noun
# with no article ("mexikanische Wurzeln", "viele Menschen", "neue Präsidentin"): the capitalised
# word after them is a common noun, not a name the question asks the article to say.
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": _words("isch lich ig bar sam haft los voll ell al iv är end"),
}
COMMON_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "de": _words(
        """
        neu alt groß klein jung viel einig mehrer wenig ander all beid erst letzt zweit dritt hoh
        gut schlecht lang kurz weit nah früher spät schwer leicht stark schwach reich arm
        """
    ),
}


# English words that frame what a question asks (a sum, a schedule) without saying what it is about:
# "How much funding has Forter raised altogether?" is answered by "Forter has now raised $50 million",
# "When is SB 478 due to take effect?" by "It's set to go into effect on July 1". Left out of the words
# an answering article must hold (``rag.question_kind.without_question_words``); measured on the news
# dev sets (docs/benchmarks.md, news15).
FRAMING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "altogether",
        "in total",
        "all told",
        "overall",
        "so far",
        "to date",
        "due",
        "scheduled",
        "slated",
    ),
}


# A country's name and its people's adjective share a stem and differ in these endings ("Argentina" /
# "Argentine", "Brazil" / "Brazilian", "Italy" / "Italian", "China" / "Chinese", "Korea" / "Korean"):
# "In what year was Bieber banned from performing in Argentina?" is about the article on his
# "Argentine flag" (``rag.demonyms``). English only; "e" is an adjective's ending only beside "a".
COUNTRY_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("", "a", "ia", "y", "o", "ey")}
DEMONYM_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("n", "an", "ian", "ean", "ese", "i", "ish", "e")}


# Verbs by which an English "where" question only says that something stands or happens somewhere ("In
# which city was the Milken Institute's Global Conference held?"): the article gives the place without
# them ("At the Milken Institute's Global Conference in Beverly Hills, Calif., …"). Left out of a place
# question's words as ``FRAMING_WORDS`` are (``rag.question_kind.without_question_words``).
PLACE_FRAMING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (*_words("held hosted located situated headquartered"), "take place", "takes place", "took place"),
}


# Words by which an English "when" question asks about what is still to come ("When will…?", "When is
# SB 478 due to take effect?"): its answer is no year before the report giving it (``rag.future_date``).
FUTURE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("will", "due", "scheduled", "slated", "expected", "likely", "next", "going to", "set to"),
}


# English nouns an article may use for the one a question says ("Canopy Growth's chief executive" /
# "CEO David Klein", "television" / "TV", "listing price" / "costs"): a question's subject noun is
# said when its article says any word of the noun's group (``rag.question_nouns``). Groups hold
# words for one thing only; a word in two groups would join them.
NOUN_SYNONYMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        _words("chief ceo boss"),
        _words("tv television"),
        _words("price cost"),
        _words("nominee pick"),
        _words("film movie"),
        _words("car vehicle automobile"),
        _words("lawmaker legislator congressman congresswoman"),
        _words("spokesperson spokesman spokeswoman"),
        _words("shop store retailer"),
        _words("firm company"),
        _words("jail prison"),
    ),
    # Outside English, the words a count's noun is paraphrased by ("Quante persone…?" over "2.200
    # individui"), as each language's analyser stems them.
    # Spanish and German also the verbs of one act, which no stemmer joins ("murieron" / "muerte",
    # "gezeigt" / "ausgestellt").
    "es": (
        _words("morir murieron murió mueren muere muerte muertos fallecer fallecieron falleció fallecidos"),
        _words("cárcel prisión encarcelado encarcelada presos preso"),
    ),
    # German news counts people and posts in other words than a question does: "rund 500 mitgereisten
    # Fans" for "Wie viele Anhänger…?", "503 Manager" for "Führungskräfte", "107 Menschen ums Leben
    # gekommen" / "getötet" for "Tote", "Instagram-Posts" for "Instagram-Beiträge".
    "de": (
        _words("zeigen gezeigt zeigt ausstellen ausgestellt Ausstellung"),
        _words("Anhänger Fans Fan"),
        _words("Führungskraft Führungskräfte Manager Managerin Managerinnen"),
        _words("Beschäftigte Mitarbeiter Mitarbeiterinnen Angestellte Arbeitnehmer"),
        _words("Tote Toten Todesopfer getötet starben gestorben umgekommen"),
        _words("Beitrag Beiträge Postings Posts"),
    ),
    "fr": (
        _words("salarié salariés salariée salariées employé employés employée employées"),
        _words("voiture voitures véhicule véhicules"),
    ),
    "it": (
        _words("persone persona individui individuo"),
        _words("profughi profugo rifugiati rifugiato"),
        _words("caccia aerei aereo velivoli velivolo jet"),
    ),
}

# Nouns that name no thing before "of": "What kind of software does Gusto specialize in?" is about
# software, which its article says, not about a "kind" it never says (``rag.question_nouns``).
KIND_NOUNS: dict[str, frozenset[str]] = {"en": frozenset(_words("kind kinds type types sort sorts form"))}

# One English word in its British and its American spelling, which Snowball stems apart ("defenc" /
# "defens", "criticis" / "critic"): a question written in one asks about an article written in the
# other ("Which Goldman Sachs chief was questioned by the defence…?" over "…the defense questioned
# Lloyd C. Blankfein"). Read with ``NOUN_SYNONYMS`` (``rag.synonyms``). Measured on the English dev sets
# (docs/benchmarks.md, issue 14, news27).
SPELLINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": tuple(
        tuple(pair.split("/"))
        for pair in _words(
            "defence/defense offence/offense licence/license pretence/pretense favour/favor honour/honor "
            "labour/labor colour/color behaviour/behavior neighbour/neighbor harbour/harbor rumour/rumor "
            "humour/humor vigour/vigor criticise/criticize criticised/criticized organise/organize "
            "organised/organized recognise/recognize recognised/recognized apologise/apologize "
            "realise/realize authorise/authorize authorised/authorized privatise/privatize "
            "legalise/legalize sanitise/sanitize prioritise/prioritize minimise/minimize "
            "maximise/maximize organisation/organization programme/program centre/center theatre/theater "
            "metre/meter litre/liter catalogue/catalog analyse/analyze paralyse/paralyze "
            "travelled/traveled cancelled/canceled modelling/modeling jewellery/jewelry "
            "enrolment/enrollment fulfil/fulfill cheque/check tyre/tire aluminium/aluminum grey/gray "
            "plough/plow sceptic/skeptic manoeuvre/maneuver paediatric/pediatric anaesthetic/anesthetic "
            "oestrogen/estrogen foetus/fetus diarrhoea/diarrhea "
        )
    ),
}

# English verbs whose past forms no stemmer joins to the present: "By how much did the UK economy
# shrink?" is held by an article saying it "shrank", "Who leads Uber's self-driving program?" by one
# naming the "head of" it. Read with ``NOUN_SYNONYMS`` (``rag.synonyms``): a group is the words for one
# act. Forms that are also common nouns or other verbs ("found", "left", "saw", "lay", "born",
# "felt", "wound", "bound", "ground", "fed") are left out: they would join unrelated words.
VERB_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        _words("lead led head"),
        _words("shrink shrank shrunk"),
        _words("win won"),
        _words("lose lost"),
        _words("pay paid"),
        _words("buy bought"),
        _words("sell sold"),
        _words("begin began begun"),
        _words("take took taken"),
        _words("give gave given"),
        _words("hold held"),
        _words("meet met"),
        _words("rise rose risen"),
        _words("fall fell fallen drop dropped"),  # "drop" of a figure is its fall: "funding…fell 19.5%"
        _words("grow grew grown"),
        _words("send sent"),
        _words("spend spent"),
        _words("build built"),
        _words("bring brought"),
        _words("catch caught"),
        _words("choose chose chosen"),
        _words("drive drove driven"),
        _words("fly flew flown"),
        _words("go went gone"),
        _words("keep kept"),
        _words("make made"),
        _words("run ran"),
        _words("seek sought"),
        _words("stand stood"),
        _words("steal stole stolen"),
        _words("strike struck"),
        _words("swear swore sworn"),
        _words("teach taught"),
        _words("tell told"),
        _words("think thought"),
        _words("throw threw thrown"),
        _words("wear wore worn"),
        _words("write wrote written"),
        _words("speak spoke spoken"),
        _words("break broke broken"),
        _words("freeze froze frozen"),
        _words("hide hid hidden"),
        _words("shoot shot"),
        _words("sink sank sunk"),
        _words("sing sang sung"),
        _words("draw drew drawn"),
        _words("forget forgot forgotten"),
        _words("hang hung"),
        _words("lend lent"),
        _words("mean meant"),
        _words("ride rode ridden"),
        _words("shake shook shaken"),
        _words("swim swam swum"),
        _words("tear tore torn"),
        _words("wake woke woken"),
        _words("withdraw withdrew withdrawn"),
        _words("fight fought"),
        _words("flee fled"),
        _words("deal dealt"),
        _words("dig dug"),
        _words("arise arose arisen"),
        _words("become became"),
        _words("come came"),
        _words("eat ate eaten"),
        _words("undergo underwent undergone"),
        _words("overtake overtook overtaken"),
        _words("stick stuck"),
        _words("sweep swept"),
        _words("weep wept"),
        _words("sue sued suing"),  # Snowball stems "sued" to "su", "sue" to "sue"
        _words("sleep slept"),
        _words("bleed bled"),
        _words("breed bred"),
    ),
}

# Words that join a question's clauses ("Which company …, and which firm …?"). Single-letter
# conjunctions ("y", "e", "a") are safe only because the question's language picks the list.
CLAUSE_JOINERS: dict[str, tuple[str, ...]] = {
    "en": _words("and or while whereas but"),
    "de": _words("und oder während wohingegen aber sondern"),
    "fr": _words("et ou tandis mais"),
    "es": _words("y e o u mientras pero sino"),
    "it": _words("e ed o mentre ma"),
    "pt": _words("e ou enquanto mas"),
    "nl": _words("en of terwijl maar"),
    "cs": _words("a i nebo zatímco ale"),
    "pl": _words("i oraz lub albo podczas ale"),
    "sv": _words("och eller medan men"),
    "da": _words("og eller mens men"),
    "no": _words("og eller mens men"),
    "ru": _words("и или а но"),
}

# Phrases that say who reported ("according to 'Fortune'", "selon Le Monde"): a clause made of
# one of them and outlet names asks nothing. Longer phrases first, so the longest one matches.
ATTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "en": ("according to", "as reported by", "reported by", "per"),
    "fr": ("selon",),
    "de": ("laut",),
    "es": ("según",),
}

# Separable verb prefixes, whose infinitive with "zu" takes the "zu" inside ("zustimmen":
# "zuzustimmen", "anfangen": "anzufangen"). A sentence saying "Wer versäume zuzustimmen" holds the
# question's "zustimmen" (``rag.compound_terms``). Stems as Snowball leaves them (no umlauts).
SEPARABLE_PREFIXES: dict[str, tuple[str, ...]] = {
    "de": _words(
        "ab an auf aus bei dabei dar durch ein fest fort her heraus hin hinaus los mit nach vor voran "
        "vorbei weg weiter zu zuruck zusammen"
    ),
}
# The infix the same infinitives take.
ZU_INFIX: dict[str, str] = {"de": "zu"}

# German asks a price by its verb: "Was hat die Anlage gekostet?", "Was kostet das Ticket?"
# (``rag.question_kind``: money). Lower case, as the question is matched.
COST_VERBS: dict[str, tuple[str, ...]] = {"de": _words("kostet kostete kosteten gekostet")}
# Verb stems of paying, earning and raising money after Portuguese, Spanish or Italian "quanto"/"cuánto"
# (regex alternatives): "Quanto a Sabesp lucrou…?", "¿Cuánto gastó el gobierno…?", "Quanto ha incassato…?".
MONEY_VERBS: dict[str, tuple[str, ...]] = {
    "pt": _words(r"pag\w* receb\w* lucr\w* ganh\w* arrecad\w* invest\w* gast\w* fatur\w* cobr\w*"),
    "es": _words(
        r"pag\w* recib\w* cobr\w* gan(?:a|an|ó|aba|aban|aron)\b gast\w* invirt\w* factur\w* recaud\w*"
    ),
    "it": _words(r"pag\w* guadagn\w* incass\w* spes\w* spend\w* fattur\w* ricev\w* investit\w*"),
}
# An age asked for by its noun: "Mit welchem Alter fangen Jugendliche an?" (lower case).
AGE_ASKED: dict[str, tuple[str, ...]] = {
    "de": ("mit welchem alter", "in welchem alter", "ab welchem alter"),
    # Japanese and Chinese ask an age with their age counter: "相談者は何歳？", "小男孩今年几岁？".
    "ja": ("何歳", "何才"),
    "zh": ("几岁", "幾歲", "多少岁", "多少歲"),
}
# An age written with its counter after the number: "25歳", "18岁" (Japanese, Chinese).
AGE_COUNTERS = "歳才岁歲"
# An age as an adjective: Polish "54-letnia Irena Rupińska", "dwuletni wnuczek" is words (regex).
AGE_ADJECTIVES: dict[str, tuple[str, ...]] = {"pl": (r"\d{1,3}-letni(?:a|ego|emu|ej|m|ch|e|ą)?",)}
# Verbs that say someone turned or turns an age ("completa 57 anos", "cumplió 80 años", "compie 90
# anni"): the number after them is the age (regex alternatives, lower case).
AGE_VERBS: dict[str, tuple[str, ...]] = {
    "es": ("cumple", "cumplió", "cumplirá", "cumplía"),
    # Not "fez/faz": "faz três anos" is "three years ago".
    "pt": ("completa", "completou", "completará", "completaria"),
    "it": ("compie", "ha compiuto", "compirà", "compiva"),
    "fr": ("fête ses", "a fêté ses", "vient d'avoir"),
}
# An age said by its noun rather than by "Jahre alt": "ihr Alter auf 2.000 Jahre bestimmt", "das
# Einstiegsalter liegt bei durchschnittlich zwölf Jahren", "im Alter von 45 Jahren" (regex alternatives
# before the number; a compound's head counts: "Einstiegsalter", "Durchschnittsalter").
AGE_BEFORE_NUMBER: dict[str, tuple[str, ...]] = {
    "de": (r"(?:\b[Aa]|(?<=[a-zäöüß])a)lter (?:(?:liegt|lag|wird|wurde) )?(?:auf|von|bei|mit)",),
}
# Words that hedge a number without being one ("durchschnittlich zwölf", "rund 500").
APPROXIMATELY: dict[str, tuple[str, ...]] = {
    "de": _words("durchschnittlich rund etwa ungefähr knapp fast über"),
}
# The indefinite article before a scale, as a number: "eine Milliarde Euro" (``rag.mentions``).
ONE_BEFORE_SCALE: dict[str, tuple[str, ...]] = {"de": _words("eine einer einem")}

# Chinese and Japanese write names without capitals (``rag.unspaced_names``). Chinese: a common
# surname (single or double character) and one or two given-name characters, taken only beside a word
# that says a person is named: a role or title before it ("总设计师吴伟仁"), a title or reporting verb
# after it ("王小云表示", "张先生"). Surnames that are also common function words ("和", "于", "向",
# "将", "从", "与") are left out: "局长向记者介绍" names no 向记者.
CHINESE_SURNAMES: tuple[str, ...] = _words(
    """
    欧阳 司马 诸葛 上官 皇甫 尉迟 公孙 令狐 慕容 夏侯 轩辕 长孙 宇文 司徒 端木 西门 东方 独孤 南宫 歐陽
    諸葛 司馬
    王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 林 罗 羅 高 郑 鄭 梁
    谢 謝 宋 唐
    许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 萧 蕭 田 董 袁 潘 蔡 蒋 蔣 余 杜 叶 葉 程 魏 苏 蘇 吕 呂 丁 任
    沈 姚 卢 盧
    姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 付 傅 方 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 阎 閻
    段 雷 侯 龙
    龍 史 陶 黎 贺 賀 顾 顧 毛 郝 龚 龔 邵 钱 錢 严 嚴 覃 武 戴 莫 孔 汤 湯 温 溫 康 施 牛 樊 葛 邢 齐
    齊 乔 喬
    伍 庞 龐 颜 顏 倪 庄 莊 聂 聶 章 鲁 魯 岳 翟 殷 詹 申 欧 歐 耿 关 關 兰 蘭 焦 俞 左 柳 甘 祝 包 宁
    寧 尚 符
    舒 阮 柯 纪 紀 梅 童 凌 毕 畢 季 裴 霍 涂 苗 谷 盛 翁 冉 骆 駱 蓝 藍 辛 靳 管 柴 蒙 鲍 鮑 喻 祁 蒲 房 滕
    屈 饶 饒 牟 艾 尤 穆 卓 缪 繆 简 簡 项 項 麦 麥 褚 娄 婁 窦 竇 戚 岑 景 宫 宮 费 費 卜 冷 晏 席 卫 衛 柏
    瞿 桂 佟 臧 闵 閔 邬 鄔 卞 姬 仇 栾 欒 隋 刁 荣 榮 寇 桑 郎 甄 仲 虞 敖 巩 鞏 佘 池 邝 鄺 匡 鞠 荆 荊
    冀 郁 胥 储 儲 栗 鄢 谌 奚 冼 蔺 藺 阚 闞 帅 帥 屠 朴 禹 嵇 洪 苑 鄞
    """
)
# Characters that end a Chinese name's candidate given name: function words and the verbs that
# follow a name ("王小云表示" is 王小云, never 王小云表).
CHINESE_NOT_GIVEN = (
    "的是在了和与與说說表称稱等也都就对對向从從把被将將已曾又及或而但其之这這那此该該年月日人个個获獲指认認提"
)
# Roles and titles written right before a Chinese name ("联发科总经理陈冠州", "清华大学教授王小云");
# the longest first is not needed: each is matched where it ends, right before the surname.
CHINESE_ROLES_BEFORE: tuple[str, ...] = _words(
    """
    总统 總統 主席 总理 總理 部长 部長 司长 司長 局长 局長 厅长 廳長 市长 市長 省长 省長 县长 縣長 区长 區長
    书记 書記 委员 委員 代表 总经理 總經理 经理 經理 董事长 董事長 董事 总裁 總裁 首席执行官 执行官
    创始人 創始人
    设计师 設計師 工程师 工程師 教授 研究员 研究員 院士 主任 校长 校長 院长 院長 教练 教練 主帅 主帥 队长 隊長
    球员 球員 选手 選手 记者 記者 编辑 編輯 发言人 發言人 律师 律師 医生 醫生 专家 專家 负责人 負責人 分析师
    分析師 投资官 投資官 民警 警官 博士 作家 导演 導演 演员 演員 歌手 主持人 会长 會長 理事长 理事長 秘书长
    秘書長 大使 法官 检察官 檢察官 首相 议员 議員 CEO CFO 总监 總監 合伙人 合夥人 研究所所长 所长 所長
    总领事 總領事 领事 領事 参赞 參贊
    """
)
# Words right after a Chinese name that say a person was named: titles and reporting verbs.
CHINESE_AFTER_NAME: tuple[str, ...] = _words(
    """
    先生 女士 小姐 教授 博士 老师 老師 医生 醫生 同学 同學 律师 律師 院士 总统 總統 主席 说 說 表示 称
    稱 指出 认为
    認為 介绍 介紹 告诉 告訴 坦言 透露 强调 強調 提出 回忆 回憶 解释 解釋 提到 称赞 稱讚 获 獲 曾 也 还
    還 则 則
    """
)
# Single characters that may follow a Chinese name after a role: function words and adverbs
# ("局长龙峰不知道", "总经理陈冠州也"). The shorter reading is tried first, so "局长李正明说" is still 李正明.
CHINESE_AFTER_NAME_CHARS = "的是在和与对向把被将从不没也都就却又再已让给说称"
# Japanese: a name in kanji (two to five characters: "神谷傳兵衛氏") right before an honorific or a role
# ("岩本絹子容疑者",
# "木坂有朗取締役", "洪明甫監督"), with "元"/"前" (former) allowed between ("岩本絹子元理事長").
# Not "代表": "日本代表", "ポルトガル代表" are national teams; not "様": "仕様", "同様", "模様".
JAPANESE_AFTER_NAME: tuple[str, ...] = _words(
    """
    容疑者 被告人 被告 受刑者 さん 氏 君 首相 外相 社長 会長 理事長 副社長 取締役 頭取 監督 選手 投手
    大統領 議員 知事 市長 町長 村長 教授 准教授 委員長 弁護士 記者 医師 院長 学長 校長 長官 大臣 総裁
    議長 元首相
    """
)
# Of those, the ones only a person takes, after a katakana name: "イオンフィナンシャルサービス社長" is a
# company's president, "ユベントス監督" a club's coach; "ニックス氏", "ペドロ選手" are people.
JAPANESE_AFTER_KATAKANA_NAME: tuple[str, ...] = _words("さん 氏 君 容疑者 被告人 被告 受刑者 選手 投手")
# Last characters of a Japanese place before a role ("韓国大統領", "大阪府知事"): no one's name.
JAPANESE_PLACE_ENDINGS = "国県府都道市町村区州"
# Words that open with a surname's character or stand before an honorific and name no one: after a role
# they are what the role does or owns ("主席贺信", "书记关心的", "校长焦虑不安", "副市长任组长",
# "社外取締役").
# A Chinese candidate whose first two characters are one of these is no name.
UNSPACED_NOT_NAMES: tuple[str, ...] = _words(
    """
    关于 关心 关注 关键 关系 焦虑 焦点 任职 任命 任务 任何 任组 贺信 贺电 纪念 纪录 曾经 高度 高兴 方面
    方式 方向 金额 程度 史上 马上 黄金 周年 周边 周末 许多 许可 何时 何处 温度 严重 严格 管理 谢谢 钱包
    社外 同社 両社 各社 同課 本人 当時 同氏 両氏
    """
)
# Japanese roles written right before a foreign name in katakana ("ポルトガル代表ＦＷロナルド"): positions
# in a team, as sports reports write them.
JAPANESE_ROLES_BEFORE: tuple[str, ...] = _words(
    "ＦＷ ＭＦ ＤＦ ＧＫ FW MF DF GK 投手 捕手 内野手 外野手 主将"
)
# Last words of a Chinese or Japanese organisation's name ("中国铁路总公司", "イオン銀行", "東京女子医大"):
# a "who" question is not answered by them.
UNSPACED_ORG_ENDINGS: tuple[str, ...] = _words(
    """
    公司 集团 集團 银行 銀行 大学 大學 学院 學院 医院 醫院 协会 協會 委员会 委員會 政府 部 局 厅 署 院 所 中心
    株式会社 会社 銀行 大学 医大 省 庁 党 黨 協会 財団 機構 病院 新聞 放送 テレビ 社
    """
)
# Characters Chinese spells foreign names with ("丹尼尔·霍特", "巴兹·奥尔德林"): a dotted name's Han parts
# are runs of these, so "宇航员巴兹·奥尔德林" names 巴兹·奥尔德林 and "卡塔里通信卫星" ends at 卡塔里.
CHINESE_TRANSLITERATION = (
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡菲费芬丰"
    "弗福伏盖甘冈高戈格葛古圭哈海汉豪赫亨洪胡华霍基吉加嘉贾杰捷金卡凯坎康柯科克肯库奎拉莱赖兰朗劳"
    "勒雷蕾里利莉丽连琳林卢鲁路伦罗洛马玛迈麦曼梅门蒙米密明缪莫姆穆纳娜奈内妮尼纽努诺欧帕潘佩蓬皮"
    "珀普奇齐恰乔切钦琴丘萨塞赛桑瑟森沙莎山尚绍舍申圣施什史舒斯松苏索塔泰坦汤唐特提汀廷图托瓦万威"
    "韦维温沃乌伍西希锡谢辛休许雅亚扬耶伊因英尤于约詹朱兹泽扎佐茨夫爾德姆羅維斯"
)

# English names of countries, their usual short forms, the states, provinces and nations news names
# like countries, and continents and world regions, one per line, lower case. A "who" or "which
# company" question is not answered by one, nor a "which city" question (``rag.region_names``): "Iowa"
# was voted for "Who is the president of Teamsters Local 90 in Des Moines?", "Ukraine" for "Which city
# did the university move to?". Left out: regions that are also given names (Chad, Georgia, Jordan,
# Victoria, Israel), so that "Jordan" still votes for "Michael Jordan".
ENGLISH_REGIONS: frozenset[str] = frozenset(
    line.strip()
    for line in """
    afghanistan
    albania
    algeria
    andorra
    angola
    antigua and barbuda
    argentina
    armenia
    australia
    austria
    azerbaijan
    bahamas
    bahrain
    bangladesh
    barbados
    belarus
    belgium
    belize
    benin
    bhutan
    bolivia
    bosnia
    bosnia and herzegovina
    botswana
    brazil
    brunei
    bulgaria
    burkina faso
    burundi
    cambodia
    cameroon
    canada
    cape verde
    central african republic
    chile
    china
    colombia
    comoros
    congo
    costa rica
    croatia
    cuba
    cyprus
    czech republic
    czechia
    denmark
    djibouti
    dominica
    dominican republic
    east timor
    ecuador
    egypt
    el salvador
    equatorial guinea
    eritrea
    estonia
    eswatini
    ethiopia
    fiji
    finland
    france
    gabon
    gambia
    germany
    ghana
    greece
    grenada
    guatemala
    guinea
    guinea-bissau
    guyana
    haiti
    honduras
    hungary
    iceland
    india
    indonesia
    iran
    iraq
    ireland
    italy
    ivory coast
    jamaica
    japan
    kazakhstan
    kenya
    kiribati
    kosovo
    kuwait
    kyrgyzstan
    laos
    latvia
    lebanon
    lesotho
    liberia
    libya
    liechtenstein
    lithuania
    luxembourg
    madagascar
    malawi
    malaysia
    maldives
    mali
    malta
    marshall islands
    mauritania
    mauritius
    mexico
    micronesia
    moldova
    monaco
    mongolia
    montenegro
    morocco
    mozambique
    myanmar
    burma
    namibia
    nauru
    nepal
    netherlands
    new zealand
    nicaragua
    niger
    nigeria
    north korea
    north macedonia
    norway
    oman
    pakistan
    palau
    palestine
    panama
    papua new guinea
    paraguay
    peru
    philippines
    poland
    portugal
    qatar
    romania
    russia
    rwanda
    saint lucia
    samoa
    san marino
    saudi arabia
    senegal
    serbia
    seychelles
    sierra leone
    singapore
    slovakia
    slovenia
    solomon islands
    somalia
    south africa
    south korea
    korea
    south sudan
    spain
    sri lanka
    sudan
    suriname
    sweden
    switzerland
    syria
    taiwan
    tajikistan
    tanzania
    thailand
    togo
    tonga
    trinidad and tobago
    tunisia
    turkey
    turkiye
    turkmenistan
    tuvalu
    uganda
    ukraine
    united arab emirates
    uae
    united kingdom
    uk
    britain
    great britain
    england
    scotland
    wales
    northern ireland
    united states
    united states of america
    us
    usa
    america
    uruguay
    uzbekistan
    vanuatu
    vatican
    venezuela
    vietnam
    yemen
    zambia
    zimbabwe
    greenland
    puerto rico
    hong kong
    gaza
    west bank
    crimea
    alabama
    alaska
    arizona
    arkansas
    california
    colorado
    connecticut
    delaware
    florida
    hawaii
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiana
    maine
    maryland
    massachusetts
    michigan
    minnesota
    mississippi
    missouri
    montana
    nebraska
    nevada
    new hampshire
    new jersey
    new mexico
    north carolina
    north dakota
    ohio
    oklahoma
    oregon
    pennsylvania
    rhode island
    south carolina
    south dakota
    tennessee
    texas
    utah
    vermont
    virginia
    west virginia
    wisconsin
    wyoming
    alberta
    british columbia
    manitoba
    new brunswick
    newfoundland
    nova scotia
    ontario
    prince edward island
    quebec
    saskatchewan
    new south wales
    queensland
    south australia
    western australia
    tasmania
    africa
    asia
    europe
    north america
    south america
    latin america
    central america
    middle east
    oceania
    antarctica
    caribbean
    scandinavia
    balkans
    """.strip().splitlines()
)
