"""The claims train on the CPU; ``REGVIZ_TORCH_THREADS`` caps torch's threads (``make test`` runs this suite beside
the rest on one core, as the app's own training process leaves the window a core)."""
import os

import torch

if os.environ.get("REGVIZ_TORCH_THREADS"):
    torch.set_num_threads(int(os.environ["REGVIZ_TORCH_THREADS"]))
