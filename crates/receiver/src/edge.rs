//! The receiver's edge: what every response carries (security headers), what of the disk is
//! served (the widget's `dist/` and the demo pages, only when configured, never a dotfile), and
//! which client an HTTP request comes from (the TCP peer, or a forwarding header when the peer is
//! a trusted reverse proxy: `GLASSBOX_TRUSTED_PROXIES`).

use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipnet::IpNet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::GovernorError;

/// The Content-Security-Policy of the receiver's own pages (admin, status, confirmation): no
/// script at all, the one stylesheet from `/assets/receiver.css`, forms only to this origin,
/// never inside a frame.
pub const PAGE_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
                            form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The strict page CSP and `X-Frame-Options: DENY` (for browsers without `frame-ancestors`),
/// for everything the receiver itself answers: its pages, its JSON and its errors. Not for the
/// demo pages or `dist/`, which run the widget under the host page's own policy.
pub async fn page_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(PAGE_CSP),
        );
    }
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    resp
}

/// Refuses, with a plain 404, any static path with a segment that starts with a dot
/// (`/.git/config`, `/.env`, `/dist/.hidden`) or that climbs (`..`), also when
/// percent-encoded (`/%2e%2e%2f`, `..%2f`): nothing of the disk outside the folder, and no
/// hidden file inside it, is ever served.
pub async fn no_dotfiles(req: Request, next: Next) -> Response {
    if hidden_or_climbing(req.uri().path()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    next.run(req).await
}

/// Whether a URL path names a dotfile or climbs out of its folder (checked after decoding,
/// so `%2e` and `%2f` are seen as `.` and `/`; a backslash counts as a separator too).
pub fn hidden_or_climbing(path: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    decoded
        .split(['/', '\\'])
        .any(|segment| segment.starts_with('.') || segment.contains('\0'))
}

/// Parses `GLASSBOX_TRUSTED_PROXIES`: IP addresses or CIDR ranges (`127.0.0.1`, `10.0.0.0/8`,
/// `::1`).
pub fn parse_proxy(s: &str) -> Result<IpNet, String> {
    let s = s.trim();
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| {
            format!(
                "{s:?} is not an IP address or CIDR range (for example 127.0.0.1 or 10.0.0.0/8)"
            )
        })
}

/// Rate-limit key: the client's IP address. That is the TCP peer, unless the peer is one of
/// the trusted proxies: then the rightmost address of `X-Forwarded-For` (or `Forwarded`) that
/// is not itself a trusted proxy, the one hop the proxies saw and could not be told by the
/// client. IPv6 clients are keyed by their /64 (one subscriber's prefix). All clients share one
/// bucket when the peer is unknown (tests that call the router without a socket).
#[derive(Clone, Debug, Default)]
pub struct ClientIp {
    trusted: Arc<Vec<IpNet>>,
}

impl ClientIp {
    /// A key extractor trusting the forwarding headers only from `trusted` peers.
    pub fn new(trusted: Vec<IpNet>) -> ClientIp {
        ClientIp {
            trusted: Arc::new(trusted),
        }
    }

    fn is_trusted(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.trusted.iter().any(|net| net.contains(&ip))
    }

    /// The client address of a request from `peer` with these headers.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.is_trusted(peer) {
            return peer;
        }
        let mut hops = forwarded_for(headers, header::HeaderName::from_static("x-forwarded-for"));
        if hops.is_empty() {
            hops = forwarded(headers);
        }
        // Rightmost first: each trusted proxy appended the address it saw.
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            match hop {
                Some(ip) => {
                    client = canonical(ip);
                    if !self.is_trusted(client) {
                        return client;
                    }
                }
                // An unreadable hop: nothing left of it can be believed.
                None => return client,
            }
        }
        client
    }
}

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, req: &axum::http::Request<T>) -> Result<IpAddr, GovernorError> {
        let peer = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(match peer {
            Some(peer) => bucket(self.client(peer, req.headers())),
            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        })
    }
}

