//! The user's query string: `name:value` filters split off, the rest is free text for tantivy's
//! query parser.
//!
//! Filters combine with AND across names and OR across values of one name (`sdo:ietf sdo:w3c`,
//! or `sdo:ietf,w3c`); a leading `-` excludes. Values are case-insensitive and may be quoted
//! (`status:"proposed standard"`). `family:` and `verdict:` together mean *that* family has *that*
//! verdict.

use crate::schema::filter_value;

/// Longest query accepted, in bytes; longer input is cut (at a character boundary) with a warning.
/// A search box never needs more, and it bounds the work one request can cause.
pub const MAX_QUERY_BYTES: usize = 512;

/// Deepest parenthesis nesting handed to tantivy's recursive parser; deeper input is searched as
/// plain words.
pub(crate) const MAX_NESTING: usize = 16;

/// A filter name the query language knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum FilterName {
    Sdo,
    Family,
    Verdict,
    Status,
    Wg,
    Stream,
    Year,
    Kind,
    Code,
    Polarity,
    Key,
}

impl FilterName {
    fn parse(name: &str) -> Option<FilterName> {
        Some(match name.to_ascii_lowercase().as_str() {
            "sdo" => FilterName::Sdo,
            "family" => FilterName::Family,
            "verdict" => FilterName::Verdict,
            "status" => FilterName::Status,
            "wg" => FilterName::Wg,
            "stream" => FilterName::Stream,
            "year" => FilterName::Year,
            "kind" => FilterName::Kind,
            "code" => FilterName::Code,
            "polarity" => FilterName::Polarity,
            "key" | "name" => FilterName::Key,
            _ => return None,
        })
    }
}

/// An inclusive range of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct YearRange {
    pub from: i64,
    pub to: i64,
}

/// One filter as written: name, normalised values, whether it excludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Filter {
    pub name: FilterName,
    pub values: Vec<String>,
    pub negated: bool,
}

/// The query split into free text and filters, with what had to be ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParsedQuery {
    pub text: String,
    pub filters: Vec<Filter>,
    pub warnings: Vec<String>,
}

impl ParsedQuery {
    /// Values of positive (or negated) filters of one name.
    pub fn values(&self, name: FilterName, negated: bool) -> Vec<&str> {
        self.filters
            .iter()
            .filter(|filter| filter.name == name && filter.negated == negated)
            .flat_map(|filter| filter.values.iter().map(String::as_str))
            .collect()
    }
}

/// Cuts `query` to [`MAX_QUERY_BYTES`] at a character boundary.
pub(crate) fn cap(query: &str) -> (&str, bool) {
    if query.len() <= MAX_QUERY_BYTES {
        return (query, false);
    }
    let mut end = MAX_QUERY_BYTES;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    (&query[..end], true)
}

/// Splits filters off the free text. Text inside double quotes is never a filter.
pub(crate) fn parse(query: &str) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    // An unmatched quote would swallow the rest of the query, filters included: drop the last one.
    let balanced;
    let query = if query.matches('"').count() % 2 == 1 {
        let last = query.rfind('"').unwrap_or(0);
        balanced = format!("{}{}", &query[..last], &query[last + 1..]);
        parsed
            .warnings
            .push("ignored an unmatched double quote".to_string());
        balanced.as_str()
    } else {
        query
    };
    let mut text = String::with_capacity(query.len());
    let mut in_quote = false;
    let mut at_token_start = true;
    let mut rest = query;
    while let Some(c) = rest.chars().next() {
        if !in_quote && at_token_start {
            if let Some((filter, consumed)) = filter_at(rest, &mut parsed.warnings) {
                if let Some(filter) = filter {
                    parsed.filters.push(filter);
                }
                text.push(' ');
                rest = &rest[consumed..];
                at_token_start = true;
                continue;
            }
        }
        if c == '"' {
            in_quote = !in_quote;
        }
        text.push(c);
        at_token_start = c.is_whitespace() || c == '(';
        rest = &rest[c.len_utf8()..];
    }
    parsed.text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    parsed
}

/// If `input` starts with `[-+]name:value` for a known filter name, the filter (or `None` if its
/// value was empty or invalid) and the number of bytes it took.
fn filter_at(input: &str, warnings: &mut Vec<String>) -> Option<(Option<Filter>, usize)> {
    let (negated, after_sign) = match input.as_bytes().first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let name_len = input[after_sign..]
        .bytes()
        .take_while(|byte| byte.is_ascii_alphabetic() || *byte == b'_')
        .count();
    let colon = after_sign + name_len;
    if name_len == 0 || input.as_bytes().get(colon) != Some(&b':') {
        return None;
    }
    let name = FilterName::parse(&input[after_sign..colon])?;
    let value_start = colon + 1;
    let (raw, end) = if input[value_start..].starts_with('"') {
        let inner = value_start + 1;
        match input[inner..].find('"') {
            Some(close) => (&input[inner..inner + close], inner + close + 1),
            // An unbalanced quote takes the rest of the query: the user meant one value.
            None => (&input[inner..], input.len()),
        }
    } else {
        let len = input[value_start..]
            .find(|c: char| c.is_whitespace() || c == ')')
            .unwrap_or(input.len() - value_start);
        (&input[value_start..value_start + len], value_start + len)
    };
    let written = &input[..end];
    let values: Vec<String> = if name == FilterName::Year {
        raw.split(',')
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        raw.split(',')
            .map(filter_value)
            .filter(|value| !value.is_empty())
            .collect()
    };
    if values.is_empty() {
        warnings.push(format!("ignored `{written}`: no value"));
        return Some((None, end));
    }
    if name == FilterName::Year {
        if let Some(bad) = values.iter().find(|value| parse_years(value).is_none()) {
            warnings.push(format!(
                "ignored `{written}`: `{bad}` is not a year or a range like 2015..2020"
            ));
            return Some((None, end));
        }
    }
    Some((
        Some(Filter {
            name,
            values,
            negated,
        }),
        end,
    ))
}

