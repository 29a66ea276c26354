//! robots.txt (RFC 9309): the parser, the matcher that says *why* a URL is
//! allowed or not, and (in [`cache`]) the per-host cache that fetches them.
//!
//! Parsing follows RFC 9309 and the behaviour of Google's reference parser:
//! - lines end at LF, CR or CRLF; a UTF-8 BOM is skipped; `#` starts a comment;
//!   a missing colon is tolerated when the line is exactly `key value`;
//! - keys are case-insensitive, with common typos accepted (`useragent`,
//!   `disalow`, ...); unknown keys and `Sitemap` lines do not end a group;
//! - consecutive `User-agent` lines share one group; groups naming the same
//!   agent are merged; rules before any `User-agent` line are ignored;
//! - `Allow`/`Disallow` values are percent-encoding normalised (non-ASCII
//!   octets escaped, `%xx` upper-cased) so they compare with escaped URLs;
//! - only the first [`MAX_ROBOTS_BYTES`] bytes are parsed, and each line is cut
//!   at [`MAX_LINE_BYTES`].
//!
//! Matching: the crawler's product token (e.g. `adscreen` from
//! `adscreen/0.1 (+mailto:...)`) is compared case-insensitively with each
//! group's agent token; if no group names it, the `*` groups apply. Among the
//! rules of the chosen groups the longest matching pattern wins (`*` matches
//! any run of octets, a final `$` anchors the end) and `Allow` wins a tie.

pub mod cache;

use std::fmt;
use std::time::Duration;
use url::Url;

/// Parse cap: RFC 9309 requires at least 500 KiB to be parsed; the rest is ignored.
pub const MAX_ROBOTS_BYTES: usize = 500 * 1024;

/// Longest line considered; longer lines are cut there (Google's parser
/// keeps the same 16,663 bytes: eight times the longest URL browsers take).
pub const MAX_LINE_BYTES: usize = 2083 * 8 - 1;

/// Longest `Crawl-delay` honoured; longer values are clamped to it.
pub const MAX_CRAWL_DELAY: Duration = Duration::from_secs(24 * 3600);

/// Whether a rule allows or disallows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// `Allow:`
    Allow,
    /// `Disallow:`
    Disallow,
}

impl fmt::Display for RuleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RuleKind::Allow => "Allow",
            RuleKind::Disallow => "Disallow",
        })
    }
}

/// One `Allow` or `Disallow` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Allow or disallow.
    pub kind: RuleKind,
    /// 1-based line number in the robots.txt.
    pub line: usize,
    /// The value as written (comment and surrounding whitespace removed).
    pub value: String,
    /// The normalised pattern that is matched (see [`escape_pattern`]).
    pub pattern: String,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: `{}: {}`", self.line, self.kind, self.value)
    }
}

/// Which agents a group applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Agent {
    /// `User-agent: *`
    Any,
    /// A product token, lower-cased.
    Named(String),
}

/// One group: its `User-agent` lines and the rules under them.
#[derive(Debug, Clone, Default)]
struct Group {
    agents: Vec<Agent>,
    rules: Vec<Rule>,
    crawl_delay: Option<Duration>,
}

/// A parsed robots.txt.
#[derive(Debug, Clone, Default)]
pub struct RobotsTxt {
    groups: Vec<Group>,
    sitemaps: Vec<String>,
    truncated: bool,
}

/// Which groups a decision was taken from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupChoice {
    /// Groups naming the crawler's product token.
    Specific(String),
    /// The `*` groups (no group names the crawler).
    Global,
    /// No group applies: neither the crawler nor `*` is named.
    None,
}

/// The outcome of matching one URL path, with the rule that decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsMatch {
    /// Whether the path may be fetched.
    pub allowed: bool,
    /// The deciding rule; `None` when no rule with a non-empty pattern matched.
    pub rule: Option<Rule>,
    /// The groups that were consulted.
    pub group: GroupChoice,
}

