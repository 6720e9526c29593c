"""Loaders on small real-shaped files: dump shapes, encodings, metadata precedence, furniture, safety."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from byline.boilerplate import is_boilerplate
from index.article import Article, Skipped
from index.loaders import iter_files, load_file

pytestmark = pytest.mark.fast

BODY = (
    "The harbour authority of Kestrel Bay approved a new ferry pier on Tuesday after a two-year dispute.\n\n"
    "Fishermen said the pier would block the old channel, but engineers promised a second opening."
)
LIMIT = 1_000_000


def load(path: Path, **kwargs: object) -> list[Article | Skipped]:
    return list(load_file(path, kwargs.pop("max_bytes", LIMIT), **kwargs))  # type: ignore[arg-type]


def only_article(path: Path, **kwargs: object) -> Article:
    items = load(path, **kwargs)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


SHAPES = {
    "news-please": {
        "title": "Pier approved",
        "maintext": BODY,
        "date_publish": "2021-03-02 09:15:00",
        "date_modify": "2023-01-01 00:00:00",
        "source_domain": "kestrelnews.example",
        "authors": ["Ada Brisk"],
        "language": "en",
        "url": "https://kestrelnews.example/pier",
    },
    "newspaper4k": {
        "title": "Pier approved",
        "text": BODY,
        "publish_date": "2021-03-02T09:15:00+00:00",
        "meta_site_name": "Kestrel News",
        "meta_lang": "en",
        "authors": ["Ada Brisk"],
        "url": "https://kestrelnews.example/pier",
    },
    "trafilatura": {
        "title": "Pier approved",
        "author": "Ada Brisk",
        "hostname": "kestrelnews.example",
        "date": "2021-03-02",
        "text": BODY,
        "language": "en",
        "source": "https://kestrelnews.example/pier",
        "source-hostname": "Kestrel News",
    },
    "cc-news-gdelt": {
        "title": "Pier approved",
        "text": BODY,
        "domain": "kestrelnews.example",
        "SourceCommonName": "Kestrel News",
        "seendate": "20210302T091500Z",
        "url": "https://kestrelnews.example/pier",
    },
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_tools_record_shape_gives_title_date_outlet(tmp_path: Path, shape: str) -> None:
    path = tmp_path / f"{shape}.json"
    path.write_text(json.dumps([SHAPES[shape]]), encoding="utf-8")
    article = only_article(path)
    assert article.title == "Pier approved"
    assert article.date == "2021-03-02"
    assert article.publisher in ("Kestrel News", "kestrelnews.example")
    assert article.text.startswith("The harbour authority")
    if shape != "cc-news-gdelt":
        assert article.author == "Ada Brisk"
        assert article.language == "en"
    assert article.url == "https://kestrelnews.example/pier"


def test_newsapi_source_object_and_published_at(tmp_path: Path) -> None:
    record = {
        "source": {"id": "ansa", "name": "ANSA.it"},
        "author": "Redazione",
        "title": "Nuovo molo approvato",
        "description": "Il porto di Kestrel avrà un nuovo molo per i traghetti.",
        "url": "https://www.ansa.it/molo",
        "publishedAt": "2021-03-02T09:15:00Z",
        "content": "Il porto di Kestrel ha approvato martedì un nuovo molo per i traghetti… [+2345 chars]",
    }
    path = tmp_path / "newsapi.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 1, "articles": [record]}), encoding="utf-8")
    article = only_article(path)
    assert article.publisher == "ANSA.it"
    assert article.date == "2021-03-02"
    assert "[+2345 chars]" not in article.text and "nuovo molo" in article.text


def test_dict_of_records_and_jsonl(tmp_path: Path) -> None:
    records = {
        f"story-{i}": {"title": f"Story {i}", "body": BODY, "date": f"2021-03-0{i}"} for i in (1, 2, 3)
    }
    (tmp_path / "dict.json").write_text(json.dumps(records), encoding="utf-8")
    articles = load(tmp_path / "dict.json")
    assert [a.title for a in articles if isinstance(a, Article)] == ["Story 1", "Story 2", "Story 3"]
    assert [a.doc_id for a in articles if isinstance(a, Article)] == ["story-1", "story-2", "story-3"]
    lines = "\n".join(json.dumps(r) for r in records.values())
    (tmp_path / "dump.ndjson").write_text(lines, encoding="utf-8")
    assert [a.date for a in load(tmp_path / "dump.ndjson") if isinstance(a, Article)] == [
        "2021-03-01",
        "2021-03-02",
        "2021-03-03",
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_an_over_size_record_is_skipped_alone_and_the_dump_is_read_beyond_the_file_limit(
    tmp_path: Path, suffix: str
) -> None:
    small = [{"title": f"Story {i}", "body": BODY} for i in range(20)]
    huge = {"title": "Huge", "body": "word " * 2_000}
    records = [*small[:10], huge, *small[10:]]
    path = tmp_path / f"dump{suffix}"
    if suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    else:
        path.write_text(json.dumps({"articles": records}, indent=1), encoding="utf-8")
    limit = 5_000  # each small record fits, the file and the huge record do not
    assert path.stat().st_size > limit
    items = load(path, max_bytes=limit)
    assert [i.title for i in items if isinstance(i, Article)] == [r["title"] for r in small]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(skipped) == 1 and "too large" in skipped[0].reason and skipped[0].path.endswith("#11")


def test_field_mapping_reads_any_other_field_names(tmp_path: Path) -> None:
    record = {
        "titular": "Muelle aprobado",
        "contenido": BODY,
        "fecha_publicacion": "2021-03-02",
        "medio": {"nombre": "El Faro"},
    }
    path = tmp_path / "es.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert isinstance(load(path)[0], Skipped)
    mapping = {
        "body": "contenido",
        "title": "titular",
        "date": "fecha_publicacion",
        "publisher": "medio.nombre",
    }
    article = only_article(path, field_map=mapping)
    assert (article.title, article.date, article.publisher) == ("Muelle aprobado", "2021-03-02", "El Faro")


def test_latin1_text_with_pound_sign_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bbc.txt"
    path.write_bytes("Ferry fares rise\n\nA return ticket now costs £12.50, up from £9.".encode("latin-1"))
    article = only_article(path)
    assert "£12.50" in article.text and article.title == "Ferry fares rise"


def test_declared_iso_8859_1_html_is_read(tmp_path: Path) -> None:
    html = (
        '<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Fähre teurer</title></head><body><article><h1>Fähre teurer</h1>"
        "<p>Die Rückfahrkarte für die Fähre über die Förde kostet ab Montag zwölf Euro, "
        "teilte die Reederei in Kiel mit. Pendler müssen künftig deutlich mehr zahlen.</p>"
        "<p>Die Gemeinde prüft nun Zuschüsse für Schüler und Senioren, hieß es.</p></article></body></html>"
    )
    path = tmp_path / "kiel.html"
    path.write_bytes(html.encode("latin-1"))
    article = only_article(path)
    assert "Rückfahrkarte" in article.text and "Förde" in article.text
    assert article.title == "Fähre teurer" and article.language == "de"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_are_honoured(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("Café reopens\n\nThe café on the quay reopened with crème brûlée.".encode(encoding))
    article = only_article(path)
    assert article.title == "Café reopens" and "crème brûlée" in article.text


JSON_LD_PAGE = """<html lang="en-GB"><head><title>Pier approved | Kestrel News</title>
<meta property="og:site_name" content="Kestrel News">
<meta property="og:title" content="Pier approved after two-year dispute">
<meta property="article:modified_time" content="2019-05-07T10:00:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Pier approved after two-year dispute", "dateModified": "2019-05-07T10:00:00Z",
 "datePublished": "2015-10-12T08:30:00+13:00", "author": {"@type": "Person", "name": "Ada Brisk"},
 "publisher": {"@type": "Organization", "name": "Kestrel News"}, "url": "https://kestrel.example/pier"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Pier approved after two-year dispute</h1><time datetime="2019-05-07">Updated 7 May 2019</time>
