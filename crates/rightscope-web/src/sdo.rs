//! The SDO almanac pages: `/sdo` compares the standards bodies side by side, `/sdo/{id}` says how to
//! take part in one of them. The facts come from `rightscope-almanac`; each section shows when it was
//! checked and the public pages it is based on.

use askama::Template;
use axum::extract::Path;
use axum::response::Html;
use rightscope_almanac::{Almanac, Body, Channel, DecisionProcess, Openness};

use crate::app::Ctx;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::pages::{encode, render, Chrome};

/// The almanac entry for a document of `sdo` published in `stream`: IRTF documents live in the IETF's
/// series but come from the IRTF, whose process differs.
pub fn body_for(sdo: &str, stream: Option<&str>) -> Option<&'static Body> {
    let almanac = Almanac::bundled();
    stream
        .filter(|stream| stream.eq_ignore_ascii_case("irtf"))
        .and_then(|stream| almanac.body(stream))
        .or_else(|| almanac.body(sdo))
}

/// The address of a body's page.
pub fn body_href(body: &Body) -> String {
    format!("/sdo/{}", encode(&body.id))
}

/// Where to comment on a document, in the reader's language: the group's channels first.
pub fn localized_channels(tr: &Tr, body: &Body, wg: Option<&str>) -> Vec<Channel> {
    tr.almanac_body(body).comment_channels(wg)
}

fn openness_label(tr: &Tr, openness: Openness) -> String {
    tr.t(match openness {
        Openness::Yes => "openness-yes",
        Openness::Partly => "openness-partly",
        Openness::No => "openness-no",
    })
}

fn process_label(tr: &Tr, process: DecisionProcess) -> String {
    tr.t(match process {
        DecisionProcess::RoughConsensus => "process-rough-consensus",
        DecisionProcess::ConsensusAndMemberVotes => "process-consensus-member-votes",
        DecisionProcess::ConsensusAndNationalVotes => "process-consensus-national-votes",
        DecisionProcess::ConsensusAndMemberStateApproval => "process-consensus-state-approval",
    })
}

/// One row of the comparison table.
struct BodyRow {
    href: String,
    short_name: String,
    full_name: String,
    membership: String,
    drafts_public: String,
    final_free: String,
    meetings_open: String,
    remote: String,
    process: String,
}

#[derive(Template)]
#[template(path = "sdo_index.html")]
struct IndexPage {
    chrome: Chrome,
    rows: Vec<BodyRow>,
}

/// `/sdo`: every body side by side.
pub async fn index(ctx: Ctx) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let rows = Almanac::bundled()
        .bodies()
        .iter()
        .map(|body| {
            let local = tr.almanac_body(body);
            BodyRow {
                href: body_href(body),
                short_name: local.short_name.clone(),
                full_name: local.full_name.clone(),
                membership: local.cost.membership.clone(),
                drafts_public: openness_label(tr, local.documents.drafts_public),
                final_free: openness_label(tr, local.documents.final_free),
                meetings_open: openness_label(tr, local.meetings.meetings_open),
                remote: openness_label(tr, local.remote.available),
                process: process_label(tr, local.decisions.process),
            }
        })
        .collect();
    render(
        tr,
        &IndexPage {
            chrome: Chrome::new(&ctx, tr.t("sdo-index-title"), "sdo"),
            rows,
        },
    )
}

/// One section of a body's page: heading, paragraphs, list items, links, and its provenance.
struct Section {
    id: &'static str,
    heading: String,
    paragraphs: Vec<String>,
    facts: Vec<(String, String)>,
    items: Vec<String>,
    links: Vec<(String, String)>,
    checked: String,
    sources: Vec<String>,
}

#[derive(Template)]
#[template(path = "sdo.html")]
struct BodyPage {
    chrome: Chrome,
    full_name: String,
    website: String,
    caveat: Option<String>,
    sections: Vec<Section>,
    channels: Vec<Channel>,
    oldest_check: String,
}

