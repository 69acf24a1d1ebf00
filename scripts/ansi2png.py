#!/usr/bin/env python3
"""Render a tmux `capture-pane -e -p -N` dump (ANSI/SGR text) as a PNG screenshot.

Usage: ansi2png.py COLS ROWS OUT.png [--font-size N] < capture.ansi

Needs pyte and Pillow (`pip install pyte pillow`) and the fonts from the Debian packages
fonts-dejavu-core (main font), fonts-droid-fallback (CJK) and fonts-noto-color-emoji (emoji);
fonts-nanum (Hangul) is used when present. Box-drawing and block characters are drawn as
shapes, so borders and rules join up without gaps.
"""
import argparse
import os
import sys
import unicodedata

try:
    import pyte
    from pyte import graphics
    from PIL import Image, ImageDraw, ImageFont
    from wcwidth import wcwidth
except ImportError as exc:  # pragma: no cover - message for humans
    sys.exit(f"ansi2png.py: {exc}; install with: pip install pyte pillow")

FONT_DIRS = ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype", "/usr/local/share/fonts"]
REGULAR = "dejavu/DejaVuSansMono.ttf"
BOLD = "dejavu/DejaVuSansMono-Bold.ttf"
FALLBACKS = ["dejavu/DejaVuSans.ttf", "droid/DroidSansFallbackFull.ttf", "nanum/NanumGothic.ttf",
             "noto/NotoSansMono-Regular.ttf"]
EMOJI = "noto/NotoColorEmoji.ttf"

# A dark theme palette (close to VS Code's integrated terminal).
DEFAULT_FG = (204, 204, 204)
DEFAULT_BG = (30, 30, 30)
PALETTE = {
    "black": (0, 0, 0), "red": (205, 49, 49), "green": (13, 188, 121),
    "brown": (229, 229, 16), "yellow": (229, 229, 16), "blue": (36, 114, 200),
    "magenta": (188, 63, 188), "cyan": (17, 168, 205), "white": (229, 229, 229),
    "brightblack": (102, 102, 102), "brightred": (241, 76, 76), "brightgreen": (35, 209, 139),
    "brightbrown": (245, 245, 67), "brightyellow": (245, 245, 67), "brightblue": (59, 142, 234),
    "brightmagenta": (214, 112, 214), "bfightmagenta": (214, 112, 214),  # sic: pyte's typo
    "brightcyan": (41, 184, 219), "brightwhite": (255, 255, 255),
}
PADDING = 8


def find_font(relative):
    for base in FONT_DIRS:
        path = os.path.join(base, relative)
        if os.path.exists(path):
            return path
    return None


class Screen(pyte.Screen):
    """pyte.Screen that also remembers SGR 2 (dim/faint), which pyte ignores."""

    def __init__(self, columns, lines):
        super().__init__(columns, lines)
        self.dim = False
        self.dim_cells = set()

    def select_graphic_rendition(self, *attrs, **kwargs):
        codes = list(attrs) or [0]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code in (0, 22):
                self.dim = False
            elif code == 2:
                self.dim = True
            elif code in (38, 48):  # skip 38;5;n and 38;2;r;g;b so their numbers are not read as SGR
                i += 2 if i + 1 < len(codes) and codes[i + 1] == 5 else 4
            i += 1
        super().select_graphic_rendition(*attrs)

    def draw(self, data):
        for ch in data:
            super().draw(ch)
            width = wcwidth(ch)
            if width > 0:
                cell = (self.cursor.y, self.cursor.x - width)
                if self.dim:
                    self.dim_cells.add(cell)
                else:
                    self.dim_cells.discard(cell)


def colour(name, default):
    if name == "default":
        return default
    if name in PALETTE:
        return PALETTE[name]
    if isinstance(name, str) and len(name) == 6:
        try:
            return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            pass
    return default


def blend(a, b, t):
    return tuple(round(x * (1 - t) + y * t) for x, y in zip(a, b))


