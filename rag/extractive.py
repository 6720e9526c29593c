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

import re

from byline import lexicon
from byline.language import detect_query_language
from byline.settings import Settings
from rag.comparison import by_outlet_or_date
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
from rag.question_nouns import says, subject_noun
from rag.refusal import (
    QuestionNames,
    asks_one_thing,
    holds_terms,
    in_other_role,
    named_noun,
    noun_uncounted,
    off_question,
    passage_unnamed,
    refusal,
    role_unsaid,
    scattered,
    someone_elses_role,
    unbacked,
    uncounted,
    unsupported,
)
from rag.relation import person_ties, relation_term, says_relation, tie_count
from rag.retriever import Retrieval
from rag.sentence_choice import (
    Candidate,
    article_fits,
    asked_thing,
    candidates,
    overlaps,
    predicate_terms,
    reads_language,
    semantic_trust,
)
from rag.short_answer import Context, Evidence, ShortAnswer, asked_role, choose, fuller, names_by_role
from rag.types import Answer, Citation, Passage
from store.analysis import DEFAULT_LANGUAGE, UNSPACED_CHAR, analyze, language_code
from store.local_index import LocalIndex

FIT_LEAD = 0.25  # outside English, answer from the articles this close to the best one's word fit
REFUSAL = "The indexed articles don't say. The closest passages are listed below."
VOTERS = 24  # best sentences that vote for the short answer
FOCUS_BONUS = 0.15  # for sentences of the article a conversation is about
VOTE_FLOOR = 0.5  # a voter's evidence, relative to the best sentence's
THING_SHARE = 0.6  # a sentence naming the asked-about thing is quoted down to this share of the best
NAMED = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.NAME})
FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.CHANGE, Kind.AGE})
# Kinds a quoted sentence must give for the answer to stand, whatever the evidence: a date, a person
# ("who" is not answered by quotes naming only places and organisations). Other names and figures are
# judged by ``unbacked`` (weak evidence only): a budget may be worded "the council's €2m".
ASKS_FOR = frozenset({Kind.DATE, Kind.PERSON})
ANCHORED_MARGIN = 0.1  # a one-thing question's own articles: their best sentence this far above the threshold
KEY_TERM_BONUS = 0.6  # vote weight for a sentence holding the question's rarest predicate word
# A "who" answer chosen again (``_tied_person``) comes from a sentence saying this many of the question's
# rare words: one is mostly the setting all retrieved articles share ("caucuses", "stabbings").
REVOTE_TIES = 2


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
        pool = [c for c in pool if c.typed or text(c, passages) not in previous] or pool
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
    if (
        confidence < settings.refusal_threshold
        or unsupported(asked, ranked, found.passages, outlets, names)
        or (anchored is not None and (not anchored or names.apart()))
        or (own_words and scattered(asked, max(fits.values(), default=0.0), language))
    ):
        return refusal(REFUSAL, passages, confidence)
    limit = settings.max_answer_sentences
    # "Did both X and Y…" compares; "Which company, as reported by X and Y…" asks for a name.
    labelled = by_outlet_or_date(question, ranked, passages, found.plan, limit) if kind is None else None
    if labelled is not None:
        labelled.confidence = confidence
        return labelled
    voters = ranked if anchored is None else [c for c in ranked if passages[c.passage].doc_id in anchored]
    everywhere = len(ranked)
    english = language_code(language) == DEFAULT_LANGUAGE
    if anchored is not None:  # quoted from the articles naming what it is about, if they are evidence
        # Half of the evidence is the embedding's similarity; a model that did not learn the question's
        # language rates its answering sentences lower ("Woher kommt der Koch Simon?" 0.37, "aus
        # Thüringen" in the sentence), so there the articles naming the question's things need only be
        # evidence at all.
        margin = ANCHORED_MARGIN if reads_language(language, settings.embedding_model) else 0.0
        if max((c.evidence for c in voters), default=0.0) < settings.refusal_threshold + margin:
            return refusal(REFUSAL, passages, confidence)
        ranked = voters
    acts = predicate_terms(asked, keyword)
    # The rarest word a one-thing question says happened ("die" of "How many people die from…"):
    # the sentence saying it gives the answer, not its neighbour with another figure ("get sick").
    # English only: there it was measured; German compounds are rare words that name the setting
    # ("Bahnradsportler" of "Wer ist der Cheftrainer der britischen Bahnradsportler?"), not the act.
    key_act = max(sorted(acts), key=keyword.idf, default=None) if one_thing and english else None
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
    # Outside English the sentence giving the answer often leaves the question's words to the lead
    # ("…, de 18 años, oriunda de Santiago" after "Una migrante cubana fue asesinada en Tapachula"):
    # a sentence of the best sentence's article holding the asked-for kind then votes too. Not for a
    # count: an article counts many things ("240 Mitglieder", "drei Bootshäuser"), and an off-topic
    # "Wie viele Kirchengemeinden…?" was then answered with another of its counts.
    best = (preferred or voters)[:1]
    home = passages[best[0].passage].doc_id if best and not english and kind is not Kind.NUMBER else None
    short = _short_answer(asked, kind, preferred or voters, passages, found.plan.outlets, acts, key_act, home)
    if short is None and preferred and len(preferred) < len(voters):
        short = _short_answer(asked, kind, voters, passages, found.plan.outlets, acts, key_act, home)
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
        and not (kind is Kind.NUMBER and any(spells_number(text(c, passages)) for c in voters))
    )
    # "Which letter represents…?" asks for a thing by a noun that is none of the kinds: weak evidence
    # naming nothing recurring is no answer to it either.
    asks = kind is not None or (asks_for_thing(asked) and not asks_yes_or_no(asked))
    unspaced_question = not english and bool(UNSPACED_CHAR.search(asked))
    if asks and (
        elsewhere_only
        or unnamed
        or unfigured
        or unbacked(short[0] if short else None, confidence, settings.refusal_threshold)
    ):
        return refusal(REFUSAL, passages, confidence)
    # "Wie heißt der Kapitän des gesunkenen Containerfrachters El Faro?" is not answered by "Trümmer"
    # from a sentence on the ship, nor "Qui a remporté le Tour de France 2019 ?" by a name from a sentence
    # that says no one won: the name stands beside the noun asked about (``rag.refusal.named_noun``) or,
    # for "who did…", in a sentence saying one of the question's rare words (``person_ties``). Chosen
    # again among the good sentences saying it, or refused.
    if (
        short
        and kind in (Kind.NAME, Kind.PERSON)
        and not english
        and not unspaced_question
        and question == asked
    ):
        noun = named_noun(asked)
        ties = (
            [frozenset(analyze(noun, language))]
            if noun
            else [frozenset([t]) for t in _person_ties(asked, unasked, kind, keyword, language)]
        )

        def tied(c: Candidate) -> bool:
            return any(holds_terms(t, c.terms, language, keyword) for t in ties if t)

        if ties and not any(tied(c) for c in short[1]):
            saying = [c for c in ranked[:VOTERS] if tied(c)]
            short = _short_answer(asked, kind, saying, passages, found.plan.outlets, acts, key_act)
        if short is None:
            return refusal(REFUSAL, passages, confidence)
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
        return refusal(REFUSAL, passages, confidence)
    # "中国铁路总公司的总经理是谁？": the answering article must say the role asked about (``role_unsaid``).
    if (
        unspaced_question
        and question == asked
        and ranked
        and role_unsaid(asked, _article_sentences(answering(short, ranked, passages), ranked, passages))
    ):
        return refusal(REFUSAL, passages, confidence)
    if english and own_subject and lacks_subject(asked, short, ranked, passages, keyword, language):
        return refusal(REFUSAL, passages, confidence)
    # The article giving the answer must hold the question, not only the best-fitting one:
    # "How much do the glass microspheres cost per square metre?" found an article on them, then
    # took "€7,000 per square meter" from one on ski chalets.
    # Outside English only in unspaced scripts, at a lower share: their character pairs say less.
    unspaced = not english and bool(UNSPACED_CHAR.search(asked))
    if (
        (english or unspaced)
        and own_subject
        and ranked
        and off_question(fits.get(answering(short, ranked, passages), 0.0), unspaced)
    ):
        return refusal(REFUSAL, passages, confidence)
    if (
        english
        and own_subject
        and short
        and kind is not Kind.PERSON
        and lacks_relation(asked, unasked, short, passages, keyword, language)
    ):
        return refusal(REFUSAL, passages, confidence)
    if english and own_subject and short and kind is Kind.PERSON:
        short = _tied_person(
            asked, unasked, short, ranked, passages, keyword, language, found.plan.outlets, acts, key_act
        )
        if short is None:
            return refusal(REFUSAL, passages, confidence)
    if (
        short
        and kind is Kind.PERSON
        and (
            someone_elses_role(asked, [text(c, passages) for c in short[1]], short[0].text)
            or in_other_role(asked, short[0].text, [text(c, passages) for c in short[1]])
        )
    ):
        return refusal(REFUSAL, passages, confidence)
    # "When will…?" is not answered by a year before the report quoting it (``rag.future_date``).
    if (
        english
        and short
        and kind is Kind.DATE
        and asks_future(asked)
        and before_report(short[0].text, passages[short[1][0].passage].date)
    ):
        return refusal(REFUSAL, passages, confidence)
    if short and kind is Kind.NUMBER and one_thing and uncounted(asked, [c.terms for c in short[1]]):
        return refusal(REFUSAL, passages, confidence)
    # Outside English the count must stand beside the noun counted in some quotable sentence: "Wie viele
    # Filialen hatte Zielpunkt?" is not answered by "rund 800 Mitarbeiter" (``rag.refusal.noun_uncounted``).
    if (
        kind is Kind.NUMBER
        and one_thing
        and not english
        and question == asked
        and noun_uncounted(asked, [(text(c, passages), c.terms) for c in ranked], language, keyword)
    ):
        return refusal(REFUSAL, passages, confidence)
    chosen = _quotes(ranked, limit, short)
    answer = render(chosen, passages, short)
    answer.confidence = confidence
    return answer


