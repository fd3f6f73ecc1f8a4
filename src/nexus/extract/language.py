"""Which language a text is in, well enough to warn that an English model is reading something else."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = {
    "en": "the of and to in is that for was on with as by at from his her are were have has it be this which",
    "es": "el la los las de del que y en por con para una un es su se al lo como más pero sus le ya fue",
    "fr": "le la les des de du et en un une est que qui dans pour pas sur au aux par avec ce cette sont",
    "de": "der die das und ist nicht ein eine zu den mit sich des auf für im dem von auch es an werden",
    "pt": "o a os as de do da dos das e em um uma que para com não por mais ao se na no foi",
    "it": "il lo la gli le di del della e che in un una per con non è sono si da al nel",
}
_SCRIPTS = {
    "ar": r"[\u0600-\u06ff]",
    "fa": r"[\u067e\u0686\u0698\u06af]",
    "ru": r"[\u0400-\u04ff]",
    "zh": r"[\u4e00-\u9fff]",
    "he": r"[\u0590-\u05ff]",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
MIN_WORDS = 12  # below this a guess is noise


def detect_language(text: str) -> str:
    """An ISO 639-1 code, 'und' when the text is too short or unlike any language known here."""
    letters = sum(1 for c in text if c.isalpha())
    if letters:
        for lang in ("fa", "ar", "ru", "zh", "he"):
            if len(re.findall(_SCRIPTS[lang], text)) > 0.3 * letters:
                return lang
    words = [w.casefold() for w in _WORD.findall(text[:20_000])]
    if len(words) < MIN_WORDS:
        return "und"
    hits = Counter({lang: sum(1 for w in words if w in vocab) for lang, vocab in _SETS.items()})
    lang, count = hits.most_common(1)[0]
    return lang if count >= 0.08 * len(words) else "und"
