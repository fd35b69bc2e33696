//! The SDO almanac pages: `/sdo` compares the standards bodies side by side, `/sdo/{id}` says how to
//! take part in one of them. The facts come from `rightscope-almanac`; each section shows when it was
//! checked and the public pages it is based on.

use askama::Template;
use axum::extract::Path;
use axum::response::Html;
use rightscope_almanac::{Almanac, Body, Channel, DecisionProcess, Openness, Tone, Topic};

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

/// One body's rating on a principle or barrier, in the reader's language.
pub(crate) struct OpennessCell {
    /// The rating's label, e.g. "High barrier".
    pub(crate) rating: String,
    /// `good`, `mixed`, `poor` or `unknown`, for the cell's style (the label carries the meaning).
    pub(crate) tone: &'static str,
    pub(crate) statement: String,
    pub(crate) checked: String,
    pub(crate) sources: Vec<String>,
}

/// A principle or barrier with one cell per body (comparison) or one cell (a body's page).
pub(crate) struct OpennessRow {
    pub(crate) topic: String,
    pub(crate) is_barrier: bool,
    pub(crate) cells: Vec<OpennessCell>,
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Good => "good",
        Tone::Mixed => "mixed",
        Tone::Poor => "poor",
        Tone::Unknown => "unknown",
    }
}

/// The openness rows of already localized bodies, one cell per body, principles first.
pub(crate) fn openness_rows(tr: &Tr, bodies: &[Body]) -> Vec<OpennessRow> {
    Topic::all()
        .map(|topic| OpennessRow {
            topic: tr.almanac_label(&topic.label_id()),
            is_barrier: matches!(topic, Topic::Barrier(_)),
            cells: bodies
                .iter()
                .filter_map(|body| body.openness_cell(topic))
                .map(|cell| OpennessCell {
                    rating: tr.almanac_label(&cell.rating.label_id()),
                    tone: tone_class(cell.tone),
                    statement: cell.statement.to_string(),
                    checked: cell.checked.to_string(),
                    sources: cell.sources.to_vec(),
                })
                .collect(),
        })
        .collect()
}

/// The barriers to taking part in the body that makes a document, for the document page.
pub(crate) fn barriers_of(tr: &Tr, body: &Body) -> Vec<OpennessRow> {
    openness_rows(tr, std::slice::from_ref(&tr.almanac_body(body)))
        .into_iter()
        .filter(|row| row.is_barrier)
        .collect()
}

#[derive(Template)]
#[template(path = "sdo_index.html")]
struct IndexPage {
    chrome: Chrome,
    rows: Vec<BodyRow>,
    /// Column heads of the openness table: (page, short name).
    heads: Vec<(String, String)>,
    openness: Vec<OpennessRow>,
    wto_url: &'static str,
}

/// `/sdo`: every body side by side.
pub async fn index(ctx: Ctx) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let bodies: Vec<Body> = Almanac::bundled()
        .bodies()
        .iter()
        .map(|body| tr.almanac_body(body))
        .collect();
    let rows = bodies
        .iter()
        .map(|local| BodyRow {
            href: body_href(local),
            short_name: local.short_name.clone(),
            full_name: local.full_name.clone(),
            membership: local.cost.membership.clone(),
            drafts_public: openness_label(tr, local.documents.drafts_public),
            final_free: openness_label(tr, local.documents.final_free),
            meetings_open: openness_label(tr, local.meetings.meetings_open),
            remote: openness_label(tr, local.remote.available),
            process: process_label(tr, local.decisions.process),
        })
        .collect();
    render(
        tr,
        &IndexPage {
            chrome: Chrome::new(&ctx, tr.t("sdo-index-title"), "sdo"),
            rows,
            heads: bodies
                .iter()
                .map(|body| {
                    (
                        format!("{}#openness", body_href(body)),
                        body.short_name.clone(),
                    )
                })
                .collect(),
            openness: openness_rows(tr, &bodies),
            wto_url: rightscope_almanac::WTO_PRINCIPLES_URL,
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
    openness: Vec<OpennessRow>,
    wto_url: &'static str,
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
            openness: openness_rows(tr, std::slice::from_ref(&local)),
            wto_url: rightscope_almanac::WTO_PRINCIPLES_URL,
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
