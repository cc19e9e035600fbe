#!/usr/bin/env python3
"""A reference for marginalia-bench-words: reads every document's text from a project with Python's sqlite3,
case folds it and counts its tokens (runs of letters and digits, each Han character alone) with a Counter,
occurrences and documents. Not the same words as marginalia-cli words (no ICU, no dictionary, no labels left
out): it shows what reading the texts and counting that many tokens costs in a plain script.

    words_count.py PROJECT.marginalia   prints the number of tokens, of distinct tokens and the top 10
"""
import collections
import re
import sqlite3
import sys

# A Han character alone, or a run of other letters and digits.
TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]|[^\W\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]+")


def main():
    connection = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    counts = collections.Counter()
    documents = collections.Counter()
    tokens = 0
    for (text,) in connection.execute("SELECT text FROM documents ORDER BY id"):
        words = TOKEN.findall(text.casefold())
        tokens += len(words)
        counts.update(words)
        documents.update(set(words))
    print("tokens %d, distinct %d" % (tokens, len(counts)))
    for word, count in counts.most_common(10):
        print("%s\t%d\t%d" % (word, count, documents[word]))


if __name__ == "__main__":
    main()
