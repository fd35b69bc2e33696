//! Reading archives in parallel into compact, pseudonymous records, and computing the report.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::BufRead;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::classify::{
    m49_name, Classification, ClassificationSource, Classifier, StakeholderGroup,
};
use crate::disclosure::{CellId, Ledger};
use crate::identity::{
    canonical_address, is_list_rewrite, normalise_name, IdentityMerger, PseudonymKey,
};
use crate::parse::{parse_message, SkipReason};
use crate::privacy::{Suppressed, K};
use crate::reader::{detect_format, ArchiveFormat, Chunk, MessageSplitter, DEFAULT_MESSAGE_CAP};
use crate::report::{
    Concentration, ListReport, ParticipationReport, Period, PeriodMetrics, ReadSummary, ReplyTime,
    ReplyTimes, RetentionRow, Share,
};
use crate::stats;

/// How archives are read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Largest message kept (bytes).
    pub message_cap: usize,
    /// Bytes of raw messages handed to the parser threads at a time.
    pub batch_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            message_cap: DEFAULT_MESSAGE_CAP,
            batch_bytes: 4 * 1024 * 1024,
        }
    }
}

/// A message as kept after reading: no address, no name, only dense ids and hashes.
#[derive(Debug, Clone, Copy)]
struct Msg {
    /// Identity node (dense index in the merger).
    node: u32,
    /// Interned domain, `u32::MAX` for none (list rewrites keep no domain).
    domain: u32,
    timestamp: Option<i64>,
    /// Hash of the Message-ID (0: none).
    id: u64,
    /// Hash of the parent's Message-ID (0: none).
    parent: u64,
}

/// What a parser thread hands back for one message.
#[derive(Debug)]
struct Parsed {
    address_node: Option<u64>,
    name_node: Option<u64>,
    domain: Option<String>,
    timestamp: Option<i64>,
    utc_offset_minutes: Option<i32>,
    id: u64,
    parent: u64,
}

/// One archive after reading.
#[derive(Debug)]
pub struct ListData {
    /// List name (file name by default).
    pub name: String,
    /// Detected format.
    pub format: ArchiveFormat,
    /// Bytes read.
    pub bytes: u64,
    /// Unreadable messages by reason.
    pub skipped: BTreeMap<SkipReason, u64>,
    messages: Vec<Msg>,
    /// `Date:` UTC offsets (minutes) → messages; for checks, never in reports (too fine-grained).
    utc_offsets: BTreeMap<i32, u64>,
}

impl ListData {
    /// Messages read (skipped ones not included).
    pub fn message_count(&self) -> usize {
        self.messages.len()
    }

    /// Messages whose `Date:` header has each UTC offset (minutes). Not part of any report.
    pub fn utc_offsets(&self) -> &BTreeMap<i32, u64> {
        &self.utc_offsets
    }

    /// Thread roots: messages whose parent is not a message of this archive.
    pub fn thread_roots(&self) -> usize {
        let ids: HashSet<u64> = self
            .messages
            .iter()
            .map(|m| m.id)
            .filter(|&i| i != 0)
            .collect();
        self.messages
            .iter()
            .filter(|m| m.parent == 0 || !ids.contains(&m.parent))
            .count()
    }
}

/// Several archives read with one key and one identity space, ready for [`Analysis::report`].
#[derive(Debug)]
pub struct Analysis {
    key: PseudonymKey,
    merger: IdentityMerger,
    /// Address node (u64) of each dense index that is an address, for self-reports.
    address_nodes: HashMap<u32, u64>,
    domains: Vec<String>,
    domain_ids: HashMap<String, u32>,
    lists: Vec<ListData>,
}

fn id_hash(id: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish() | 1
}

impl Analysis {
    /// An empty analysis pseudonymising with `key`.
    pub fn new(key: PseudonymKey) -> Self {
        Self {
            key,
            merger: IdentityMerger::default(),
            address_nodes: HashMap::new(),
            domains: Vec::new(),
            domain_ids: HashMap::new(),
            lists: Vec::new(),
        }
    }

    /// The archives read so far.
    pub fn lists(&self) -> &[ListData] {
        &self.lists
    }

    /// Distinct sender domains of one list (for checks; domains are not people).
    pub fn distinct_domains(&self, list: usize) -> usize {
        self.lists
            .get(list)
            .map(|l| {
                l.messages
                    .iter()
                    .map(|m| m.domain)
                    .filter(|&d| d != u32::MAX)
                    .collect::<HashSet<_>>()
                    .len()
            })
            .unwrap_or(0)
    }

