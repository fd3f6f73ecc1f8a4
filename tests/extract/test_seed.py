"""The seed article (../shared/corpus/seed.txt): what `nexus extract` must find in it."""

import json
import subprocess
import sys

from nexus.model.ids import normalise_name
from tests.conftest import shared_path


def test_extract_prints_the_contract_with_the_seed_actors() -> None:
    seed = shared_path("corpus/seed.txt")
    out = subprocess.run(
        [sys.executable, "-m", "nexus", "extract", str(seed)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    assert set(result) >= {"entities", "relations", "claims"}
    by_form = {normalise_name(f): e for e in result["entities"] for f in [e["name"], *e["aliases"]]}
    mencho = by_form["el mencho"]
    assert mencho["type"] == "Person" and normalise_name(mencho["name"]) == "nemesio oseguera cervantes"
    irgc, quds = by_form["irgc"], by_form["quds force"]
    assert irgc is not quds and irgc["type"] == quds["type"] == "Organization"
    people = {normalise_name(e["name"]) for e in result["entities"] if e["type"] == "Person"}
    assert {"sam cooper", "janatan sayeh", "walid phares"} <= people
    assert by_form["cooper"] is by_form["sam cooper"]
    orgs = {normalise_name(e["name"]) for e in result["entities"] if e["type"] == "Organization"}
    assert "foundation for defense of democracies" in orgs
    places = {normalise_name(e["name"]) for e in result["entities"] if e["type"] in ("Country", "Place")}
    assert {"mexico", "iran", "venezuela", "latin america"} <= places
    text = seed.read_text(encoding="utf-8")
    for entity in result["entities"]:  # every mention span reads as one of the entity's names
        forms = {entity["name"], *entity["aliases"]}
        assert all(text[a:b] in forms for a, b in entity["mentions"]), entity
