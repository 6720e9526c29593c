"""What kind of answer a question asks for: a person, a company, a place, a number, an amount, a date.

No NER model is packaged, so the kind comes from the question word ("who", "which
company", "how much", "when", and their forms in other languages); the first one in
the question decides if it opens the main clause (a "when" after "What did the council
say…" belongs to a clause), and a question opening with a verb asks yes or no.
``rag.short_answer`` then looks for candidates of that kind in the evidence.
"""

from __future__ import annotations

import functools
import re
from enum import Enum

from byline import lexicon
from byline.language import detect_query_language
from byline.lexicon import alternatives, every
from store.analysis import DEFAULT_LANGUAGE, analyze


class Kind(Enum):
    """What a question asks for."""

    PERSON = "person"
    ORG = "organisation"
    PLACE = "place"
    NAME = "name"  # a thing that is named: product, film, team… ("what is the name of")
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DURATION = "duration"
    AGE = "age"  # "how old": "Eloise Parry, 21,", "the 106-year-old schooner"
    CHANGE = "change"  # a share or a change: "by how much…", "how much of…" (a percentage, an amount)


FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.CHANGE, Kind.AGE})  # answered with a figure


# Interrogatives of the languages asked in besides English (``byline.lexicon``): no names.
QUESTION_WORDS = every(lexicon.QUESTION_WORDS)
_ROLE_HEADS = alternatives(lexicon.ROLE_HEADS)
_MONEY = {code: alternatives(lexicon.MONEY_NOUNS, [code]) for code in lexicon.MONEY_NOUNS}
_PLACE_NOUNS = alternatives(lexicon.PLACE_NOUNS)
_PL_ORG_NOUNS = "|".join(lexicon.POLISH_ORG_NOUNS)
_PL_PERSON_NOUNS = "|".join(lexicon.POLISH_PERSON_NOUNS)
_IT_PERSON_NOUNS = "|".join(lexicon.ITALIAN_PERSON_NOUNS)
_PERSON_ENDINGS = "|".join(lexicon.PERSON_ENDINGS)
_NOT_PERSON_ENDINGS = "|".join(lexicon.NOT_PERSON_ENDINGS)
_W = r"[^\W\d_]"  # a letter, in any script

# English asks a person, an organisation or a place by a noun after "which" or "what" and up to four
# modifiers ("Which former Fox & Friends anchor…?", "In which US city…?", "Which Dutch research
# institute…?"); a possessive or a function word ends them ("What share of the town…?" asks no place).
# "What" before a past tense asks why or what happened ("What prompted officials to…?"), not who.
# A plural asks for the same kind ("Which Vikings players…?"). ``lexicon.ENGLISH_PERSON_NOUNS``.
_STOPS = alternatives(lexicon.NOT_MODIFIERS, ["en"])
_NOT_HEADS = alternatives(lexicon.NOT_KIND_HEADS, ["en"])
# "of" inside a name is part of it: "Which University of Vermont professor…?", "Secretary of State".
_MOD = rf"(?:(?!(?:{_STOPS})\b)[\w.&-]+(?:['’](?!s\b)[\w-]+)*|(?-i:of)(?= (?-i:[A-Z])))"
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
_TERM = (
    r"\bcu[aá]nt[oa]s (?:años|meses|días|semanas) de\b|\bquant[oa]s (?:anos|meses|dias|semanas) de\b|"
    r"\bquant[ie] (?:anni|mesi|giorni|settimane) di\b|\bcombien d'(?:années|ans) de\b"
)
_TERM_COMPILED = re.compile(_TERM, re.IGNORECASE)


def asks_term(question: str) -> bool:
    """Whether a question asks a duration as a count of its units ("¿Cuántos años de cárcel…?").

    Its answer is a figure ("10 años"), as a count's is: sentences naming none give no answer.
    """
    return _TERM_COMPILED.search(question) is not None


