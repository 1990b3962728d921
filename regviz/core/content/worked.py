"""The notes' worked cells, in numpy: the window computes them as the teacher types, without torch (the window
process never imports it). The same formulas as the engine's penalties (core.maths.regularizers), and a test
checks both give the same numbers."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NOTES_X = (1.0, 2.0, 3.0, 4.0)
NOTES_Y = (2.0, 4.0, 6.0, 8.0)
NOTES_W = 0.5
NOTES_LAMBDA = 0.1
NOTES_HIDDEN = (0.3, 0.5, 0.8, 0.2)
NOTES_MASK = (1, 0, 1, 0)  # the units the notes keep


def penalty_example(w: float = NOTES_W, x: Sequence[float] = NOTES_X, y: Sequence[float] = NOTES_Y,
                    lam: float = NOTES_LAMBDA) -> dict[str, float]:
    """One-weight regression y ≈ w·x: MSE, the L2 penalty λw², the L1 penalty λ|w|, and the totals.

    The notes' cell writes X as a column, shape (4, 1), and y as a row, shape (4,); numpy broadcasts
    ``y - X * w`` to a 4x4 table and averages all 16 differences, which is where its 19.375 comes from. We
    reproduce that number exactly (``mse_notes``; totals 19.4 and 19.425) and also give the MSE that pairs each x
    with its own y (``mse``: 16.875 at the notes' values), which is what regression means; the app shows both and
    says why they differ."""
    xt = np.asarray(x, dtype=np.float64)
    yt = np.asarray(y, dtype=np.float64)
    if xt.shape != yt.shape or xt.size == 0:
        raise ValueError("X and y need the same number of values, at least one")
    mse = float(np.mean((xt * w - yt) ** 2))
    mse_notes = float(np.mean((yt - xt[:, None] * w) ** 2))  # the notes' broadcasting, on purpose
    l2, l1 = lam * w * w, lam * abs(w)
    out = {"mse": mse, "mse_notes": mse_notes, "l2_penalty": l2, "l2_total": mse_notes + l2, "l1_penalty": l1,
           "l1_total": mse_notes + l1, "l2_total_paired": mse + l2, "l1_total_paired": mse + l1}
    # What each penalty adds to the gradient: 2λw for L2 (proportional to w), λ·sign(w) for L1 (constant size).
    out.update(grad_mse=float(np.mean(2 * xt * (xt * w - yt))), grad_l2=2 * lam * w, grad_l1=lam * float(np.sign(w)))
    return out


NOTES_RUN = "notes-line"  # the preset whose training points are the notes' X and y


def notes_run(lam: float = NOTES_LAMBDA):
    """The notes' cell as a live run: preset notes-line (its four training points are X = [1, 2, 3, 4] and y = 2x,
    no noise; one Linear, y = w·x + b) with the L2 penalty λ·Σw² at the cell's λ. It trains on the paired MSE
    (16.875 at w = 0.5, b = 0), not the broadcast 19.375 the notes print, which the cell keeps showing beside it."""
    from . import presets

    return presets.load(NOTES_RUN).with_overrides({"regularization.l2": float(lam)})


def dropout_example(hidden: Sequence[float] = NOTES_HIDDEN, mask: Sequence[int] = NOTES_MASK,
                    p: float = 0.5) -> dict[str, list[float]]:
    """The notes' dropout cell both ways: the mask alone (the notes' [0.3, 0, 0.8, 0]), and inverted dropout as
    torch.nn.Dropout does it in training, scaling kept units by 1/(1 − p) so the expected sum is unchanged and
    nothing needs rescaling at test time ([0.6, 0, 1.6, 0] at p = 0.5)."""
    if not 0 <= p < 1:
        raise ValueError("dropout p must be in [0, 1)")
    h = np.asarray(hidden, dtype=np.float64)
    m = np.asarray(mask, dtype=np.float64)
    return {"hidden": h.tolist(), "masked": (h * m).tolist(), "inverted": (h * m / (1 - p)).tolist()}
