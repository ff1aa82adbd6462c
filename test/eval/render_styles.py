#!/usr/bin/env python3
"""Render a corpus's HTML pages as other scrapers store them (optional tool).

The corpus ships two scraper styles (w3m and lynx -nolist).  Users store
scrapes made with other tools too; this renders every <id>.html(.gz) of
HTML_DIR into OUT_DIR/text-<style>/<id>.txt for each style whose tool is
installed, so `make eval CORPUS=... GOLD=...` can measure them:

  lynx-refs   lynx -dump with its defaults (numbered links, References list)
  elinks      elinks -dump with its defaults
  links       links -dump
  md          html2text (Python) with its default 78-column wrapping
  md-nowrap   html2text with body_width=0
  bs4         BeautifulSoup get_text('\\n', strip=True), scripts and styles removed
  turndown    turndown (node; NODE_PATH must reach the turndown package)
  h2t         the html2text program (Debian package html2text): star headings, underscored links
  pandoc      pandoc -t plain: wrapped at 72, images as their alt text in brackets

Not needed by `make test`.  Tools: Debian packages lynx, elinks, links,
python3-html2text, python3-bs4, html2text, pandoc; turndown from the npm registry.  Styles
whose tool is missing are skipped with a message.

usage: render_styles.py HTML_DIR OUT_DIR [STYLE...]
"""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

TURNDOWN_JS = r"""
const TurndownService = require('turndown');
const fs = require('fs');
const td = new TurndownService();
td.remove(['script', 'style', 'noscript']);
const [src, dst] = process.argv.slice(2);
let md = '';
try { md = td.turndown(fs.readFileSync(src, 'utf8')); } catch (e) { md = ''; }
fs.writeFileSync(dst, md);
"""


def browser(cmd):
    def render(path, html):
        try:
            out = subprocess.run(cmd + [path], capture_output=True, timeout=30).stdout
        except subprocess.TimeoutExpired:
            out = b''
        return out.decode('utf8', 'replace')
    return render


def html2text_render(wrap):
    import html2text

    def render(path, html):
        text = html.decode('utf8', 'replace')
        for images in (False, True):
            h = html2text.HTML2Text()
            if not wrap:
                h.body_width = 0
            h.ignore_images = images
            try:
                return h.handle(text)
            except Exception:  # html2text fails on some image tags; retry without images
                continue
        return ''
    return render


def bs4_render(path, html):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, 'html.parser')
    for tag in soup(['script', 'style', 'noscript']):
        tag.decompose()
    return soup.get_text('\n', strip=True)


def turndown_render(script):
    def render(path, html):
        with tempfile.NamedTemporaryFile(suffix='.md') as out:
            subprocess.run(['node', script, path, out.name], capture_output=True, timeout=60)
            return open(out.name, encoding='utf8', errors='replace').read()
    return render


def available(style, workdir):
    """The render function of style, or None (with the reason) when its tool is missing."""
    if style == 'lynx-refs':
        return (browser(['lynx', '-dump', '-width=1000', '-display_charset=utf-8', '-assume_charset=utf-8']),
                None) if shutil.which('lynx') else (None, 'lynx is not installed')
    if style == 'elinks':
        return (browser(['elinks', '-dump', '-dump-width', '1000', '-dump-charset', 'utf-8']), None) \
            if shutil.which('elinks') else (None, 'elinks is not installed')
    if style == 'links':
        return (browser(['links', '-dump', '-width', '512', '-codepage', 'utf-8']), None) \
            if shutil.which('links') else (None, 'links is not installed')
    if style in ('md', 'md-nowrap'):
        try:
            import html2text  # noqa: F401
        except ImportError:
            return None, 'the Python html2text module is not installed (python3-html2text)'
        return html2text_render(style == 'md'), None
    if style == 'bs4':
        try:
            import bs4  # noqa: F401
        except ImportError:
            return None, 'the Python bs4 module is not installed (python3-bs4)'
        return bs4_render, None
    if style == 'h2t':
        return (browser(['html2text', '-utf8', '-nobs']), None) if shutil.which('html2text') \
            else (None, 'the html2text program is not installed (Debian package html2text)')
    if style == 'pandoc':
        return (browser(['pandoc', '-f', 'html', '-t', 'plain']), None) if shutil.which('pandoc') \
            else (None, 'pandoc is not installed')
    if style == 'turndown':
        if not shutil.which('node'):
            return None, 'node is not installed'
        script = os.path.join(workdir, 'turndown.js')
        with open(script, 'w') as f:
            f.write(TURNDOWN_JS)
        probe = subprocess.run(['node', '-e', "require('turndown')"], capture_output=True)
        if probe.returncode != 0:
            return None, 'the turndown package is not on NODE_PATH (npm install turndown)'
        return turndown_render(script), None
    return None, 'unknown style'


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    html_dir, out_dir = sys.argv[1], sys.argv[2]
    styles = sys.argv[3:] or ['lynx-refs', 'elinks', 'links', 'md', 'md-nowrap', 'bs4', 'turndown', 'h2t', 'pandoc']
    pages = sorted(f for f in os.listdir(html_dir) if f.endswith('.html') or f.endswith('.html.gz'))
    with tempfile.TemporaryDirectory() as work:
        for style in styles:
            render, why = available(style, work)
            if render is None:
                print('skipped %s: %s' % (style, why))
                continue
            target = os.path.join(out_dir, 'text-' + style)
            os.makedirs(target, exist_ok=True)
            for name in pages:
                src = os.path.join(html_dir, name)
                html = gzip.open(src).read() if name.endswith('.gz') else open(src, 'rb').read()
                page = os.path.join(work, 'page.html')  # the browsers read a file named .html
                with open(page, 'wb') as f:
                    f.write(html)
                doc_id = name.split('.')[0]
                with open(os.path.join(target, doc_id + '.txt'), 'w', encoding='utf8') as f:
                    f.write(render(page, html))
            print('rendered %s: %d pages in %s' % (style, len(pages), target))


if __name__ == '__main__':
    main()
