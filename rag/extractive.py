"""The offline answer: the asked-for name or figure first, then the sentences that hold it.

1. Quotable sentences of the retrieved passages are scored (``rag.sentence_choice``).
2. When even the best one is weak evidence, or the question's own names appear in
   none of them, or (for a question that asks one thing) no one article names what it
   is about or holds most of its weighted words, or the article giving the answer never
   says the noun the question is about, or the passage holding the short answer never says the
   act the question asks about (``rag.relation``), or no sentence naming the person a "who"
   question is answered with says what the question asks (``rag.relation.person_ties``), the
   answer is a refusal that lists the closest passages (``rag.refusal``).
3. For a question asking "who / which company / how much / when…", the answer that
   recurs across the best sentences of independent articles opens the answer in one
   short line, verbatim, with the passages it stands in (``rag.short_answer``).
4. Then the best few sentences from different places are quoted, each followed by
   the ``[n]`` of its passage; the sentence holding the short answer is always among
   them. For "did both X and Y" and "changed between <date> and <date>" questions,
   one labelled quote per outlet or per date (``rag.comparison``).

Every word of the answer comes from a cited passage.
"""

from __future__ import annotations

from byline import lexicon
from byline.language import detect_query_language
from byline.settings import Settings
from rag.answer_vote import voted_answer
from rag.answering_article import (
    answering,
    article_sentences,
    lacks_relation,
    lacks_subject,
    named_where_asked,
    tied_person,
)
from rag.asked_act import asked_act
from rag.comparison import by_outlet_or_date
from rag.doubts import Doubt, refuses, settled, standing
from rag.future_date import asks_future, before_report
from rag.mentions import spells_number
from rag.question_kind import (
    Kind,
    asks_for_thing,
    asks_term,
    asks_yes_or_no,
    expected_kind,
    without_question_words,
)
from rag.refusal import (
    QuestionNames,
    asks_one_thing,
    noun_uncounted,
    off_question,
    passage_unnamed,
    refusal,
    scattered,
    unbacked,
    uncounted,
    unsupported,
)
from rag.retriever import Retrieval
from rag.roles import asked_unspaced_role, in_other_role, owner_unsaid, role_unsaid, someone_elses_role
from rag.sentence_choice import (
    Candidate,
    article_fits,
    candidates,
    overlaps,
    predicate_terms,
    reads_language,
    semantic_trust,
    sentence_text,
)
from rag.short_answer import ShortAnswer
from rag.types import Answer, Citation, Passage
from store.analysis import DEFAULT_LANGUAGE, UNSPACED_CHAR, language_code
from store.local_index import LocalIndex

FIT_LEAD = 0.25  # outside English, answer from the articles this close to the best one's word fit
REFUSAL = "The indexed articles don't say. The closest passages are listed below."
FOCUS_BONUS = 0.15  # for sentences of the article a conversation is about
THING_SHARE = 0.6  # a sentence naming the asked-about thing is quoted down to this share of the best
FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.CHANGE, Kind.AGE})
# Kinds a quoted sentence must give for the answer to stand, whatever the evidence: a date, a person
# ("who" is not answered by quotes naming only places and organisations). Other names and figures are
# judged by ``unbacked`` (weak evidence only): a budget may be worded "the council's €2m".
ASKS_FOR = frozenset({Kind.DATE, Kind.PERSON})
# Languages whose names ``rag.unspaced_names`` finds without capitals (not Korean).
UNSPACED_NAMES = frozenset({"zh", "ja"})
ANCHORED_MARGIN = 0.1  # a one-thing question's own articles: their best sentence this far above the threshold


