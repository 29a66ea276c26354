"""Writes a static synthetic ad site for the nginx benchmark.

    python3 gen_nginx_site.py OUT_DIR [ADS=20000] [PER_PAGE=40]

Layout (all invented: fake names, numbers from +45 20 12 xx xx):
- /robots.txt disallows /private/ and /ads/draft-; listing pages link decoys
  under both (they exist, so a crawler that fetched them would get a 200);
- /list/K.html: PER_PAGE ad links (a.ad-link), rel=next pagination through
  <link rel="next"> and <a rel="next">, UTF-8;
- /ads/N.html: the ad, windows-1252 bytes with a <meta charset> only (nginx
  sends `Content-Type: text/html` without a charset), Danish letters.
"""

import os
import sys

out = sys.argv[1]
ads = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
per = int(sys.argv[3]) if len(sys.argv) > 3 else 40
pages = (ads + per - 1) // per

NAMES = ["Åse", "Bodil", "Cæcilie", "Dorthe", "Ellen", "Frida", "Gitte", "Hanne", "Ida", "Jytte"]
CITIES = ["København", "Århus", "Odense", "Aalborg", "Køge", "Næstved", "Sønderborg", "Ærøskøbing"]
TEXTS = [
    "Jeg er selvstændig massør og har mit eget lokale tæt på stationen.",
    "Afslappende massage og god tid til en snak, ring eller skriv først.",
    "Rolig stue med blødt lys, håndklæder og te er klar når du kommer.",
    "Jeg vælger selv mine tider og svarer på telefonen om dagen.",
    "Søde og smilende hænder giver blød massage, diskret adresse med parkering.",
]

for d in ("list", "ads", "private"):
    os.makedirs(os.path.join(out, d), exist_ok=True)

with open(os.path.join(out, "robots.txt"), "w") as f:
    f.write("User-agent: *\nDisallow: /private/\nDisallow: /ads/draft-\n")

for k in range(1, pages + 1):
    first = (k - 1) * per
    items = []
    for i in range(first, min(first + per, ads)):
        items.append(
            f'<li class="card"><a class="ad-link" href="/ads/{100000 + i}.html">'
            f"{NAMES[i % len(NAMES)]}</a> <span class=\"city\">{CITIES[i % len(CITIES)]}</span></li>"
        )
    if k % 10 == 1:
        items.append(f'<li class="card"><a class="ad-link" href="/private/{k}.html">skjult</a></li>')
        items.append(f'<li class="card"><a class="ad-link" href="/ads/draft-{k}.html">kladde</a></li>')
    nxt = f"/list/{k + 1}.html" if k < pages else None
    head_next = f'<link rel="next" href="{nxt}">' if nxt else ""
    a_next = f'<a rel="next" class="next" href="{nxt}">Næste</a>' if nxt else ""
    html = (
        f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Annoncer side {k}</title>{head_next}</head>'
        f'<body><h1>Annoncer</h1><ul class="cards">{"".join(items)}</ul><nav class="pager">{a_next}</nav></body></html>\n'
    )
    with open(os.path.join(out, "list", f"{k}.html"), "w", encoding="utf-8") as f:
        f.write(html)
    if k % 10 == 1:
        for path in (f"private/{k}.html", f"ads/draft-{k}.html"):
            with open(os.path.join(out, path), "w", encoding="utf-8") as f:
                f.write("<html><body><p>decoy</p></body></html>\n")

for i in range(ads):
    n = 100000 + i
    name = NAMES[i % len(NAMES)]
    city = CITIES[i % len(CITIES)]
    text = " ".join(TEXTS[(i + j) % len(TEXTS)] for j in range(3)) + f" Annonce nummer {n}."
    html = (
        '<!DOCTYPE html><html lang="da"><head><meta charset="windows-1252">'
        f"<title>{name} – massage i {city}</title></head><body>"
        f'<article class="ad" data-id="{n}"><h1 class="title">{name} – massage i {city}</h1>'
        f'<div class="text"><p>{text}</p><p>Hilsen {name}.</p></div>'
        f'<dl><dt>Navn</dt><dd class="name">{name}</dd><dt>Alder</dt><dd class="age">{21 + i % 25} år</dd>'
        f'<dt>By</dt><dd class="city">{city}</dd><dt>Pris</dt><dd class="price">{600 + (i % 7) * 100} kr</dd></dl>'
        f'<a class="phone" href="tel:+452012{i % 10000:04d}">+45 20 12 {i % 10000 // 100:02d} {i % 100:02d}</a>'
        f'<img class="photo" src="/img/{n}.jpg" alt="">'
        f'<time datetime="2026-11-{1 + i % 28:02d}T{i % 24:02d}:00:00Z">{1 + i % 28}. nov</time>'
        f'<span class="poster" data-user="u{i // 3}">medlem</span></article></body></html>\n'
    )
    with open(os.path.join(out, "ads", f"{n}.html"), "wb") as f:
        f.write(html.encode("windows-1252"))

print(f"{ads} ads, {pages} listing pages in {out}")
