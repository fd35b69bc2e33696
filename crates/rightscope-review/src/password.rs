//! Password hashing with argon2id at the OWASP parameters, and verification in constant time.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::ReviewError;

/// Memory cost in KiB: 19 MiB, the OWASP Password Storage Cheat Sheet's argon2id minimum.
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Iterations (OWASP: 2 with 19 MiB).
pub const ITERATIONS: u32 = 2;
/// Parallelism (OWASP: 1).
pub const PARALLELISM: u32 = 1;
/// Shortest password accepted, in characters (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted, in bytes: long enough for passphrases, short enough not to be a way to
/// make the server hash megabytes.
pub const MAX_PASSWORD_BYTES: usize = 1024;

fn hasher() -> Result<Argon2<'static>, ReviewError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|error| ReviewError::Hashing(error.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Refuses passwords that are too short or too long, saying which.
pub fn check_password_policy(password: &str) -> Result<(), ReviewError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(ReviewError::WeakPassword(format!(
            "{chars} characters; use at least {MIN_PASSWORD_CHARS}"
        )));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(ReviewError::WeakPassword(format!(
            "{} bytes; use at most {MAX_PASSWORD_BYTES}",
            password.len()
        )));
    }
    Ok(())
}

/// Hashes a password (after [`check_password_policy`]) to an argon2id PHC string with a fresh salt.
pub fn hash_password(password: &str) -> Result<String, ReviewError> {
    check_password_policy(password)?;
    let hash = hasher()?
        .hash_password(password.as_bytes())
        .map_err(|error| ReviewError::Hashing(error.to_string()))?;
    Ok(hash.to_string())
}

/// Whether a password matches a stored PHC string. The comparison inside argon2 is constant time; a
/// malformed stored hash or an over-long password is simply "no".
pub fn verify_password(password: &str, stored: &str) -> bool {
    if password.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    // The parameters come from the stored string, so hashes made with older parameters still verify.
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

/// A hash of a password nobody knows, verified against when a login does not exist so that unknown and
/// known logins take the same time to refuse.
pub(crate) fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        let mut secret = [0u8; 32];
        // Without system randomness a fixed string still costs the same to verify.
        let _ = getrandom::fill(&mut secret);
        hash_password(&crate::secrets::hex(&secret))
            .unwrap_or_else(|_| "$argon2id$v=19$m=19456,t=2,p=1$invalid".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse battery!", &hash));
        assert!(!verify_password("", &hash));
        assert!(!verify_password("correct horse battery", "not a hash"));
        let again = hash_password("correct horse battery").expect("hash");
        assert_ne!(hash, again, "a fresh salt each time");
    }

    #[test]
    fn policy_names_the_problem() {
        let error = hash_password("short").expect_err("too short");
        assert!(error.to_string().contains("at least 10"), "{error}");
        let long = "x".repeat(MAX_PASSWORD_BYTES + 1);
        let error = hash_password(&long).expect_err("too long");
        assert!(error.to_string().contains("at most"), "{error}");
        assert!(!verify_password(&long, dummy_hash()));
    }
}