impl fmt::Display for RobotsMatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let group = match &self.group {
            GroupChoice::Specific(agent) => format!("the group for user-agent `{agent}`"),
            GroupChoice::Global => "the `User-agent: *` group".to_string(),
            GroupChoice::None => String::new(),
        };
        match (&self.rule, &self.group) {
            (Some(rule), _) => write!(f, "{rule} in {group} (longest match)"),
            (None, GroupChoice::None) => {
                f.write_str("no rule matched (no group for this user-agent or `*`)")
            }
            (None, _) => write!(f, "no rule matched in {group}"),
        }
    }
}

/// The answer `crawler explain` prints: allowed or not, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsVerdict {
    /// Whether the URL may be fetched.
    pub allowed: bool,
    /// Why, in words: the deciding rule with its line, or "no rule matched".
    pub reason: String,
}

impl fmt::Display for RobotsVerdict {
    /// `allowed: <reason>` or `disallowed: <reason>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = if self.allowed {
            "allowed"
        } else {
            "disallowed"
        };
        write!(f, "{word}: {}", self.reason)
    }
}

impl From<RobotsMatch> for RobotsVerdict {
    fn from(m: RobotsMatch) -> Self {
        RobotsVerdict {
            allowed: m.allowed,
            reason: m.to_string(),
        }
    }
}

/// Decides whether `url` may be fetched by `user_agent` under `robots_txt`.
///
/// `user_agent` may be a full User-Agent header (`adscreen/0.1 (+...)`): its
/// product token is what is matched.
pub fn explain(robots_txt: &str, user_agent: &str, url: &Url) -> RobotsVerdict {
    RobotsTxt::parse(robots_txt)
        .check_url(product_token(user_agent), url)
        .into()
}

/// The product token of a User-Agent: its leading run of `[A-Za-z_-]`
/// (`adscreen/0.1 (+...)` gives `adscreen`).
pub fn product_token(user_agent: &str) -> &str {
    let end = user_agent
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-' || c == '_'))
        .unwrap_or(user_agent.len());
    &user_agent[..end]
}

/// Whether `token` is a valid product token to match against robots.txt
/// groups: non-empty and only `[A-Za-z_-]`.
pub fn is_valid_user_agent_to_obey(token: &str) -> bool {
    !token.is_empty() && product_token(token) == token
}

/// The path, parameters and query of a URL given as text (scheme, authority
/// and fragment removed); always starts with `/`. This is the string rules
/// are matched against; it is taken as written (callers pass escaped URLs).
pub fn path_params_query(url: &str) -> String {
    // Two leading slashes start an authority, not a path.
    let search_start = if url.starts_with("//") { 2 } else { 0 };
    let rest = &url[search_start..];
    let early_path = rest.find(['/', '?', ';']);
    let scheme_end = rest.find("://");
    let authority_start = match (scheme_end, early_path) {
        // `://` after the path started is part of the path or query.
        (Some(p), Some(e)) if e < p => 0,
        (Some(p), _) => p + 3,
        (None, _) => 0,
    };
    let after_scheme = &rest[authority_start..];
    let Some(path_start) = after_scheme.find(['/', '?', ';']) else {
        return "/".to_string();
    };
    let hash = rest.find('#');
    let abs_path_start = authority_start + path_start;
    if let Some(h) = hash {
        if h < abs_path_start {
            return "/".to_string();
        }
    }
    let end = hash.unwrap_or(rest.len());
    let path = &rest[abs_path_start..end];
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// The string a [`Url`] is matched as: its path and query, with the same
/// percent-encoding normalisation as patterns.
pub fn url_match_path(url: &Url) -> String {
    let mut s = String::from(url.path());
    if !s.starts_with('/') {
        s.insert(0, '/');
    }
    if let Some(q) = url.query() {
        s.push('?');
        s.push_str(q);
    }
    escape_pattern(&s)
}

/// Normalises a rule value: `%xx` escapes are upper-cased and octets outside
/// ASCII are percent-encoded (`/á` becomes `/%C3%A1`).
pub fn escape_pattern(value: &str) -> String {
    escape_pattern_bytes(value.as_bytes())
}

fn escape_pattern_bytes(value: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    let mut i = 0;
    while i < value.len() {
        let b = value[i];
        if b == b'%'
            && value.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && value.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            out.push('%');
            out.push(value[i + 1].to_ascii_uppercase() as char);
            out.push(value[i + 2].to_ascii_uppercase() as char);
            i += 3;
            continue;
        }
        if b >= 0x80 {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push(b as char);
        }
        i += 1;
    }
    out
}