/// IPv4-mapped IPv6 (`::ffff:1.2.3.4`, a dual-stack socket) as the IPv4 address it is.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// The limiter's bucket of a client: its IPv4 address, or its IPv6 /64.
pub fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// The hops of every `X-Forwarded-For` header, in order (`None` for one that is not an
/// address).
fn forwarded_for(headers: &HeaderMap, name: HeaderName) -> Vec<Option<IpAddr>> {
    headers
        .get_all(name)
        .iter()
        .flat_map(|v| {
            let s = v.to_str().unwrap_or("\u{0}");
            s.split(',')
                .map(|h| parse_hop(h.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The `for=` hops of every `Forwarded` header (RFC 7239), in order.
fn forwarded(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all(header::FORWARDED)
        .iter()
        .flat_map(|v| {
            let s = v.to_str().unwrap_or("\u{0}");
            s.split(',')
                .map(|element| {
                    element
                        .split(';')
                        .filter_map(|pair| pair.split_once('='))
                        .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
                        .and_then(|(_, v)| parse_hop(v.trim().trim_matches('"')))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One hop: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:4711`.
fn parse_hop(s: &str) -> Option<IpAddr> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(sa) = s.parse::<SocketAddr>() {
        return Some(sa.ip());
    }
    s.strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .and_then(|(ip, _)| ip.parse::<Ipv6Addr>().ok())
        .map(IpAddr::V6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_says() {
        let c = ClientIp::new(vec![parse_proxy("127.0.0.1").unwrap()]);
        let h = headers(&[("x-forwarded-for", "9.9.9.9"), ("forwarded", "for=8.8.8.8")]);
        assert_eq!(c.client(ip("203.0.113.5"), &h), ip("203.0.113.5"));
        // Nothing trusted at all: the default.
        let none = ClientIp::default();
        assert_eq!(none.client(ip("127.0.0.1"), &h), ip("127.0.0.1"));
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let c = ClientIp::new(vec![
            parse_proxy("127.0.0.1").unwrap(),
            parse_proxy("10.0.0.0/8").unwrap(),
        ]);
        // The client claims 1.1.1.1; nginx appended what it saw (198.51.100.7); an inner
        // proxy (10.1.2.3) appended nginx's address.
        let h = headers(&[("x-forwarded-for", "1.1.1.1, 198.51.100.7, 10.1.2.3")]);
        assert_eq!(c.client(ip("127.0.0.1"), &h), ip("198.51.100.7"));
        // Two header lines count as one list.
        let h = headers(&[
            ("x-forwarded-for", "1.1.1.1"),
            ("x-forwarded-for", "198.51.100.8"),
        ]);
        assert_eq!(c.client(ip("127.0.0.1"), &h), ip("198.51.100.8"));
        // Forwarded (RFC 7239), with a port and IPv6.
        let h = headers(&[(
            "forwarded",
            "for=1.1.1.1, for=\"[2001:db8::1]:4711\";proto=https",
        )]);
        assert_eq!(c.client(ip("127.0.0.1"), &h), ip("2001:db8::1"));
        // No header: the proxy itself.
        assert_eq!(c.client(ip("10.0.0.9"), &HeaderMap::new()), ip("10.0.0.9"));
        // Garbage stops the walk at the last believable hop.
        let h = headers(&[("x-forwarded-for", "1.1.1.1, not-an-ip, 10.0.0.2")]);
        assert_eq!(c.client(ip("127.0.0.1"), &h), ip("10.0.0.2"));
        // A dual-stack socket's mapped address is the IPv4 proxy.
        let h = headers(&[("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(c.client(ip("::ffff:127.0.0.1"), &h), ip("198.51.100.9"));
    }

    #[test]
    fn ipv6_clients_share_a_bucket_per_64() {
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(bucket(ip("2001:db8:1:2:ffff::9")), ip("2001:db8:1:2::"));
        assert_eq!(bucket(ip("192.0.2.1")), ip("192.0.2.1"));
    }

    #[test]
    fn proxies_are_addresses_or_ranges() {
        assert_eq!(
            parse_proxy(" 127.0.0.1 ").unwrap().to_string(),
            "127.0.0.1/32"
        );
        assert_eq!(parse_proxy("10.0.0.0/8").unwrap().to_string(), "10.0.0.0/8");
        assert_eq!(parse_proxy("::1").unwrap().to_string(), "::1/128");
        assert!(parse_proxy("localhost").unwrap_err().contains("CIDR"));
    }

    #[test]
    fn dotfiles_and_climbing_paths_are_refused() {
        for bad in [
            "/.git/config",
            "/.env",
            "/dist/.hidden",
            "/../etc/passwd",
            "/..%2f..%2fetc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/dist/%2eenv",
            "/a%5c..%5cb",
            "/a%00b",
        ] {
            assert!(hidden_or_climbing(bad), "{bad} let through");
        }
        for good in [
            "/",
            "/chat.html",
            "/dist/glassbox.js",
            "/dist/glassbox.de.json",
        ] {
            assert!(!hidden_or_climbing(good), "{good} refused");
        }
    }
}
