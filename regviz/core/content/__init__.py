"""Files and content: sessions, lessons, presets, exported scripts, worked examples, images."""