/// Whether `pattern` matches `path` from its start. `*` matches any run of
/// octets; a `$` at the very end requires the path to end there (elsewhere it
/// is literal). Worst case O(len(path) × len(pattern)), no recursion.
pub fn pattern_matches(path: &str, pattern: &str) -> bool {
    let path = path.as_bytes();
    let (pat, anchored) = match pattern.as_bytes() {
        [rest @ .., b'$'] => (rest, true),
        p => (p, false),
    };
    let (mut p, mut s) = (0usize, 0usize);
    // Last `*` seen: pattern index after it, and the path index it resumes at.
    let mut star: Option<(usize, usize)> = None;
    loop {
        if p < pat.len() && pat[p] == b'*' {
            p += 1;
            star = Some((p, s));
            continue;
        }
        if p == pat.len() {
            if !anchored || s == path.len() {
                return true;
            }
        } else if s < path.len() && pat[p] == path[s] {
            p += 1;
            s += 1;
            continue;
        }
        // Mismatch: let the last `*` swallow one more octet, or give up.
        match star {
            Some((after_star, resume)) if resume < path.len() => {
                star = Some((after_star, resume + 1));
                p = after_star;
                s = resume + 1;
            }
            _ => return false,
        }
    }
}

/// What a line's key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    UserAgent,
    Allow,
    Disallow,
    CrawlDelay,
    Sitemap,
    Unknown,
}

fn classify_key(key: &str) -> Key {
    let k = key.to_ascii_lowercase();
    match k.as_str() {
        "user-agent" | "useragent" | "user agent" | "user_agent" => Key::UserAgent,
        "allow" => Key::Allow,
        // Typos seen in the wild: treating them as Disallow is the polite reading.
        "disallow" | "dissallow" | "dissalow" | "disalow" | "diasllow" | "disallaw" => {
            Key::Disallow
        }
        "crawl-delay" | "crawldelay" | "crawl_delay" => Key::CrawlDelay,
        "sitemap" | "site-map" => Key::Sitemap,
        _ => Key::Unknown,
    }
}

/// Splits a line into key and value, or `None` for blank and garbage lines.
fn split_line(raw: &[u8]) -> Option<(&[u8], &[u8])> {
    let line = match raw.iter().position(|&b| b == b'#') {
        Some(i) => &raw[..i],
        None => raw,
    };
    let line = line.trim_ascii();
    if line.is_empty() {
        return None;
    }
    let (key, value) = if let Some(colon) = line.iter().position(|&b| b == b':') {
        (&line[..colon], &line[colon + 1..])
    } else {
        // Tolerate a forgotten colon only for exactly `key value`.
        let ws = line.iter().position(|&b| b == b' ' || b == b'\t')?;
        let value = line[ws..].trim_ascii_start();
        if value.iter().any(|&b| b == b' ' || b == b'\t') {
            return None;
        }
        (&line[..ws], value)
    };
    let key = key.trim_ascii();
    if key.is_empty() {
        return None;
    }
    Some((key, value.trim_ascii()))
}

fn parse_agent(value: &str) -> Agent {
    let mut chars = value.chars();
    if chars.next() == Some('*') && chars.next().is_none_or(char::is_whitespace) {
        return Agent::Any;
    }
    Agent::Named(product_token(value).to_ascii_lowercase())
}

fn parse_crawl_delay(value: &str) -> Option<Duration> {
    let secs: f64 = value.trim().parse().ok()?;
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Some(Duration::from_secs_f64(
        secs.min(MAX_CRAWL_DELAY.as_secs_f64()),
    ))
}

/// Iterates over lines (LF, CR or CRLF endings) with 1-based numbers.
fn lines(body: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut pos = 0usize;
    let mut number = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &body[pos..];
        number += 1;
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                let crlf = rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n');
                pos += i + if crlf { 2 } else { 1 };
                Some((number, &rest[..i]))
            }
            None => {
                done = true;
                Some((number, rest))
            }
        }
    })
}