def lacks_subject(
    question: str,
    short: tuple[ShortAnswer, list[Candidate]] | None,
    ranked: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
) -> bool:
    """Whether the article answering a one-thing English question never says the noun it is about.

    The article is the one of the sentence holding the short answer, else of the best
    sentence; its quotable retrieved sentences are what it says, in the noun's word or
    another word for it (``rag.question_nouns.says``).
    """
    noun = subject_noun(question, keyword.idf, asked_thing(question, language))
    if noun is None or not ranked:
        return False
    doc = answering(short, ranked, passages)
    return not any(says(noun, c.terms) for c in ranked if passages[c.passage].doc_id == doc)


def lacks_relation(
    question: str,
    unasked: str,
    short: tuple[ShortAnswer, list[Candidate]],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
) -> bool:
    """Whether the passage holding the short answer never says the act the question asks about.

    "When did the UPS strike begin?" is not answered by "1997" from a passage on a strike
    that never says it began then (``rag.relation``).
    """
    # ``unasked``: the question without "How many…", "How long…", which say what kind of answer
    # is asked, not what happened.
    acts = predicate_terms(unasked, keyword, question)
    relation = relation_term(acts, keyword.idf, asked_thing(question, language))
    if relation is None:
        return False
    passage = passages[short[1][0].passage]
    return not says_relation(relation, f"{passage.title} {passage.text}")


