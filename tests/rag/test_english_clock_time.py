"""An English "At what time…?" quotes the sentence telling the time, as "¿A qué hora…?" does.

"At what time did Bates complete the Leeds takeover deal?" (news_fresh20) quoted the sentences
repeating "Bates", "takeover" and "Leeds", not "The deal was completed at 0227 GMT on Friday".
"""

from __future__ import annotations

import pytest

from tests.rag.test_quote_share import answer_over

pytestmark = pytest.mark.fast

TEXTS = [
    "Ken Bates has completed his takeover of Leeds United. The outgoing Leeds chairman said the takeover "
    "deal ensures the survival of the club. Bates thanked the fans of Leeds for their patience with the "
    "deal. The contracts were finally signed at 0227 GMT on Friday after a night of talks. The club's debt "
    "stood at £103m in March.",
    "The council approved a budget of twelve million euros for new bicycle lanes along the river.",
]


def test_the_sentence_telling_the_time_is_quoted() -> None:
    result = answer_over("At what time did Bates complete the Leeds takeover deal?", TEXTS)
    assert not result.refused, result.text
    assert "0227 GMT on Friday" in result.text, result.text
