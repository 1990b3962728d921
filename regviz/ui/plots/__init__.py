"""Live plot widgets over preallocated buffers."""
