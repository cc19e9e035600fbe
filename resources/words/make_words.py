#!/usr/bin/env python3
"""Makes zh-words.txt, the word-frequency dictionary behind Chinese word segmentation
(core/text/WordSegmenter).

Run once at development time (not part of the build):
    python3 make_words.py /usr/lib/python3/dist-packages/jieba/dict.txt > zh-words.txt
(dict.txt of jieba 0.42.1, Debian package python3-jieba; or `apt-get download python3-jieba`
and `dpkg -x` it.) Needs the opencc command (Debian package opencc) for the traditional forms.

jieba's dictionary lists about 349,000 words, each with a frequency and a part of speech. Kept are
the words written in Han characters only (no Latin letters, digits or symbols: the segmenter uses the
dictionary on runs of Han characters alone) whose frequency is at least MIN_COUNT; words rarer than
that are mostly names and idioms that the segmenter finds as single characters or through ICU's
dictionary. The part of speech is dropped. The header line `# total` is the sum of the frequencies
of the whole dictionary, so that a count divided by it is the word's probability in the same units
as jieba's (the words left out keep their share of the total).

jieba's words are written in simplified characters. Each kept word is also converted to traditional
characters with OpenCC (s2t, character by character); a traditional form that differs is added with
the same count (the larger count where two words meet), so that text from Taiwan or Hong Kong is split
by the same words.
"""
import subprocess
import sys
import tempfile

MIN_COUNT = 5


def is_han(c):
    o = ord(c)
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or o == 0x3007)


def main(dict_path):
    total = 0
    kept = []
    with open(dict_path, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            total += count
            if count >= MIN_COUNT and all(is_han(c) for c in word):
                kept.append((word, count))
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt') as tmp:
        tmp.write('\n'.join(word for word, _ in kept) + '\n')
        tmp.flush()
        traditional = subprocess.run(['opencc', '-c', 's2t.json', '-i', tmp.name],
                                     capture_output=True, text=True, check=True).stdout.split('\n')
    counts = dict(kept)
    for (word, count), trad in zip(kept, traditional):
        if trad and trad != word and all(is_han(c) for c in trad):
            counts[trad] = max(counts.get(trad, 0), count)
    kept = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    out = sys.stdout
    out.write('# Chinese word frequencies for word segmentation (core/text/WordSegmenter).\n')
    out.write('# Made by resources/words/make_words.py from jieba 0.42.1 dict.txt (Debian python3-jieba,\n')
    out.write('# MIT/Expat licence, Copyright 2012-2017 Sun Junyi): words of Han characters with a count of\n')
    out.write('# at least %d, and their traditional forms by OpenCC s2t; see README.md there.\n' % MIN_COUNT)
    out.write('# total %d\n' % total)
    out.write('# word<TAB>count, most frequent first\n')
    for word, count in kept:
        out.write('%s\t%d\n' % (word, count))


if __name__ == '__main__':
    main(sys.argv[1])
