//! Which files make up a list: a file is a list of its own, a directory is one list made of every
//! file in it (a LISTSERV list is many `.LOG` files). Shared by the CLI and the web server.

use std::path::{Path, PathBuf};

/// The archive files of a path, in name order: the path itself, or the files of a directory.
pub fn archive_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// The list name of a path: its file or directory name.
pub fn list_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
