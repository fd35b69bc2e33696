//! Every sentence of an entry that readers see, under a stable Fluent message id, so the almanac can be
//! translated like the rest of the interface.
//!
//! The English text stays in the TOML data files (one source of truth, next to its sources and dates);
//! `locales/en/almanac.ftl` is generated from them for translators, and `locales/{lang}/almanac.ftl`
//! hold the translations. [`Body::localized`] swaps in whatever a language has and keeps English for the
//! rest. Ids look like `sdo-ietf-cost-meetings`, `sdo-3gpp-participate-step-2`, `sdo-ietf-openness-transparency`
//! or `sdo-ietf-barrier-meeting-fee`; the names of the openness principles, barriers and ratings, shared by all
//! bodies, are `sdo-label-principle-transparency`, `sdo-label-barrier-meeting-fee`, `sdo-label-rating-met`,
//! `sdo-label-level-high` (see [`Almanac::openness_labels`]).

use crate::{Almanac, Body};

/// The Fluent id of one field of a body: `sdo-{body id}-{field path}`.
pub fn message_id(body_id: &str, field: &str) -> String {
    format!("sdo-{body_id}-{field}")
}

impl Body {
    /// Every translatable field as `(field path, text)`, in file order; the path is the part of the
    /// message id after the body id, e.g. `cost-meetings`, `participate-step-1`.
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut out: Vec<(String, &mut String)> = vec![("full-name".into(), &mut self.full_name)];
        if let Some(caveat) = &mut self.caveat {
            out.push(("caveat".into(), caveat));
        }
        out.push(("about-description".into(), &mut self.about.description));
        out.push(("participate-summary".into(), &mut self.participate.summary));
        for (i, step) in self.participate.steps.iter_mut().enumerate() {
            out.push((format!("participate-step-{}", i + 1), step));
        }
        let cost = &mut self.cost;
        out.push(("cost-summary".into(), &mut cost.summary));
        out.push(("cost-membership".into(), &mut cost.membership));
        out.push(("cost-meetings".into(), &mut cost.meetings));
        out.push(("cost-waivers".into(), &mut cost.waivers));
        out.push(("documents-summary".into(), &mut self.documents.summary));
        out.push(("meetings-summary".into(), &mut self.meetings.summary));
        out.push(("remote-summary".into(), &mut self.remote.summary));
        out.push(("decisions-summary".into(), &mut self.decisions.summary));
        if let Some(appeals) = &mut self.decisions.appeals {
            out.push(("decisions-appeals".into(), appeals));
        }
        out.push(("ethics-summary".into(), &mut self.ethics.summary));
        for (i, policy) in self.ethics.policies.iter_mut().enumerate() {
            out.push((format!("ethics-policy-{}", i + 1), &mut policy.title));
        }
        out.push(("comments-summary".into(), &mut self.comments.summary));
        for (i, channel) in self.comments.channels.iter_mut().enumerate() {
            out.push((format!("channel-{}-label", i + 1), &mut channel.label));
            out.push((format!("channel-{}-note", i + 1), &mut channel.note));
        }
        for (i, channel) in self.comments.wg_channels.iter_mut().enumerate() {
            out.push((format!("wg-channel-{}-label", i + 1), &mut channel.label));
            out.push((format!("wg-channel-{}-note", i + 1), &mut channel.note));
        }
        out.push((
            "comment-window-summary".into(),
            &mut self.comment_window.summary,
        ));
        for entry in &mut self.openness.principles {
            out.push((
                format!("openness-{}", entry.principle.key()),
                &mut entry.statement,
            ));
        }
        for entry in &mut self.openness.barriers {
            out.push((
                format!("barrier-{}", entry.barrier.key()),
                &mut entry.statement,
            ));
        }
        out
    }

    /// Every translatable text as `(message id, English text)`, in file order.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut copy = self.clone();
        copy.texts_mut()
            .into_iter()
            .map(|(field, text)| (message_id(&self.id, &field), text.clone()))
            .collect()
    }

    /// This entry in another language: each text that `lookup` knows by message id replaces the English
    /// one. Returns the entry and how many texts were translated.
    pub fn localized(&self, lookup: impl Fn(&str) -> Option<String>) -> (Body, usize) {
        let mut body = self.clone();
        let id = body.id.clone();
        let mut translated = 0;
        for (field, text) in body.texts_mut() {
            if let Some(other) = lookup(&message_id(&id, &field)) {
                if !other.trim().is_empty() {
                    *text = other;
                    translated += 1;
                }
            }
        }
        (body, translated)
    }

    /// The empty texts of this entry, each named by its message id (for the data checks).
    pub(crate) fn empty_texts(&self) -> Vec<String> {
        self.texts()
            .into_iter()
            .filter(|(_, text)| text.trim().is_empty())
            .map(|(id, _)| format!("{id} is empty"))
            .collect()
    }
}

impl Almanac {
    /// The English texts of every body as a Fluent file: the template translators copy into
    /// `locales/{lang}/almanac.ftl`.
    pub fn ftl_template(&self) -> String {
        let mut out = String::from(
            "# Generated from crates/rightscope-almanac/data/*.toml: do not edit; change the TOML and run\n\
             # `RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-almanac --test texts`.\n\
             # Translators: copy this file to locales/{lang}/almanac.ftl and translate the values.\n",
        );
        out.push_str("\n## Openness: names of the WTO principles, barriers and ratings\n");
        for (id, text) in Self::openness_labels() {
            out.push_str(&format!("{id} = {}\n", fluent_escape(text)));
        }
        for body in self.bodies() {
            out.push_str(&format!("\n## {}\n", body.short_name));
            for (id, text) in body.texts() {
                out.push_str(&format!("{id} = {}\n", fluent_escape(&text)));
            }
        }
        out
    }
}

/// Text as a single-line Fluent value: braces become string literals, as Fluent reserves them.
fn fluent_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_unique() {
        let ietf = Almanac::bundled().body("ietf").expect("bundled");
        let texts = ietf.texts();
        assert_eq!(texts[0].0, "sdo-ietf-full-name");
        assert!(texts
            .iter()
            .any(|(id, text)| id == "sdo-ietf-participate-step-2" && text.contains("Subscribe")));
        let mut ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before);
    }

    #[test]
    fn localized_replaces_known_ids_only() {
        let ietf = Almanac::bundled().body("ietf").expect("bundled");
        let (es, translated) = ietf.localized(|id| {
            (id == "sdo-ietf-cost-summary").then(|| "Las listas son gratuitas.".to_string())
        });
        assert_eq!(translated, 1);
        assert_eq!(es.cost.summary, "Las listas son gratuitas.");
        assert_eq!(es.cost.meetings, ietf.cost.meetings);
        assert_eq!(es.id, "ietf");
    }

    #[test]
    fn localized_almanac_translates_the_comparison() {
        let almanac = Almanac::bundled().localized(|id| {
            (id == "sdo-ietf-barrier-membership-fee").then(|| "No hay membresía.".to_string())
        });
        let rows = almanac.comparison();
        let fee = rows
            .iter()
            .find(|r| r.topic.key() == "membership-fee")
            .expect("row");
        assert_eq!(fee.cells[0].statement, "No hay membresía.");
        assert_ne!(fee.cells[1].statement, "No hay membresía.");
    }

    #[test]
    fn braces_are_escaped() {
        assert_eq!(fluent_escape("a {wg} b"), "a {\"{\"}wg{\"}\"} b");
    }
}
