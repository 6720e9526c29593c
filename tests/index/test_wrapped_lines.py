"""A paragraph the page's source wraps over indented lines is one line of article text.

The Reuters report on the Milken conference (news_fresh11's entrepreneur page, docs/benchmarks.md,
news17) reached the index as the extractor gave it, each paragraph's source lines kept with their
indentation; a line break ends a sentence, so every sentence was cut into fragments and none quoted.
"""

from __future__ import annotations

from byline.sentences import sentence_spans
from index.loaders.wrapped_lines import unwrap

WRAPPED = (
    "At the Harlow Forum's annual summit in Port Elwyn, at least four panels so\n"
    "                  far have focused on software taking over office jobs.\n"
    "Analysts predicted a 25 percent drop in clerical jobs across the region and\n"
    "                  Europe over the next decade."
)


def test_a_wrapped_paragraph_is_read_as_whole_sentences() -> None:
    text = unwrap(WRAPPED)
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == [
        "At the Harlow Forum's annual summit in Port Elwyn, at least four panels so far have focused "
        "on software taking over office jobs.",
        "Analysts predicted a 25 percent drop in clerical jobs across the region and Europe over the next "
        "decade.",
    ]


def test_breaks_that_end_a_sentence_a_heading_or_start_a_list_item_stay() -> None:
    kept = (
        "Here's how it works.\n        The vulnerability stems from the parser.\n"
        "— A. Writer (@writer) September 19, 2016\n And this is dangerous.\n"
        "- Thumbnails\n  - Previous"
    )
    assert unwrap(kept) == kept
