"""Zhengwen Reader (政文阅览): read, search and file Chinese government news with officials and tasks highlighted."""
__version__ = "0.1.0"
