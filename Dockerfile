# domain-rules serve in a container: built with Rust's official image, run from Debian's slim
# image as an unprivileged user. The service keeps no state: run as many as the load needs
# behind any HTTP load balancer, and let it ask GET /healthz.
#
#   docker build -t domain-rules .
#   docker run --rm -p 8080:8080 domain-rules

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --locked --profile cli --features server --bin domain-rules

FROM debian:bookworm-slim
RUN useradd --system --no-create-home domain-rules
COPY --from=build /src/target/cli/domain-rules /usr/local/bin/domain-rules
USER domain-rules
EXPOSE 8080
# A container's loopback is its own: listen on every address; Docker maps the port.
ENTRYPOINT ["domain-rules", "serve", "--listen", "0.0.0.0:8080"]
