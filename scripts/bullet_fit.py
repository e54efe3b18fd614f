"""The bullet scorer's logistic regressions, fitted many at a time (scripts/train_bullets.py).

Every verdict at every L2 strength of the grid is fitted in one pass over the signals: the same
gradient descent as one column at a time (600 steps of rate 0.5, an L2 penalty of strength / n),
but the sparse products cost one reading of the non-zero cells for all columns together, so that
leave-one-batch-out over the whole grid runs in minutes on a shared machine. Rows may carry
weights (a row's share of the loss): the trainer weighs real résumé text above written text.
"""

from __future__ import annotations

import numpy as np

STEPS = 600
RATE = 0.5


class Sparse:
    """A 0/1 matrix kept as its non-zero cells, sorted by row and by column for the products."""

    def __init__(self, x: np.ndarray) -> None:
        rows, cols = np.nonzero(x)
        self.shape = x.shape
        self.vals = x[rows, cols].astype(np.float64)
        self.rows, self.cols = rows, cols
        self.row_start = np.r_[0, np.flatnonzero(np.diff(rows)) + 1] if len(rows) else rows
        by_col = np.argsort(cols, kind="stable")
        self.t_rows, self.t_cols, self.t_vals = rows[by_col], cols[by_col], self.vals[by_col]
        self.col_start = np.r_[0, np.flatnonzero(np.diff(self.t_cols)) + 1] if len(rows) else rows

    def dot(self, w: np.ndarray) -> np.ndarray:
        """x @ w for w of shape (signals, k)."""
        out = np.zeros((self.shape[0], w.shape[1]))
        if len(self.rows):
            sums = np.add.reduceat(self.vals[:, None] * w[self.cols], self.row_start, axis=0)
            out[self.rows[self.row_start]] = sums
        return out

    def tdot(self, g: np.ndarray) -> np.ndarray:
        """x.T @ g for g of shape (rows, k)."""
        out = np.zeros((self.shape[1], g.shape[1]))
        if len(self.rows):
            sums = np.add.reduceat(self.t_vals[:, None] * g[self.t_rows], self.col_start, axis=0)
            out[self.t_cols[self.col_start]] = sums
        return out


def logistic_many(
    x: np.ndarray,
    ys: np.ndarray,
    strengths: np.ndarray,
    masks: np.ndarray,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Weights (signals x k) of k logistic regressions over the rows of `x`: column j fits
    ys[:, j] with L2 strength strengths[j], reading only the signals where masks[:, j] is 1.
    `weights` are the rows' shares of the loss (equal when None): one per row, or one per row
    and column (rows x k) when the columns weigh the rows differently."""
    n = len(x)
    if weights is None:
        weights = np.ones(n)
    if weights.ndim == 1:
        weights = weights[:, None]
    share = weights / weights.sum(axis=0, keepdims=True)
    w = np.zeros((x.shape[1], ys.shape[1]))
    penalty = strengths[None, :] / n
    xs = Sparse(x)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-xs.dot(w)))
        grad = xs.tdot((p - ys) * share) + penalty * w
        w -= RATE * grad * masks
    return w
