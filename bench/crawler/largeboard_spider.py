"""Scrapy spider for the large fixture site (profile `largeboard`), with the
same selectors and settings as the adscreen crawler's benchmark run: robots.txt
obeyed, no autothrottle, no download delay, the same concurrency, listing pages
walked through `nav.pager a.next`, ad pages through `a.card-link`, and the same
fields extracted. Items are written as JSON Lines.

    scrapy runspider largeboard_spider.py -a base=http://127.0.0.1:PORT/ \
        -s CONCURRENT_REQUESTS=8 -O /tmp/items.jsonl
"""

import scrapy


class LargeboardSpider(scrapy.Spider):
    name = "largeboard"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
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
        return scrapy.Request(self.base.rstrip("/") + "/escorts/page/1/", callback=self.parse_listing)

    async def start(self):  # Scrapy >= 2.13
        yield self._first()

    def start_requests(self):  # older Scrapy
        yield self._first()

    def parse_listing(self, response):
        for href in response.css("a.card-link::attr(href)").getall():
            yield response.follow(href, callback=self.parse_ad)
        nxt = response.css("nav.pager a.next::attr(href)").get()
        if nxt:
            yield response.follow(nxt, callback=self.parse_listing)

    def parse_ad(self, response):
        text = "\n".join(t.strip() for t in response.css(".about ::text").getall() if t.strip())
        if not text:
            return
        yield {
            "url": response.url,
            "title": response.css("h2.headline ::text").get(),
            "text": text,
            "name": response.css(".f-name ::text").get(),
            "age": response.css(".f-age ::text").get(),
            "location": response.css(".f-city ::text").get(),
            "phones": response.css("a.phone ::text").getall(),
            "price": response.css(".f-rate ::text").get(),
            "images": [response.urljoin(u) for u in response.css(".gallery img.pic::attr(src)").getall()],
            "posted_at": response.css(".posted::attr(data-ts)").get(),
            "poster_id": response.css(".member::attr(data-member)").get(),
            "external_id": response.css(".profile::attr(data-external-id)").get(),
        }