impl RobotsTxt {
    /// Parses a robots.txt given as text. Never fails: garbage lines are skipped.
    pub fn parse(body: &str) -> RobotsTxt {
        RobotsTxt::parse_bytes(body.as_bytes())
    }

    /// Parses a robots.txt given as bytes (it need not be valid UTF-8).
    pub fn parse_bytes(body: &[u8]) -> RobotsTxt {
        let mut body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let mut robots = RobotsTxt::default();
        if body.len() > MAX_ROBOTS_BYTES {
            body = &body[..MAX_ROBOTS_BYTES];
            robots.truncated = true;
        }
        // Whether the previous directive was a User-agent line, so the next
        // one joins the same group.
        let mut in_agent_run = false;
        for (number, raw) in lines(body) {
            let raw = &raw[..raw.len().min(MAX_LINE_BYTES)];
            let Some((key, value)) = split_line(raw) else {
                continue;
            };
            let key = classify_key(&String::from_utf8_lossy(key));
            match key {
                Key::UserAgent => {
                    let agent = parse_agent(&String::from_utf8_lossy(value));
                    match robots.groups.last_mut() {
                        Some(group) if in_agent_run => group.agents.push(agent),
                        _ => robots.groups.push(Group {
                            agents: vec![agent],
                            ..Group::default()
                        }),
                    }
                    in_agent_run = true;
                }
                Key::Allow | Key::Disallow | Key::CrawlDelay => {
                    in_agent_run = false;
                    // Rules before the first User-agent line belong to no group.
                    let Some(group) = robots.groups.last_mut() else {
                        continue;
                    };
                    if key == Key::CrawlDelay {
                        let delay = parse_crawl_delay(&String::from_utf8_lossy(value));
                        group.crawl_delay = delay.or(group.crawl_delay);
                        continue;
                    }
                    let kind = if key == Key::Allow {
                        RuleKind::Allow
                    } else {
                        RuleKind::Disallow
                    };
                    let rule = Rule {
                        kind,
                        line: number,
                        value: String::from_utf8_lossy(value).into_owned(),
                        pattern: escape_pattern_bytes(value),
                    };
                    let index_alias = (kind == RuleKind::Allow)
                        .then(|| index_html_alias(&rule.pattern))
                        .flatten();
                    group.rules.push(rule.clone());
                    // `/dir/index.html` is the same page as `/dir/` on almost every
                    // server, so allowing one allows the other.
                    if let Some(alias) = index_alias {
                        group.rules.push(Rule {
                            pattern: alias,
                            ..rule
                        });
                    }
                }
                Key::Sitemap => {
                    let v = String::from_utf8_lossy(value).into_owned();
                    if !v.is_empty() {
                        robots.sitemaps.push(v);
                    }
                }
                Key::Unknown => {}
            }
        }
        robots
    }

    /// `Sitemap:` URLs, as written, in file order.
    pub fn sitemaps(&self) -> &[String] {
        &self.sitemaps
    }

    /// Whether the body was longer than [`MAX_ROBOTS_BYTES`] and cut.
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// The groups that apply to `token`: the ones naming it, else the `*` ones.
    fn groups_for(&self, token: &str) -> (Vec<&Group>, GroupChoice) {
        let token = token.to_ascii_lowercase();
        if !token.is_empty() {
            let specific: Vec<&Group> = self
                .groups
                .iter()
                .filter(|g| g.agents.iter().any(|a| *a == Agent::Named(token.clone())))
                .collect();
            if !specific.is_empty() {
                return (specific, GroupChoice::Specific(token));
            }
        }
        let global: Vec<&Group> = self
            .groups
            .iter()
            .filter(|g| g.agents.contains(&Agent::Any))
            .collect();
        if global.is_empty() {
            (global, GroupChoice::None)
        } else {
            (global, GroupChoice::Global)
        }
    }

