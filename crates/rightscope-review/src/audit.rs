//! The audit trail: every state-changing action appended to a SHA-256 hash chain, and its verification.
//!
//! Entry `n` stores `prev_hash` (entry `n-1`'s hash, or 64 zeros) and
//! `hash = SHA-256(seq, prev_hash, actor, action, payload, at)`, each field length-prefixed so that no
//! two different entries hash the same bytes. Changing any field of any row, deleting a row in the
//! middle, or reordering rows breaks the chain at the first affected entry. Deleting the newest entries
//! leaves a shorter valid chain: compare the head ([`ChainSummary`]) with a copy kept elsewhere to
//! detect that.

use rightscope_store::{Audit, AuditRecord, NewAudit, AUDIT_GENESIS};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::secrets::hex;

/// Who did something, as the audit log names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A logged-in account.
    User(i64),
    /// The command line, run by whoever administers the store.
    Cli,
}

impl Actor {
    /// The audit log's form: `user:7` or `cli`.
    pub fn audit_name(self) -> String {
        match self {
            Actor::User(id) => format!("user:{id}"),
            Actor::Cli => "cli".to_string(),
        }
    }
}

/// JSON with object keys sorted at every level and no insignificant whitespace: the one form a payload
/// is hashed and stored in, whatever map order the value was built in.
pub fn canonical_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (index, key) in keys.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::String(key.clone()).to_string());
                out.push(':');
                if let Some(item) = map.get(key) {
                    write_canonical(item, out);
                }
            }
            out.push('}');
        }
        serde_json::Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// The chain's hash of an entry (a [`rightscope_store::ChainHasher`]).
pub fn chain_hash(seq: i64, prev_hash: &str, entry: &NewAudit) -> String {
    let mut hasher = Sha256::new();
    let seq = seq.to_string();
    for field in [
        seq.as_str(),
        prev_hash,
        &entry.actor,
        &entry.action,
        &entry.payload,
        &entry.at,
    ] {
        hasher.update(field.len().to_string().as_bytes());
        hasher.update(b":");
        hasher.update(field.as_bytes());
        hasher.update(b"\n");
    }
    hex(&hasher.finalize())
}

/// A new entry for an action by an actor, with its payload in canonical form.
pub fn entry(actor: Actor, action: &str, payload: &serde_json::Value, at: &str) -> NewAudit {
    NewAudit {
        actor: actor.audit_name(),
        action: action.to_string(),
        payload: canonical_json(payload),
        at: at.to_string(),
    }
}

/// The [`Audit`] the store appends for an entry.
pub fn audit(entry: &NewAudit) -> Audit<'_> {
    Audit {
        entry,
        hasher: chain_hash,
    }
}

/// The first entry where the chain is broken, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("audit log entry {seq} is broken: {reason}")]
pub struct BrokenChain {
    /// The entry's seq (as stored; for a gap, the first seq after it).
    pub seq: i64,
    /// What does not hold.
    pub reason: String,
}

/// What a valid chain holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainSummary {
    /// Number of entries.
    pub entries: usize,
    /// The newest entry's hash ([`AUDIT_GENESIS`] for an empty log): publish or keep it elsewhere to
    /// detect truncation later.
    pub head: String,
}