def compose(
    question: str,
    found: Retrieval,
    keyword: LocalIndex,
    settings: Settings,
    focus: frozenset[str] = frozenset(),
    asked: str | None = None,
    previous: str = "",
) -> Answer:
    """Build the extractive answer (or refusal) from ranked passages.

    ``question`` is what sentences are scored against; ``asked`` (default: the same)
    the question as the user typed it, which says what kind of answer is wanted.
    ``focus`` are the articles a conversation is about: their sentences rank higher;
    ``previous`` is the conversation's last answer, whose sentences are not quoted again.
    """
    asked = asked or question
    passages = found.passages[: settings.answer_passages]
    kind = expected_kind(asked)
    context = question if question != asked else ""
    trust = semantic_trust(asked, settings.embedding_model)
    pool = candidates(asked, kind, found, keyword, passages, context=context, trust=trust)
    confidence = max((c.evidence for c in pool), default=0.0)
    if previous and kind is not None:  # "how much…?" after a quote without an amount: not that quote
        pool = [c for c in pool if c.typed or sentence_text(c, passages) not in previous] or pool
    on_topic = [c for c in pool if passages[c.passage].doc_id in focus]
    pool = on_topic or pool  # a follow-up stays on the conversation's article when it can
    rank_bonus = {
        i: 0.05 * (1 - i / max(len(passages), 1)) + FOCUS_BONUS * (p.doc_id in focus)
        for i, p in enumerate(passages)
    }
    ranked = sorted(pool, key=lambda c: -(c.rank_score + rank_bonus[c.passage]))
    outlets = found.plan.outlets | keyword.outlets()
    # A question that asks one thing is answered by one article that names what it is about
    # (and the year it names); a question combining reports may find its names apart.
    names = QuestionNames.of(asked, found.passages, outlets)  # once, for the three checks below
    one_thing = asks_one_thing(asked, found.plan)
    anchored = names.anchored() if one_thing else None
    # A question asking for a name or figure finds its words together in the article that gives it;
    # a follow-up's own words ("How much did it cost?") need not be there, its conversation's are.
    # Yes/no questions are left out: "Has X's coverage changed from their earlier report…?" combines
    # two reports, though it reads as one clause.
    # Both word checks need an archive (idf) and the question's own words (not a follow-up's).
    judged = question == asked and one_thing and len(keyword) >= settings.scattered_min_passages
    own_words = judged and kind is not None
    # "Does the Sportskeeda article suggest…compared to…?" weighs two reports, whatever its clauses;
    # "…according to Sporting News…" asks what one outlet's reports say together, in their words.
    own_subject = judged and not asks_yes_or_no(asked) and not found.plan.outlets
    unasked = without_question_words(asked)  # analysed in the whole question's language
    language = detect_query_language(asked)
    fits = article_fits(unasked, pool, passages, keyword, language, asked) if judged else {}
    doubts: set[Doubt] = set()  # every check's reason to doubt the answer; one policy decides below
    if confidence < settings.refusal_threshold:
        doubts.add(Doubt.THRESHOLD)
    if unsupported(asked, ranked, found.passages, outlets, names):
        doubts.add(Doubt.UNSUPPORTED)
    if anchored is not None and not anchored:
        doubts.add(Doubt.UNANCHORED)
    if not ranked or Doubt.UNANCHORED in doubts:  # nothing to quote, or no article about it
        return refusal(REFUSAL, passages, confidence, doubts)
    if anchored is not None and names.apart():
        doubts.add(Doubt.NAMES_APART)
    if own_words and scattered(asked, max(fits.values(), default=0.0), language):
        doubts.add(Doubt.SCATTERED)
    limit = settings.max_answer_sentences
    # "Did both X and Y…" compares; "Which company, as reported by X and Y…" asks for a name.
    labelled = by_outlet_or_date(question, ranked, passages, found.plan, limit) if kind is None else None
    if labelled is not None:
        if refuses(doubts, settings.refusal_policy):
            return refusal(REFUSAL, passages, confidence, doubts)
        labelled.confidence = confidence
        labelled.doubts = tuple(sorted(doubts))
        return labelled
    voters = ranked if anchored is None else [c for c in ranked if passages[c.passage].doc_id in anchored]
    if not voters:  # no sentence of the articles naming what it is about was found
        return refusal(REFUSAL, passages, confidence, doubts)
    everywhere = len(ranked)
    english = language_code(language) == DEFAULT_LANGUAGE
    if anchored is not None:  # quoted from the articles naming what it is about, if they are evidence
        # Half of the evidence is the embedding's similarity; a model that did not learn the question's
        # language rates its answering sentences lower ("Woher kommt der Koch Simon?" 0.37, "aus
        # Thüringen" in the sentence), so there the articles naming the question's things need only be
        # evidence at all.
        margin = ANCHORED_MARGIN if reads_language(language, settings.embedding_model) else 0.0
        if max(c.evidence for c in voters) < settings.refusal_threshold + margin:
            doubts.add(Doubt.ANCHORED_WEAK)
        ranked = voters
    if settled(doubts, settings.refusal_policy):
        return refusal(REFUSAL, passages, confidence, doubts)
    acts = predicate_terms(asked, keyword)
    # The rarest word a one-thing question says happened ("die" of "How many people die from…"):
    # the sentence saying it gives the answer, not its neighbour with another figure ("get sick").
    # English only: there it was measured; German compounds are rare words that name the setting
    # ("Bahnradsportler" of "Wer ist der Cheftrainer der britischen Bahnradsportler?"), not the act.
    key_act = max(sorted(acts), key=keyword.idf, default=None) if one_thing and english else None
    # The act a "Which journal published…?" asks who did: its rarest word ("sperm") is the topic.
    act = asked_act(asked) if one_thing and english else None
    # Outside English the short answer comes first from an article holding the question's words together,
    # when one does: "Aus welcher Ortschaft stammt der Verdächtige?" is not answered by "Trentiner
    # Ortschaft Zambana Vecchia" of an article on bears, beside the one saying "Ortschaft Arara".
    # Of those, the ones near the best: "Wie alt ist der mutmaßliche Attentäter?" holds all its words
    # in the article giving "29-jährigen", barely enough in one on Beckenbauer giving "70-jährige".
    lead = max(fits.values(), default=0.0) - FIT_LEAD
    together = (  # fits are also taken, without own_words, for own_subject's check below
        {doc for doc, fit in fits.items() if fit >= lead and not scattered(asked, fit, language)}
        if own_words
        else set()
    )
    # When they give no answer of the asked-for kind, the other articles still may.
    preferred: list[Candidate] = []
    if together and not english and not UNSPACED_CHAR.search(asked):  # unspaced: fits say little
        preferred = [c for c in voters if passages[c.passage].doc_id in together]
    # A Chinese or Japanese "who" is answered from the article of the best sentence, or not at all: a name
    # its finder reads in another article ("山本春子容疑者" for who designed the park's playground) is
    # someone else, and the article most about the question naming no one is no answer.
    # Asked by its role ("联发科的总经理是谁？"), the name stands in a sentence saying the role: "刘明老师"
    # is not the one "陈立群的母亲叫什么名字？" asks for.
    cjk_person = kind is Kind.PERSON and language_code(language) in UNSPACED_NAMES and bool(voters)
    if cjk_person:
        preferred = [c for c in voters if passages[c.passage].doc_id == passages[voters[0].passage].doc_id]
        role = asked_unspaced_role(asked)
        if role is not None:
            preferred = [c for c in preferred if role in sentence_text(c, passages)]
    # Outside English the sentence giving the answer often leaves the question's words to the lead
    # ("…, de 18 años, oriunda de Santiago" after "Una migrante cubana fue asesinada en Tapachula"):
    # a sentence of the best sentence's article holding the asked-for kind then votes too. Not for a
    # count: an article counts many things ("240 Mitglieder", "drei Bootshäuser"), and an off-topic
    # "Wie viele Kirchengemeinden…?" was then answered with another of its counts.
    best = (preferred or voters)[:1]
    home = passages[best[0].passage].doc_id if best and not english and kind is not Kind.NUMBER else None
    short = (
        voted_answer(asked, kind, preferred or voters, passages, found.plan.outlets, acts, key_act, home, act)
        if preferred or not cjk_person
        else None
    )
    if short is None and preferred and len(preferred) < len(voters) and not cjk_person:
        short = voted_answer(asked, kind, voters, passages, found.plan.outlets, acts, key_act, home, act)
    # Sentences of other articles were set aside, and the question's own articles give no amount or
    # number (written with digits in any language; names and day words are matched in few languages).
    elsewhere_only = short is None and len(voters) < everywhere and kind in FIGURES
    # "When was Gary Heidnik executed?": quotes around the name, none with a date, are no answer. Outside
    # English a date is asked only in languages whose day and month words are read (``lexicon.DAYS``:
    # "am Dienstag", "lundi 22 avril"), and a person never (names are matched there by capitals alone).
    dated = kind is Kind.DATE and language_code(language) in lexicon.DAYS and not UNSPACED_CHAR.search(asked)
    # In the languages that capitalise names (not the unspaced scripts, nor Korean), a "who" or "what is
    # it called" question is asked too: on the languages dev halves every answered one named someone in
    # its quotes ("¿Cómo se llama el policía detenido en Grecia?" quoting sentences that name no one).
    named = kind in (Kind.PERSON, Kind.NAME) and not english and not UNSPACED_CHAR.search(asked)
    # Chinese and Japanese "who" questions too, now that their names are found by the words around them
    # (``rag.unspaced_names``): "陈立群的母亲叫什么名字？" over sentences naming no one is no answer.
    named = named or (kind is Kind.PERSON and language_code(language) in UNSPACED_NAMES)
    unnamed = short is None and ((kind in ASKS_FOR and (english or dated)) or named) and question == asked
    # Outside English a figure is written with digits (or a listed number word) in every language read
    # (a count in French, Spanish, Portuguese or Italian words is said, not offered: "quarante-deux"):
    # a question asking for an amount or a count whose sentences give none is no answered question
    # ("Quel est le salaire d'un infirmier débutant ?" quoting sentences on nurses that name no pay).
    # English keeps its measured rule: "the council's €2m" and "a dozen" are amounts and counts too.
    # A term asked as a count of years ("¿A cuántos años de cárcel fue condenado…?") is a figure too.
    unfigured = (
        short is None
        and (kind in FIGURES or (kind is Kind.DURATION and asks_term(asked)))
        and not english
        and question == asked
        and not (kind is Kind.NUMBER and any(spells_number(sentence_text(c, passages)) for c in voters))
    )
    # "Which letter represents…?" asks for a thing by a noun that is none of the kinds: weak evidence
    # naming nothing recurring is no answer to it either.
    asks = kind is not None or (asks_for_thing(asked) and not asks_yes_or_no(asked))
    unspaced_question = not english and bool(UNSPACED_CHAR.search(asked))
    if asks:
        for doubt, holds in (
            (Doubt.ELSEWHERE_ONLY, elsewhere_only),
            (Doubt.UNNAMED, unnamed),
            (Doubt.UNFIGURED, unfigured),
            (Doubt.UNBACKED, unbacked(short[0] if short else None, confidence, settings.refusal_threshold)),
        ):
            if holds:
                doubts.add(doubt)
    if settled(doubts, settings.refusal_policy):
        return refusal(REFUSAL, passages, confidence, doubts)
    # Outside English a name stands beside the noun asked about or the question's rare words
    # (``rag.answering_article.named_where_asked``): chosen again among the sentences saying them, or refused.
    if (
        short
        and kind in (Kind.NAME, Kind.PERSON)
        and not english
        and not unspaced_question
        and question == asked
    ):
        revoted = named_where_asked(
            asked,
            unasked,
            kind,
            short,
            ranked,
            passages,
            keyword,
            language,
            found.plan.outlets,
            acts,
            key_act,
        )
        if revoted is None:
            doubts.add(Doubt.NAMED_NOUN)
        short = revoted or short
    # Outside English a figure or date answers a question naming someone or something by a full name only
    # from a passage naming it: "10 años" of another man's sentence is no answer for José Luis Olivas.
    if (
        short
        and not english
        and not unspaced_question
        and one_thing
        and question == asked
        and kind in (FIGURES | {Kind.DURATION, Kind.DATE})
        and passage_unnamed(asked, [passages[c.passage] for c in short[1]])
    ):
        doubts.add(Doubt.PASSAGE_UNNAMED)
    # "中国铁路总公司的总经理是谁？": the answering article must say the role asked about (``role_unsaid``)
    # and whose role it is (``owner_unsaid``: "宏达公司的总经理" is not 远航科技's 李明).
    if unspaced_question and question == asked:
        said = article_sentences(answering(short, ranked, passages), ranked, passages)
        if role_unsaid(asked, said):
            doubts.add(Doubt.ROLE_UNSAID)
        if owner_unsaid(asked, said):
            doubts.add(Doubt.OWNER_UNSAID)
    if english and own_subject and lacks_subject(asked, short, ranked, passages, keyword, language):
        doubts.add(Doubt.LACKS_SUBJECT)
    # The article giving the answer must hold the question, not only the best-fitting one:
    # "How much do the glass microspheres cost per square metre?" found an article on them, then
    # took "€7,000 per square meter" from one on ski chalets.
    # Outside English only in unspaced scripts, at a lower share: their character pairs say less.
    unspaced = not english and bool(UNSPACED_CHAR.search(asked))
    if (
        (english or unspaced)
        and own_subject
        and off_question(fits.get(answering(short, ranked, passages), 0.0), unspaced)
    ):
        doubts.add(Doubt.OFF_QUESTION)
    if (
        english
        and own_subject
        and short
        and kind is not Kind.PERSON
        and lacks_relation(asked, unasked, short, passages, keyword, language)
    ):
        doubts.add(Doubt.LACKS_RELATION)
    if english and own_subject and short and kind is Kind.PERSON:
        tied = tied_person(
            asked, unasked, short, ranked, passages, keyword, language, found.plan.outlets, acts, key_act
        )
        if tied is None:
            doubts.add(Doubt.TIED_PERSON)
        short = tied or short
    if short and kind is Kind.PERSON:
        naming = [sentence_text(c, passages) for c in short[1]]
        if someone_elses_role(asked, naming, short[0].text):
            doubts.add(Doubt.SOMEONE_ELSES_ROLE)
        if in_other_role(asked, short[0].text, naming):
            doubts.add(Doubt.IN_OTHER_ROLE)
    # "When will…?" is not answered by a year before the report quoting it (``rag.future_date``).
    if (
        english
        and short
        and kind is Kind.DATE
        and asks_future(asked)
        and before_report(short[0].text, passages[short[1][0].passage].date)
    ):
        doubts.add(Doubt.FUTURE_DATE)
    if short and kind is Kind.NUMBER and one_thing and uncounted(asked, [c.terms for c in short[1]]):
        doubts.add(Doubt.UNCOUNTED)
    # Outside English the count must stand beside the noun counted in some quotable sentence: "Wie viele
    # Filialen hatte Zielpunkt?" is not answered by "rund 800 Mitarbeiter" (``rag.refusal.noun_uncounted``).
    if (
        kind is Kind.NUMBER
        and one_thing
        and not english
        and question == asked
        and noun_uncounted(asked, [(sentence_text(c, passages), c.terms) for c in ranked], language, keyword)
    ):
        doubts.add(Doubt.NOUN_UNCOUNTED)
    chosen = _quotes(ranked, limit, short)
    # The word checks' doubts stand only when the sentence giving the answer (else the best quote) does
    # not say the question in other words: unseen English pages and questions paraphrase ("pay to buy" /
    # "acquired"), and there they refused answers the quotes held (``rag.doubts.standing``). Trusted only
    # where the model learnt the language.
    if reads_language(language, settings.embedding_model):
        doubts = standing(doubts, short[1][0].semantic if short else max(c.semantic for c in chosen))
    if refuses(doubts, settings.refusal_policy):
        return refusal(REFUSAL, passages, confidence, doubts)
    answer = render(chosen, passages, short)
    answer.confidence = confidence
    answer.doubts = tuple(sorted(doubts))
    return answer


