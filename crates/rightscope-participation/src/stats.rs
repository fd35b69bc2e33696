//! Pure statistics behind the metrics: concentration indices, medians and retention.

/// Herfindahl–Hirschman index of the shares of `counts`: Σ sᵢ² with sᵢ = countᵢ / total, in 0..=1
/// (1 = one actor sends everything). None when the total is zero.
pub fn hhi(counts: &[u64]) -> Option<f64> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return None;
    }
    let total = total as f64;
    Some(counts.iter().map(|&c| (c as f64 / total).powi(2)).sum())
}

/// Gini coefficient of `counts` (0 = everyone sends the same, → 1 = one actor sends everything),
/// computed as Σᵢ (2i − n − 1) xᵢ / (n Σ x) over the values sorted ascending (i from 1).
/// None when there are no values or the total is zero.
pub fn gini(counts: &[u64]) -> Option<f64> {
    let n = counts.len();
    let total: u64 = counts.iter().sum();
    if n == 0 || total == 0 {
        return None;
    }
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    let n_f = n as f64;
    let weighted: f64 = sorted
        .iter()
        .enumerate()
        .map(|(i, &x)| (2.0 * (i as f64 + 1.0) - n_f - 1.0) * x as f64)
        .sum();
    Some(weighted / (n_f * total as f64))
}

/// Shannon entropy of the shares of `counts` in bits: −Σ sᵢ log₂ sᵢ (0 = one actor; log₂ n = all equal).
/// None when the total is zero.
pub fn shannon_entropy(counts: &[u64]) -> Option<f64> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return None;
    }
    let total = total as f64;
    Some(
        counts
            .iter()
            .filter(|&&c| c > 0)
            .map(|&c| {
                let s = c as f64 / total;
                -s * s.log2()
            })
            .sum::<f64>()
            .max(0.0),
    )
}

/// Elephant factor: the fewest actors (organisations) whose messages together make at least half of
/// all messages. None when the total is zero.
pub fn elephant_factor(counts: &[u64]) -> Option<usize> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return None;
    }
    let mut sorted = counts.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let mut running = 0_u64;
    for (i, c) in sorted.iter().enumerate() {
        running += c;
        // running / total >= 1/2, in integers.
        if running * 2 >= total {
            return Some(i + 1);
        }
    }
    Some(sorted.len())
}

/// Median of `values` (mean of the two middle values for an even count). None when empty.
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        Some(values[mid] as f64)
    } else {
        Some((values[mid - 1] as f64 + values[mid] as f64) / 2.0)
    }
}

/// Average length of a month in seconds (365.2425 days / 12), used for retention windows.
pub const MONTH_SECONDS: i64 = 2_629_746;

/// One newcomer for retention: when they first posted and when they last posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tenure {
    /// Timestamp (seconds) of the first message.
    pub first: i64,
    /// Timestamp (seconds) of the last message.
    pub last: i64,
}

/// Retention after `months`: of the newcomers whose window is observable (first message at least
/// `months` before `archive_end`), the share who posted again at or after first + `months`.
/// Returns (share, number of eligible newcomers); the share is None with no eligible newcomer.
pub fn retention(tenures: &[Tenure], months: i64, archive_end: i64) -> (Option<f64>, usize) {
    let window = months * MONTH_SECONDS;
    let eligible: Vec<&Tenure> = tenures
        .iter()
        .filter(|t| t.first + window <= archive_end)
        .collect();
    if eligible.is_empty() {
        return (None, 0);
    }
    let retained = eligible
        .iter()
        .filter(|t| t.last >= t.first + window)
        .count();
    (
        Some(retained as f64 / eligible.len() as f64),
        eligible.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn hhi_by_hand() {
        // Shares 0.5, 0.3, 0.2 → 0.25 + 0.09 + 0.04 = 0.38.
        assert!(close(hhi(&[5, 3, 2]), 0.38));
        assert!(close(hhi(&[7]), 1.0));
        assert!(close(hhi(&[1, 1, 1, 1]), 0.25));
        assert_eq!(hhi(&[]), None);
    }

    #[test]
    fn gini_by_hand() {
        assert!(close(gini(&[1, 1, 1, 1]), 0.0));
        // Sorted 0,0,0,10: (2·4−4−1)·10 / (4·10) = 30/40 = 0.75.
        assert!(close(gini(&[0, 10, 0, 0]), 0.75));
        // Sorted 1,2,3: ((−2)·1 + 0·2 + 2·3) / (3·6) = 4/18.
        assert!(close(gini(&[3, 1, 2]), 4.0 / 18.0));
        assert_eq!(gini(&[0, 0]), None);
    }

    #[test]
    fn entropy_by_hand() {
        assert!(close(shannon_entropy(&[1, 1, 1, 1]), 2.0));
        assert!(close(shannon_entropy(&[9]), 0.0));
        // Shares 0.5, 0.25, 0.25 → 0.5 + 0.5 + 0.5 = 1.5 bits.
        assert!(close(shannon_entropy(&[2, 1, 1, 0]), 1.5));
    }

    #[test]
    fn elephant_factor_by_hand() {
        // 40 + 30 = 70 of 100 ≥ 50, but 40 alone is not.
        assert_eq!(elephant_factor(&[10, 40, 30, 20]), Some(2));
        // Exactly half counts.
        assert_eq!(elephant_factor(&[50, 25, 25]), Some(1));
        assert_eq!(elephant_factor(&[1, 1, 1, 1, 1]), Some(3));
        assert_eq!(elephant_factor(&[]), None);
    }

    #[test]
    fn median_by_hand() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn retention_by_hand() {
        let m = MONTH_SECONDS;
        let end = 24 * m;
        let tenures = [
            Tenure {
                first: 0,
                last: 4 * m,
            }, // retained at 3, not at 6
            Tenure { first: 0, last: 0 }, // gone at once
            Tenure {
                first: m,
                last: 20 * m,
            }, // retained at 3, 6, 12
            Tenure {
                first: 20 * m,
                last: 23 * m,
            }, // 3-month window observable (23 ≤ 24): retained
            Tenure {
                first: 22 * m,
                last: 22 * m,
            }, // no window observable
        ];
        let (r3, n3) = retention(&tenures, 3, end);
        assert_eq!(n3, 4);
        assert!(close(r3, 3.0 / 4.0));
        let (r6, n6) = retention(&tenures, 6, end);
        assert_eq!(n6, 3);
        assert!(close(r6, 1.0 / 3.0));
        let (r12, n12) = retention(&tenures, 12, end);
        assert_eq!(n12, 3);
        assert!(close(r12, 1.0 / 3.0));
        assert_eq!(retention(&tenures[4..], 3, end), (None, 0));
    }
}
