# The rightscope web observatory in a container.
#
#   docker build -t rightscope .
#   docker run -p 8080:8080 -v rightscope-data:/data -v "$PWD/corpus:/corpus:ro" rightscope
#   docker run --rm -v rightscope-data:/data -v "$PWD/corpus:/corpus:ro" rightscope ingest /corpus
#
# The store (SQLite) and its search index live in the volume /data; the server listens on 0.0.0.0:8080
# inside the container. Set --base-url (or put a proxy in front) for the public address of feed links.

# ---- build ---------------------------------------------------------------------------------------
FROM rust:1-slim-bookworm AS builder
WORKDIR /src
# Only what the release build needs; the workspace compiles offline once the dependencies are fetched.
COPY Cargo.toml Cargo.lock rust-toolchain.toml ./
COPY crates ./crates
RUN cargo build --release --locked -p rightscope-cli \
 && install -D -m 0755 target/release/rightscope /out/rightscope

# ---- run -----------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime
# ca-certificates: the Datatracker client speaks HTTPS. curl: the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 rightscope \
 && useradd --system --uid 10001 --gid rightscope --home-dir /data --shell /usr/sbin/nologin rightscope \
 && mkdir -p /data /corpus \
 && chown rightscope:rightscope /data
COPY --from=builder /out/rightscope /usr/local/bin/rightscope

ENV RIGHTSCOPE_DATA=/data
VOLUME ["/data"]
WORKDIR /data
USER rightscope:rightscope
EXPOSE 8080

# /healthz answers 200 "ok" once the store answers a query.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl --fail --silent --show-error http://127.0.0.1:8080/healthz || exit 1

ENTRYPOINT ["rightscope"]
# Ingests whatever is mounted at /corpus (nothing, by default: the store is created empty), skipping
# unchanged files on later starts, then serves.
CMD ["serve", "--bind", "0.0.0.0:8080", "--ingest", "/corpus"]
