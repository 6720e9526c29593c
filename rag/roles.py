"""Roles a "who" question asks about, and whether the sentences naming its answer give that role.

"Which judge…?", "Who is the executive director of the center?": the role asked
(``asked_role``; Chinese and Japanese: ``asked_unspaced_role``), a name said in it
(``in_role``, ``names_by_role``), and whose role it is (``role_owner``). The answer
stands only when the sentences naming it say the asked role of the asked owner:
``someone_elses_role``, ``in_other_role`` and ``role_unsaid`` say when they do not, and
the answer is refused (``rag.extractive``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from byline import lexicon
from byline.lexicon import NOT_ROLES, ROLE_MODIFIERS

# The role an English "who" question asks about: "Which judge…?", "Who is the executive director of…?".
_BEFORE_WHICH = r"^(?:[^,?]*, )?(?:(?:in|on|at|for|from|of|by|to|with) )?"
_ROLE_WORDS = r"(?:[a-z-]+ ){0,2}[a-z-]+"
_ROLE_ASKED = (
    re.compile(rf"{_BEFORE_WHICH}(?:which|what) ([a-z][a-z-]{{2,}})\b", re.I),
    re.compile(rf"\bwho(?:'s| is| was| are| were) (?:the |an? )?({_ROLE_WORDS}) (?:of|at|for|in|on)\b", re.I),
)


def asked_role(question: str) -> str | None:
    """The role (a noun, with up to two words before it) an English "who" question names, if any.

    No role when a word of it only says "someone" or counts (``lexicon.NOT_ROLES``): "Who is the
    individual accused of fraud…?" names no "individual accused" a sentence could call them.
    """
    for pattern in _ROLE_ASKED:
        match = pattern.search(question)
        words = match.group(1).lower().split() if match else []
        # a participle is what was done, no role: "the player mentioned in…", "the person involved in…"
        if words and not set(words) & _NOT_ROLES and not any(w.endswith("ed") for w in words):
            return " ".join(words)
    return None


_NOT_ROLES = frozenset(NOT_ROLES["en"])


# "deputy mayor", "vice president": another role than the one asked (lookbehinds of one width each).
_MODIFIED = ")(?<!".join(rf"(?i:{re.escape(m)})[\s-]" for m in ROLE_MODIFIERS["en"])


def _role_pattern(role: str) -> str:
    """``role`` as a regex: any case, any spaces between its words, any of its forms ("CEO")."""
    forms = next((group for group in _ROLE_FORMS if role.lower() in group), (role,))
    return "(?i:" + "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms) + ")"


_ROLE_FORMS = lexicon.ROLE_FORMS["en"]


def in_role(
    name: str, role: str, sentences: Sequence[str], after: bool = True, owner: str | None = None
) -> bool:
    """Whether a sentence names ``name`` by the role the question asks about, right before (or after) it.

    "…said executive director Nicola Corzine", "Nicola Corzine, the executive director": the name
    the question's role stands beside is the one it asks for, not "Rusty Greiff, managing director
    of 1776" in a better-ranked sentence. ``after=False``: only the role before the name, with no
    other owner after it ("CEO Michael Litt of Vidyard" is Vidyard's) nor before it ("Yukos chief
    executive Steven Theede" is no answer to who runs ``owner``, Gazprom).
    """
    said = _role_pattern(role)
    before = rf"(?<!\w)(?<!{_MODIFIED}){said}\s+{re.escape(name)}(?!\w)"
    if not after:
        before += r"(?!,?\s+(?:of|at)\s+[A-Z])"
    pattern = before + (rf"|(?<!\w){re.escape(name)},\s+(?i:(?:the|an?)\s+)?{said}(?!\w)" if after else "")
    if after:
        return any(re.search(pattern, s) for s in sentences)
    return any(not _owner_before(s[: m.start()], owner) for s in sentences for m in re.finditer(pattern, s))


# A capitalised word right before a role, not opening the sentence, says whose role it is: "…said
# Yukos chief executive Steven Theede" (Yukos's, whatever the question asked), "Apple's CEO".
_OTHER_OWNER = re.compile(r"\S\s+([A-Z][\w’'.&-]*?)(?:['’]s)?\s*$")


def _owner_before(text: str, owner: str | None) -> bool:
    """Whether ``text`` (a sentence up to a role) ends in an owner of the role other than ``owner``."""
    match = _OTHER_OWNER.search(text)
    if match is None:
        return False
    word = match.group(1).lower()
    return owner is None or word not in {w.lower().strip(".,") for w in owner.split()}


def names_by_role(sentence: str, role: str) -> bool:
    """Whether ``sentence`` names someone by ``role`` ("US district judge Edward Davila")."""
    named = rf"(?<!\w)(?<!{_MODIFIED}){_role_pattern(role)}\s+[A-Z][\w’'-]+\s+[A-Z]"
    return re.search(named, sentence) is not None


_UNSPACED_RUN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WHO_AFTER_ROLE = re.compile(rf"([{_UNSPACED_RUN}]+?)(?:{lexicon.alternatives(lexicon.WHO_AFTER_ROLE)})")
# What comes before the role: "…的", "那位", "…の", "…は"; hiragana before it is a verb's ending
# ("インタビューした野球解説者").
_BEFORE_ROLE = re.compile(r"[的之位の是は]|[\u3040-\u309f]+")
ROLE_HEAD = 3  # characters of a role kept: its head ("总经理", "设计师" of "总设计师", "理事長")


def asked_unspaced_role(question: str) -> str | None:
    """The role a Chinese or Japanese "who" question asks the holder of ("总经理"), if it names one.

    The characters before the asking words, after the last "的"/"の" or particle, cut to their last
    ``ROLE_HEAD`` (the head of "探月工程总设计师" is "设计师"). A role ending in hiragana is no noun
    ("社長の後任には誰が…" asks who comes next, "…を務めるのは誰" who does something).
    """
    match = _WHO_AFTER_ROLE.search(question)
    if match is None:
        return None
    run = match.group(1)
    if "\u3040" <= run[-1] <= "\u309f":
        return None
    role = _BEFORE_ROLE.split(run)[-1]
    return role[-ROLE_HEAD:] if len(role) >= 2 else None


# The owner of the role a CJK "who" question asks about: the whole noun phrase before its "的"/"の"
# ("宏达公司的总经理是谁？" asks for 宏达公司's manager). No particle, kana or punctuation inside it:
# "日本とメキシコの親善試合を視察した…の監督" names no one owner.
_OWNER_BEFORE = re.compile(rf"^([{_UNSPACED_RUN}A-Za-z0-9]{{2,}}?)[的の]")
_KANA_OR_VERB = re.compile(r"[\u3040-\u309f]|[的是在被把将]")
# At most this many characters: a longer phrase may hold a verb ("邀请陈立群去台江的教育局局长"), or
# be worded otherwise by the article ("贝莱德固定收益业务").
OWNER_CHARS = 5


def unspaced_owner(question: str) -> str | None:
    """Whose role a Chinese or Japanese "who holds this role" question asks about, if it says so plainly."""
    if asked_unspaced_role(question) is None:
        return None
    match = _OWNER_BEFORE.match(question)
    if match is None or _KANA_OR_VERB.search(match.group(1)):
        return None
    return match.group(1) if len(match.group(1)) <= OWNER_CHARS else None


def owner_unsaid(question: str, sentences: Iterable[str]) -> bool:
    """Whether the article naming the answer never names whose role the CJK question asks about.

    "宏达公司的总经理是谁？" is not answered by "远航科技的总经理李明" of another company's article:
    the role is said there, its owner is not (the English counterpart: ``someone_elses_role``).
    """
    owner = unspaced_owner(question)
    return owner is not None and not any(owner in s for s in sentences)


def beside_role(name: str, role: str, sentences: Sequence[str]) -> bool:
    """Whether a sentence names ``name`` right after or before the role a CJK "who" asks about.

    "联发科总经理陈冠州表示" names the manager "联发科的总经理是谁？" asks for; "…の洪明甫監督" the
    coach. A "的"/"の", a space, a "・" or a colon may stand between role and name ("野球解説者・栗山英樹氏",
    "首席投资官：Rick Rieder").
    """
    said = re.escape(role)
    named = re.escape(name)
    pattern = re.compile(rf"{said}[的の\s・：:]?{named}|{named}(?:元|前)?{said}")
    return any(pattern.search(s) for s in sentences)


def role_unsaid(question: str, sentences: Iterable[str]) -> bool:
    """Whether the answering article's quotable ``sentences`` never say the role a CJK "who" asks about.

    "中国铁路总公司的总经理是谁？" over an article on the railway company that names no manager:
    its sentences say "中国铁路总公司", never "总经理", and quoting them answers nothing. Unspaced
    scripts write no capitals, so the name cannot be looked for; the role can.
    """
    role = asked_unspaced_role(question)
    return role is not None and not any(role in s for s in sentences)


_ROLE_OF = re.compile(
    r"\b(?i:ceo|chief executive|president|prime minister|mayor|governor|chairman|chairwoman|chair|founder|"
    r"head|leader|director|coach|manager|owner|king|queen|editor|minister|secretary|commissioner) of "
    r"(?:[Tt]he )?([A-Z][\w’'.&-]*(?: (?:(?:of|for|and|on|de) )?[A-Z][\w’'.&-]*)*)"
)


def role_owner(question: str) -> str | None:
    """Whose role a "Who is the CEO of Zoom?" question asks about ("Zoom"), if it asks that.

    The whole name, with its small joining words: "the Bank of England" (not "Bank": any
    sentence on a bank's decision would do), "AT&T Entertainment", "The Covenant School".
    """
    match = _ROLE_OF.search(question)
    return match.group(1) if match else None


def someone_elses_role(question: str, sentences: Iterable[str], name: str = "") -> bool:
    """Whether the sentences naming the answer never name whose role the question asks about.

    "Who is the CEO of Zoom?" is not answered by "…says Michael Litt, co-founder and CEO of
    Vidyard", nor "Who is the president of South Sudan?" by "President Bill Clinton imposed…
    against Sudan": the sentence that names the person must name the organisation or country.
    Unless one names ``name`` by the very role asked, of several words, and no other owner ("…said
    executive director Nicola Corzine" in the article on the Nasdaq Entrepreneurial Center, whose name
    it leaves out). A one-word title is said of many ("President Bill Clinton imposed sanctions on
    Sudan" is no answer to "Who is the president of South Sudan?").
    """
    owner = role_owner(question)
    if owner is None:
        return False
    sentences = list(sentences)
    role = asked_role(question)
    if name and role and " " in role and in_role(name, role, sentences, after=False, owner=owner):
        return False
    said = re.escape(owner)
    # "…said Laura McCrary, executive director of KHIN": an owner of several capitalised words is also
    # written by its initials, once the article has spelt it out ("Kansas Health Information Network (KHIN)").
    capitals = [w[0] for w in owner.split() if w[:1].isupper()]
    if len(capitals) >= 2:
        said += rf"|(?-i:{''.join(capitals)})"
    wanted = re.compile(rf"(?<!\w)(?:{said})(?!\w)", re.IGNORECASE)
    return not any(wanted.search(s) for s in sentences)


_ROLE_MODIFIERS = frozenset(ROLE_MODIFIERS["en"])


def in_other_role(question: str, name: str, sentences: Iterable[str]) -> bool:
    """Whether the sentences name ``name`` only by another role of the kind the question asks about.

    "Who is the chief financial officer of CircleCI?" is not answered by "…said Jim Rose, Chief
    Executive Officer, CircleCI", nor "Who is the executive director of the center?" by "Rusty
    Greiff, managing director of 1776": the role beside the name has the asked role's last word
    ("officer", "director") and other words before it. A role said once as asked ("…said executive
    director Nicola Corzine") settles it.
    """
    role = asked_role(question)
    if not role or not name:
        return False
    sentences = list(sentences)
    if in_role(name, role, sentences):
        return False
    asked = role.split()
    head = re.escape(asked[-1])
    named = re.escape(name)
    roles = re.compile(
        rf"(?<!\w){named},\s+(?:(?i:the|an?)\s+)?((?:[\w-]+\s+){{0,3}}?(?i:{head}))(?!\w)|"
        rf"((?:[\w-]+\s+){{0,3}}(?i:{head}))\s+{named}(?!\w)"
    )
    # "Tom Lee, chief U.S. equity strategist at JPMorgan Chase" for "Who is the chief executive of
    # JPMorgan Chase?": a role of the asked owner, but not the asked one. Only for a role asked with its
    # owner ("the <role> of <owner>"): "Which Gartner analyst…?" reads "gartner" as the role.
    owned = role_owner(question) is not None
    apposed = re.compile(
        rf"(?<!\w){named},\s+(?:(?i:the|an?)\s+)?(?:[\w.-]+\s+){{0,4}}?([a-z][a-z-]+)\s+(?:at|of|for)\s+[A-Z]"
    )
    for sentence in sentences:
        for m in roles.finditer(sentence):
            said = (m.group(1) or m.group(2)).lower().split()
            # "former deputy mayor Tangi Utikere" for "Who is the mayor…?": a deputy's role
            if said[-len(asked) :] != asked or set(said[: -len(asked)]) & _ROLE_MODIFIERS:
                return True
        for m in apposed.finditer(sentence) if owned else ():
            if m.group(1) != asked[-1].lower() and m.group(1) not in _NOT_ROLE_HEADS:
                return True
    return False


# Words that end an apposition without naming a role: "Jane Doe, who lives in…" never gets this far,
# but "Jane Doe, 45, a native of Ohio" and "…, one of…" do.
_NOT_ROLE_HEADS = frozenset({"native", "resident", "one", "both", "each", "all", "part", "member"})
