"""A real Markdown resume, imported through the proof capability into the real store."""

from __future__ import annotations

import os
from pathlib import Path

RESUME = """# Maya Okafor
Senior Machine Learning Engineer passionate about AI

## Experience

### Senior ML Engineer, Northwind Retail (2021 - present)
- Cut p99 inference latency 38% for the ranking model serving 40M users
- Led the migration of 12 training pipelines to Ray across three teams, saving $310k a year
- Responsible for the feature store
- Worked on model monitoring dashboards
- Built embeddings for search

### ML Engineer, Fabrikam (2018 - 2021)
- Helped with the A/B testing platform
- Mentored two new hires on the ranking stack
"""


def import_resume(folder: Path) -> None:
    """Write the resume to a file and store it as the user's imported material."""
    from levelset.app.workspace import Workspace
    from levelset.proof import import_file
    from levelset.store.proof import save_documents

    path = folder / "maya-resume.md"
    path.write_text(RESUME, encoding="utf-8")
    space = Workspace.from_env(os.environ)
    save_documents(space.store, [import_file(path)])
    space.close()
