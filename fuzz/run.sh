#!/usr/bin/env bash
# Runs every fuzz target one after the other on one core, seeded from the repository's fixtures and
# the shared sample corpus, and prints one line of figures per target (docs/hardening.md).
#   fuzz/run.sh                      # every target, 1,000,000 runs each, at most 15 min each
#   RUNS=100000 MAX_TIME=120 fuzz/run.sh parse_text parse_xml
#   SANITIZER=none fuzz/run.sh       # no AddressSanitizer: 3-10x the executions (safe Rust: panics and
#                                    # hangs are still caught; memory errors in C code would not be)
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 enables the
# sanitizer flags it passes. Corpora go to fuzz/corpus/<target> (ignored by git), crashes to
# fuzz/artifacts/<target>.
set -u
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
MAX_TIME=${MAX_TIME:-900}
MAX_LEN=${MAX_LEN:-65536}
SANITIZER=${SANITIZER:-address}
SHARED=${SHARED:-../../shared/corpus}
export RUSTC_BOOTSTRAP=1
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse_text parse_xml parse_markdown parse_html parse_pdf detect_and_parse parse_mbox check_text check_document)
fi
cargo fuzz build -O -s "$SANITIZER" >/dev/null 2>&1 || { echo "cargo fuzz build failed" >&2; exit 2; }

seed() {  # seed <target> <files...>: copies small files (< MAX_LEN) into the target's corpus
  local dir=corpus/$1; shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] || continue
    if [ "$(stat -c %s "$f")" -le "$MAX_LEN" ]; then cp "$f" "$dir/" ; else head -c "$MAX_LEN" "$f" > "$dir/$(basename "$f").head"; fi
  done
}

for t in "${targets[@]}"; do
  case $t in
    parse_text|check_text) seed "$t" ../crates/*/tests/fixtures/hostile/*.txt ../crates/rightscope-rules/tests/fixtures/*/*.txt $SHARED/sample/rfc2119.txt $SHARED/sample/rfc8890.txt ;;
    parse_xml) seed "$t" ../crates/rightscope-doc/tests/fixtures/xml/* ../crates/rightscope-doc/tests/fixtures/hostile/*.xml $SHARED/sample/rfc8890.xml ;;
    parse_markdown) seed "$t" ../crates/rightscope-doc/tests/fixtures/markdown/* ../crates/rightscope-doc/tests/fixtures/hostile/*.md $SHARED/md/draft-guidelines.md ;;
    parse_html) seed "$t" ../crates/rightscope-doc/tests/fixtures/html/* ../crates/rightscope-doc/tests/fixtures/hostile/*.html ;;
    parse_pdf) seed "$t" ../crates/rightscope-doc/tests/fixtures/hostile/*.pdf $SHARED/pdf/rfc8890.pdf ;;
    detect_and_parse|check_document) seed "$t" ../crates/rightscope-doc/tests/fixtures/*/* $SHARED/sample/rfc8890.xml $SHARED/sample/rfc2119.txt ;;
    parse_mbox) seed "$t" ../crates/rightscope-participation/tests/fixtures/* ../crates/rightscope-participation/tests/fixtures/*/* $SHARED/mbox/mailarchive/* ;;
  esac
  mkdir -p "artifacts/$t"
  log=/tmp/fuzz-$t.log
  start=$(date +%s)
  # The check targets compile the rule catalogue on their first input: give that input time.
  case $t in check_*) timeout=60 ;; *) timeout=10 ;; esac
  cargo fuzz run -O -s "$SANITIZER" "$t" "corpus/$t" -- -runs="$RUNS" -max_total_time="$MAX_TIME" -max_len="$MAX_LEN" \
    -timeout=$timeout -rss_limit_mb=2048 -workers=1 -jobs=1 -print_final_stats=1 \
    -artifact_prefix="artifacts/$t/" >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  crashes=$(find "artifacts/$t" -type f | wc -l)
  echo "$t execs=${execs:-?} exec/s=${rate:-?} time=${secs}s ${cov:-} crashes=$crashes rc=$rc log=$log"
done