class Renderer:
    def __init__(self, size):
        regular, bold = find_font(REGULAR), find_font(BOLD)
        if not regular or not bold:
            sys.exit("ansi2png.py: DejaVu Sans Mono not found; install it with: "
                     "apt-get install fonts-dejavu-core")
        self.font = ImageFont.truetype(regular, size)
        self.bold = ImageFont.truetype(bold, size)
        self.fallbacks = [ImageFont.truetype(p, size) for p in map(find_font, FALLBACKS) if p]
        emoji = find_font(EMOJI)
        self.emoji = ImageFont.truetype(emoji, 109) if emoji else None  # CBDT loads only at 109
        ascent, descent = self.font.getmetrics()
        self.cw = round(self.font.getlength("M"))
        self.ch = ascent + descent + 2
        self.baseline_pad = 1
        self.missing = {}
        self.glyph_cache = {}
        self.emoji_cache = {}

    @staticmethod
    def _bitmap(font, ch):
        box = font.getbbox(ch)
        im = Image.new("L", (max(box[2], 1) + 2, max(box[3], 1) + 2))
        ImageDraw.Draw(im).text((0, 0), ch, font=font, fill=255)
        return im.tobytes() if im.getbbox() else b""

    def has_glyph(self, font, ch):
        """True unless `font` draws `ch` as its .notdef box (or as nothing)."""
        if ch.isspace():
            return True
        key = (id(font), ch)
        if key not in self.glyph_cache:
            if id(font) not in self.missing:
                self.missing[id(font)] = self._bitmap(font, "\U0010fffd")
            bitmap = self._bitmap(font, ch)
            self.glyph_cache[key] = bitmap != b"" and bitmap != self.missing[id(font)]
        return self.glyph_cache[key]

    def font_for(self, ch, bold):
        first = self.bold if bold else self.font
        base = ch[0]
        if self.has_glyph(first, base):
            return first
        for font in self.fallbacks:
            if self.has_glyph(font, base):
                return font
        return first

    def is_emoji(self, ch):
        cp = ord(ch[0])
        return self.emoji is not None and (
            0x1F300 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF and len(ch) > 1 and "\ufe0f" in ch)

    def draw_emoji(self, img, ch, x, y, width):
        if ch not in self.emoji_cache:
            tile = Image.new("RGBA", (136, 128), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((0, 0), ch, font=self.emoji, embedded_color=True)
            box = tile.getbbox() or (0, 0, 136, 128)
            tile = tile.crop(box)
            target_h = self.ch - 2
            target_w = min(width * self.cw, round(tile.width * target_h / max(tile.height, 1)))
            self.emoji_cache[ch] = tile.resize((max(target_w, 1), target_h), Image.LANCZOS)
        tile = self.emoji_cache[ch]
        img.paste(tile, (x + (width * self.cw - tile.width) // 2, y + 1), tile)


# Box drawing: (up, down, left, right) line weights; 1 light, 2 heavy, 3 double.
BOX = {}
for chars, spec in [
    ("─", (0, 0, 1, 1)), ("━", (0, 0, 2, 2)), ("│", (1, 1, 0, 0)), ("┃", (2, 2, 0, 0)),
    ("┌╭", (0, 1, 0, 1)), ("┐╮", (0, 1, 1, 0)), ("└╰", (1, 0, 0, 1)), ("┘╯", (1, 0, 1, 0)),
    ("├", (1, 1, 0, 1)), ("┤", (1, 1, 1, 0)), ("┬", (0, 1, 1, 1)), ("┴", (1, 0, 1, 1)),
    ("┼", (1, 1, 1, 1)), ("┏", (0, 2, 0, 2)), ("┓", (0, 2, 2, 0)), ("┗", (2, 0, 0, 2)),
    ("┛", (2, 0, 2, 0)), ("┣", (2, 2, 0, 2)), ("┫", (2, 2, 2, 0)), ("┳", (0, 2, 2, 2)),
    ("┻", (2, 0, 2, 2)), ("╋", (2, 2, 2, 2)), ("═", (0, 0, 3, 3)), ("║", (3, 3, 0, 0)),
    ("╔", (0, 3, 0, 3)), ("╗", (0, 3, 3, 0)), ("╚", (3, 0, 0, 3)), ("╝", (3, 0, 3, 0)),
    ("╠", (3, 3, 0, 3)), ("╣", (3, 3, 3, 0)), ("╦", (0, 3, 3, 3)), ("╩", (3, 0, 3, 3)),
    ("╬", (3, 3, 3, 3)), ("╴", (0, 0, 1, 0)), ("╵", (1, 0, 0, 0)), ("╶", (0, 0, 0, 1)),
    ("╷", (0, 1, 0, 0)),
]:
    for c in chars:
        BOX[c] = spec
BLOCKS = {  # (x0, y0, x1, y1) as fractions of the cell
    "█": (0, 0, 1, 1), "▀": (0, 0, 1, .5), "▄": (0, .5, 1, 1), "▌": (0, 0, .5, 1),
    "▐": (.5, 0, 1, 1), "▁": (0, .875, 1, 1), "▔": (0, 0, 1, .125),
}
SHADES = {"░": .25, "▒": .5, "▓": .75}


def draw_box(draw, ch, x, y, w, h, fg):
    up, down, left, right = BOX[ch]
    cx, cy = x + w // 2, y + h // 2
    light = max(1, round(w / 10))
    for weight, (x0, y0, x1, y1) in [
        (up, (cx, y, cx, cy)), (down, (cx, cy, cx, y + h - 1)),
        (left, (x, cy, cx, cy)), (right, (cx, cy, x + w - 1, cy)),
    ]:
        if not weight:
            continue
        if weight == 3:  # double: two light lines
            gap = max(2, light * 2)
            horizontal = y0 == y1
            for off in (-gap // 2 - 0, gap // 2):
                if horizontal:
                    draw.rectangle([x0, y0 + off, x1, y1 + off + light - 1], fill=fg)
                else:
                    draw.rectangle([x0 + off, y0, x1 + off + light - 1, y1], fill=fg)
            continue
        t = light if weight == 1 else light * 2
        a = t // 2
        if y0 == y1:
            draw.rectangle([x0, y0 - a, x1, y0 - a + t - 1], fill=fg)
        else:
            draw.rectangle([x0 - a, y0, x0 - a + t - 1, y1], fill=fg)


def render(text, cols, rows, out, size):
    screen = Screen(cols, rows)
    stream = pyte.Stream(screen)
    lines = text.split("\n")[:rows]  # capture-pane prints one '\n'-ended line per row
    stream.feed(unicodedata.normalize("NFC", "\r\n".join(lines)))

    r = Renderer(size)
    cw, chh = r.cw, r.ch
    img = Image.new("RGB", (cols * cw + 2 * PADDING, rows * chh + 2 * PADDING), DEFAULT_BG)
    draw = ImageDraw.Draw(img)
    ascent, _ = r.font.getmetrics()

    for row in range(rows):
        line = screen.buffer[row]
        y = PADDING + row * chh
        col = 0
        while col < cols:
            c = line[col]
            if c.data == "":  # right half of a wide character, drawn with its left half
                col += 1
                continue
            ch = c.data or " "
            width = 2 if wcwidth(ch[0]) == 2 else 1
            fg = colour(c.fg, DEFAULT_FG)
            bg = colour(c.bg, DEFAULT_BG)
            if c.reverse:
                fg, bg = bg, fg
            if (row, col) in screen.dim_cells:
                fg = blend(fg, bg, 0.4)
            x = PADDING + col * cw
            draw.rectangle([x, y, x + width * cw - 1, y + chh - 1], fill=bg)
            if ch in BOX:
                draw_box(draw, ch, x, y, cw * width, chh, fg)
            elif ch in BLOCKS:
                fx0, fy0, fx1, fy1 = BLOCKS[ch]
                draw.rectangle([x + round(fx0 * cw), y + round(fy0 * chh),
                                x + round(fx1 * cw) - 1, y + round(fy1 * chh) - 1], fill=fg)
            elif ch in SHADES:
                draw.rectangle([x, y, x + cw - 1, y + chh - 1], fill=blend(bg, fg, SHADES[ch]))
            elif r.is_emoji(ch):
                r.draw_emoji(img, ch, x, y, width)
            elif ch != " ":
                font = r.font_for(ch, c.bold)
                if font is r.font or font is r.bold:
                    draw.text((x, y + r.baseline_pad), ch, font=font, fill=fg)
                else:  # fallback font: centre in the cell(s), baseline aligned with the main font
                    fa, _ = font.getmetrics()
                    gw = font.getlength(ch)
                    draw.text((x + (width * cw - gw) / 2, y + r.baseline_pad + ascent - fa),
                              ch, font=font, fill=fg)
                    if c.bold:  # fake bold for fallback glyphs
                        draw.text((x + (width * cw - gw) / 2 + 1, y + r.baseline_pad + ascent - fa),
                                  ch, font=font, fill=fg)
            if c.underscore:
                draw.line([x, y + ascent + 2, x + width * cw - 1, y + ascent + 2], fill=fg)
            if c.strikethrough:
                draw.line([x, y + chh // 2, x + width * cw - 1, y + chh // 2], fill=fg)
            col += width
    img.save(out, optimize=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cols", type=int)
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--font-size", type=int, default=16)
    args = parser.parse_args()
    render(sys.stdin.read(), args.cols, args.rows, args.out, args.font_size)


if __name__ == "__main__":
    main()
