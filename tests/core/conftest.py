import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def _torch_threads():
    # The suite runs on 2 cores; one intra-op thread keeps timings steady and runs stay deterministic.
    torch.set_num_threads(1)
