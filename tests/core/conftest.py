import json

import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def _torch_threads():
    # The suite runs on 2 cores; one intra-op thread keeps timings steady and runs stay deterministic.
    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def small_session_text() -> str:
    """A small valid session with weights (one 4-unit net on 2-D data), as the text of its file."""
    from regviz.core.config import ExperimentConfig
    from regviz.core.content import session
    from regviz.core.maths.models import build_model

    cfg = ExperimentConfig().with_overrides({"model.hidden": [4]})
    model = build_model((2,), 2, cfg.model, 0)
    weights = {"main": {k: v.detach().numpy().copy() for k, v in model.state_dict().items()}}
    saved = session.Session(cfg, "single", 10, {"main": [dict.fromkeys(session.COLUMNS, 0.5)]},
                            {"main": {"test_loss": 0.5}}, weights)
    return saved.to_json()


@pytest.fixture
def small_session(small_session_text) -> dict:
    """The same, as a fresh dict a test may damage."""
    return json.loads(small_session_text)