def _quotes(
    ranked: list[Candidate], limit: int, short: tuple[ShortAnswer, list[Candidate]] | None
) -> list[Candidate]:
    """The best sentences from different places; the best one holding the short answer first."""
    chosen: list[Candidate] = [short[1][0]] if short else []
    best = ranked[0].evidence
    # "Which chemical…?": the best sentence naming the thing asked about, when the best one does not.
    thing = next((c for c in ranked if c.typed), None) if not short and not ranked[0].typed else None
    if thing is not None and thing.evidence >= THING_SHARE * best:
        chosen.append(thing)
    for cand in ranked:
        if len(chosen) >= limit:
            break
        if cand.evidence >= 0.8 * best and cand not in chosen and not overlaps(cand, chosen):
            chosen.append(cand)
    return chosen


def render(
    chosen: list[Candidate],
    passages: list[Passage],
    short: tuple[ShortAnswer, list[Candidate]] | None = None,
    labels: dict[int, str] | None = None,
) -> Answer:
    """The short line (if any), then the chosen sentences, numbering passages as first cited.

    Quotes stand in reading order unless ``labels`` (outlet and date per passage) are
    given, in which case they keep the given order, one labelled line each.
    """
    if labels is None:
        chosen = sorted(chosen, key=lambda c: (c.passage, c.start))
    numbers: dict[int, int] = {}
    highlights: dict[int, list[tuple[int, int]]] = {}
    lines = []
    if short:
        quoted = {c.passage for c in chosen}
        where = sorted({c.passage for c in short[1] if c.passage in quoted})
        marks = " ".join(f"[{numbers.setdefault(p, len(numbers) + 1)}]" for p in where)
        lines.append(f"{short[0].text} {marks}")
    parts = []
    for cand in chosen:
        n = numbers.setdefault(cand.passage, len(numbers) + 1)
        highlights.setdefault(cand.passage, []).append((cand.start, cand.end))
        quote = f"{sentence_text(cand, passages)} [{n}]"
        if labels is not None:
            lines += [f"{labels[cand.passage]}:", quote]
        else:
            parts.append(quote)
    if parts:
        lines.append(" ".join(parts))
    citations = [Citation.of(n, passages[i], tuple(highlights.get(i, ()))) for i, n in numbers.items()]
    citations.sort(key=lambda c: c.n)
    return Answer(
        text="\n".join(lines), refused=False, citations=citations, short=short[0].text if short else ""
    )
