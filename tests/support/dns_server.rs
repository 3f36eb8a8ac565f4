//! An authoritative DNS server for the tests: hickory-server in this process, serving zones from
//! memory over UDP and TCP on loopback addresses, all on one free port.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use hickory_server::Server;
use hickory_server::net::NetError;
use hickory_server::net::runtime::{Time, TokioRuntimeProvider};
use hickory_server::proto::rr::rdata::{NS, SOA};
use hickory_server::proto::rr::{LowerName, Name, RData, Record};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, MessageResponse, ZoneType};
use tokio::net::{TcpListener, UdpSocket};
use tokio::runtime::Runtime;

/// One zone: its name, SOA serial and NS targets.
pub struct Zone {
    pub origin: &'static str,
    pub serial: u32,
    pub ns: Vec<String>,
}

impl Zone {
    pub fn new(origin: &'static str, serial: u32, ns: &[&str]) -> Zone {
        Zone { origin, serial, ns: ns.iter().map(|n| (*n).to_owned()).collect() }
    }
}

/// One server instance: the loopback address it listens on, its zones, and whether it sets the
/// AA bit in its answers (a real authoritative server does).
pub struct Instance {
    pub address: IpAddr,
    pub zones: Vec<Zone>,
    pub authoritative: bool,
}

/// Running servers; they stop when this is dropped.
pub struct Servers {
    pub port: u16,
    servers: Vec<Server<Handler>>,
    runtime: Option<Runtime>,
}

impl Drop for Servers {
    fn drop(&mut self) {
        // Dropping a server aborts its tasks; the runtime then stops without waiting.
        self.servers.clear();
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Starts every instance on the same free port (UDP and TCP).
pub fn start(instances: Vec<Instance>) -> Servers {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a runtime");
    let (port, servers) = runtime.block_on(async {
        for _ in 0..50 {
            if let Some(bound) = bind_all(&instances).await {
                return bound;
            }
        }
        panic!("no free port for the test DNS server");
    });
    Servers { port, servers, runtime: Some(runtime) }
}

/// Binds every instance to one port the system picks; `None` when that port is taken elsewhere.
async fn bind_all(instances: &[Instance]) -> Option<(u16, Vec<Server<Handler>>)> {
    let first = UdpSocket::bind(SocketAddr::new(instances[0].address, 0)).await.ok()?;
    let port = first.local_addr().ok()?.port();
    let mut first = Some(first);
    let mut servers = Vec::new();
    for instance in instances {
        let at = SocketAddr::new(instance.address, port);
        let udp = match first.take() {
            Some(socket) => socket,
            None => UdpSocket::bind(at).await.ok()?,
        };
        let tcp = TcpListener::bind(at).await.ok()?;
        let mut server =
            Server::new(Handler { catalog: catalog(&instance.zones), authoritative: instance.authoritative });
        server.register_socket(udp);
        server.register_listener(tcp, Duration::from_secs(5), 65_535);
        servers.push(server);
    }
    Some((port, servers))
}

fn catalog(zones: &[Zone]) -> Catalog {
    let mut catalog = Catalog::new();
    for zone in zones {
        let origin = Name::from_ascii(format!("{}.", zone.origin)).expect("a zone name");
        let mut handler =
            InMemoryZoneHandler::<TokioRuntimeProvider>::empty(origin.clone(), ZoneType::Primary, AxfrPolicy::Deny);
        let primary = Name::from_ascii(format!("{}.", zone.ns.first().map_or("ns.invalid", String::as_str)))
            .expect("a nameserver name");
        let contact = Name::from_ascii(format!("hostmaster.{}.", zone.origin)).expect("a contact name");
        let soa = SOA::new(primary, contact, zone.serial, 10_800, 3_600, 604_800, 3_600);
        assert!(handler.upsert_mut(Record::from_rdata(origin.clone(), 3_600, RData::SOA(soa)), zone.serial));
        for ns in &zone.ns {
            let target = Name::from_ascii(format!("{ns}.")).expect("a nameserver name");
            assert!(handler.upsert_mut(Record::from_rdata(origin.clone(), 3_600, RData::NS(NS(target))), zone.serial));
        }
        catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
    }
    catalog
}

/// The catalogue's answers, with the AA bit cleared for an instance that is not authoritative.
struct Handler {
    catalog: Catalog,
    authoritative: bool,
}

#[async_trait::async_trait]
impl RequestHandler for Handler {
    async fn handle_request<R: ResponseHandler, T: Time>(&self, request: &Request, response: R) -> ResponseInfo {
        let response = ClearAa { inner: response, clear: !self.authoritative };
        self.catalog.handle_request::<_, T>(request, response).await
    }
}

#[derive(Clone)]
struct ClearAa<R> {
    inner: R,
    clear: bool,
}

#[async_trait::async_trait]
impl<R: ResponseHandler> ResponseHandler for ClearAa<R> {
    async fn send_response<'a>(
        &mut self,
        mut response: MessageResponse<
            '_,
            'a,
            impl Iterator<Item = &'a Record> + Send + 'a,
            impl Iterator<Item = &'a Record> + Send + 'a,
            impl Iterator<Item = &'a Record> + Send + 'a,
            impl Iterator<Item = &'a Record> + Send + 'a,
        >,
    ) -> Result<ResponseInfo, NetError> {
        if self.clear {
            response.metadata_mut().authoritative = false;
        }
        self.inner.send_response(response).await
    }
}
