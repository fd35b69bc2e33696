//! W3C specification metadata in the shape of the W3C TR API (`/specifications/{shortname}` and its
//! versions), read leniently: only `shortname` is required; `title`, `status`, `date`, `description`
//! and the `_links` are used when present.

use rightscope_store::{normalise_date, DocumentFacts, DocumentKind, EventKind, NewEvent};

/// What a TR API JSON file says about one specification.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrMeta {
    /// Shortname (`privacy-principles`): the stored document name.
    pub shortname: String,
    /// Title.
    pub title: Option<String>,
    /// Maturity (`Recommendation`, `Working Draft`, `Statement`…).
    pub status: Option<String>,
    /// Date of the version (ISO when recognised).
    pub date: Option<String>,
    /// Description, used as the abstract.
    pub description: Option<String>,
    /// Working group name(s), when the JSON lists deliverers.
    pub wg: Option<String>,
}

impl TrMeta {
    /// Document facts for the specification.
    pub fn facts(&self) -> DocumentFacts {
        DocumentFacts {
            sdo: Some("w3c".to_string()),
            kind: Some(DocumentKind::W3c),
            title: self.title.clone(),
            status: self.status.clone(),
            wg: self.wg.clone(),
            abstract_text: self.description.clone(),
            ..DocumentFacts::named(self.shortname.clone())
        }
    }

    /// A `state` event (the maturity reached at the version's date), when both are known.
    pub fn events(&self) -> Vec<NewEvent> {
        match (&self.date, &self.status) {
            (Some(at), Some(status)) => vec![NewEvent {
                at: at.clone(),
                kind: EventKind::State,
                detail: status.clone(),
                source: "w3c-tr".to_string(),
            }],
            _ => Vec::new(),
        }
    }
}

fn text(value: Option<&serde_json::Value>) -> Option<String> {
    let text = value?.as_str()?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Reads a TR API JSON document; `None` when it is JSON but not about a specification (no
/// `shortname`), an error when it is not JSON at all.
pub fn parse_tr_json(bytes: &[u8]) -> Result<Option<TrMeta>, String> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|error| format!("not JSON: {error}"))?;
    let Some(object) = value.as_object() else {
        return Ok(None);
    };
    // A version object embeds its specification; a specification may embed its latest version.
    let latest = object
        .get("_embedded")
        .and_then(|e| e.get("latest-version").or_else(|| e.get("version")));
    let Some(shortname) = text(object.get("shortname")).or_else(|| {
        object
            .get("_links")
            .and_then(|links| links.get("specification"))
            .and_then(|spec| spec.get("href"))
            .and_then(|href| href.as_str())
            .and_then(|href| href.trim_end_matches('/').rsplit('/').next())
            .map(str::to_string)
    }) else {
        return Ok(None);
    };
    if shortname.is_empty()
        || !shortname
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
    {
        return Ok(None);
    }
    let from_latest = |key: &str| latest.and_then(|l| text(l.get(key)));
    let status = text(object.get("status"))
        .or_else(|| from_latest("status"))
        .or_else(|| {
            object
                .get("_links")
                .and_then(|links| links.get("latest-version"))
                .and_then(|latest| text(latest.get("title")))
                .filter(|title| !title.contains(' ') || title.len() < 40)
        });
    let date = text(object.get("date"))
        .or_else(|| from_latest("date"))
        .map(|date| normalise_date(&date));
    let wg = object
        .get("_links")
        .and_then(|links| links.get("deliverers"))
        .and_then(|d| d.as_array())
        .and_then(|groups| groups.iter().find_map(|group| text(group.get("title"))));
    Ok(Some(TrMeta {
        shortname,
        title: text(object.get("title")).or_else(|| from_latest("title")),
        status,
        date,
        description: text(object.get("description")).or_else(|| from_latest("description")),
        wg,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_specification_leniently() {
        let json = br#"{"shortname":"privacy-principles","title":"Privacy Principles",
            "description":"Privacy principles for the web.","status":"Statement","date":"2025-05-15",
            "_links":{"self":{"href":"https://api.example/specifications/privacy-principles"},
              "deliverers":[{"href":"x","title":"Technical Architecture Group"}]}}"#;
        let meta = parse_tr_json(json).expect("json").expect("a spec");
        assert_eq!(meta.shortname, "privacy-principles");
        assert_eq!(meta.status.as_deref(), Some("Statement"));
        assert_eq!(meta.wg.as_deref(), Some("Technical Architecture Group"));
        assert_eq!(meta.events().len(), 1);
        assert!(parse_tr_json(br#"{"foo":1}"#).expect("json").is_none());
        assert!(parse_tr_json(b"not json").is_err());
    }
}