_QUESTION_KINDS: list[tuple[Kind, str]] = [
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
        rf"\b(?:{alternatives(lexicon.TIME_TAKEN_ASKED)})\b|" + _TERM,
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
        rf"(?!(?:{_NOT_PERSON_ENDINGS})\b){_W}{{3,}}(?:{_PERSON_ENDINGS})\b|"
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
_DUTCH_KINDS: list[tuple[Kind, str]] = [
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
_DUTCH_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _DUTCH_KINDS]

# Korean asks with its own words for most kinds (keyed by the kind's value in ``byline.lexicon``).
_QUESTION_KINDS = [
    (kind, f"{p}|{_korean(kind.value)}" if kind.value in lexicon.KOREAN_KINDS else p)
    for kind, p in _QUESTION_KINDS
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _QUESTION_KINDS]


_YES_NO = re.compile(
    r"(?:^|[,;:] )(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|"
    r"ist|sind|war|hat|haben|wird|kann|est-ce|a-t-il|y a-t-il)\b",
    re.IGNORECASE,
)


# "By how much did sign-ups increase?", "How much of the code is PHP?": a share or a change, not money.
_CHANGE = re.compile(
    r"\bby how much\b|\bhow much (?:of|more|less|higher|lower)\b|\bhow much\b[^?]*\b(?:increase|rise|"
    r"rose|risen|grow|grew|grown|fall|fell|fallen|drop|decline|cut|reduce|jump|surge|climb|shrink|shrank)",
    re.IGNORECASE,
)


QUESTIONS_REMEMBERED = 1024  # questions whose kind match is kept (the same one is asked of repeatedly)
MAX_ASKING_WORDS = 3  # "how much did", "which car company": longer matches hold the subject


def without_question_words(question: str) -> str:
    """The question without the words that ask for the kind of answer ("how much", "which company").

    They say what is asked, not what it is about: an article need not say "much" or
    "company" to answer "How much…" or "Which company…". A longer match holds the
    subject too ("What is the gallery's portrait valued at") and is kept.
    Modifiers between "which" and its noun stay ("Which Sony studio…" keeps "Sony").
    The words that frame a sum or a schedule ("altogether", "due to", ``lexicon.FRAMING_WORDS``) go too,
    in English questions only ("due" is Italian for two): an article gives the sum or the date without them.
    """
    if detect_query_language(question) in ("", DEFAULT_LANGUAGE):
        if expected_kind(question) is Kind.PLACE:  # "…held?": the article says where, not "held"
            question = _PLACE_FRAMING.sub(" ", question)
        question = _FRAMING.sub(" ", question)
    best = _asking(question)
    if best is None or len(best.group(0).split()) > MAX_ASKING_WORDS:
        return question
    words = best.group(0).split()
    if len(words) > 2 and _WHICH_OR_WHAT.fullmatch(words[0]) and words[1].lower() not in _NOT_MODIFIER_WORDS:
        # "Which Scottish chemist…", "Which Sony studio…": the modifiers say what the article is about
        # (without them the article fitted the question too little and was doubted); "which" and the noun go.
        return f"{question[: best.start()]} {' '.join(words[1:-1])} {question[best.end() :]}"
    return f"{question[: best.start()]} {question[best.end() :]}"


_NOT_MODIFIER_WORDS = frozenset(lexicon.NOT_MODIFIERS["en"])


_FRAMING = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.FRAMING_WORDS)})(?!\w)", re.IGNORECASE)
_PLACE_FRAMING = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.PLACE_FRAMING_WORDS)})(?!\w)", re.IGNORECASE)


def asks_yes_or_no(question: str) -> bool:
    """Whether a verb opening the question or a clause asks yes or no, before any question word."""
    yes_no = _YES_NO.search(question)
    best = _asking(question)
    return yes_no is not None and (best is None or yes_no.start() < best.start())


