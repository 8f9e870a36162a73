#!/usr/bin/python3
# Makes bundles/kansa.report.pdf/fonts/NotoSansCJKjp-Fallback.otf: the code points of Noto Sans CJK JP that
# neither IPAex face has, Hangul left out (Japanese reports; Hangul alone would double the file). Needs Debian's
# fonts-noto-cjk and python3-fonttools; run again only when the fonts change:
#   /usr/bin/python3 scripts/fallback-font.py
import os
from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, '..', 'bundles', 'kansa.report.pdf', 'fonts')
SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'  # face 0 is JP

ipaex = set()
for name in ('ipaexg.ttf', 'ipaexm.ttf'):
    ipaex |= set(TTFont(os.path.join(FONTS, name)).getBestCmap())
font = TTFont(SOURCE, fontNumber=0)


def hangul(c):
    return 0x1100 <= c <= 0x11FF or 0x3130 <= c <= 0x318F or 0xA960 <= c <= 0xA97F or 0xAC00 <= c <= 0xD7FF


wanted = sorted(c for c in font.getBestCmap() if c not in ipaex and not hangul(c))
options = subset.Options()
options.layout_features = []  # horizontal text, no OpenType layout in iText's use
options.hinting = False
options.name_IDs = ['*']  # keep the copyright and licence records
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=wanted)
subsetter.subset(font)
font.save(os.path.join(FONTS, 'NotoSansCJKjp-Fallback.otf'))
print(len(wanted), 'code points')
