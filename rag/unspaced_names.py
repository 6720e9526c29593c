"""People's names in Chinese and Japanese text, which writes them without capitals or spaces.

``rag.mentions`` finds names by their capitals; in an unspaced script nothing marks where a name
starts, so a "who" question (谁 / 誰) had no candidate to vote for. Here a name is a span the
surrounding words say is a person's, from the word lists of ``byline.lexicon``:

- Chinese: a common surname and one or two given-name characters, right after a role or title
  ("总设计师吴伟仁", "全国政协委员张近东") or right before a title or reporting verb ("王小云表示",
  "张先生"). Without such a word a surname character is too often a common one.
- Either script: a transliterated foreign name, parts joined by a middle dot ("丹尼尔·霍特",
  "チャールズ・ニックス").
- Japanese: two to five kanji right before an honorific or a role ("岩本絹子容疑者", "木坂有朗取締役",
  "洪明甫監督"); katakana before an honorific ("ニックス氏") or after a team position ("代表ＦＷロナルド").

Latin names inside the text ("Brendan Alper") are still found by their capitals (``rag.mentions``).
"""

from __future__ import annotations

import functools
import re

from byline import lexicon

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u30a1-\u30fa\u30fc"  # katakana and its long-vowel mark
_DOT = "·・•‧∙"
_SURNAME = "|".join(sorted(lexicon.CHINESE_SURNAMES, key=len, reverse=True))
_GIVEN = rf"(?:[{_HAN}](?<![{lexicon.CHINESE_NOT_GIVEN}]))"
_ROLE = "|".join(sorted(map(re.escape, lexicon.CHINESE_ROLES_BEFORE), key=len, reverse=True))
_AFTER = "|".join(sorted(map(re.escape, lexicon.CHINESE_AFTER_NAME), key=len, reverse=True))
# What may follow a name after a role: a title or reporting verb, punctuation, a bracket, a space.
_ENDS = rf"(?:{_AFTER}|[{lexicon.CHINESE_AFTER_NAME_CHARS}]|[\s，。、；：！？,.;:!?（(“”\"「」《》]|$)"
# A heading may set the name a space apart: "中国载人航天工程新闻发言人 武平".
_CHINESE_AFTER_ROLE = re.compile(rf"(?:{_ROLE})[ \u3000]?((?:{_SURNAME}){_GIVEN}{{1,2}}?)(?={_ENDS})")
_CHINESE_BEFORE_WORD = re.compile(rf"(?<![{_HAN}])((?:{_SURNAME}){_GIVEN}{{1,2}}?)(?={_AFTER})")
# A transliterated Chinese name: Han parts spelled with the characters Chinese spells foreign names
# with, joined by a middle dot ("宇航员巴兹·奥尔德林" names 巴兹·奥尔德林, "卡塔里通信卫星" ends at 卡塔里).
# Japanese joins any katakana words so ("コンビニ・スーパー", "イベント・セミナー"): a dotted katakana name
# counts only beside an honorific or a position (below).
_SPELLED = f"[{lexicon.CHINESE_TRANSLITERATION}]"
_DOTTED = re.compile(rf"{_SPELLED}{{2,}}(?:[{_DOT}]{_SPELLED}{{2,}})+")
_JA_AFTER = "|".join(sorted(map(re.escape, lexicon.JAPANESE_AFTER_NAME), key=len, reverse=True))
# Not glued to katakana before it: "大和ハウス工業社長" is a company's president. "さんぽ" is a walk
# ("東京情報さんぽ"), no honorific.
_JAPANESE = re.compile(rf"(?<![{_HAN}々{_KANA}])([{_HAN}][{_HAN}々]{{1,4}}?)(?:元|前)?(?:{_JA_AFTER})(?!ぽ)")
# A foreign name in katakana before an honorific or role, or after a team position: "ニックス氏",
# "トランプ大統領", "ＦＷロナルド".
_KANA_NAME = rf"[{_KANA}]{{2,}}(?:[{_DOT}][{_KANA}]{{2,}})*"
_JA_ROLE = "|".join(map(re.escape, lexicon.JAPANESE_ROLES_BEFORE))
_JA_KANA_AFTER = "|".join(sorted(map(re.escape, lexicon.JAPANESE_AFTER_KATAKANA_NAME), key=len, reverse=True))
_KATAKANA = re.compile(rf"({_KANA_NAME})(?:{_JA_KANA_AFTER})(?!ぽ)|(?:{_JA_ROLE})({_KANA_NAME})")
_KANA_CHAR = re.compile(rf"[\u3040-\u309f{_KANA}]")
_ORG_END = tuple(lexicon.UNSPACED_ORG_ENDINGS)
_NOT_NAMES = frozenset(lexicon.UNSPACED_NOT_NAMES)
MEMO_SIZE = 1 << 14


def _is_org(name: str) -> bool:
    """Whether a span ends as an organisation's name does ("东方公司", "外務省")."""
    return name.endswith(_ORG_END)


@functools.lru_cache(maxsize=MEMO_SIZE)
def person_names(sentence: str) -> tuple[str, ...]:
    """The people's names a Chinese or Japanese sentence gives, in order, each once (remembered)."""
    found: list[tuple[int, str]] = []
    if not japanese(sentence):  # Chinese: "英国现任外相拉布" is no Japanese "…外相"
        for pattern in (_CHINESE_AFTER_ROLE, _CHINESE_BEFORE_WORD, _DOTTED):
            for m in pattern.finditer(sentence):
                group = m.lastindex or 0  # the name, without the role or word around it
                found.append((m.start(group), m.group(group)))
        return _distinct(found)
    # "韓国大統領", "大阪府知事": a place's role, no one's name.
    found += [
        (m.start(1), m.group(1))
        for m in _JAPANESE.finditer(sentence)
        if not m.group(1).endswith(tuple(lexicon.JAPANESE_PLACE_ENDINGS))
    ]
    for m in _KATAKANA.finditer(sentence):
        group = 1 if m.group(1) else 2
        found.append((m.start(group), m.group(group)))
    return _distinct(found)


def _distinct(found: list[tuple[int, str]]) -> tuple[str, ...]:
    """The names found, in the order they stand, each once; no organisation, no shorter reading."""
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names and not _is_org(name) and name[:2] not in _NOT_NAMES:
            names.append(name)
    # A shorter reading inside a longer one at the same place is the same person ("王小" of "王小云").
    return tuple(n for n in names if not any(n != other and other.startswith(n) for other in names))


def japanese(text: str) -> bool:
    """Whether ``text`` is Japanese rather than Chinese: it writes kana."""
    return _KANA_CHAR.search(text) is not None