/// `/sdo/{id}`: how one body works and how to take part.
pub async fn body(ctx: Ctx, Path(id): Path<String>) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let Some(body) = Almanac::bundled().body(&id) else {
        return Err(PageError::not_found(tr, "error-no-sdo"));
    };
    let local = tr.almanac_body(body);
    let section = |id: &'static str, paragraphs: Vec<String>| Section {
        id,
        heading: tr.t(&format!("sdo-section-{id}")),
        paragraphs,
        facts: Vec::new(),
        items: Vec::new(),
        links: Vec::new(),
        checked: String::new(),
        sources: Vec::new(),
    };
    let mut sections = vec![
        section("about", vec![local.about.description.clone()]),
        Section {
            items: local.participate.steps.clone(),
            ..section("participate", vec![local.participate.summary.clone()])
        },
        Section {
            facts: vec![
                (tr.t("sdo-cost-membership"), local.cost.membership.clone()),
                (tr.t("sdo-cost-meetings"), local.cost.meetings.clone()),
                (tr.t("sdo-cost-waivers"), local.cost.waivers.clone()),
            ],
            ..section("cost", vec![local.cost.summary.clone()])
        },
        Section {
            facts: vec![
                (
                    tr.t("sdo-drafts-public"),
                    openness_label(tr, local.documents.drafts_public),
                ),
                (
                    tr.t("sdo-final-free"),
                    openness_label(tr, local.documents.final_free),
                ),
            ],
            ..section("documents", vec![local.documents.summary.clone()])
        },
        Section {
            facts: vec![
                (
                    tr.t("sdo-meetings-open"),
                    openness_label(tr, local.meetings.meetings_open),
                ),
                (
                    tr.t("sdo-lists-open"),
                    openness_label(tr, local.meetings.mailing_lists_open),
                ),
            ],
            ..section("meetings", vec![local.meetings.summary.clone()])
        },
        Section {
            facts: vec![(
                tr.t("sdo-remote-available"),
                openness_label(tr, local.remote.available),
            )],
            ..section("remote", vec![local.remote.summary.clone()])
        },
        Section {
            facts: vec![(
                tr.t("sdo-process"),
                process_label(tr, local.decisions.process),
            )],
            ..section(
                "decisions",
                std::iter::once(local.decisions.summary.clone())
                    .chain(local.decisions.appeals.clone())
                    .collect(),
            )
        },
        Section {
            links: local
                .ethics
                .policies
                .iter()
                .map(|p| (p.title.clone(), p.url.clone()))
                .collect(),
            ..section("ethics", vec![local.ethics.summary.clone()])
        },
        section("comments", vec![local.comments.summary.clone()]),
        section("comment-window", vec![local.comment_window.summary.clone()]),
    ];
    // `sections()` lists the same ten sections in the same order as above.
    for (section, sources) in sections.iter_mut().zip(local.sections()) {
        section.checked = sources.checked.to_string();
        section.sources = sources.sources.to_vec();
    }
    render(
        tr,
        &BodyPage {
            chrome: Chrome::new(&ctx, local.short_name.clone(), "sdo"),
            full_name: local.full_name.clone(),
            website: local.website.clone(),
            caveat: local.caveat.clone(),
            channels: local.comment_channels(None),
            oldest_check: local.oldest_check().to_string(),
            sections,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irtf_stream_maps_to_the_irtf() {
        assert_eq!(
            body_for("ietf", Some("IRTF")).map(|b| b.id.as_str()),
            Some("irtf")
        );
        assert_eq!(
            body_for("ietf", Some("IETF")).map(|b| b.id.as_str()),
            Some("ietf")
        );
        assert_eq!(body_for("w3c", None).map(|b| b.id.as_str()), Some("w3c"));
        assert!(body_for("unknown", None).is_none());
    }
}