<p>The harbour authority of Kestrel Bay approved a new ferry pier on Tuesday after a two-year dispute
with local fishermen over access to the old channel.</p>
<p>Engineers promised a second opening so that the fishing fleet can still reach the inner harbour.</p>
<p>Read more: Harbour dues to rise next year</p>
<p>Share on Facebook</p>
<p>© Kestrel News 2015</p>
</article><footer>Our Standards: The Kestrel News Trust Principles.</footer></body></html>"""


def test_json_ld_published_date_wins_over_a_modified_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(JSON_LD_PAGE, encoding="utf-8")
    article = only_article(path)
    assert article.date == "2015-10-12"
    assert article.title == "Pier approved after two-year dispute"
    assert article.publisher == "Kestrel News"
    assert (article.author, article.url, article.language) == (
        "Ada Brisk",
        "https://kestrel.example/pier",
        "en",
    )


SANKEI_STYLE_PAGE = """<html lang="ja"><head>
<title>港の新しい桟橋が完成 - 産経新聞：産経ニュース</title>
<meta property="og:site_name" content="産経新聞：産経ニュース">
</head><body><article><h1>港の新しい桟橋が完成</h1>
<p>ケストレル湾の港湾局は火曜日、漁業者との2年間の協議を経て新しいフェリー桟橋を完成させた。</p>
<p>技術者は、漁船が内港に入れるように2つ目の開口部を設けると約束した。</p>
</article></body></html>"""


def test_a_site_name_with_a_full_width_colon_is_read_and_cut_from_the_title(tmp_path: Path) -> None:
    """ "産経新聞：産経ニュース" is no host urllib accepts: reading it as one stopped the index run."""
    path = tmp_path / "sankei.html"
    path.write_text(SANKEI_STYLE_PAGE, encoding="utf-8")
    article = only_article(path)
    assert "フェリー桟橋" in article.text
    assert article.title == "港の新しい桟橋が完成"
    assert article.language == "ja"


def test_boilerplate_lines_do_not_reach_the_article_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(JSON_LD_PAGE, encoding="utf-8")
    text = only_article(path).text
    assert "second opening" in text
    for furniture in ("Read more", "Share on Facebook", "© Kestrel", "Our Standards"):
        assert furniture not in text
    assert is_boilerplate("© Thomson Reuters 2020")
    assert is_boilerplate("Please share your videos and photos of the storm at iReport.")
    assert is_boilerplate("Loading weather data…")
    assert not is_boilerplate("Reuters reported that subscribers can share the document with colleagues.")


def test_a_quoted_donation_in_reporting_stays_and_appeals_to_the_reader_go(tmp_path: Path) -> None:
    # A courtroom paragraph (MultiHop-RAG's Verge article on the Google trial) was dropped whole for
    # "make a donation", which moved the article's passages and lost its facts from the top 10.
    quoted = (
        "Judge Amit Mehta leaned into his microphone and responded, “If Apple would like to make a "
        "donation…” That got even bigger laughs. Then everybody got back down to business."
    )
    body = "\n\n".join(
        [
            "Apple's services chief testified for a second day in the search trial.",
            quoted,
            "Make a donation",
            "Please make a donation today to keep our reporting free.",
            "He said there still isn't one.",
        ]
    )
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "Cue testifies", "body": body}) + "\n", encoding="utf-8")
    text = only_article(path).text
    assert quoted in text
    assert "Make a donation" not in text
    assert "keep our reporting free" not in text
    assert "there still isn't one" in text


def test_a_page_without_article_text_is_skipped_with_that_reason(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>{{ article.title }}</title></head><body><div id='app'>"
        "<h1>{{ article.headline }}</h1><p>{{ article.body }} {{ article.byline }} {{ article.date }}</p>"
        "</div><script>render()</script></body></html>",
        encoding="utf-8",
    )
    items = load(path)
    assert len(items) == 1 and isinstance(items[0], Skipped) and "no article text" in items[0].reason


def test_gzip_files_are_read_by_their_inner_format(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(JSON_LD_PAGE.encode("utf-8")))
    assert only_article(tmp_path / "page.html.gz").date == "2015-10-12"
    dump = "\n".join(json.dumps(SHAPES["news-please"]) for _ in range(2))
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(dump.encode("utf-8")))
    assert sum(isinstance(i, Article) for i in load(tmp_path / "dump.jsonl.gz")) == 2


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash and more secret lines\n")
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "story.txt").write_text(BODY)
    os.symlink(outside / "secret.txt", folder / "passwd.txt")
    os.symlink(outside, folder / "linked-folder")
    os.symlink(folder / "sub" / "story.txt", folder / "alias.txt")  # inside: followed
    found = list(iter_files([folder]))
    files = {p.name for p in found if isinstance(p, Path)}
    refused = {Path(s.path).name: s.reason for s in found if isinstance(s, Skipped)}
    assert files == {"story.txt", "alias.txt"}
    assert set(refused) == {"passwd.txt", "linked-folder"}
    assert all("symlink" in reason for reason in refused.values())


def test_unknown_extensions_and_hidden_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    walked = list(iter_files([tmp_path]))
    found = [p for p in walked if isinstance(p, Path)]
    assert [p.name for p in found] == ["photo.jpg"]
    hidden = sorted(Path(s.path).name for s in walked if isinstance(s, Skipped) and "hidden" in s.reason)
    assert hidden == [".DS_Store", ".git"], "a hidden folder is one line, its files are not read"
    skipped = load(found[0])
    assert isinstance(skipped[0], Skipped) and "unsupported file type '.jpg'" in skipped[0].reason


@pytest.mark.slow  # runs the CLI with the real model
def test_a_mixed_folder_is_indexed_and_answers_cite_latin1_and_news_please_articles(tmp_path: Path) -> None:
    from tests.helpers import cli_json

    docs = tmp_path / "archive"
    docs.mkdir()
    (docs / "fares.txt").write_bytes(
        (
            "Kestrel ferry fares rise\n\n"
            "The Kestrel Bay ferry company raised the price of a return ticket to £14.20 on Monday. "
            "The company blamed the cost of diesel for the increase."
        ).encode("latin-1")
    )
    record = {
        "title": "Lighthouse keeper retires",
        "maintext": "Morwenna Trask retired on Friday after thirty-one years as keeper of the Gull Rock "
        "lighthouse. "
        "She said the storm of 1998 was the hardest night of her career.",
        "date_publish": "2022-06-03 08:00:00",
        "source_domain": "cornwall-courier.example",
        "language": "en",
    }
    (docs / "courier.json").write_text(json.dumps([record]), encoding="utf-8")
    (docs / "page.html.gz").write_bytes(gzip.compress(JSON_LD_PAGE.encode("utf-8")))
    (docs / "notes.xyz").write_text("not an article")
    outside = tmp_path / "outside.txt"
    outside.write_text("The secret launch code of the harbour master is 4711, said the memo.")
    os.symlink(outside, docs / "secret.txt")
    home = tmp_path / "home"
    report = cli_json("index", str(docs), home=home)
    assert report["added"] == 3
    reasons = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert set(reasons) == {"notes.xyz", "secret.txt"}

    fares = cli_json("ask", "How much does a return ticket on the Kestrel Bay ferry cost?", home=home)
    assert "£14.20" in fares["answer"]
    assert fares["citations"][0]["source"] == "fares.txt"
    keeper = cli_json("ask", "How long was Morwenna Trask keeper of the Gull Rock lighthouse?", home=home)
    assert "thirty-one years" in keeper["answer"]
    assert keeper["citations"][0]["source"] == "courier.json"
    assert keeper["citations"][0]["date"] == "2022-06-03"
    secret = cli_json("ask", "What is the secret launch code of the harbour master?", home=home)
    assert "4711" not in secret["answer"]


def _pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF with a text layer (Helvetica) and an Info /Title, written by hand."""
    text = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (%s) >>" % title.encode("latin-1"),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_text_layer_with_a_placeholder_title_and_ligatures(tmp_path: Path) -> None:
    from index.loaders.pdf import spell_ligatures

    path = tmp_path / "report.pdf"
    path.write_bytes(
        _pdf(["Harbour pier approved", "The authority approved a new ferry pier on Tuesday."], "(anonymous)")
    )
    article = only_article(path)
    assert article.title == "Harbour pier approved", "a producer's placeholder title is not the headline"
    assert "new ferry pier" in article.text
    assert spell_ligatures("the ﬁnancial ﬂow of ﬀ ½") == "the financial flow of ff ½"