    /// Matches `path` (as from [`path_params_query`] or [`url_match_path`])
    /// for the product token `token`.
    pub fn check(&self, token: &str, path: &str) -> RobotsMatch {
        let (groups, group) = self.groups_for(token);
        let mut best_allow: Option<&Rule> = None;
        let mut best_disallow: Option<&Rule> = None;
        for rule in groups.iter().flat_map(|g| g.rules.iter()) {
            if !pattern_matches(path, &rule.pattern) {
                continue;
            }
            let slot = match rule.kind {
                RuleKind::Allow => &mut best_allow,
                RuleKind::Disallow => &mut best_disallow,
            };
            // Keep the first rule of the greatest length.
            if slot.is_none_or(|b| b.pattern.len() < rule.pattern.len()) {
                *slot = Some(rule);
            }
        }
        let len = |r: Option<&Rule>| r.map_or(-1, |r| r.pattern.len() as i64);
        let (allow, disallow) = (len(best_allow), len(best_disallow));
        // An empty pattern matches everything but decides nothing.
        if allow <= 0 && disallow <= 0 {
            return RobotsMatch {
                allowed: true,
                rule: None,
                group,
            };
        }
        // Allow wins a tie.
        let (allowed, rule) = if disallow > allow {
            (false, best_disallow)
        } else {
            (true, best_allow)
        };
        RobotsMatch {
            allowed,
            rule: rule.cloned(),
            group,
        }
    }

    /// Matches a URL (its path and query) for the product token `token`.
    pub fn check_url(&self, token: &str, url: &Url) -> RobotsMatch {
        self.check(token, &url_match_path(url))
    }

    /// The `Crawl-delay` for `token` (from the groups naming it, else `*`);
    /// the longest one when merged groups disagree.
    pub fn crawl_delay(&self, token: &str) -> Option<Duration> {
        self.groups_for(token)
            .0
            .iter()
            .filter_map(|g| g.crawl_delay)
            .max()
    }
}

