"""Proof of impact: import resumes, LinkedIn exports and stories; score what they prove.

Public API (stable): `import_files(paths) -> Materials`, `import_file(path) -> Document`,
`analyse(materials, profile) -> ProofReport`, `extract(text) -> Features`.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from levelset.proof.features import Features, Scope, Wording, extract
    from levelset.proof.importing import import_file, import_files
    from levelset.proof.model import Bullet, Channel, Document, Materials, Origin, Position, Story
    from levelset.proof.report import BulletReport, ProofReport, analyse

_WHERE = {
    "Features": "features",
    "Scope": "features",
    "Wording": "features",
    "extract": "features",
    "import_file": "importing",
    "import_files": "importing",
    "Bullet": "model",
    "Channel": "model",
    "Document": "model",
    "Materials": "model",
    "Origin": "model",
    "Position": "model",
    "Story": "model",
    "BulletReport": "report",
    "ProofReport": "report",
    "analyse": "report",
}

__all__ = [
    "Bullet",
    "BulletReport",
    "Channel",
    "Document",
    "Features",
    "Materials",
    "Origin",
    "Position",
    "ProofReport",
    "Scope",
    "Story",
    "Wording",
    "analyse",
    "extract",
    "import_file",
    "import_files",
]


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