    /// Reads one archive (format detected from its first bytes), parsing on the rayon pool while
    /// a helper thread splits the stream. Reading again with the same `name` adds to that list
    /// (a LISTSERV list is many `.LOG` files). Err only when the input is not an archive at all or
    /// reading fails (the messages read before are kept).
    pub fn read<R: BufRead + Send>(
        &mut self,
        name: &str,
        mut reader: R,
        options: ReadOptions,
    ) -> Result<&ListData, String> {
        let head = reader.fill_buf().map_err(|e| e.to_string())?;
        let format = detect_format(head)?;
        let obfuscated = format.obfuscates_addresses();
        let existing = self.lists.iter().position(|l| l.name == name);
        let mut list = match existing {
            Some(i) => self.lists.remove(i),
            None => ListData {
                name: name.to_string(),
                format: format.clone(),
                bytes: 0,
                skipped: BTreeMap::new(),
                messages: Vec::new(),
                utc_offsets: BTreeMap::new(),
            },
        };
        let (sender, receiver) = mpsc::sync_channel::<Vec<Chunk>>(2);
        let cap = options.message_cap;
        let batch_bytes = options.batch_bytes.max(1);
        let key = self.key.clone();
        let mut read_error = None;
        std::thread::scope(|scope| {
            let splitter_thread = scope.spawn(move || {
                let mut splitter = MessageSplitter::with_cap(reader, format, cap);
                let mut batch = Vec::new();
                let mut size = 0;
                let mut total = 0_u64;
                while let Some(chunk) = splitter.next_chunk() {
                    if let Chunk::Message(m) = &chunk {
                        size += m.bytes.len() + m.envelope.as_ref().map_or(0, Vec::len);
                    }
                    batch.push(chunk);
                    if size >= batch_bytes {
                        total += size as u64;
                        size = 0;
                        if sender.send(std::mem::take(&mut batch)).is_err() {
                            break;
                        }
                    }
                }
                total += size as u64;
                if !batch.is_empty() {
                    let _ = sender.send(batch);
                }
                (total, splitter.take_error())
            });
            for batch in receiver {
                let parsed: Vec<Result<Parsed, SkipReason>> = batch
                    .par_iter()
                    .map(|chunk| match chunk {
                        Chunk::TooLarge => Err(SkipReason::TooLarge),
                        Chunk::Message(raw) => {
                            parse_message(raw, obfuscated).map(|facts| pseudonymise(&key, facts))
                        }
                    })
                    .collect();
                for p in parsed {
                    match p {
                        Ok(p) => self.add(&mut list, p),
                        Err(reason) => *list.skipped.entry(reason).or_default() += 1,
                    }
                }
            }
            match splitter_thread.join() {
                Ok((total, error)) => {
                    list.bytes += total;
                    read_error = error;
                }
                Err(_) => {
                    read_error = Some(std::io::Error::other("archive reader thread panicked"))
                }
            }
        });
        let count = list.messages.len();
        let at = existing.unwrap_or(self.lists.len());
        self.lists.insert(at, list);
        if let Some(e) = read_error {
            return Err(format!("read error after {count} messages: {e}"));
        }
        Ok(&self.lists[at])
    }

    fn add(&mut self, list: &mut ListData, p: Parsed) {
        let node = match (p.address_node, p.name_node) {
            (Some(a), name) => {
                let a_idx = self.merger.node(a);
                self.address_nodes.insert(a_idx, a);
                if let Some(n) = name {
                    let n_idx = self.merger.node(n);
                    self.merger.union(a_idx, n_idx);
                }
                a_idx
            }
            (None, Some(n)) => self.merger.node(n),
            (None, None) => {
                *list.skipped.entry(SkipReason::NoSender).or_default() += 1;
                return;
            }
        };
        let domain = match p.domain {
            Some(d) => {
                let next = u32::try_from(self.domains.len()).unwrap_or(u32::MAX - 1);
                *self.domain_ids.entry(d).or_insert_with_key(|d| {
                    self.domains.push(d.clone());
                    next
                })
            }
            None => u32::MAX,
        };
        if let Some(offset) = p.utc_offset_minutes {
            *list.utc_offsets.entry(offset).or_default() += 1;
        }
        list.messages.push(Msg {
            node,
            domain,
            timestamp: p.timestamp,
            id: p.id,
            parent: p.parent,
        });
    }

