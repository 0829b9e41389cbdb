"""What the user types into the search box: the query (`query`), the filters beside it, hits and
snippets (`filters`). How the store's index tokenizes text lives in `store/tokens.py`."""
