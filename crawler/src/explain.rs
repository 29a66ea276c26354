//! The profile side of `crawler explain`: whether a URL falls under a site
//! profile, and whether the profile's own rules (query allow-list, URL
//! length) would keep it from being fetched. robots.txt is checked after.

use crate::canon;
use crate::profile::SiteProfile;
use url::Url;

/// `Some(line)` when a profile rule decides the URL (the line starts with
/// `disallowed`); `None` when robots.txt must decide.
pub fn profile_verdict(profiles: &[SiteProfile], url: &Url) -> Option<String> {
    let key = |u: &Url| {
        u.host_str()
            .map(|h| (h.to_ascii_lowercase(), u.port_or_known_default()))
    };
    let profile = profiles
        .iter()
        .find(|p| Url::parse(&p.base_url).ok().as_ref().and_then(key) == key(url))?;
    if let Err(e) = canon::check_url(url, profile.max_url_length) {
        return Some(format!("disallowed: profile `{}`: {e}", profile.name));
    }
    let canonical = canon::canonicalize(url, &profile.allowed_query_params);
    let dropped: Vec<String> = url
        .query_pairs()
        .map(|(k, _)| k.into_owned())
        .filter(|k| !profile.allowed_query_params.contains(k))
        .collect();
    if !dropped.is_empty() {
        tracing::info!(url = %url, canonical = %canonical, "query parameters dropped by the profile");
    }
    None
}