def _tied_person(
    question: str,
    unasked: str,
    short: tuple[ShortAnswer, list[Candidate]],
    ranked: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
    outlets: frozenset[str],
    acts: frozenset[str],
    key_act: str | None,
) -> tuple[ShortAnswer, list[Candidate]] | None:
    """The short answer of a one-thing English "who" question, named where the question's act is said.

    A name voted from sentences that say none of the question's rare words (``rag.relation.person_ties``)
    is someone else the article mentions: "Who directed Passengers?" is not answered by "Australian"
    from "…a minimum of $100 Australian to take passengers…", unless another retrieved sentence naming
    them (by surname too) says ``REVOTE_TIES`` of those words. Else the name is chosen again among the good
    sentences (the voters' floor) saying ``REVOTE_TIES`` of those words — "Who was the FTC's lead trial
    attorney…?" finds "…the FTC's lead trial attorney on the case, James Weingarten" — and None
    (a refusal) when none does: one shared word is mostly the setting every retrieved article shares
    ("Who won the 2024 Iowa Republican caucuses?" over "…before the first Republican caucuses in
    Iowa…, Christie quit").
    """
    tie = person_ties(
        predicate_terms(unasked, keyword, question),  # ``unasked``: the question without its asking words
        keyword.idf,
        asked_thing(question, language),
    )
    if not tie or any(tie_count(tie, c.terms) for c in short[1]):
        return short
    # Named again by surname in a sentence that says the act: "The Lantern Keeper, starring Maria Olsen,
    # opened…" then "Olsen plays the lighthouse keeper…" answers "Who plays the lighthouse keeper…?".
    last = short[0].text.split()[-1:]
    surname = re.compile(rf"(?<!\w){re.escape(last[0])}(?!\w)") if last else None
    if surname and any(
        tie_count(tie, c.terms) >= REVOTE_TIES and surname.search(text(c, passages)) for c in ranked
    ):
        return short
    floor = VOTE_FLOOR * ranked[0].rank_score
    tied = [c for c in ranked[:VOTERS] if c.rank_score >= floor and tie_count(tie, c.terms) >= REVOTE_TIES]
    return _short_answer(question, Kind.PERSON, tied, passages, outlets, acts, key_act)


def _article_sentences(doc: str, ranked: list[Candidate], passages: list[Passage]) -> list[str]:
    """The quotable retrieved sentences of article ``doc``, with its passages' headlines."""
    of_doc = [c for c in ranked if passages[c.passage].doc_id == doc]
    return [text(c, passages) for c in of_doc] + sorted({passages[c.passage].title for c in of_doc})