    /// Computes the report over all lists read.
    pub fn report(&mut self, classifier: &Classifier, period: Period) -> ParticipationReport {
        // Person of each identity node, and each person's classification override (self-report).
        let mut person_of: HashMap<u32, u32> = HashMap::new();
        let mut next_person = 0_u32;
        let nodes: Vec<u32> = self
            .lists
            .iter()
            .flat_map(|l| l.messages.iter().map(|m| m.node))
            .collect();
        for node in nodes {
            let root = self.merger.find(node);
            let person = *person_of.entry(root).or_insert_with(|| {
                next_person += 1;
                next_person - 1
            });
            person_of.insert(node, person);
        }
        let mut self_reported: HashMap<u32, Classification> = HashMap::new();
        for (&idx, &address_node) in &self.address_nodes {
            if let Some(report) = classifier.self_report(address_node) {
                let root = self.merger.find(idx);
                if let Some(&person) = person_of.get(&root) {
                    self_reported.insert(person, report.clone());
                }
            }
        }
        let domain_class: Vec<Classification> = self
            .domains
            .iter()
            .map(|d| classifier.classify_domain(d))
            .collect();
        let unknown = classifier.classify_domain("");
        let mut lists_of_person: HashMap<u32, u32> = HashMap::new();
        let mut reports = Vec::new();
        for list in &self.lists {
            let ctx = ListContext {
                list,
                person_of: &person_of,
                self_reported: &self_reported,
                domain_class: &domain_class,
                domains: &self.domains,
                unknown: &unknown,
            };
            let people: HashSet<u32> = list.messages.iter().map(|m| ctx.person(m)).collect();
            for p in people {
                *lists_of_person.entry(p).or_default() += 1;
            }
            reports.push(ctx.report(period));
        }
        let several = lists_of_person.values().filter(|&&n| n > 1).count();
        ParticipationReport {
            period,
            k: K,
            lists: reports,
            participants_in_several_lists: Suppressed::new(several as u64, several),
        }
    }
}

fn pseudonymise(key: &PseudonymKey, facts: crate::parse::MailFacts) -> Parsed {
    let rewrite = is_list_rewrite(facts.name.as_deref());
    let canonical = canonical_address(&facts.address);
    let name = facts.name.as_deref().and_then(normalise_name);
    // `"Name via List" <list@…>`: the address is the list's; only the name identifies the person.
    let (address_node, domain) = if rewrite || !canonical.contains('@') {
        (None, None)
    } else {
        let domain = canonical.rsplit_once('@').map(|(_, d)| d.to_string());
        (Some(key.address_node(&canonical)), domain)
    };
    Parsed {
        address_node,
        name_node: name.map(|n| key.name_node(&n)),
        domain,
        timestamp: facts.timestamp,
        utc_offset_minutes: facts.utc_offset_minutes,
        id: facts.message_id.as_deref().map_or(0, id_hash),
        parent: facts.parent.as_deref().map_or(0, id_hash),
    }
}

/// One category of a breakdown: its name, its cell, its distinct people.
type CategoryCell = (String, CellId, u64);

/// A period's figures as ledger cells, before complementary suppression decides what is shown.
struct PeriodDraft {
    period: String,
    /// Messages of the period (the denominator of shares).
    total: u64,
    messages: CellId,
    participants: CellId,
    threads: CellId,
    replies: CellId,
    newcomers: CellId,
    /// `(name, cell, distinct people)` of each category.
    by_group: Vec<CategoryCell>,
    by_region: Vec<CategoryCell>,
    by_organisation: Vec<CategoryCell>,
    by_source: Vec<CategoryCell>,
    /// Each organisation's messages in the period, named or pooled (not individuals).
    org_cells: HashMap<OrgKey, CellId>,
    concentration: Concentration,
}

impl PeriodDraft {
    fn finish(self, ledger: &Ledger) -> PeriodMetrics {
        let total = self.total;
        let shares = |cells: Vec<CategoryCell>| -> Vec<Share> {
            cells
                .into_iter()
                .map(|(name, id, people)| {
                    let messages = ledger.figure(id);
                    let share = messages
                        .published()
                        .filter(|_| total > 0)
                        .map(|&c| round4(c as f64 / total as f64));
                    Share {
                        name,
                        people: ledger.derived(id, Some(people)),
                        share: ledger.derived(id, share),
                        messages,
                    }
                })
                .collect()
        };
        PeriodMetrics {
            period: self.period,
            messages: ledger.figure(self.messages),
            participants: ledger.figure(self.participants),
            threads: ledger.figure(self.threads),
            replies: ledger.figure(self.replies),
            newcomers: ledger.figure(self.newcomers),
            by_group: shares(self.by_group),
            by_region: shares(self.by_region),
            by_organisation: shares(self.by_organisation),
            by_source: shares(self.by_source),
            concentration: self.concentration,
        }
    }
}

