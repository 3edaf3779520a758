"""Full-text search over the knowledge base (Whoosh behind one service). It never imports Qt."""

from search.whoosh_import import import_whoosh

import_whoosh()  # before any module here imports Whoosh (see search/whoosh_import.py)