/// Parses `2015`, `2015..2020`, `2015-2020`, `..2010` or `2015..` into an inclusive range.
pub(crate) fn parse_years(value: &str) -> Option<YearRange> {
    let year = |text: &str| -> Option<i64> {
        let text = text.trim();
        if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    };
    let (from, to) = if let Some((from, to)) = value.split_once("..") {
        (from, to)
    } else if let Some((from, to)) = value.split_once('-') {
        (from, to)
    } else {
        let single = year(value)?;
        return Some(YearRange {
            from: single,
            to: single,
        });
    };
    let from = if from.trim().is_empty() {
        i64::MIN
    } else {
        year(from)?
    };
    let to = if to.trim().is_empty() {
        i64::MAX
    } else {
        year(to)?
    };
    if from == i64::MIN && to == i64::MAX {
        return None;
    }
    Some(YearRange {
        from: from.min(to),
        to: from.max(to),
    })
}

/// Deepest parenthesis nesting outside quotes.
pub(crate) fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_quote) = (0usize, 0usize, false);
    for c in text.chars() {
        match c {
            '"' => in_quote = !in_quote,
            '(' if !in_quote => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !in_quote => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The query reduced to plain words: `field:` prefixes go (the field may not exist: its value is
/// what the user wants found), every character that means something to the query syntax becomes a
/// space and operator words become ordinary (lower-case) words.
pub(crate) fn plain_words(text: &str) -> String {
    text.split_whitespace()
        .map(|token| {
            let token = token.trim_start_matches(['-', '+', '(', '"']);
            match token.split_once(':') {
                Some((name, value))
                    if !name.is_empty()
                        && name.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') =>
                {
                    value
                }
                _ => token,
            }
        })
        .flat_map(|token| token.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_split_from_text() {
        let parsed =
            parse("family:SURV verdict:Creates \"lawful intercept\" -sdo:w3c year:2015..2020");
        assert_eq!(parsed.text, "\"lawful intercept\"");
        assert_eq!(parsed.values(FilterName::Family, false), ["surv"]);
        assert_eq!(parsed.values(FilterName::Verdict, false), ["creates"]);
        assert_eq!(parsed.values(FilterName::Sdo, true), ["w3c"]);
        assert_eq!(parsed.values(FilterName::Year, false), ["2015..2020"]);
        assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn filters_inside_quotes_are_text() {
        let parsed = parse("\"see sdo:ietf\" privacy");
        assert_eq!(parsed.text, "\"see sdo:ietf\" privacy");
        assert!(parsed.filters.is_empty());
    }

    #[test]
    fn an_unmatched_quote_is_dropped() {
        let parsed = parse("\"lawful intercept kind:revision");
        assert_eq!(parsed.text, "lawful intercept");
        assert_eq!(parsed.values(FilterName::Kind, false), ["revision"]);
        assert_eq!(parsed.warnings.len(), 1);
        let parsed = parse("\"a b\" \"c");
        assert_eq!(parsed.text, "\"a b\" c");
    }

    #[test]
    fn quoted_and_listed_values() {
        let parsed = parse("status:\"Proposed Standard\" family:surv,LI");
        assert_eq!(
            parsed.values(FilterName::Status, false),
            ["proposed-standard"]
        );
        assert_eq!(parsed.values(FilterName::Family, false), ["surv", "li"]);
        assert_eq!(parsed.text, "");
    }

    #[test]
    fn unknown_names_stay_in_text_and_bad_values_warn() {
        let parsed = parse("foo:bar wg: year:soon title:privacy");
        assert_eq!(parsed.text, "foo:bar title:privacy");
        assert!(parsed.filters.is_empty());
        assert_eq!(parsed.warnings.len(), 2);
    }

    #[test]
    fn years() {
        assert_eq!(
            parse_years("2015"),
            Some(YearRange {
                from: 2015,
                to: 2015
            })
        );
        assert_eq!(
            parse_years("2020..2015"),
            Some(YearRange {
                from: 2015,
                to: 2020
            })
        );
        assert_eq!(parse_years("..2010").map(|r| r.to), Some(2010));
        assert_eq!(parse_years("2010-").map(|r| r.from), Some(2010));
        assert_eq!(parse_years(".."), None);
        assert_eq!(parse_years("20155"), None);
        assert_eq!(parse_years("abc"), None);
    }

    #[test]
    fn cap_respects_characters() {
        let long = "é".repeat(MAX_QUERY_BYTES);
        let (capped, cut) = cap(&long);
        assert!(cut);
        assert!(capped.len() <= MAX_QUERY_BYTES);
        assert_eq!(cap("short"), ("short", false));
    }

    #[test]
    fn plain_words_drop_syntax() {
        assert_eq!(plain_words("\"unbalanced AND (foo:"), "unbalanced and");
        assert_eq!(
            plain_words("bogus:encryption -title:(a b)"),
            "encryption a b"
        );
        assert_eq!(nesting("((a) (b (c)))"), 3);
        assert_eq!(nesting("\"((\""), 0);
    }
}
