"""Scrapy spider for the nginx benchmark site (bench/crawler/gen_nginx_site.py),
with the same selectors and settings as the adscreen profile the script
writes: robots.txt obeyed, no autothrottle, no download delay, the same
concurrency, listings through a[rel=next], ads through a.ad-link, the same
fields extracted. Items are written as JSON Lines.

    scrapy runspider nginxboard_spider.py -a base=http://127.0.0.1:PORT/ \
        -s CONCURRENT_REQUESTS=16 -O /tmp/items.jsonl
"""

import scrapy


class NginxboardSpider(scrapy.Spider):
    name = "nginxboard"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "COOKIES_ENABLED": False,
        "RETRY_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "USER_AGENT": "adscreen-bench-scrapy (+mailto:bench@example.org)",
    }

    def __init__(self, base="http://127.0.0.1:8000/", **kw):
        super().__init__(**kw)
        self.base = base

    def _first(self):
        return scrapy.Request(self.base.rstrip("/") + "/list/1.html", callback=self.parse_listing)

    async def start(self):  # Scrapy >= 2.13
        yield self._first()

    def start_requests(self):  # older Scrapy
        yield self._first()

    def parse_listing(self, response):
        for href in response.css("a.ad-link::attr(href)").getall():
            yield response.follow(href, callback=self.parse_ad)
        nxt = response.css("a[rel=next]::attr(href)").get()
        if nxt:
            yield response.follow(nxt, callback=self.parse_listing)

    def parse_ad(self, response):
        text = "\n".join(t.strip() for t in response.css(".text ::text").getall() if t.strip())
        if not text:
            return
        yield {
            "url": response.url,
            "title": response.css("h1.title ::text").get(),
            "text": text,
            "name": response.css(".name ::text").get(),
            "age": response.css(".age ::text").get(),
            "location": response.css("dd.city ::text").get(),
            "phones": response.css("a.phone ::text").getall(),
            "price": response.css(".price ::text").get(),
            "images": [response.urljoin(u) for u in response.css("img.photo::attr(src)").getall()],
            "posted_at": response.css("time::attr(datetime)").get(),
            "poster_id": response.css(".poster::attr(data-user)").get(),
            "external_id": response.css("article.ad::attr(data-id)").get(),
        }