_INTERROGATIVE = re.compile(r"\b(?:what|which|who|whom|whose|how|why|where|when)\b", re.IGNORECASE)
# "Which M.L.B. superstar, who had…": "who" right after the noun a which-question asks for (at most
# four words, no verb between them) says that noun is a person.
_NOUN_THEN_WHO = re.compile(
    r"^\W*(?:which|what)\s+((?:[^\s,?]+\s+){0,3}[^\s,?]+),?\s+(?:who|whom|whose)\b", re.IGNORECASE
)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.I)
# "Which letter represents…", "What entity…": the first interrogative asks for a thing by its noun.
_ASKS_THING = re.compile(r"\b(?:which|what)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|of)\b)\w", re.I)


# An auxiliary between "what" and a kind's noun makes the noun the subject: "What did the company say…".
_SUBJECT_VERB = re.compile(
    r"^(?:what|which)\b.*\b(?:do|does|did|has|have|had|will|would|can|could|should)\b", re.IGNORECASE
)


def _relative_who(question: str) -> bool:
    """Whether the question opens "Which <noun>, who…": the asked-for noun is a person."""
    match = _NOUN_THEN_WHO.match(question)
    return match is not None and not _AUXILIARY.search(match.group(1))


def asks_for_thing(question: str) -> bool:
    """Whether the first interrogative asks for a thing by its noun ("Which letter…?", "What entity…?").

    Such a question asks for something the quotes must name, as one asking for a kind does,
    though its noun is none of the kinds.
    """
    first = _INTERROGATIVE.search(question)
    return first is not None and bool(_ASKS_THING.match(question, first.start()))


def asking_words(question: str) -> str:
    """The words that ask for the kind of answer, however long ("what is the name"), or ""."""
    best = _asking(question)
    return best.group(0) if best else ""


def _asking(question: str) -> re.Match[str] | None:
    """The first match of a kind's question words in the question."""
    found = _first_kind(question)
    return found[0] if found else None


@functools.lru_cache(maxsize=QUESTIONS_REMEMBERED)
def _first_kind(question: str) -> tuple[re.Match[str], Kind] | None:
    """The first match of a kind's question words, and its kind (remembered).

    An answer asks this three or four times of the same question (the kind, the words
    without it, yes or no); each time scans the question with every kind's pattern.
    """
    best: tuple[re.Match[str], Kind] | None = None
    patterns = _COMPILED + _DUTCH_COMPILED if detect_query_language(question) == "nl" else _COMPILED
    for kind, pattern in patterns:
        match = pattern.search(question)
        if match and (best is None or match.start() < best[0].start()):
            best = (match, kind)
    if best is None or not _WHICH_OR_WHAT.match(best[0].group(0)):
        return best
    # English asks by the first noun of a kind after "which" or "what" ("Which Facebook product manager
    # presented Places?" asks a person), unless a kind's noun after it is the head: "Which city
    # council…" asks a council, "Which Supreme Court justice…" a person, "What market share…" a share.
    start = best[0].start()
    at_start = [(m, kind) for kind, pattern in patterns if (m := pattern.match(question, start))]
    best = min(at_start, key=lambda found: found[0].end())
    between = _REST_OF_NAME if best[0].group(0).split()[-1][:1].isupper() else _ONE_MORE_WORD
    for match, kind in at_start:
        if between.fullmatch(question, best[0].end(), match.end()):
            best = (match, kind)
    return best


_WHICH_OR_WHAT = re.compile(r"(?:which|what)\b", re.IGNORECASE)
# The head may follow one more lower-case noun: "Which market intelligence firm…" (no verb: "…presented").
_ONE_MORE_WORD = re.compile(rf"(?:\s+(?!(?:{_STOPS})\b)(?-i:[a-z][\w-]*)(?<!ed)(?<!s)(?<!ing))?\s+[\w-]+")
# After a capitalised noun the rest of its name may stand between: "Which University of Vermont professor…".
_REST_OF_NAME = re.compile(rf"(?:\s+(?-i:of|[A-Z][\w.&-]*))*{_ONE_MORE_WORD.pattern}")


