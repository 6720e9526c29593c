"""The words each language asks for each kind of answer with, as patterns (``rag.question_kind``).

A table, not logic: one entry per kind, each an alternation over the languages Byline reads
(English, German, French, Spanish, Portuguese, Italian, Polish, Czech, Dutch, Chinese, Japanese,
Korean). ``rag.question_kind`` compiles them and decides which match asks; the word lists they
are built from live in ``byline.lexicon``.
"""

from __future__ import annotations

from byline import lexicon
from byline.lexicon import alternatives
from rag.kinds import Kind

_ROLE_HEADS = alternatives(lexicon.ROLE_HEADS)
_MONEY = {code: alternatives(lexicon.MONEY_NOUNS, [code]) for code in lexicon.MONEY_NOUNS}
_PLACE_NOUNS = alternatives(lexicon.PLACE_NOUNS)
_PL_ORG_NOUNS = "|".join(lexicon.POLISH_ORG_NOUNS)
_PL_PERSON_NOUNS = "|".join(lexicon.POLISH_PERSON_NOUNS)
_IT_PERSON_NOUNS = "|".join(lexicon.ITALIAN_PERSON_NOUNS)
_PERSON_ENDINGS = "|".join(lexicon.PERSON_ENDINGS)
_NOT_PERSON_ENDINGS = "|".join(lexicon.NOT_PERSON_ENDINGS)
W = r"[^\W\d_]"  # a letter, in any script

# English asks a person, an organisation or a place by a noun after "which" or "what" and up to four
# modifiers ("Which former Fox & Friends anchor…?", "In which US city…?", "Which Dutch research
# institute…?"); a possessive or a function word ends them ("What share of the town…?" asks no place).
# "What" before a past tense asks why or what happened ("What prompted officials to…?"), not who.
# A plural asks for the same kind ("Which Vikings players…?"). ``lexicon.ENGLISH_PERSON_NOUNS``.
STOPS = alternatives(lexicon.NOT_MODIFIERS, ["en"])
_NOT_HEADS = alternatives(lexicon.NOT_KIND_HEADS, ["en"])
# "of" inside a name is part of it: "Which University of Vermont professor…?", "Secretary of State".
_MOD = rf"(?:(?!(?:{STOPS})\b)[\w.&-]+(?:['’](?!s\b)[\w-]+)*|(?-i:of)(?= (?-i:[A-Z])))"
# Lazy: the first noun of a kind ("Which Facebook product manager presented Places?" asks a person).
_MODS = rf"(?:{_MOD} ){{0,4}}?"
_POSSESSOR = r"(?:the |(?:[\w.&-]+ ){0,2}[\w.&-]+['’]s? )?"  # "the", "Bihar's", "the Eagles'"
# A capitalised noun before another capitalised word is part of a name ("Which Kansas City Chiefs
# player…?"); an acronym is a noun ("NDP MP").
# A title before a lower-case word or "of" is a noun: "Which Treasury Board President announced…?"
_LOWER_OR_ACRONYM = r"(?=(?-i:[a-z]|[A-Z]{2,}s?\b|[A-Z][\w-]*\b(?! [A-Z])))"
# After "what is the <noun>": a function word, a participle or the end ("…the platform criticized by…").
_ENDS_PHRASE = rf"(?=\s*(?:[?,;:.]|$)|\s+(?:{alternatives(lexicon.NOT_MODIFIERS, ['en'])}|[\w-]+ed)\b)"


def _asked_by_noun(nouns: tuple[str, ...]) -> str:
    """English "which/what <modifiers> <noun>" and "what is the <modifiers> <noun>", for these nouns."""
    noun = rf"{_LOWER_OR_ACRONYM}(?:{'|'.join(nouns)})(?:e?s)?\b(?!\s+(?:{_NOT_HEADS})\b)"
    which = r"\b(?:which (?:of (?:the|these|those) )?|what (?![\w-]+ed ))"
    # "What was the city where…?" asks a place; "What is the company's revenue?", "What is the state of…?"
    # and "What is the maximum prison term…?" do not: there the noun ends the phrase, and no "of" follows.
    return (
        rf"{which}{_MODS}{noun}|"
        rf"\b(?:what|which) (?:is|was|are|were) the {_MODS}{noun}(?!['’])(?!\s+of\b){_ENDS_PHRASE}"
    )


