"""The engine: numpy, torch and torchvision only. Nothing here may import Qt, pyqtgraph or superqt."""
