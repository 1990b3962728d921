"""regviz render-lesson: a lesson played as Next plays it, one PNG per step at the size asked, and an index."""
import html
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from regviz.core.content import lessons


def _render(*args):
    return subprocess.run([sys.executable, "-m", "regviz", "render-lesson", *args], capture_output=True, text=True,
                          timeout=600, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.slow
def test_a_lesson_renders_one_png_per_step_at_the_size_asked(tmp_path):
    out = _render("02-l2", "--size", "1024x768", "--presentation", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr[-2000:]
    lesson = lessons.load("02-l2")
    pngs = sorted(tmp_path.glob("*.png"))
    assert [p.name[:3] for p in pngs] == [f"{i:02d}-" for i in range(1, len(lesson.steps) + 1)]
    for png in pngs:
        with Image.open(png) as image:
            assert image.size == (1024, 768)
            assert len(np.unique(np.asarray(image.convert("L")))) > 50  # a drawn window, not a blank one
    index = (tmp_path / "index.html").read_text()
    assert all(html.escape(step.title) in index for step in lesson.steps) and all(p.name in index for p in pngs)
    assert "{weights}" not in index  # counts filled in from the model


@pytest.mark.parametrize("args, message", [(["--size", "huge", "02-l2"], "--size"),
                                           (["no-such-lesson"], "no-such-lesson"),
                                           ([], "name one lesson")])
def test_bad_arguments_exit_2_with_the_reason(tmp_path, args, message):
    out = _render(*args, "--out", str(tmp_path))
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr
