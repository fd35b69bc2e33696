//! Bounds that keep hostile documents from exhausting memory or time.

/// Limits applied while reading one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_size: u64,
    /// Largest number of XML nodes (elements, text, entities expanded) accepted.
    pub max_xml_nodes: u32,
    /// Deepest element nesting accepted in XML and HTML.
    pub max_depth: usize,
    /// Largest number of sections kept; headings past it are treated as body text.
    pub max_sections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_size: 64 * 1024 * 1024,
            max_xml_nodes: 2_000_000,
            max_depth: 256,
            max_sections: 20_000,
        }
    }
}