def _person_ties(
    question: str, unasked: str, kind: Kind, keyword: LocalIndex, language: str
) -> frozenset[str]:
    """The rare words a "who did…" question's answer must be named beside (``rag.relation.person_ties``)."""
    if kind is not Kind.PERSON:
        return frozenset()
    return person_ties(predicate_terms(unasked, keyword), keyword.idf, asked_thing(question, language))


def answering(
    short: tuple[ShortAnswer, list[Candidate]] | None, ranked: list[Candidate], passages: list[Passage]
) -> str:
    """The article giving the answer: the one of the sentence holding the short answer, else of the best."""
    return passages[(short[1][0] if short else ranked[0]).passage].doc_id


def _short_answer(
    question: str,
    kind: Kind | None,
    ranked: list[Candidate],
    passages: list[Passage],
    outlets: frozenset[str],
    acts: frozenset[str] = frozenset(),
    key_act: str | None = None,
    home: str | None = None,
) -> tuple[ShortAnswer, list[Candidate]] | None:
    """The recurring answer among the best sentences, and those sentences.

    When none of the best sentences holds the asked-for kind, a weaker one that does and
    says what the question asks about (``acts``: its words outside its names) votes
    instead: "It's valued at $150,000." under "Lupita Nyong'o's … Oscar dress… was stolen";
    so does one of the ``home`` article (the best sentence's), if given.
    """
    if kind is None or not ranked:
        return None
    floor = VOTE_FLOOR * ranked[0].rank_score
    voters = [c for c in ranked[:VOTERS] if c.rank_score >= floor and c.lexical + c.inside > 0]
    # "Which judge…?": a sentence naming someone by the role asked votes, however few of the question's
    # words it repeats ("US district judge Edward Davila in San Jose… dismissed the case").
    role = asked_role(question) if kind is Kind.PERSON else None
    if role:
        voters += [c for c in ranked[:VOTERS] if c not in voters and names_by_role(text(c, passages), role)]
    context = [Context(p.doc_id, p.text) for p in passages]
    found = _vote(question, kind, voters, passages, outlets, context, ranked, key_act)
    if found is None:
        voters = [
            c
            for c in ranked[:VOTERS]
            if c.typed and (c.terms & acts or passages[c.passage].doc_id == home) and c not in voters
        ]
        found = _vote(question, kind, voters, passages, outlets, context)
    if found is None:
        return None
    holding = [voters[i] for i in found.support if found.text in text(voters[i], passages)]
    if not holding and found.support:  # named only in the sentence before a "he"/"she" voter
        holding = [c for c in ranked if found.text in text(c, passages)][:1]
    if found.kind in NAMED and " " not in found.text.strip():
        sentences = [text(c, passages) for c in ranked]
        longer = fuller(found, sentences)
        if longer is not None:
            name, where = longer
            found = ShortAnswer(name, found.kind, found.support, found.score)
            holding = [ranked[i] for i in where]
    return (found, holding) if holding else None


# A sentence opening with "he"/"she" is about the person the sentence before it names:
# "…, a ajouté Laurent Fabius. Il accueillait à Roissy un premier avion spécial."
_HE_OR_SHE = re.compile(r"^(?:he|she|il|elle|er|sie|él|ella|ele)\b", re.IGNORECASE)


def _before(cand: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The quotable sentence just before ``cand`` in its passage, if any."""
    earlier = [c for c in ranked if c.passage == cand.passage and c.end <= cand.start]
    return max(earlier, key=lambda c: c.end, default=None)


def _vote(
    question: str,
    kind: Kind,
    voters: list[Candidate],
    passages: list[Passage],
    outlets: frozenset[str],
    context: list[Context],
    ranked: list[Candidate] | None = None,
    key_act: str | None = None,
) -> ShortAnswer | None:
    """The vote among ``voters`` (None when there are none or they name nothing of the kind).

    A voter holding ``key_act`` (the question's rarest word outside its names) weighs more.

    For a person, a voter opening with "he" or "she" also votes for the names of the
    sentence before it (from ``ranked``, all quotable sentences).
    """
    evidence = []
    for c in voters:
        sentence = text(c, passages)
        prior = _before(c, ranked) if ranked and kind is Kind.PERSON and _HE_OR_SHE.match(sentence) else None
        if prior is not None:
            sentence = f"{text(prior, passages)} {sentence}"
        weight = c.rank_score * (1 + KEY_TERM_BONUS * (key_act is not None and key_act in c.terms))
        evidence.append(Evidence(sentence, passages[c.passage].doc_id, weight))
    return choose(question, kind, evidence, excluded=tuple(outlets), context=context) if evidence else None


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


def text(cand: Candidate, passages: list[Passage]) -> str:
    """The sentence as it stands in its passage."""
    return passages[cand.passage].text[cand.start : cand.end]


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
        quote = f"{text(cand, passages)} [{n}]"
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
