"""Stop words per language: the function words a keyword search must not match on.

Short lists on purpose: articles, pronouns, auxiliaries, prepositions and the
reporting verbs of news copy ("said", "sagte", "a déclaré"). Content words are
never listed, so a rare name or term is never lost. Languages absent here are
analysed without stop words (BM25's idf already weighs common words down).
Words are lower-case as the analyser sees them, before stemming.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS_BY_LANGUAGE: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        """
        a about above after again against all am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for
        from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once
        only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves s t also said says according
        """
    ),
    "de": _words(
        """
        der die das den dem des ein eine einer eines einem einen und oder aber auch als am an
        auf aus bei bis durch für gegen im in ins mit nach seit über um unter von vor zu zum
        zur ist sind war waren wird werden wurde wurden hat haben hatte hatten sein ihr ihre
        ihren ihrem ihres sein seine seiner seinen seinem er sie es wir ich du man sich nicht
        noch nur so wie wo was wer wann warum welche welcher welches welchem welchen dass daß ob
        wenn weil
        dieser diese dieses diesem diesen dort hier schon sehr mehr kann können soll sollen
        sagte sagt laut hätte wäre
        """
    ),
    "fr": _words(
        """
        le la les l un une des du de d au aux et ou mais donc or ni car à en dans par pour
        sur sous avec sans entre chez vers ce cet cette ces c qui que qu quoi dont où il elle
        ils elles on nous vous je j tu se s sa son ses leur leurs lui y est sont était étaient
        été être a ont avait avaient avoir fait plus ne n pas comme aussi selon déclaré dit
        quel quelle quels quelles quand comment pourquoi combien
        """
    ),
    "es": _words(
        """
        el la los las lo un una unos unas y o pero ni que de del al a en por para con sin
        sobre entre hasta desde hacia según ante tras se su sus le les les su mi tu yo él
        ella ellos ellas nosotros usted es son era eran fue fueron ser estar está están ha
        han había habían haber como más muy ya no también dijo qué quién quiénes cuál cuáles
        cuándo dónde cómo cuánto cuántos este esta estos estas ese esa esos esas
        """
    ),
    "it": _words(
        """
        il lo la i gli le un uno una e ed o ma di del dello della dei degli delle a al allo
        alla ai agli alle da dal dalla dai in nel nello nella nei negli nelle su sul sulla
        per con tra fra che chi cui non si è sono era erano stato stata ha hanno aveva come
        più anche secondo detto ha quale quali quando dove perché quanto questo questa
        """
    ),
    "pt": _words(
        """
        o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por pelo pela
        pelos pelas para com sem sobre entre até desde que se seu sua seus suas ele ela eles
        elas é são era eram foi foram ser estar está estão ter tem têm tinha como mais muito
        já não também segundo disse qual quais quando onde quem quanto este esta isso isto
        """
    ),
    "nl": _words(
        """
        de het een en of maar van in op aan met voor door bij naar uit over tot om als dat
        die dit deze er is zijn was waren wordt worden werd werden heeft hebben had hij zij
        ze het wij we ik je u niet ook nog wel al meer zei volgens wat wie waar wanneer hoe
        """
    ),
    "cs": _words(
        """
        a i o u v ve z ze k ke s se na do od po za pro při před pod nad mezi je jsou byl byla
        bylo byli být má mají to ten ta ty tento tato toto který která které kteří jeho její
        jejich jak ale nebo že už také jen podle řekl uvedl co kdo kde kdy proč kolik
        kterého kterému kterém kterým kterou kterých kterými jaký jaká jaké jakého jakému jakém
        jakým jakou jací jakých jakými
        """
    ),
    "pl": _words(
        """
        i a o u w we z ze do na od po za dla przy przez pod nad między jest są był była było
        byli być ma mają to ten ta te tego który która które jego jej ich jak ale lub że już
        także tylko według powiedział co kto gdzie kiedy dlaczego ile się nie
        """
    ),
    "sv": _words(
        """
        en ett och eller men av i på till från med för om som att det den de är var varit
        har hade han hon vi jag du inte också enligt sa vad vem var när hur vilken vilka
        """
    ),
    "da": _words(
        """
        en et og eller men af i på til fra med for om som at det den de er var været har
        havde han hun vi jeg du ikke også ifølge sagde hvad hvem hvor hvornår hvordan hvilken
        """
    ),
    "no": _words(
        """
        en et ei og eller men av i på til fra med for om som at det den de er var vært har
        hadde han hun vi jeg du ikke også ifølge sa hva hvem hvor når hvordan hvilken
        """
    ),
    "ru": _words(
        """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
        только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если
        уже или ни быть был была были него до вас нибудь опять уж вам ведь там потом себя
        ничего ей может они тут где есть надо ней для мы тебя их чем сам чтобы без будто
        чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним
        здесь этом один почти мой тем чтобы нее сейчас куда зачем всех никогда можно при
        наконец два об другой хоть после над больше тот через эти нас про всего них какая
        много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя
        такой им более всегда конечно всю между заявил сообщил
        """
    ),
}
# Norwegian's written standards share one list.
STOPWORDS_BY_LANGUAGE["nb"] = STOPWORDS_BY_LANGUAGE["nn"] = STOPWORDS_BY_LANGUAGE["no"]
