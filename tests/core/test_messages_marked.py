"""Every sentence core and the CLI raise is a whole marked template (issue 27): translators see the sentence, the
window translates it. An AST scan of regviz/core and regviz/cli.py, so a new f-string error fails here at once."""
import ast
import pathlib
import pickle

import pytest
from hypothesis import given, settings, strategies as st

import regviz
from regviz.core.translatable import Message

ROOT = pathlib.Path(regviz.__file__).parent
SOURCES = sorted((ROOT / "core").rglob("*.py")) + [ROOT / "cli.py"]
# Sentences nobody but a developer reads (a program's own mistake, never a user's input), and lessons.py, which
# another change marks (its LessonError sites): (file, first words of the raised text).
ALLOWED = {
    ("core/translatable.py", "a marked template takes named fields only"),
    ("core/maths/models.py", "MaxPool pools 2x2 windows only"),
    ("core/run/live.py", "not a question: "),  # a query type the training process does not know
    ("core/content/worked.py", "X and y need the same number of values"),  # the notes' worked examples' API
    ("core/content/worked.py", "dropout p must be in [0, 1)"),
}
UNMARKED_FILES = {"core/content/lessons.py"}


def _flat(node: ast.AST) -> list[ast.AST] | None:
    """The pieces of a text built from literals, f-strings and ``+``/``%``, or None for anything else."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left, right = _flat(node.left), _flat(node.right)
        if left is None and right is None:
            return None
        return (left or [node.left]) + (right or [node.right])  # a name added to text: a field of the sentence
    if isinstance(node, ast.JoinedStr):
        return [node]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
            and isinstance(node.func.value, (ast.Constant, ast.JoinedStr)):
        return [node]  # "…".format(…): a sentence built without the marker
    return None


def _words(pieces: list[ast.AST]) -> str:
    text = ""
    for piece in pieces:
        if isinstance(piece, ast.Constant):
            text += piece.value
        elif isinstance(piece, ast.JoinedStr):
            text += "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in piece.values)
        elif isinstance(piece, ast.Call):
            text += _words(_flat(piece.func.value))
        else:
            text += "{}"
    return text


def unmarked(rel: str, source: str) -> list[str]:
    """``file:line: text`` of each raise whose first argument is a sentence built without QT_TRANSLATE_NOOP,
    and of each QT_TRANSLATE_NOOP whose context or text is not a literal (pyside6-lupdate reads literals only)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args \
                and rel not in UNMARKED_FILES:
            pieces = _flat(node.exc.args[0])
            if pieces is None:
                continue
            words = _words(pieces)
            if not any(c.isalpha() for c in words):
                continue  # no words: not a sentence
            if any(rel == file and words.startswith(start) for file, start in ALLOWED):
                continue
            found.append(f"{rel}:{node.lineno}: {words[:80]!r}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print" and node.args:
            pieces = _flat(node.args[0])  # what the CLI prints: a sentence is marked too (``--lang`` reads it)
            words = _words(pieces) if pieces else ""
            if len([w for w in words.replace("{}", " ").split() if sum(c.isalpha() for c in w) > 1]) > 1:
                found.append(f"{rel}:{node.lineno}: print {words[:80]!r}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            if len(node.args) != 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                              for a in node.args):
                found.append(f"{rel}:{node.lineno}: QT_TRANSLATE_NOOP with a context or text that is not a literal")
    return found


def misformed(rel: str, source: str) -> list[str]:
    """Marked templates whose braces would print wrong: one never formatted must not double its braces (they
    would show doubled); one formatted must name every field (translations reorder them)."""
    import string

    found = []
    tree = ast.parse(source)
    formatted = {id(node.func.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Attribute) and node.func.attr == "format"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" and \
                len(node.args) == 2 and isinstance(node.args[1], ast.Constant):
            text = node.args[1].value
            if id(node) in formatted:
                try:
                    names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
                except ValueError:
                    names = [""]
                if any(not name or name.isdigit() for name in names):
                    found.append(f"{rel}:{node.lineno}: {text[:60]!r} has an unnamed or broken field")
            elif "{{" in text:
                found.append(f"{rel}:{node.lineno}: {text[:60]!r} is not formatted but doubles its braces")
    return found


def test_marked_templates_print_their_braces_right():
    found = [line for path in SOURCES
             for line in misformed(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)
    assert misformed("probe.py", "QT_TRANSLATE_NOOP('c', 'a {{b}}')\nQT_TRANSLATE_NOOP('c', 'a {} b').format(1)\n"
                                 "QT_TRANSLATE_NOOP('c', 'a {{b}} {n}').format(n=1)\n") == [
        "probe.py:1: 'a {{b}}' is not formatted but doubles its braces", "probe.py:2: 'a {} b' has an unnamed or broken field"]


def test_every_raised_sentence_in_core_and_the_cli_is_a_marked_template():
    found = [line for path in SOURCES
             for line in unmarked(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))]
    assert not found, f"{len(found)} unmarked sentences:\n" + "\n".join(found)


def test_the_scan_sees_what_it_must_refuse():
    """The scan itself: an f-string, a literal, a concatenation, .format and a non-literal context are caught."""
    probe = ("def f(k, CTX):\n"
             "    raise ValueError(f'unknown key {k}')\n"
             "    raise ValueError('no such file')\n"
             "    raise ValueError('key ' + k + ' is unknown')\n"
             "    raise ValueError('key {} is unknown'.format(k))\n"
             "    raise ValueError(QT_TRANSLATE_NOOP(CTX, 'key {k}').format(k=k))\n"
             "    raise ValueError(QT_TRANSLATE_NOOP('config', 'key {k}').format(k=k))\n"
             "    raise ValueError(k)\n"
             "    print(f'{k}: {k} values written')\n"
             "    print(f'regviz: {k}')\n")
    lines = sorted((line.split(":")[1] for line in unmarked("core/probe.py", probe)), key=int)
    assert lines == ["2", "3", "4", "5", "6", "9"]


def _config_error(text: str):
    from regviz.core.config import ExperimentConfig

    try:
        ExperimentConfig().with_overrides({text: 1})
    except Exception as exc:  # noqa: BLE001 - the error under test, whatever core raises
        return exc
    return None


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="abcdefghij._", min_size=1, max_size=20))
def test_an_error_raised_in_core_keeps_its_message_across_the_pipe(key):
    """The training process sends errors up a pipe (pickled): the window must still see the marked template."""
    error = _config_error("no_section." + key)
    assert error is not None and isinstance(error.args[0], Message)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error)
    message = again.args[0]
    assert isinstance(message, Message) and message.context == error.args[0].context
    assert message.template == error.args[0].template and message.fields == error.args[0].fields


@pytest.mark.parametrize("read", ["session", "experiment_line", "csv"])
def test_a_bad_file_names_itself_in_a_nested_marked_message(read, tmp_path):
    """A reader's error carries the file's name as a field of a marked template, not baked into the text."""
    from regviz.core.content import csv_data, experiment_line, session

    path = tmp_path / "lab.regviz"
    if read == "session":
        path.write_text('{"format": "regviz-session", "version": 99}', encoding="utf-8")
        with pytest.raises(Exception) as caught:
            session.load(path)
    elif read == "experiment_line":
        with pytest.raises(Exception) as caught:
            experiment_line.decode(experiment_line.PREFIX + "damaged!")
    else:
        path = tmp_path / "points.csv"
        path.write_text("x1,x2,label\n1,2\n", encoding="utf-8")
        with pytest.raises(Exception) as caught:
            csv_data.read_csv(path)
    message = caught.value.args[0]
    assert isinstance(message, Message), str(caught.value)
    assert "{" in message.template and message.fields
    if read != "experiment_line":
        assert path.name in message.fields.values() or any(
            isinstance(v, Message) and path.name in v.fields.values() for v in message.fields.values())
