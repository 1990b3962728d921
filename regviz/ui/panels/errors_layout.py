"""Where the Errors tab's parts go in its view's grid: one net, a pair, or a race of three or four, each arranged
so every matrix and the accuracy chart keep a projector's 150 px of data (tests/ui/test_layout.py). Qt-free
arithmetic but ``share``, which sets a QGraphicsGridLayout's rows and columns."""
from __future__ import annotations

MIN_DATA = 152  # a plot's data height on a projector (150, tests/ui/screen_checks.py), and 2 px for rounding
BARS_DATA = 160  # pixels of data the accuracy chart keeps under a race's matrices


def arrangement(nets: int, pictures: bool) -> dict:
    """Where each part goes in the view's grid: (row, col, rowspan, colspan) for the matrices, the strips (None: not
    shown) and the one accuracy chart. One net: its matrix takes the panel's height, the bars and the strip stand to
    its right (stacked under it, a 1280×720 projector in presentation mode left the matrix 160 px). A pair: the two
    matrices side by side, each net's strip under its matrix, the chart to their right at full height (stacked
    matrix / bars / strip per net, the bars kept 80-103 px). A race of three or four: a matrix per net in a row, the
    chart under them, until ``race_grid`` places them for the view's room; no strips (four strips of 28 px digits
    would take the chart's height)."""
    if nets == 1:
        return {"matrices": [(0, 0, 2, 1)], "strips": [(1, 1, 1, 1) if pictures else None],
                "bars": (0, 1, 1 if pictures else 2, 1), "rows": (1, 1), "cols": 2}
    if nets == 2:
        return {"matrices": [(0, 0, 1 if pictures else 2, 1), (0, 1, 1 if pictures else 2, 1)],
                "strips": [(1, 0, 1, 1), (1, 1, 1, 1)] if pictures else [None, None],
                "bars": (0, 2, 2, 1), "rows": (3, 1), "cols": 3}
    return {"matrices": [(0, col, 1, 1) for col in range(nets)], "strips": [None] * nets,
            "bars": (1, 0, 1, nets), "rows": (1, 1), "cols": nets}


def race_grid(width: float, height: float, nets: int, matrix_chrome: tuple[float, float], bars_chrome: float,
              gap: float = 6, chart: float = 0, axis: float = 0) -> tuple[int, int, bool, tuple[int, ...], int]:
    """A race's matrices in one row or two, the accuracy chart beside them (one more column, at least ``chart`` px
    wide: its key) or under them (across), whichever keeps every matrix 150 px of data and draws them largest (their
    data's shorter side), the chart keeping ``BARS_DATA`` px of data. Two full rows share the lower one's guess
    axis (``axis`` px tall: the top row's matrices stand on the same columns). Returns (rows, columns of matrices,
    beside, each matrices' row's height, or () where they share the chart's, each matrix's width). 1024×768 with
    the controls beside gives four matrices 2×2 beside the chart (in one row: 149 px wide), 1280×720 in presentation
    type one row beside it (under it: 137 px tall). ``width``, ``height``: the grid's room inside its margins;
    ``gap``: between its cells; ``*_chrome``: the pixels a plot's title and axes take (across, down), measured."""
    across, down = matrix_chrome
    best = None
    for rows in (1, 2):
        columns = -(-nets // rows)
        for beside in (True, False):
            room = (height if beside else height - BARS_DATA - bars_chrome - gap) - (rows - 1) * gap
            inside = width - (columns + beside - 1) * gap
            each = (inside - max(inside / (columns + 1), chart)) / columns if beside else inside / columns
            shared = axis if nets % columns == 0 else 0  # three in two rows: the upper right has none under it
            data = (room - rows * down + (rows - 1) * shared) / rows  # each row's data height
            if not beside:
                data = min(data, each - across)  # about square, the chart taking the rest
            score = (data >= MIN_DATA, min(each - across, data))  # a projector's 150 px of data first, then larger
            if best is None or score > best[0]:
                heights = tuple(int(data + down - (shared if row < rows - 1 else 0)) for row in range(rows))
                best = (score, rows, columns, beside, () if beside and rows == 1 else heights, int(each))
    return best[1:]


def share(grid, rows: tuple[int, ...], columns: int, fixed: tuple[int, ...] = ()) -> None:
    """The view's rows and columns in use, their stretch (``rows``) and the rows of a fixed height; the rest take
    no room (a previous run's or arrangement's rows would keep an empty share: Qt keeps a row it was told about)."""
    for row in range(max(len(rows), 3)):
        grid.setRowStretchFactor(row, rows[row] if row < len(rows) else 0)
        grid.setRowMinimumHeight(row, fixed[row] if row < len(fixed) else 0)
        grid.setRowMaximumHeight(row, fixed[row] if row < len(fixed) else 16777215 if row < len(rows) else 0)
    for col in range(max(columns, grid.columnCount(), 5)):
        grid.setColumnStretchFactor(col, 1 if col < columns else 0)
        grid.setColumnMinimumWidth(col, 0)
        grid.setColumnMaximumWidth(col, 16777215 if col < columns else 0)
    grid.invalidate()
