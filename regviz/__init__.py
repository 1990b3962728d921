"""regviz: see regularization in neural networks working, live."""
__version__ = "0.1.0"