/// Checks a log given in seq order: seqs run 1, 2, 3… without gaps, each `prev_hash` is the previous
/// entry's hash, and each hash is right for the entry's fields.
pub fn verify_chain(entries: &[AuditRecord]) -> Result<ChainSummary, BrokenChain> {
    let mut prev = AUDIT_GENESIS.to_string();
    for (index, stored) in entries.iter().enumerate() {
        let expected_seq = i64::try_from(index).unwrap_or(i64::MAX).saturating_add(1);
        if stored.seq != expected_seq {
            return Err(BrokenChain {
                seq: stored.seq,
                reason: format!(
                    "expected entry {expected_seq} here: an entry is missing or out of order"
                ),
            });
        }
        if stored.prev_hash != prev {
            return Err(BrokenChain {
                seq: stored.seq,
                reason: "its prev_hash is not the previous entry's hash (an entry before it was removed, \
                         changed or moved)"
                    .to_string(),
            });
        }
        let entry = NewAudit {
            actor: stored.actor.clone(),
            action: stored.action.clone(),
            payload: stored.payload.clone(),
            at: stored.at.clone(),
        };
        let hash = chain_hash(stored.seq, &stored.prev_hash, &entry);
        if stored.hash != hash {
            return Err(BrokenChain {
                seq: stored.seq,
                reason: "its hash does not match its contents (actor, action, payload or time was changed)"
                    .to_string(),
            });
        }
        prev = hash;
    }
    Ok(ChainSummary {
        entries: entries.len(),
        head: prev,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid chain of `n` entries, built as the store builds it.
    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut prev = AUDIT_GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let new = entry(
                    Actor::User(seq % 3),
                    &format!("action.{seq}"),
                    &serde_json::json!({"review": seq, "text": format!("answer {seq}")}),
                    &format!("2026-01-01T00:00:{seq:02}.000000Z"),
                );
                let hash = chain_hash(seq, &prev, &new);
                let record = AuditRecord {
                    seq,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                    actor: new.actor,
                    action: new.action,
                    payload: new.payload,
                    at: new.at,
                };
                prev = hash;
                record
            })
            .collect()
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let value: serde_json::Value = serde_json::from_str(
            r#"{"b": 1, "a": {"z": [1, {"y": "é\"", "x": null}], "c": true}}"#,
        )
        .expect("json");
        assert_eq!(
            canonical_json(&value),
            r#"{"a":{"c":true,"z":[1,{"x":null,"y":"é\""}]},"b":1}"#
        );
    }

    #[test]
    fn a_valid_chain_verifies() {
        let log = chain(6);
        let summary = verify_chain(&log).expect("valid");
        assert_eq!(summary.entries, 6);
        assert_eq!(summary.head, log[5].hash);
        assert_eq!(
            verify_chain(&[]).expect("empty").head,
            AUDIT_GENESIS.to_string()
        );
    }

    #[test]
    fn tampering_with_any_field_of_any_row_is_detected() {
        let log = chain(5);
        for row in 0..log.len() {
            for field in [
                "seq",
                "prev_hash",
                "hash",
                "actor",
                "action",
                "payload",
                "at",
            ] {
                let mut tampered = log.clone();
                let entry = &mut tampered[row];
                match field {
                    "seq" => entry.seq += 10,
                    "prev_hash" => entry.prev_hash = "f".repeat(64),
                    "hash" => entry.hash = "e".repeat(64),
                    "actor" => entry.actor = "user:99".to_string(),
                    "action" => entry.action.push('!'),
                    "payload" => entry.payload = entry.payload.replace("answer", "ANSWER"),
                    _ => entry.at = "2020-01-01T00:00:00.000000Z".to_string(),
                }
                let broken = verify_chain(&tampered).expect_err(field);
                // A changed hash shows at its own row (it no longer matches the contents).
                let expected = log[row].seq + if field == "seq" { 10 } else { 0 };
                assert_eq!(broken.seq, expected, "{field} of row {row}: {broken}");
            }
        }
    }

    #[test]
    fn deleting_a_row_is_detected_at_the_next_one() {
        let log = chain(5);
        for row in 0..log.len() - 1 {
            let mut tampered = log.clone();
            tampered.remove(row);
            let broken = verify_chain(&tampered).expect_err("deleted");
            assert_eq!(broken.seq, log[row + 1].seq, "{broken}");
        }
        // Renumbering the rows after a deletion does not help: the links are broken.
        let mut renumbered = log.clone();
        renumbered.remove(2);
        for (index, entry) in renumbered.iter_mut().enumerate() {
            entry.seq = index as i64 + 1;
        }
        assert_eq!(verify_chain(&renumbered).expect_err("renumbered").seq, 3);
    }

    #[test]
    fn reordering_rows_is_detected() {
        let log = chain(5);
        // Rows swapped in place…
        let mut swapped = log.clone();
        swapped.swap(1, 3);
        assert_eq!(verify_chain(&swapped).expect_err("swapped").seq, 4);
        // …or with their seqs exchanged, so the order by seq looks right.
        let mut exchanged = log.clone();
        exchanged.swap(1, 3);
        exchanged[1].seq = 2;
        exchanged[3].seq = 4;
        assert_eq!(verify_chain(&exchanged).expect_err("exchanged").seq, 2);
    }
}