def expected_kind(question: str) -> Kind | None:
    """The kind of answer the question asks for, or None (yes/no, why, how…).

    The first question word decides: in "Who said when the bridge opens?" it is "who".
    A verb opening the question or a clause before any question word asks yes or no:
    "Does the article say where the match was played?", "After the report…, did…".
    The kind is the main clause's: an interrogative before the words asking for a kind
    opens the question, and they belong to a clause. "What are the entities that…, all
    while adjusting odds when heavy betting occurs…?" asks for entities, not a date;
    "What did the minister say when…?" for no kind.
    """
    best = _first_kind(question)
    if best is None:
        return None
    match, kind = best
    yes_no = _YES_NO.search(question)
    if yes_no and yes_no.start() < match.start():
        return None
    if _INTERROGATIVE.search(question[: match.start()]):
        return Kind.PERSON if kind is Kind.PERSON and _relative_who(question) else None
    if _SUBJECT_VERB.search(match.group(0)):
        return None  # "What did the minister say…": the minister is who says, not what is asked
    if kind is Kind.MONEY and _CHANGE.search(question):
        return Kind.CHANGE
    return kind


# "How many law enforcement agencies sent…": the counted words, up to the first function word.
_COUNTED = re.compile(r"\b(?i:how many) (?:[A-Z][\w-]* ){0,3}((?:[a-z][a-z-]+ ?){1,3})")
_NOT_COUNTED = frozenset(
    "of more less times did does do is are was were have has had will would can could should "
    "in on at for to from by with the a an that who which".split()
)


def counted_words(question: str) -> list[str]:
    """The words of what a "how many" question counts ("How many law enforcement agencies sent…").

    Capitalised words before them qualify them ("How many American children…"); news
    writes a count with the thing counted ("90 characters", "167 passengers").
    """
    match = _COUNTED.search(question)
    if match is None:
        return []
    words = []
    for word in match.group(1).split():
        if word in _NOT_COUNTED:
            break
        words.append(word)
    return words


# Outside English, "how many" and the word after it: "Wie viele Stimmen…?", "Combien de sirènes…?".
_COUNT = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.COUNT_WORDS)})\s*({_W}[\w-]*)", re.IGNORECASE)
_NO_COUNTED_NOUN = lexicon.every(lexicon.NOT_COUNTED_NOUNS)
# Nouns a count of which is a time span, a share or a gap, as numbers write them ("Wie viele Stunden…?").
_MEASURE_NOUN = re.compile(
    rf"(?:{alternatives(lexicon.TIME_UNITS)}|{alternatives(lexicon.PERCENT)}|{alternatives(lexicon.GAP_NOUNS)})",
    re.IGNORECASE,
)


def counted_noun(question: str) -> str | None:
    """The noun a "how many" question outside English counts, unless a time span or a share is asked.

    "Wie viele Kirchengemeinden…?" counts parishes: a number measuring time or a share ("vor drei
    Monaten", "fünf Prozent") is no answer to it. "Wie viele Stunden…?" and "Wie viel Prozent…?"
    ask for exactly those; "Wie viele der Verletzten…?" names no noun ("der" is a function word).
    """
    match = _COUNT.search(question)
    if match is None:
        return None
    noun = match.group(1)
    if noun.lower() in _NO_COUNTED_NOUN or _MEASURE_NOUN.fullmatch(noun):
        return None
    if not analyze(noun, detect_query_language(question)):
        return None
    return noun


_CLOCK_ASKED = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CLOCK_ASKED)})\b", re.IGNORECASE)


def asks_clock_time(question: str) -> bool:
    """Whether the question asks a time of day outside English ("¿A qué hora…?", "Um wie viel Uhr…?")."""
    return bool(_CLOCK_ASKED.search(question))