_EN_PERSON = _asked_by_noun(lexicon.ENGLISH_PERSON_NOUNS)
_EN_ORG = _asked_by_noun(lexicon.ENGLISH_ORG_NOUNS)


def _korean(kind: str) -> str:
    """Korean question words asking for ``kind``, each at a word's start (``byline.lexicon``)."""
    return "|".join(rf"(?<![가-힣]){word}" for word in lexicon.KOREAN_KINDS[kind])


# A duration asked as a count of its units: "¿A cuántos años de prisión…?", "Quantos anos de cadeia…?"
TERM = (
    r"\bcu[aá]nt[oa]s (?:años|meses|días|semanas) de\b|\bquant[oa]s (?:anos|meses|dias|semanas) de\b|"
    r"\bquant[ie] (?:anni|mesi|giorni|settimane) di\b|\bcombien d'(?:années|ans) de\b"
)

QUESTION_KINDS: list[tuple[Kind, str]] = [
    (
        Kind.MONEY,
        r"\bhow much (?:money|did|does|will|is|was|would|has|have|do)|\bhow much\b(?! (?:time|longer))|"
        r"\bwhat (?:is|was) the (?:price|cost|value|fine|budget|salary)|"
        r"\b(?:which|what) (?:[\w-]+ )?(?:price|wage|salary|fee|fine|budget)s?\b|"
        r"\bwhat (?:is|was|are|were)\b[^?]{0,80}\b(?:valued at|worth|priced at)\b|"
        # German "wie viel" asks for money when the question speaks of it ("Wie viel hat sie gekostet?");
        # "Um wie viel sind die Kosten gestiegen?" or "Wie viel mehr kostet…?" asks for a change:
        # a share, a factor or an amount.
        r"(?<!um )\bwie ?viel\b(?!e)(?! (?:mehr|weniger|teurer|billiger|günstiger|höher|niedriger)\b)"
        # ("euro" as a word: "In wie viel Prozent Südeuropas…?" asks a share).
        r"(?=.*(?:kost|geld|(?<!\w)euro(?!p)|dollar|franken|preis|bezahl|zahlt|verdien))|"
        r"\bcombien (?:d'argent|co[uû]t)|\bcombien (?:a|ont|avait|avaient|aura) co[uû]t[ée]|"
        r"\bcu[aá]nto (?:dinero|cuesta|cost)|\bquanto (?:custa|costa|cost)|"
        # What a thing is worth, asked by the verb: "Que vaut le marché…?", "Quanto valeva lo yacht?",
        # "¿Cuánto valía cada cámara?", "¿Qué valor alcanzará…?".
        r"\bque vaut\b|\bcombien (?:vaut|valait|valent|valaient)\b|\bcu[aá]nto (?:vale|val[ií]a|valen)\b|"
        r"\bquanto (?:vale|valeva|valgono|valia|valem)\b|\bqu[eé] valor\b|"
        # "How much" and a verb of paying or earning: "Quanto a Neuralink pagou…?", "Quanto a B3 lucrou…?",
        # "Quanto ha guadagnato Djokovic…?", "¿Cuánto cobra…?" (``lexicon.MONEY_VERBS``); not a time.
        rf"\b(?:quanto|cu[aá]nto)\b(?! (?:tempo|tiempo)\b)[^?]{{0,60}}?"
        rf"\b(?:{alternatives(lexicon.MONEY_VERBS)})|"
        r"\bkolik stoj|いくら|何円|多少钱|多少錢|"
        rf"(?<={'|'.join(lexicon.CHINESE_MONEY_NOUNS)})(?:是|为|為)?多少|"
        # "Wie teuer…?", "Quel montant…?", "Za jakou cenu…?": the amount asked for by its noun.
        r"\bwie teuer\b|\bquel(?:le)?s? (?:montant|somme|prix|co[uû]t|salaire|b[ée]n[ée]fice)|"
        r"\bqu[eé] (?:precio|cantidad de dinero|salario)|\bqual (?:o )?(?:pre[çc]o|valor|sal[aá]rio)\b|"
        r"\bza jakou cenu\b|\bzu welchem preis\b|"
        # Only "welche" asks: the noun is what the article must say ("das Betriebsergebnis mit 100,3 Mio.").
        rf"\bwelche[rsnm]?(?= (?:[\w-]+ )?[\w-]*(?:{alternatives(lexicon.WHICH_MONEY_NOUNS)})\b)|"
        # Japanese asks an amount by its noun: "…生活保護の金額は？"
        r"金額(?:は|を)|"
        # German asks a price by its verb too: "Was hat die Anlage gekostet?" (``lexicon.COST_VERBS``).
        rf"\bwas\b[^?]{{0,80}}\b(?:{alternatives(lexicon.COST_VERBS)})\b|"
        # Polish: "Ile kosztuje…?", "Ile będzie kosztował…?", "Za ile…?", "Jaką kwotę…?"
        r"\bile (?:(?:będzie|będą|ma|mają|miał[aoy]?) )?(?:kosztuj|kosztowa|zapłac|płac)|"
        r"\bza ile\b|\bjak(?:a|ą|iej) (?:kwot|cen)|"
        # The amount asked for by its noun after "what is the" ("Quel est le salaire…?", "Qual foi a
        # multa…?"); German "Wie hoch ist der Mindestlohn…?" by a compound's head. Only the question
        # word is the asking: the noun is what the article must say ("Mindestlohn", "salaire").
        rf"\bwie hoch(?= (?:ist|war|sind|waren|wäre|liegt|lag) (?:der|die|das) "
        rf"(?:[\w-]+ )?[\w-]*(?:{_MONEY['de']})\b)|"
        rf"\bquel(?:le)?(?= (?:est|était|sera|a été) (?:le |la |l['’])(?:{_MONEY['fr']})\b)|"
        rf"\bcu[aá]l(?= (?:es|era|fue|será|ha sido) (?:el|la) (?:{_MONEY['es']})\b)|"
        rf"\bqual(?= (?:é|era|foi|será) (?:o|a) (?:{_MONEY['pt']})\b)|"
        rf"\bqual(?:e|'è| è)?(?= (?:è |era |è stat[oa] )?(?:il |la |l['’])(?:{_MONEY['it']})\b)|"
        rf"\bjak(?:a|i)(?= (?:jest|była|był) (?:{_MONEY['pl']}))|"
        # "Ile wynosi minimalna emerytura…?": the amount asked for by its verb and noun.
        rf"\bile(?= (?:wynosi|wyniesie|wynosił[ao]?|wyniósł|wyniosł[ao]) (?:[\w-]+ )?(?:{_MONEY['pl']}))",
    ),
    (
        Kind.DURATION,
        r"\bhow long\b|\bwie lange?\b|\bcombien de temps\b|\bcu[aá]nto tiempo\b|\bjak długo\b|\bile czasu\b|"
        r"\bquanto tempo\b|\bper quanto tempo\b|\bquanto (?:è |sono )?dura(?:to|ta|ti|te|no)?\b|"
        # The time a race took, asked by its noun: "In welcher Zeit gewann…?" (``lexicon.TIME_TAKEN_ASKED``).
        rf"\b(?:{alternatives(lexicon.TIME_TAKEN_ASKED)})\b|" + TERM,
        # "¿A cuántos años de prisión…?", "Quantos anos de cadeia…?": a term, not an age.
    ),
    (
        Kind.AGE,
        r"\bhow old\b|\bwhat (?:is|was) the age\b|\bat what age\b|\bwie alt\b|\bquel [âa]ge\b|"
        r"\bqu[eé] edad\b|\bquantos anos\b|\bcu[aá]ntos años\b|\bquanti anni\b|\bile lat\b|\bw jakim wieku\b|"
        rf"\b(?:{alternatives(lexicon.AGE_ASKED, ['de'])})\b|{alternatives(lexicon.AGE_ASKED, ['ja', 'zh'])}",
    ),
    (
        # A share or a rate is answered by a percentage ("What share of Steam users ran Linux…?", "What was
        # Bihar's COVID-19 recovery rate?", "What market share…?"), as "how much of" is (``_CHANGE``).
        Kind.CHANGE,
        rf"\b(?:what|which) {_MODS}(?:share|percentage|proportion|fraction|portion|rate)\b(?![ -]price)|"
        rf"\bwhat (?:is|was|are|were) {_POSSESSOR}{_MODS}(?:share|percentage|proportion|rate)\b(?![ -]price)",
    ),
    (
        Kind.NUMBER,
        r"\bhow many\b|\bwhat (?:is|was) the (?:score|number|total|percentage|rate)\b|"
        r"\bwie ?viele[nmr]?\b|\bwie ?viel prozent\b|\bcombien\b|\bcu[aá]nt[oa]s?\b|\bwhat percentage\b|"
        # German "wie viel" that asks no money (above) is a figure, as "combien", "cuánto" and "quanto"
        # are: "Wie viel hat Deutschland in den Iran exportiert?" ("etwa 1,2 Milliarden"). Not "um wie
        # viel" or "wie viel mehr", which ask a change the article may say in words ("drei- bis Fünffache").
        r"(?<!um )(?<!in )\bwie ?viel\b(?!e)"
        r"(?! (?:mehr|weniger|teurer|billiger|günstiger|höher|niedriger)\b)|"
        r"\bquant(?:os|as|o|i|e)\b|\bkolik(?:a|u|em)?\b|\bile\b|\bilu\b|"
        # A measure or a share asked for by its word: "Wie schwer…?", "Welchen Anteil…?", "Mit welcher
        # Zustimmung wurde er gewählt?" (a share of the votes),
        # "Quel est le taux…?", "¿Con cuánta ventaja…?" (above), "Jakým skóre…?".
        r"\bwie (?:hoch|gro(?:ß|ss)|schwer|weit|breit|tief)\b|"
        r"\bwelche[rsnm]? (?:anteil|zahl|anzahl|prozentsatz|quote|rate|wert|mehrheit|zustimmung)\b|"
        r"\bquel(?:le)? (?:est|était|sera) (?:le|la) (?:taux|nombre|score|chiffre|pourcentage|part)\b|"
        r"\bquel(?:le)? (?:taux|nombre|pourcentage|part)\b|"
        r"\bqu[eé] (?:porcentaje|cantidad|número|parte)\b|\bque (?:parcela|percentual|parte)\b|"
        r"\bqual (?:é )?(?:a |o )?(?:percentual|número|extens[aã]o|taxa|parcela|comprimento|altura|largura|"
        r"[áa]rea|tamanho)\b|"
        r"\bjak(?:ým|é|ý|ou) (?:skóre|počet|číslo|podíl)\b|"
        r"\bjak(?:i|ą|ie) (?:procent|odsetek|część|udział|wynik)\b|"
        # Not Chinese "如何/为何/任何" before a word: "如何回应" asks how, "任何人" is anyone.
        rf"いくつ|(?<![如为為任])何(?:{'|'.join(lexicon.JAPANESE_COUNTERS)})|多少|几",
    ),
    (
        Kind.DATE,
        r"\bwhen\b|\bwhat (?:day|date|year|month)\b|\bin which year\b|"
        # "Between which dates was Patna district locked down?", "On which day…?"
        r"\b(?:which|what) (?:dates|days|months|years)\b|\bwhich (?:day|date|month|year)\b(?!-)|"
        r"\bwann\b|\bquand\b|\bcu[aá]ndo\b|"
        r"\ben quelle ann[ée]e\b|\bin welchem jahr\b|\bquando\b|\bem que ano\b|\bin che anno\b|\bkdy\b|"
        r"\bquel(?:le)?s? (?:jours?|dates?)\b|\bqu[eé] (?:d[ií]as?|fecha|año)\b|\bque (?:dia|data)\b|"
        r"\bqual (?:dia|data)\b|\bquale (?:giorno|data)\b|\bin che (?:giorno|data)\b|"
        # "Qual è la data di nascita…?", "¿Cuál es la fecha…?", "Quelle est la date…?"
        r"\bqual(?:e|'è| è)? (?:è |é |era |foi )?(?:la |a )data\b|\bcu[aá]l (?:es|era|fue) la fecha\b|"
        r"\bquelle (?:est|était) la date\b|"
        r"\ban welchem tag\b|\bwelche[nm]? tag\b|\bkiedy\b|"
        r"\bw którym roku\b|\b(?:którego|jakiego) dnia\b|"
        # The time or decade asked for by its noun: "Aus welcher Zeit stammt…?" ("aus den 90er-Jahren").
        r"\baus welche[rm] (?:zeit|jahrzehnt|epoche)\b|\bin welchem jahrzehnt\b|"
        r"\bde quelle (?:époque|décennie)\b|\bde qu[eé] (?:época|década)\b|"
        r"\bdi (?:che|quale) (?:epoca|decennio)\b|"
        r"いつ|何年|何月|何日|什么时候|什麼時候|何时|何時|哪一?年",
    ),
    (
        Kind.ORG,
        rf"{_EN_ORG}|"
        # "Where was the study published?" asks for the journal, not a place.
        r"\bwhere (?:was|were|is|are|has|have|had)\b[^?]*\b(?:published|printed)\b|"
        # An adjective may stand between: "Welche polnische Zeitung…?", "Welches Augsburger Unternehmen…?"
        r"\bwelche[rsnm]? (?:[\w-]+ )?(?:firma|unternehmen|partei|verein|universität|hochschule|behörde|"
        r"zeitung|bank|organisation|institut|klub|mannschaft|sender|gericht)\b|"
        r"\bquel(?:le)? (?:entreprise|soci[ée]t[ée]|[ée]quipe|universit[ée]|journal|parti|club|banque)\b|"
        r"\bqu[eé] (?:empresa|equipo|universidad|club|partido|peri[oó]dico|banco)\b|"
        r"\b(?:qua(?:l|is)|que) (?:clube|empresa|time|partido|universidade|banco|jornal|institui[çc][õo]es|"
        r"editora)\b|"
        r"\bquale (?:azienda|squadra|partito|universit[àa]|editore|casa editrice|societ[àa]|banca|giornale|"
        r"quotidiano)\b|"
        # "W jakim klubie…?", "W której partii…?": the locative too.
        rf"\b(?:któr|jak)(?:a|ą|y|e|ej|ego|ym|im) (?:{_PL_ORG_NOUNS})",
    ),
    (
        Kind.PLACE,
        r"\bwhere\b|\b(?:which|what) (?:city|country|state|town|region|venue|stadium|place)\b|"
        r"\bwo\b|\bwohin\b|\bwoher\b|\bo[uù]\b|\bd[oó]nde\b|"
        # The place asked for by its noun: "Para qual hospital…?", "In welchem Krankenhaus…?"
        r"\bwelche[rsnm]? (?:stadt|land|ort|ortschaft|region|gemeinde|hafen|gefängnis|krankenhaus|klinik|"
        r"insel|bundesland|stadtteil|kanton)\b|"
        r"\bquel(?:le)? (?:ville|pays|r[ée]gion|prison|lieu|h[ôo]pital|quartier|[îi]le|commune|"
        r"d[ée]partement)\b|"
        r"\bqu[eé] (?:pa[ií]s|ciudad|regi[oó]n|lugar|hospital|barrio|isla|provincia|municipio|c[aá]rcel)\b|"
        r"\b(?:que|qual) (?:pa[ií]s|cidade|estado|hospital|bairro|ilha|regi[aã]o|munic[ií]pio|pres[ií]dio)\b|"
        r"\bquale (?:paese|citt[àa]|ospedale|regione|isola|comune|provincia|carcere)\b|"
        # A street or a district asked for by its noun (``lexicon.PLACE_NOUNS``): "In quale via…?".
        rf"\b(?:welche[rsnm]?|quel(?:le)?|qu[eé]|qual|quale|in che) (?:{_PLACE_NOUNS})\b|"
        r"\bonde\b|\bdove\b|\bkde\b|\bgdzie\b|\bskąd\b|\bdokąd\b|"
        r"\bw (?:jakim|którym) (?:mieście|kraju|miejscu|regionie|województwie)\b",
    ),
    (
        Kind.PERSON,
        rf"\bwho(?:m|se)?\b|{_EN_PERSON}|\bwer\b|\bwen\b|"
        r"\bwem\b|\bqui\b|\bqui[eé]n(?:es)?\b|\bquem\b|\bchi\b|\bkdo\b|\bkto\b|\bkogo\b|\bkomu\b|"
        # Polish "Który polityk…?", "Jakiego trenera…?"
        rf"\b(?:któr|jak)(?:y|ego|emu|ym) (?:[\w-]+ )?(?:wice)?(?:{_PL_PERSON_NOUNS})|"
        # "Which politician…" in other languages: the question word and a noun for a person.
        r"\bwelche[rsnm]? (?:[\w-]+ )?(?:person|politiker|spieler|präsident|minister|richter|trainer|"
        r"direktor|schauspieler|sänger|künstler|autor|chef|kandidat|forscher|wissenschaftler|journalist)|"
        # German writes the role as a compound's head: "Welcher Arbeitsrechtsexperte…?", and names
        # the person it asks for with "heißt": "Wie heißt der Landesbischof…?"
        rf"\bwelche[rsnm]? [\w-]*(?:{_ROLE_HEADS})\b|"
        rf"\bwie hei(?:ß|ss)t (?:der|die) (?:[\w-]+ )?[\w-]*(?:{_ROLE_HEADS})\b|"
        r"\bquel(?:le)?s? (?:[\w-]+ )?(?:personne|homme|femme|joueu[rs]e?|présidente?|ministre|juge|"
        r"entraîneur|directeur|directrice|act(?:eur|rice)|chanteu[rs]e?|artiste|auteur|dirigeant|candidat|"
        r"journaliste|chercheu[rs]e?|scientifique|magistrate?|avocate?|procureure?|maire|d[ée]put[ée]e?|"
        r"porte-parole|s[ée]nat(?:eur|rice)|product(?:eur|rice)|r[ée]alisat(?:eur|rice)|[ée]crivain|"
        r"patron(?:ne)?|polici(?:er|ère)|m[ée]decin|pr[ée]f[eè]te?|commissaire)|"
        r"\bqu(?:[eé]|al|ais|ales) (?:[\w-]+ )?(?:persona|pessoa|pol[ií]tic[oa]|jugador|jogador|"
        r"president[ea]|ministr[oa]|jue[zs]|juiz|entrenador|treinador|t[ée]cnico|director|diretor|act(?:or|riz)|ator|atriz|"
        r"cantante|cantor|artista|autor|l[ií]der|candidat[oa]|periodista|jornalista|investigador|"
        r"pesquisador|cient[ií]fic[oa]|cientista|gobernador[a]?|governador[a]?|alcalde(?:sa)?|prefeit[oa]|"
        r"diputad[oa]|deputad[oa]|senador[a]?|fiscal|portavoz|porta-voz|abogad[oa]|advogad[oa])|"
        # Italian "Quale ministro…?", and in the Romance languages a noun for a person by its ending:
        # "Quelle chronobiologiste…?", "¿Qué futbolista…?" (``lexicon.PERSON_ENDINGS``).
        rf"\bqual[ei] (?:[\w-]+ )?(?:{_IT_PERSON_NOUNS})\b|"
        rf"\b(?:quel(?:le)?s?|qu[eé]|qual|quais|quale|quali|cu[aá]l(?:es)?) (?:[\w-]+ )?"
        rf"(?!(?:{_NOT_PERSON_ENDINGS})\b){W}{{3,}}(?:{_PERSON_ENDINGS})\b|"
        r"\bkter(?:ý|á|ého|ému|ém|ým|ou|ých) (?:[\w-]+ )?(?:hráč|politik|prezident|ministr|soudce|soudkyn|"
        r"trenér|ředitel|herec|herečk|zpěvák|zpěvačk|autor|kandidát|novinář|vědec|vědkyn)|"
        # Chinese and Japanese: "谁是…？", "…は誰か？", "…叫什么名字？" (names: ``rag.unspaced_names``).
        r"谁|誰|だれ|叫什[么麼]名字",
    ),
    (
        Kind.NAME,
        r"\bwhat is the name\b|\bwhat (?:was|is) the (?:title|name)\b|\b(?:which|what) (?:[\w-]+ )?"
        r"(?:product|device|film|movie|show|series|game|app|model|event|song|album|book|vehicle|truck|car|"
        r"chatbot|assistant|tool|service)\b|"
        # "What is Chechnya's morality police officially called?": the name it goes by.
        r"\bwhat (?:is|was|are|were) [^?]*\bcalled\s*\?|"
        r"\bwie hei(?:ß|ss)t\b|\bcomment s'appelle\b|\bc[oó]mo se llama(?:ba)?\b|\bcome si chiama(?:va)?\b|"
        r"\bcomo se chama(?:va)?\b|\bjak nazywa(?:ł[aoy]?)? się\b",
    ),
]
# Dutch question words, read only in a question detected as Dutch: Dutch "wie" asks "who", German
# "wie" asks "how" ("Wie nannte…?"), so these never join the patterns above.
DUTCH_KINDS: list[tuple[Kind, str]] = [
    (
        Kind.MONEY,
        r"\bhoeveel (?:kost|kostte|bedraagt|bedroeg|verdien|betaal)|\bhoeveel geld\b|"
        r"\bwat (?:kost|kostte)\b|\bwat (?:is|was) de (?:prijs|kostprijs|boete|waarde)\b",
    ),
    (Kind.DURATION, r"\bhoe lang\b"),
    (Kind.AGE, r"\bhoe oud\b|\bop welke leeftijd\b"),
    (Kind.NUMBER, r"\bhoeveel\b|\bhoe (?:groot|hoog|zwaar|ver)\b|\bwelk (?:percentage|aantal)\b"),
    (Kind.DATE, r"\bwanneer\b|\bin welk jaar\b|\bop welke (?:dag|datum)\b|\bsinds wanneer\b"),
    (
        Kind.ORG,
        r"\bwelke? (?:[\w-]+ )?[\w-]*(?:bedrijf|kantoor|partij|club|ploeg|bank|krant|universiteit|"
        r"organisatie|omroep|zender|vereniging)\b",
    ),
    (
        Kind.PLACE,
        r"\bwaar(?:heen|vandaan)?\b|\bin welke? (?:stad|gemeente|land|provincie|plaats|regio|dorp|"
        r"ziekenhuis|gevangenis)\b|\bwelke? (?:stad|gemeente|land|provincie|plaats)\b",
    ),
    (
        Kind.PERSON,
        r"\bwie\b|\bwelke? (?:[\w-]+ )?(?:politicus|politica|minister|premier|speler|trainer|rechter|"
        r"burgemeester|voorzitter|journalist|schrijver|auteur|advocaat|kandidaat)\b",
    ),
    (Kind.NAME, r"\bhoe (?:heet|heette|heten)\b|\bwat (?:is|was) de (?:naam|titel)\b"),
]

# Korean asks with its own words for most kinds (keyed by the kind's value in ``byline.lexicon``).
QUESTION_KINDS = [
    (kind, f"{p}|{_korean(kind.value)}" if kind.value in lexicon.KOREAN_KINDS else p)
    for kind, p in QUESTION_KINDS
]