def test_a_visible_dateline_beats_a_modified_date_when_nothing_is_structured(tmp_path: Path) -> None:
    page = (
        '<html lang="en"><head><title>Quake report</title>'
        '<meta property="article:modified_time" content="2019-05-07T10:00:00Z"></head><body><article>'
        "<h1>Strong quake shakes Wellington region</h1>"
        '<time class="updated" datetime="2019-05-07">Updated 7 May 2019</time>'
        '<span class="dateline">Published 12.10.2015, 5:30 pm</span>'
        "<p>A strong earthquake shook the Wellington region on Monday evening, GeoNet said, "
        "with no early reports of serious damage.</p><p>Trains were halted while tracks were checked.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "rnz.html"
    path.write_text(page, encoding="utf-8")
    assert only_article(path).date == "2015-10-12"


def test_word_documents_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Document1"
    document.core_properties.author = "Ada Brisk"
    document.add_paragraph("Harbour pier approved")
    document.add_paragraph("The harbour authority of Kestrel Bay approved a new ferry pier on Tuesday.")
    document.add_paragraph("Share on Facebook")
    path = tmp_path / "story.docx"
    document.save(str(path))
    article = only_article(path)
    assert article.title == "Harbour pier approved" and article.author == "Ada Brisk"
    assert "new ferry pier" in article.text and "Share on Facebook" not in article.text
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    broken = load(tmp_path / "broken.docx")[0]
    assert isinstance(broken, Skipped) and "unreadable Word document" in broken.reason


def test_a_one_line_body_loses_only_its_furniture_sentence(tmp_path: Path) -> None:
    # Webhose's records give the whole body as one line; a rights notice at its end dropped the article.
    body = (
        "The Kestrel ferry will run every twenty minutes from Monday, the harbour board said. "
        "Tickets will cost four euros for adults and two for children. "
        "Copyright 2023 Harbour Gazette. All rights reserved."
    )
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"title": "Ferry timetable", "text": body, "published": "2023-12-28"}]))
    article = only_article(path)
    assert "every twenty minutes" in article.text and "four euros" in article.text
    assert "All rights reserved" not in article.text


def test_a_byline_stamp_opening_the_body_is_not_part_of_its_first_sentence(tmp_path: Path) -> None:
    # Yahoo's syndicated records open their one-line body with the byline and its time, twice; the
    # splitter glued them to the first sentence, which was then quoted as an answer.
    stamp = "By Ada Brisk, Harbour Gazette December 28, 2023 at 12:38 pm EST "
    body = (
        f"{stamp}{stamp}The Kestrel ferry will run every twenty minutes from Monday, the harbour board said. "
        "By the time the pier opened on December 28, 2023 at 6:12 am, forty people were waiting."
    )
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"title": "Ferry timetable", "text": body, "published": "2023-12-28"}]))
    text = only_article(path).text
    assert text.startswith("The Kestrel ferry will run"), text
    assert "By the time the pier opened" in text, "a sentence opening with 'By the' is reporting"
    update = tmp_path / "update.txt"
    update.write_text("Last Updated December 28, 2023 11:01 am.\n\nThe board met at noon to approve fares.\n")
    assert only_article(update).text == "The board met at noon to approve fares."
