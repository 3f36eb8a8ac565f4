//! Starts `domain-rules serve`'s service in the test process, for the tests that ask it over
//! real connections.

use std::net::SocketAddr;

use domain_rules::server::{Config, serve};

/// Starts the service with `config` on a free port of 127.0.0.1, in a runtime of its own thread.
pub fn start(config: Config) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            sender.send(listener.local_addr().unwrap()).unwrap();
            serve(listener, config, std::future::pending()).await.unwrap();
        });
    });
    receiver.recv().unwrap()
}