/// The sums across periods: each additive figure of the whole archive is the sum of the periods'
/// figures plus what the undated messages add; the same for each category's messages.
fn link_periods(
    ledger: &mut Ledger,
    totals: &PeriodDraft,
    periods: &[PeriodDraft],
    undated: &PeriodDraft,
) {
    let parts = || periods.iter().chain(std::iter::once(undated));
    let figures: [fn(&PeriodDraft) -> CellId; 4] = [
        |d| d.messages,
        |d| d.threads,
        |d| d.replies,
        |d| d.newcomers,
    ];
    for figure in figures {
        ledger.sum(figure(totals), parts().map(figure).collect());
    }
    let breakdowns: [fn(&PeriodDraft) -> &[CategoryCell]; 3] =
        [|d| &d.by_group, |d| &d.by_region, |d| &d.by_source];
    for breakdown in breakdowns {
        for (name, total, _) in breakdown(totals) {
            let cells = parts()
                .filter_map(|d| breakdown(d).iter().find(|(n, _, _)| n == name))
                .map(|(_, id, _)| *id)
                .collect();
            ledger.sum(*total, cells);
        }
    }
    for (org, total) in &totals.org_cells {
        let cells = parts()
            .filter_map(|d| d.org_cells.get(org).copied())
            .collect();
        ledger.sum(*total, cells);
    }
}

struct ListContext<'a> {
    list: &'a ListData,
    person_of: &'a HashMap<u32, u32>,
    self_reported: &'a HashMap<u32, Classification>,
    domain_class: &'a [Classification],
    domains: &'a [String],
    unknown: &'a Classification,
}

/// Organisation key for concentration: the table's organisation, else each individual on their own,
/// else the unlisted domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum OrgKey {
    Named(String),
    Domain(u32),
    Person(u32),
}

