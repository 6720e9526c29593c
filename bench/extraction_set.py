"""The extraction dev set: public news pages with reference metadata, split into dev and held-out halves.

Two sources, read where they are (nothing fetched is committed):

- ``../shared/bench/readability_pages`` (mozilla/readability test pages): the
  news pages among them, scored against Readability's ``expected-metadata.json``
  (title, ``publishedTime``); the outlet reference is ours (``READABILITY_OUTLETS``),
  because Readability's ``siteName`` is null on many pages that name their outlet.
- postlight/parser's ``fixtures/`` (mirror from the ``fetch`` tool, skipped when
  absent): title and ``date_published`` read from each extractor test; outlet ours
  (``POSTLIGHT_OUTLETS``).

The split is by a hash of the page name: ``dev`` (tuned on) and ``held-out`` (not).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared") if p.exists()), ROOT.parent)
READABILITY = SHARED / "bench" / "readability_pages"
POSTLIGHT_GIT = Path("/work/.mirror/postlight+parser/repo")

# Readability pages that are news or magazine articles: page -> (outlet names a reader accepts, language).
READABILITY_OUTLETS: dict[str, tuple[tuple[str, ...], str]] = {
    "aclu": (("American Civil Liberties Union", "ACLU"), "en"),
    "aktualne": (("Aktuálně.cz",), "cs"),
    "ars-1": (("Ars Technica",), "en"),
    "article-author-tag": (("Atlas Obscura",), "en"),
    "bbc-1": (("BBC News", "BBC"), "en"),
    "breitbart": (("Breitbart",), "en"),
    "bug-1255978": (("The Independent",), "en"),
    "buzzfeed-1": (("BuzzFeed",), "en"),
    "citylab-1": (("CityLab",), "en"),
    "cnet": (("CNET",), "en"),
    "cnet-svg-classes": (("CNET en Español", "CNET"), "es"),
    "cnn": (("CNNMoney", "CNN"), "en"),
    "engadget": (("Engadget",), "en"),
    "folha": (("Folha de S.Paulo",), "pt"),
    "gmw": (("光明网", "gmw.cn"), "zh"),
    "guardian-1": (("The Guardian",), "en"),
    "heise": (("heise online", "Mac & i", "heise"), "de"),
    "herald-sun-1": (("Herald Sun", "HeraldSun"), "en"),
    "la-nacion": (("La Nación", "LA NACION"), "es"),
    "lemonde-1": (("Le Monde", "Le Monde.fr"), "fr"),
    "liberation-1": (("Libération", "Libération.fr"), "fr"),
    "medicalnewstoday": (("Medical News Today",), "en"),
    "msn": (("MSN",), "en"),
    "nytimes-1": (("The New York Times", "nytimes.com"), "en"),
    "nytimes-2": (("The New York Times", "nytimes.com"), "en"),
    "nytimes-3": (("The New York Times", "nytimes.com"), "en"),
    "nytimes-4": (("The New York Times", "nytimes.com"), "en"),
    "qq": (("腾讯网", "qq.com", "Tencent"), "zh"),
    "quanta-1": (("Quanta Magazine",), "en"),
    "salon-1": (("Salon", "salon.com"), "en"),
    "schema-org-context-object": (("NBC News",), "en"),
    "seattletimes-1": (("The Seattle Times",), "en"),
    "telegraph": (("The Telegraph",), "en"),
    "theverge": (("The Verge",), "en"),
    "tmz-1": (("TMZ", "tmz.com"), "en"),
    "videos-1": (("Vox",), "en"),
    "videos-2": (("Libération", "Libération.fr"), "fr"),
    "wapo-1": (("The Washington Post", "Washington Post"), "en"),
    "wapo-2": (("The Washington Post", "Washington Post"), "en"),
    "webmd-1": (("WebMD", "webmd.com"), "en"),
    "webmd-2": (("WebMD", "webmd.com"), "en"),
    "wikia": (("Fandom", "Fandom powered by Wikia"), "en"),
    "wordpress": (("WordPress Tavern",), "en"),
    "yahoo-3": (("Yahoo", "Yahoo News"), "en"),
    "yahoo-4": (("Yahoo!ニュース", "Yahoo Japan"), "ja"),
    "youth": (("中国青年网", "youth.cn"), "zh"),
}

# Pages where Readability's title is not the headline a reader sees (its <title> with the site's
# suffix, or an older headline): scored against the page's visible <h1> instead.
VISIBLE_HEADLINE = {
    "bug-1255978": "The seven secrets that hotel owners don't want you to know",
    "gmw": "宇航员在太空中喝酒会怎么样？后果很严重",
    "qq": "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶",
    "videos-1": "The 21 best movies of 2017",
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
}

# postlight/parser fixtures that are news or magazine articles: domain -> (outlet names, language).
POSTLIGHT_OUTLETS: dict[str, tuple[tuple[str, ...], str]] = {
    "abcnews.go.com": (("ABC News",), "en"),
    "arstechnica.com": (("Ars Technica",), "en"),
    "deadline.com": (("Deadline",), "en"),
    "deadspin.com": (("Deadspin",), "en"),
    "epaper.zeit.de": (("Die Zeit", "ZEIT ONLINE", "Zeit"), "de"),
    "fortune.com": (("Fortune",), "en"),
    "forward.com": (("The Forward", "Forward"), "en"),
    "gothamist.com": (("Gothamist",), "en"),
    "ici.radio-canada.ca": (("Radio-Canada", "Radio-Canada.ca", "ICI Radio-Canada"), "fr"),
    "japan.cnet.com": (("CNET Japan",), "ja"),
    "japan.zdnet.com": (("ZDNet Japan", "ZDNET Japan"), "ja"),
    "mashable.com": (("Mashable",), "en"),
    "money.cnn.com": (("CNNMoney", "CNN Business", "CNN"), "en"),
    "newrepublic.com": (("The New Republic", "New Republic"), "en"),
    "news.mynavi.jp": (("マイナビニュース", "Mynavi"), "ja"),
    "news.nationalgeographic.com": (("National Geographic",), "en"),
    "observer.com": (("Observer",), "en"),
    "pagesix.com": (("Page Six",), "en"),
    "people.com": (("People", "PEOPLE.com"), "en"),
    "pitchfork.com": (("Pitchfork",), "en"),
    "qz.com": (("Quartz",), "en"),
    "timesofindia.indiatimes.com": (("The Times of India", "Times of India"), "en"),
    "uproxx.com": (("Uproxx",), "en"),
    "www.abendblatt.de": (("Hamburger Abendblatt", "abendblatt.de"), "de"),
    "www.al.com": (("al.com", "AL.com"), "en"),
    "www.aol.com": (("AOL", "AOL.com"), "en"),
    "www.asahi.com": (("朝日新聞デジタル", "朝日新聞", "asahi.com"), "ja"),
    "www.bloomberg.com": (("Bloomberg",), "en"),
    "www.broadwayworld.com": (("BroadwayWorld",), "en"),
    "www.bustle.com": (("Bustle",), "en"),
    "www.buzzfeed.com": (("BuzzFeed", "BuzzFeed News"), "en"),
    "www.cbc.ca": (("CBC", "CBC News"), "en"),
    "www.cbssports.com": (("CBS Sports", "CBSSports.com"), "en"),
    "www.chicagotribune.com": (("Chicago Tribune",), "en"),
    "www.cnbc.com": (("CNBC",), "en"),
    "www.cnet.com": (("CNET",), "en"),
    "www.cnn.com": (("CNN",), "en"),
    "www.engadget.com": (("Engadget",), "en"),
    "www.eonline.com": (("E! Online", "E! News"), "en"),
    "www.fool.com": (("The Motley Fool", "Motley Fool"), "en"),
    "www.gizmodo.jp": (("ギズモード・ジャパン", "Gizmodo Japan"), "ja"),
    "www.huffingtonpost.com": (("HuffPost", "The Huffington Post"), "en"),
    "www.infoq.com": (("InfoQ",), "en"),
    "www.itmedia.co.jp": (("ITmedia", "ITmedia NEWS"), "ja"),
    "www.latimes.com": (("Los Angeles Times", "LA Times"), "en"),
    "www.lemonde.fr": (("Le Monde", "Le Monde.fr"), "fr"),
    "www.macrumors.com": (("MacRumors",), "en"),
    "www.mentalfloss.com": (("Mental Floss",), "en"),
    "www.miamiherald.com": (("Miami Herald",), "en"),
    "www.msnbc.com": (("MSNBC", "MSNBC.com"), "en"),
    "www.nationalgeographic.com": (("National Geographic",), "en"),
    "www.nbcnews.com": (("NBC News",), "en"),
    "www.ndtv.com": (("NDTV", "NDTV.com"), "en"),
    "www.newyorker.com": (("The New Yorker",), "en"),
    "www.npr.org": (("NPR", "NPR.org"), "en"),
    "www.nydailynews.com": (("New York Daily News", "NY Daily News", "nydailynews.com"), "en"),
    "www.nytimes.com": (("The New York Times", "nytimes.com"), "en"),
    "www.politico.com": (("Politico", "POLITICO"), "en"),
    "www.qdaily.com": (("好奇心日报", "qdaily.com"), "zh"),
    "www.rawstory.com": (("Raw Story", "The Raw Story"), "en"),
    "www.recode.net": (("Recode",), "en"),
    "www.reuters.com": (("Reuters",), "en"),
    "www.rollingstone.com": (("Rolling Stone",), "en"),
    "www.sbnation.com": (("SB Nation", "SBNation.com"), "en"),
    "www.si.com": (("Sports Illustrated", "SI.com"), "en"),
    "www.slate.com": (("Slate", "Slate Magazine"), "en"),
    "www.spektrum.de": (("Spektrum der Wissenschaft", "Spektrum.de", "spektrum.de"), "de"),
    "www.theatlantic.com": (("The Atlantic",), "en"),
    "www.theguardian.com": (("The Guardian",), "en"),
    "www.theverge.com": (("The Verge",), "en"),
    "www.tmz.com": (("TMZ",), "en"),
    "www.today.com": (("TODAY", "TODAY.com"), "en"),
    "www.usmagazine.com": (("Us Weekly", "Us Magazine"), "en"),
    "www.vox.com": (("Vox",), "en"),
    "www.washingtonpost.com": (("The Washington Post", "Washington Post"), "en"),
    "www.yahoo.com": (("Yahoo", "Yahoo News"), "en"),
    "www.yomiuri.co.jp": (("読売新聞", "読売新聞オンライン", "YOMIURI ONLINE", "yomiuri.co.jp"), "ja"),
}


@dataclass(frozen=True)
class Page:
    """One dev-set page and what a careful reader says about it ("" = no reference)."""

    name: str
    source: str  # "readability" or "postlight"
    html: bytes
    title: str
    date: str
    outlets: tuple[str, ...]
    language: str

    @property
    def half(self) -> str:
        return "dev" if int(hashlib.sha1(self.name.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def readability_pages() -> list[Page]:
    pages = []
    for name, (outlets, language) in sorted(READABILITY_OUTLETS.items()):
        folder = READABILITY / name
        if not folder.is_dir():
            continue
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(
            Page(
                name=f"readability/{name}",
                source="readability",
                html=(folder / "source.html").read_bytes(),
                title=VISIBLE_HEADLINE.get(name) or meta.get("title") or "",
                date=(meta.get("publishedTime") or "")[:10],
                outlets=outlets,
                language=language,
            )
        )
    return pages


def _git(*args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={POSTLIGHT_GIT}", *args], capture_output=True, check=True
    ).stdout


def _expected(test: str, field: str) -> str:
    match = re.search(rf"assert\.equal\(\s*{field},\s*(['\"`])(.*?)\1\s*\)", test, re.DOTALL)
    return match.group(2).replace("\\'", "'") if match else ""


def postlight_pages() -> list[Page]:
    """Fixtures whose extractor test states a title or date (first fixture per domain)."""
    if not POSTLIGHT_GIT.exists():
        return []
    pages = []
    for domain, (outlets, language) in sorted(POSTLIGHT_OUTLETS.items()):
        try:
            test = _git("show", f"HEAD:src/extractors/custom/{domain}/index.test.js").decode("utf-8")
        except subprocess.CalledProcessError:
            continue
        fixture = re.search(r"fixtures/([^'\"`]+\.html)", test)
        if not fixture:
            continue
        following = re.search(r"fixtures/[^'\"`]+\.html", test[fixture.end() :])
        if following:  # a test of several cases: keep the first case's expectations
            test = test[: fixture.end() + following.start()]
        pages.append(
            Page(
                name=f"postlight/{domain}",
                source="postlight",
                html=_git("show", f"HEAD:fixtures/{fixture.group(1)}"),
                title=_expected(test, "title"),
                date=_expected(test, "date_published")[:10],
                outlets=(*outlets, domain.removeprefix("www.")),  # the last resort: the domain
                language=language,
            )
        )
    return pages


def dev_set() -> list[Page]:
    return readability_pages() + postlight_pages()
