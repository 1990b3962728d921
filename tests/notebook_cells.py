"""What tests read out of an exported notebook, shared by the core and the window's notebook tests."""
import ast


def imports(nb) -> set[str]:
    """The top-level package of every import in the notebook's code cells (what a student's machine needs)."""
    names = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                names.add((node.module or "").split(".")[0])
    return names
