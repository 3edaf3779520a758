"""Full-text search over the knowledge base (Whoosh behind one service). It never imports Qt."""
