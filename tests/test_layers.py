"""Imports point only downward through the layers of DESIGN.md."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "nexus"
ALLOWED = {
    "model": set(),
    "store": {"model"},
    "ingest": {"model", "store"},
    "extract": {"model"},
    "resolve": {"model", "store"},
    "analyse": {"model", "store"},
    "export": {"model", "store", "analyse"},
    "api": {"model", "store", "ingest", "extract", "resolve", "analyse", "export"},
    "cli": {"model", "store", "ingest", "extract", "resolve", "analyse", "export", "api"},
    "web": {"model", "store", "ingest", "extract", "resolve", "analyse", "export", "api"},
}


def _layer(path: Path) -> str:
    part = path.relative_to(SRC).parts[0]
    return part.removesuffix(".py")


def _imported_layers(path: Path) -> set[str]:
    layers = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] if node.module != "nexus" else [f"nexus.{a.name}" for a in node.names]
        layers |= {n.split(".")[1] for n in names if n.startswith("nexus.") and len(n.split(".")) > 1}
    return layers & set(ALLOWED)  # `from nexus import __version__` is not a layer


MODULES = [p for p in SRC.rglob("*.py") if _layer(p) in ALLOWED]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_downward(path: Path) -> None:
    layer = _layer(path)
    wrong = _imported_layers(path) - ALLOWED[layer] - {layer}
    assert not wrong, f"{layer} may not import {sorted(wrong)}"


def test_every_package_is_a_known_layer() -> None:
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and not p.name.startswith("_")} - {"demo"}
    assert packages <= set(ALLOWED), packages - set(ALLOWED)
