#!/usr/bin/env python3
"""Makes hanzi.txt, the character frequency table behind GB18030/Big5 detection.

Run once at development time (not part of the build):
    apt-get download python3-jieba && dpkg -x python3-jieba_*.deb jieba
    python3 make_table.py jieba/usr/lib/python3/dist-packages/jieba/dict.txt > hanzi.txt
Needs the opencc command (Debian package opencc) for the traditional forms.

Each word of jieba's dictionary (word, frequency, part of speech) adds its frequency to each of
its characters; the words converted to traditional characters with OpenCC (s2t) do the same for a
traditional count. A character's count is the larger of the two, so simplified and traditional
text are both at home in the table. The most frequent characters are kept.
"""
import collections
import subprocess
import sys
import tempfile

KEEP = 6000


def is_hanzi(c):
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def main(dict_path):
    words, freqs = [], []
    with open(dict_path, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words.append(parts[0])
                freqs.append(int(parts[1]))
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt') as tmp:
        tmp.write('\n'.join(words) + '\n')
        tmp.flush()
        traditional = subprocess.run(['opencc', '-c', 's2t.json', '-i', tmp.name],
                                     capture_output=True, text=True, check=True).stdout.split('\n')
    simplified_count, traditional_count = collections.Counter(), collections.Counter()
    for word, trad, freq in zip(words, traditional, freqs):
        for c in word:
            if is_hanzi(c):
                simplified_count[c] += freq
        for c in trad:
            if is_hanzi(c):
                traditional_count[c] += freq
    combined = {c: max(simplified_count[c], traditional_count[c])
                for c in set(simplified_count) | set(traditional_count)}
    total = sum(combined.values())
    ranked = sorted(combined.items(), key=lambda item: (-item[1], item[0]))[:KEEP]
    print('# Hanzi frequency table for text-encoding detection (core/import/ChineseEncodingEvidence).')
    print('# Made by resources/charfreq/make_table.py from jieba 0.42.1 dict.txt (Debian python3-jieba,')
    print('# MIT/Expat licence) and its OpenCC s2t conversion; see README.md there.')
    print('# total %d' % total)
    print('# character<TAB>count, most frequent first')
    for c, n in ranked:
        print('%s\t%d' % (c, n))


if __name__ == '__main__':
    main(sys.argv[1])
