VERSION = "1.0.0"
__version__ = VERSION