impl ListContext<'_> {
    fn person(&self, m: &Msg) -> u32 {
        self.person_of.get(&m.node).copied().unwrap_or(u32::MAX)
    }

    fn class(&self, m: &Msg) -> &Classification {
        let person = self.person(m);
        if let Some(c) = self.self_reported.get(&person) {
            return c;
        }
        self.domain_class
            .get(m.domain as usize)
            .unwrap_or(self.unknown)
    }

    fn org(&self, m: &Msg) -> OrgKey {
        let class = self.class(m);
        match &class.organisation {
            Some(o) => OrgKey::Named(o.clone()),
            None if class.group == StakeholderGroup::Individual || m.domain == u32::MAX => {
                OrgKey::Person(self.person(m))
            }
            None => OrgKey::Domain(m.domain),
        }
    }

    fn report(&self, period: Period) -> ListReport {
        let msgs = &self.list.messages;
        let ids: HashMap<u64, usize> = msgs
            .iter()
            .enumerate()
            .filter(|(_, m)| m.id != 0)
            .map(|(i, m)| (m.id, i))
            .collect();
        let is_root: Vec<bool> = msgs
            .iter()
            .map(|m| m.parent == 0 || !ids.contains_key(&m.parent))
            .collect();
        // First and last message of each person in this list.
        let mut tenure: HashMap<u32, stats::Tenure> = HashMap::new();
        for m in msgs {
            if let Some(ts) = m.timestamp {
                tenure
                    .entry(self.person(m))
                    .and_modify(|t| {
                        t.first = t.first.min(ts);
                        t.last = t.last.max(ts);
                    })
                    .or_insert(stats::Tenure {
                        first: ts,
                        last: ts,
                    });
            }
        }
        let archive_end = tenure.values().map(|t| t.last).max().unwrap_or(0);
        let period_of = |ts: i64| {
            let d = mail_parser::DateTime::from_timestamp(ts);
            period.key(d.year, d.month)
        };
        let mut by_period: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut undated_idx = Vec::new();
        for (i, m) in msgs.iter().enumerate() {
            match m.timestamp {
                Some(ts) => by_period.entry(period_of(ts)).or_default().push(i),
                None => undated_idx.push(i),
            }
        }
        let undated = undated_idx.len() as u64;
        let newcomer_period: HashMap<u32, String> = tenure
            .iter()
            .map(|(&p, t)| (p, period_of(t.first)))
            .collect();

        // Every additive figure goes into the ledger with the people behind it, and every exact
        // sum between figures is recorded, so complementary suppression can see what a reader
        // could subtract.
        let mut ledger = Ledger::default();
        let all: Vec<usize> = (0..msgs.len()).collect();
        let totals = self.metrics(&mut ledger, "all", &all, &is_root, &|_| true, false);
        let periods: Vec<PeriodDraft> = by_period
            .iter()
            .map(|(key, idx)| {
                self.metrics(
                    &mut ledger,
                    key,
                    idx,
                    &is_root,
                    &|p| newcomer_period.get(&p) == Some(key),
                    false,
                )
            })
            .collect();
        // What undated messages add to the archive's totals is not published, but a reader knows
        // it when there are none (and may guess it otherwise): counted as known.
        let rest = self.metrics(
            &mut ledger,
            "undated",
            &undated_idx,
            &is_root,
            &|p| !tenure.contains_key(&p),
            true,
        );
        link_periods(&mut ledger, &totals, &periods, &rest);

        // Retention by cohort and group (group of the newcomer's first message).
        let mut first_class: HashMap<u32, (i64, StakeholderGroup)> = HashMap::new();
        for m in msgs {
            if let Some(ts) = m.timestamp {
                let p = self.person(m);
                let g = self.class(m).group;
                first_class
                    .entry(p)
                    .and_modify(|e| {
                        if ts < e.0 {
                            *e = (ts, g)
                        }
                    })
                    .or_insert((ts, g));
            }
        }
        let mut cohorts: BTreeMap<(String, String), Vec<(u32, stats::Tenure)>> = BTreeMap::new();
        for (p, t) in &tenure {
            let cohort = period_of(t.first);
            let group = first_class
                .get(p)
                .map_or(StakeholderGroup::Unknown, |e| e.1);
            cohorts
                .entry((cohort.clone(), "all".into()))
                .or_default()
                .push((*p, *t));
            cohorts
                .entry((cohort, group.name().into()))
                .or_default()
                .push((*p, *t));
        }
        // A cohort's newcomers are its period's newcomers: the same cell.
        let newcomers_of: HashMap<&str, CellId> = periods
            .iter()
            .map(|d| (d.period.as_str(), d.newcomers))
            .collect();
        let mut cohort_cells: Vec<CellId> = Vec::new();
        let mut groups_of_cohort: BTreeMap<String, Vec<CellId>> = BTreeMap::new();
        for ((cohort, group), members) in &cohorts {
            let cell = match (group.as_str(), newcomers_of.get(cohort.as_str())) {
                ("all", Some(&cell)) => cell,
                _ => ledger.cell(members.len() as u64, members.iter().map(|(p, _)| *p)),
            };
            if group != "all" {
                groups_of_cohort
                    .entry(cohort.clone())
                    .or_default()
                    .push(cell);
            }
            cohort_cells.push(cell);
        }
        for ((cohort, group), &cell) in cohorts.keys().zip(&cohort_cells) {
            if group == "all" {
                if let Some(parts) = groups_of_cohort.remove(cohort) {
                    ledger.sum(cell, parts);
                }
            }
        }

        ledger.protect();

        let retention = cohorts
            .into_iter()
            .zip(cohort_cells)
            .map(|(((cohort, group), members), cell)| {
                let tenures: Vec<stats::Tenure> = members.iter().map(|(_, t)| *t).collect();
                let r = |months| {
                    if ledger.figure(cell).is_hidden() {
                        return ledger.derived(cell, None);
                    }
                    let (share, eligible) = stats::retention(&tenures, months, archive_end);
                    Suppressed::new_opt(share, eligible)
                };
                RetentionRow {
                    cohort,
                    group,
                    newcomers: ledger.figure(cell),
                    retained_3_months: r(3),
                    retained_6_months: r(6),
                    retained_12_months: r(12),
                }
            })
            .collect();
        let everyone: HashSet<u32> = msgs.iter().map(|m| self.person(m)).collect();
        ListReport {
            name: crate::report::printable(&self.list.name),
            read: ReadSummary {
                format: self.list.format.name().to_string(),
                bytes: self.list.bytes,
                messages: ledger.figure(totals.messages),
                undated: Suppressed::new(undated, everyone.len()),
                domains: Suppressed::new(
                    msgs.iter()
                        .map(|m| m.domain)
                        .filter(|&d| d != u32::MAX)
                        .collect::<HashSet<_>>()
                        .len() as u64,
                    everyone.len(),
                ),
                skipped: self.list.skipped.clone(),
            },
            totals: totals.finish(&ledger),
            periods: periods.into_iter().map(|d| d.finish(&ledger)).collect(),
            retention,
            reply_times: self.reply_times(&ids, &is_root, &tenure),
        }
    }

    /// A period's figures as ledger cells, with the sums inside the period (messages = threads +
    /// replies = Σ groups = Σ regions = Σ sources = Σ organisations). `known`: the cells are
    /// not published but count as known (the undated remainder).
    fn metrics(
        &self,
        ledger: &mut Ledger,
        key: &str,
        idx: &[usize],
        is_root: &[bool],
        is_newcomer_here: &dyn Fn(u32) -> bool,
        known: bool,
    ) -> PeriodDraft {
        let msgs = &self.list.messages;
        let mut people: HashSet<u32> = HashSet::new();
        let mut root_people: HashSet<u32> = HashSet::new();
        let mut reply_people: HashSet<u32> = HashSet::new();
        let (mut threads, mut replies) = (0_u64, 0_u64);
        let mut groups: BTreeMap<&'static str, (u64, HashSet<u32>)> = BTreeMap::new();
        let mut regions: BTreeMap<String, (u64, HashSet<u32>)> = BTreeMap::new();
        let mut orgs: HashMap<OrgKey, (u64, HashSet<u32>)> = HashMap::new();
        let mut sources: BTreeMap<&'static str, (u64, HashSet<u32>)> = BTreeMap::new();
        for &i in idx {
            let m = &msgs[i];
            let p = self.person(m);
            people.insert(p);
            if is_root[i] {
                threads += 1;
                root_people.insert(p);
            } else {
                replies += 1;
                reply_people.insert(p);
            }
            let class = self.class(m);
            let g = groups.entry(class.group.name()).or_default();
            g.0 += 1;
            g.1.insert(p);
            let region = class
                .region
                .as_deref()
                .map_or("unknown".to_string(), |r| format!("{r} {}", m49_name(r)));
            let r = regions.entry(region).or_default();
            r.0 += 1;
            r.1.insert(p);
            let source = match class.source {
                ClassificationSource::Table { .. } => "table",
                ClassificationSource::SuffixRule { .. } => "suffix-rule",
                ClassificationSource::SelfReport => "self-report",
                ClassificationSource::Unknown => "unknown",
            };
            let s = sources.entry(source).or_default();
            s.0 += 1;
            s.1.insert(p);
            let o = orgs.entry(self.org(m)).or_default();
            o.0 += 1;
            o.1.insert(p);
        }
        let cell = |ledger: &mut Ledger, size: u64, who: &HashSet<u32>| {
            if known {
                ledger.known(size, who.iter().copied())
            } else {
                ledger.cell(size, who.iter().copied())
            }
        };
        let total = idx.len() as u64;
        let n = people.len();
        let messages = cell(ledger, total, &people);
        let participants = cell(ledger, n as u64, &people);
        let newcomer_people: HashSet<u32> = people
            .iter()
            .copied()
            .filter(|&p| is_newcomer_here(p))
            .collect();
        // The same people, the same figure: one cell, so one cannot be hidden and the other shown.
        let newcomers = if newcomer_people.len() == n {
            participants
        } else {
            cell(ledger, newcomer_people.len() as u64, &newcomer_people)
        };
        let threads_cell = cell(ledger, threads, &root_people);
        let replies_cell = cell(ledger, replies, &reply_people);
        let by_group: Vec<CategoryCell> = StakeholderGroup::ALL
            .iter()
            .filter_map(|g| {
                groups
                    .get(g.name())
                    .map(|(c, ps)| (g.name().to_string(), cell(ledger, *c, ps), ps.len() as u64))
            })
            .collect();
        let by_region: Vec<CategoryCell> = regions
            .iter()
            .map(|(name, (c, ps))| (name.clone(), cell(ledger, *c, ps), ps.len() as u64))
            .collect();
        let by_source: Vec<CategoryCell> = sources
            .iter()
            .map(|(name, (c, ps))| ((*name).to_string(), cell(ledger, *c, ps), ps.len() as u64))
            .collect();
        // Organisations with at least k people by name; the rest pooled. A pooled organisation's
        // messages are still a (hidden) part of its total over the archive.
        let mut named: Vec<(String, u64, &HashSet<u32>, &OrgKey)> = Vec::new();
        let mut pooled = (0_u64, HashSet::new());
        let mut org_cells: HashMap<OrgKey, CellId> = HashMap::new();
        for (org, (c, ps)) in &orgs {
            let shown = match org {
                OrgKey::Named(name) => Some(name.clone()),
                OrgKey::Domain(d) => self
                    .domains
                    .get(*d as usize)
                    .map(|d| format!("{d} (not in table)")),
                OrgKey::Person(_) => None,
            };
            match shown {
                Some(name) if ps.len() >= K => named.push((name, *c, ps, org)),
                Some(_) => {
                    let part = if known {
                        ledger.known(*c, ps.iter().copied())
                    } else {
                        ledger.unpublished(*c, ps.iter().copied())
                    };
                    org_cells.insert(org.clone(), part);
                    pooled.0 += c;
                    pooled.1.extend(ps.iter().copied());
                }
                None => {
                    pooled.0 += c;
                    pooled.1.extend(ps.iter().copied());
                }
            }
        }
        named.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut by_organisation: Vec<CategoryCell> = Vec::new();
        for (name, c, ps, org) in named {
            let id = cell(ledger, c, ps);
            org_cells.insert(org.clone(), id);
            by_organisation.push((name, id, ps.len() as u64));
        }
        if pooled.0 > 0 {
            by_organisation.push((
                "other (organisations under 5 people, individuals)".into(),
                cell(ledger, pooled.0, &pooled.1),
                pooled.1.len() as u64,
            ));
        }
        if !known {
            ledger.sum(messages, vec![threads_cell, replies_cell]);
            for breakdown in [&by_group, &by_region, &by_source, &by_organisation] {
                ledger.sum(messages, breakdown.iter().map(|(_, id, _)| *id).collect());
            }
        }
        let counts: Vec<u64> = orgs.values().map(|(c, _)| *c).collect();
        PeriodDraft {
            period: key.to_string(),
            total,
            messages,
            participants,
            threads: threads_cell,
            replies: replies_cell,
            newcomers,
            by_group,
            by_region,
            by_organisation,
            by_source,
            org_cells,
            concentration: Concentration {
                hhi: Suppressed::new_opt(stats::hhi(&counts).map(round4), n),
                gini: Suppressed::new_opt(stats::gini(&counts).map(round4), n),
                entropy_bits: Suppressed::new_opt(stats::shannon_entropy(&counts).map(round4), n),
                elephant_factor: Suppressed::new_opt(
                    stats::elephant_factor(&counts).map(|e| e as u64),
                    n,
                ),
            },
        }
    }

    fn reply_times(
        &self,
        ids: &HashMap<u64, usize>,
        is_root: &[bool],
        tenure: &HashMap<u32, stats::Tenure>,
    ) -> ReplyTimes {
        let msgs = &self.list.messages;
        // First reply (from someone else) to each message.
        let mut first_reply: HashMap<usize, i64> = HashMap::new();
        for m in msgs {
            let (Some(&parent), Some(ts)) = (ids.get(&m.parent), m.timestamp) else {
                continue;
            };
            let p = &msgs[parent];
            let Some(pts) = p.timestamp else { continue };
            if self.person(p) == self.person(m) || ts < pts {
                continue;
            }
            first_reply
                .entry(parent)
                .and_modify(|d| *d = (*d).min(ts - pts))
                .or_insert(ts - pts);
        }
        let mut kinds = [
            (Vec::new(), 0_u64, HashSet::new()),
            (Vec::new(), 0_u64, HashSet::new()),
        ];
        for (i, m) in msgs.iter().enumerate() {
            let Some(ts) = m.timestamp else { continue };
            let person = self.person(m);
            let newcomer = tenure.get(&person).is_some_and(|t| t.first == ts);
            if !newcomer && !is_root[i] {
                continue;
            }
            let kind = &mut kinds[usize::from(!newcomer)];
            kind.2.insert(person);
            match first_reply.get(&i) {
                Some(&d) => kind.0.push(d),
                None => kind.1 += 1,
            }
        }
        let [newcomers, regulars] = kinds.map(|(mut delays, unanswered, people)| ReplyTime {
            answered: Suppressed::new(delays.len() as u64, people.len()),
            unanswered: Suppressed::new(unanswered, people.len()),
            median_hours: Suppressed::new_opt(
                stats::median(&mut delays).map(|s| round4(s / 3600.0)),
                people.len(),
            ),
        });
        ReplyTimes {
            newcomers,
            regulars,
        }
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(analysis: &mut Analysis) -> usize {
        let nodes: Vec<u32> = analysis.lists[0].messages.iter().map(|m| m.node).collect();
        nodes
            .into_iter()
            .map(|n| analysis.merger.find(n))
            .collect::<HashSet<_>>()
            .len()
    }

    fn mbox(froms: &[&str]) -> String {
        froms
            .iter()
            .enumerate()
            .map(|(i, from)| {
                format!("From x@y Mon Jan  1 00:00:00 2001\nFrom: {from}\nDate: Mon, 1 Jan 2001 00:00:0{i} +0000\nMessage-ID: <{i}@t>\n\nbody\n\n")
            })
            .collect()
    }

    #[test]
    fn one_person_behind_case_dmarc_via_and_alias_forms() {
        let text = mbox(&[
            "Jane Doe <jane@example.org>",
            "JANE@EXAMPLE.ORG",
            "\"Jane Doe via Ietf\" <ietf@ietf.org>",
            "Jane Doe <jane=example.org@dmarc.ietf.org>",
            "\"Doe, Jane\" <jd@other.example>",
            "Other Person <jane@elsewhere.example>",
        ]);
        let mut analysis = Analysis::new(PseudonymKey::from_bytes([5; 32]));
        analysis
            .read("l", text.as_bytes(), ReadOptions::default())
            .expect("read");
        assert_eq!(analysis.lists[0].message_count(), 6);
        assert_eq!(people(&mut analysis), 2);
    }

    #[test]
    fn small_list_reports_only_suppressed_people_figures() {
        let text = mbox(&[
            "A One <a@eff.org>",
            "B Two <b@eff.org>",
            "C Three <c@eff.org>",
        ]);
        let mut analysis = Analysis::new(PseudonymKey::from_bytes([5; 32]));
        analysis
            .read("l", text.as_bytes(), ReadOptions::default())
            .expect("read");
        let report = analysis.report(&Classifier::builtin().expect("table"), Period::Month);
        let totals = &report.lists[0].totals;
        assert!(totals.messages.is_hidden() && totals.participants.is_hidden());
        assert!(totals.concentration.hhi.is_hidden());
        assert!(report.to_json().contains("\"< 5\""));
        assert!(!report.to_json().contains("Electronic Frontier Foundation"));
    }

    #[test]
    fn metrics_of_a_hand_made_list() {
        // Six people at eff.org, one at gmail.com; message 1 replies to 0, 3 to 2 (2 replies, 5 roots).
        let mut text = String::new();
        for (i, (who, parent)) in [
            ("a", None),
            ("b", Some(0)),
            ("c", None),
            ("d", Some(2)),
            ("e", None),
            ("f", None),
            ("g", None),
        ]
        .iter()
        .enumerate()
        {
            let domain = if *who == "g" { "gmail.com" } else { "eff.org" };
            let reply = parent
                .map(|p| format!("In-Reply-To: <{p}@t>\n"))
                .unwrap_or_default();
            text.push_str(&format!(
                "From x@y Mon Jan  1 00:00:00 2001\nFrom: Person {who} <{who}@{domain}>\nDate: Mon, 1 Jan 2001 0{i}:00:00 +0000\nMessage-ID: <{i}@t>\n{reply}\nbody\n\n"
            ));
        }
        let mut analysis = Analysis::new(PseudonymKey::from_bytes([5; 32]));
        analysis
            .read("l", text.as_bytes(), ReadOptions::default())
            .expect("read");
        let report = analysis.report(&Classifier::builtin().expect("table"), Period::Month);
        let t = &report.lists[0].totals;
        assert_eq!(t.messages.published(), Some(&7));
        assert_eq!(t.participants.published(), Some(&7));
        // Two people replied: fewer than 5. Threads (5 people) would give replies as 7 − 5, so
        // they are withheld too.
        assert!(t.replies.is_hidden() && !t.replies.is_withheld());
        assert!(t.threads.is_withheld());
        // One individual (hidden) beside six civil-society people: 7 − 6 would give the
        // individual's messages, so civil society is withheld as well.
        let civil = t
            .by_group
            .iter()
            .find(|s| s.name == "civil-society")
            .expect("group");
        assert!(civil.messages.is_withheld() && civil.share.is_withheld());
        assert!(t
            .by_group
            .iter()
            .find(|s| s.name == "individual")
            .is_some_and(|s| s.share.is_hidden() && !s.share.is_withheld()));
        // Organisations: EFF 6 messages, one individual 1 → HHI (6/7)² + (1/7)² = 37/49.
        assert_eq!(t.concentration.hhi.published(), Some(&0.7551));
        assert_eq!(t.concentration.elephant_factor.published(), Some(&1));
        // EFF is named (6 people) but withheld; the individual is pooled and hidden.
        assert_eq!(t.by_organisation[0].name, "Electronic Frontier Foundation");
        assert!(t.by_organisation[0].messages.is_withheld());
        assert!(t.by_organisation[1].people.is_hidden());
        // Newcomers' first messages: all 7 are first messages; 0 and 2 were answered after 1 h.
        let n = &report.lists[0].reply_times.newcomers;
        assert_eq!(n.answered.published(), Some(&2));
        assert_eq!(n.median_hours.published(), Some(&1.0));
    }
}
