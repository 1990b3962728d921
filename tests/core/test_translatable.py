"""Core's translation marker: the English text unchanged for every reader that knows nothing of Qt, and the
template, context and fields kept for the window to translate, across the training process's pipe too."""
import pickle

import pytest
from hypothesis import given, strategies as st

from regviz.core.translatable import Message, QT_TRANSLATE_NOOP, Template


def test_a_marked_template_formats_to_the_english_sentence_and_remembers_it():
    template = QT_TRANSLATE_NOOP("narrator", "Test loss is up {steps} steps after its lowest.")
    message = template.format(steps="1,200")
    assert isinstance(template, Template) and isinstance(message, Message)
    assert message == "Test loss is up 1,200 steps after its lowest."
    assert (message.context, message.template, message.fields) == (
        "narrator", "Test loss is up {steps} steps after its lowest.", {"steps": "1,200"})


def test_positional_fields_are_refused():
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("narrator", "{} points").format(3)


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=40), st.integers())
def test_a_message_survives_the_pipe(text, n):
    message = QT_TRANSLATE_NOOP("ctx", text + " {n}").format(n=n)
    again = pickle.loads(pickle.dumps(message))
    assert again == message and (again.context, again.template, again.fields) == ("ctx", text + " {n}", {"n": n})
    error = ValueError(message)
    assert pickle.loads(pickle.dumps(error)).args[0].template == text + " {n}"
