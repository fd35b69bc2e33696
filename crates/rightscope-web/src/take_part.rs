//! Where and how to comment on a document, per standards body. A small table for now; the SDO
//! almanac crate will replace the body of [`comment_channels`] without changing its callers.

/// One way to send a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    /// Fluent key of the channel's name (`channel-wg-list`).
    pub label: &'static str,
    /// Fluent key of how to use it (`channel-wg-list-how`).
    pub how: &'static str,
    /// Where it is.
    pub url: String,
}

/// Whether a working-group name is safe to put in an address (letters, digits, `-`).
fn address_safe(wg: &str) -> bool {
    !wg.is_empty() && wg.len() <= 64 && wg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The channels for commenting on a document of `sdo` (`ietf`, `w3c`…) in working group `wg`.
pub fn comment_channels(sdo: &str, wg: Option<&str>) -> Vec<Channel> {
    let wg = wg
        .map(|wg| wg.trim().to_ascii_lowercase())
        .filter(|wg| address_safe(wg) && wg != "none" && wg != "individual");
    match sdo.to_ascii_lowercase().as_str() {
        "ietf" => {
            let mut channels = Vec::new();
            if let Some(wg) = &wg {
                channels.push(Channel {
                    label: "channel-wg-list",
                    how: "channel-wg-list-how",
                    url: format!("https://www.ietf.org/mailman/listinfo/{wg}"),
                });
                channels.push(Channel {
                    label: "channel-datatracker-wg",
                    how: "channel-datatracker-wg-how",
                    url: format!("https://datatracker.ietf.org/wg/{wg}/about/"),
                });
            }
            channels.push(Channel {
                label: "channel-last-call",
                how: "channel-last-call-how",
                url: "https://www.ietf.org/mailman/listinfo/last-call".to_string(),
            });
            channels
        }
        "w3c" => vec![
            Channel {
                label: "channel-github",
                how: "channel-github-how",
                url: "https://github.com/w3c".to_string(),
            },
            Channel {
                label: "channel-w3c-public-list",
                how: "channel-w3c-public-list-how",
                url: "https://lists.w3.org/".to_string(),
            },
        ],
        _ => vec![Channel {
            label: "channel-unknown",
            how: "channel-unknown-how",
            url: String::new(),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ietf_wg_has_list_and_datatracker() {
        let channels = comment_channels("ietf", Some("HTTPbis"));
        assert!(channels
            .iter()
            .any(|c| c.url == "https://www.ietf.org/mailman/listinfo/httpbis"));
        assert_eq!(comment_channels("ietf", Some("a b/../x")).len(), 1);
        assert_eq!(comment_channels("w3c", None)[0].label, "channel-github");
        assert_eq!(comment_channels("itu-t", None)[0].label, "channel-unknown");
    }
}