/// For an allow pattern ending in `/index.htm...`, the directory pattern `/dir/$`.
fn index_html_alias(pattern: &str) -> Option<String> {
    let slash = pattern.rfind('/')?;
    pattern[slash..]
        .starts_with("/index.htm")
        .then(|| format!("{}$", &pattern[..=slash]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(robots: &str, agent: &str, url: &str) -> bool {
        RobotsTxt::parse(robots)
            .check(agent, &path_params_query(url))
            .allowed
    }

    #[test]
    fn reason_names_line_and_rule() {
        let robots = "User-agent: *\nDisallow: /private/\n\nUser-agent: adscreen\nAllow: /private/open/\nDisallow: /private/\n";
        let url = Url::parse("https://site.example/private/x").unwrap();
        let v = explain(robots, "adscreen/0.1 (+mailto:ops@ngo.example)", &url);
        assert!(!v.allowed);
        assert!(v.reason.contains("line 6"), "{}", v.reason);
        assert!(v.reason.contains("Disallow: /private/"), "{}", v.reason);
        assert!(v.to_string().starts_with("disallowed"));
        let open = Url::parse("https://site.example/private/open/a").unwrap();
        let v = explain(robots, "adscreen/0.1", &open);
        assert!(v.allowed);
        assert!(v.reason.contains("line 5"), "{}", v.reason);
        let other = Url::parse("https://site.example/annoncer").unwrap();
        let v = explain(robots, "adscreen/0.1", &other);
        assert!(v.allowed);
        assert!(v.reason.starts_with("no rule matched"), "{}", v.reason);
        assert!(v.to_string().starts_with("allowed"));
    }

    #[test]
    fn bom_crlf_and_cr_endings() {
        let robots = "\u{feff}User-agent: *\r\nDisallow: /a\rDisallow: /b\r\n";
        assert!(!allowed(robots, "x", "http://h/a"));
        assert!(!allowed(robots, "x", "http://h/b"));
        assert!(allowed(robots, "x", "http://h/c"));
        // Line numbers count CRLF as one break.
        let m = RobotsTxt::parse(robots).check("x", "/b");
        assert_eq!(m.rule.unwrap().line, 3);
    }

    #[test]
    fn crawl_delay_and_sitemaps() {
        let robots = "Sitemap: https://h.example/s.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n\nUser-agent: adscreen\nCrawl-delay: 10\n";
        let r = RobotsTxt::parse(robots);
        assert_eq!(r.crawl_delay("adscreen"), Some(Duration::from_secs(10)));
        assert_eq!(r.crawl_delay("other"), Some(Duration::from_millis(2500)));
        assert_eq!(r.sitemaps(), ["https://h.example/s.xml"]);
        // Crawl-delay ends the agent run: `adscreen` is its own group, so the
        // `*` Disallow does not apply to it.
        assert!(r.check("adscreen", "/x").allowed);
        assert!(!r.check("other", "/x").allowed);
    }

    #[test]
    fn wildcards_and_anchor() {
        assert!(pattern_matches("/a/b.php", "/*.php$"));
        assert!(!pattern_matches("/a/b.php?x", "/*.php$"));
        assert!(pattern_matches("/a/b.php?x", "/*.php"));
        assert!(pattern_matches("/", "/$"));
        assert!(!pattern_matches("/a", "/$"));
        assert!(pattern_matches("/a$b", "/a$b"));
        assert!(pattern_matches("/anything", ""));
        assert!(pattern_matches("/fish/x/y.php", "/fish*.php"));
        assert!(!pattern_matches("/Fish.php", "/fish*.php"));
    }

    #[test]
    fn cap_truncates_body() {
        let mut body = String::from("User-agent: *\n");
        while body.len() < MAX_ROBOTS_BYTES + 10 {
            body.push_str("# padding padding padding padding\n");
        }
        body.push_str("Disallow: /\n");
        let r = RobotsTxt::parse(&body);
        assert!(r.truncated());
        assert!(r.check("x", "/a").allowed);
    }

    /// A naive recursive matcher to check [`pattern_matches`] against.
    fn reference_match(path: &[u8], pat: &[u8]) -> bool {
        match pat {
            [] => true,
            [b'$'] => path.is_empty(),
            [b'*', rest @ ..] => (0..=path.len()).any(|i| reference_match(&path[i..], rest)),
            [c, rest @ ..] => path.first() == Some(c) && reference_match(&path[1..], rest),
        }
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn robots_line() -> impl Strategy<Value = String> {
            let key = prop::sample::select(vec![
                "User-agent",
                "user-agent",
                "Allow",
                "Disallow",
                "disalow",
                "Crawl-delay",
                "Sitemap",
                "Foo",
                "",
                " ",
                "#",
            ]);
            let value = "[ -~\\u{e6}\\u{f8}\\u{e5}\\u{30c4}*$%#:]{0,20}";
            let sep = prop::sample::select(vec![":", ": ", " ", "", "\t:"]);
            let end = prop::sample::select(vec!["\n", "\r\n", "\r", ""]);
            (key, sep, value, end).prop_map(|(k, s, v, e)| format!("{k}{s}{v}{e}"))
        }

        proptest! {
            #[test]
            fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..2048),
                                           agent in "[ -~]{0,12}", path in "/[ -~]{0,40}") {
                let r = RobotsTxt::parse_bytes(&body);
                let m = r.check(&agent, &path);
                let _ = r.crawl_delay(&agent);
                // A disallow is always explained by a rule.
                prop_assert!(m.allowed || m.rule.is_some());
            }

            #[test]
            fn structured_files_never_panic(lines in prop::collection::vec(robots_line(), 0..30),
                                            path in "/[a-z/*$%.?=]{0,30}") {
                let body = lines.concat();
                let r = RobotsTxt::parse(&body);
                let m = r.check("adscreen", &escape_pattern(&path));
                prop_assert!(m.allowed || m.rule.as_ref().is_some_and(|r| r.kind == RuleKind::Disallow));
                let _ = RobotsVerdict::from(m).to_string();
            }

            #[test]
            fn matcher_agrees_with_reference(path in "[a/*$.]{0,12}", pat in "[a/*$.]{0,8}") {
                prop_assert_eq!(
                    pattern_matches(&path, &pat),
                    reference_match(path.as_bytes(), pat.as_bytes()),
                    "path {:?} pattern {:?}", path, pat
                );
            }

            #[test]
            fn literal_prefix_disallow_blocks(prefix in "/[a-z0-9/._-]{0,15}", rest in "[a-z0-9/._-]{0,15}") {
                let body = format!("User-agent: *\nDisallow: {prefix}\n");
                let path = format!("{prefix}{rest}");
                let m = RobotsTxt::parse(&body).check("adscreen", &path);
                prop_assert_eq!(m.allowed, prefix.is_empty());
            }
        }
    }
}
