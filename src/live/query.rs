//! One DNS question sent straight to one nameserver address: over UDP, and again over TCP when
//! the UDP answer comes back truncated (RFC 1035 §4.2, RFC 7766 §5).

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

use hickory_proto::op::{Edns, Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};

/// The UDP payload size offered with EDNS(0): the value of DNS Flag Day 2020, which keeps
/// answers below common path MTUs; a larger answer comes back truncated and is read over TCP.
const UDP_PAYLOAD: u16 = 1232;

/// Why a server gave no usable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Nothing came back in time.
    Timeout,
    /// The address refused the connection (nothing listens on the port).
    Refused,
    /// The network failed otherwise (no route, unreachable host).
    Network,
    /// Something came back, but not a DNS answer to the question.
    Malformed,
}

impl Failure {
    /// The token the report shows.
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Timeout => "timeout",
            Failure::Refused => "refused",
            Failure::Network => "network",
            Failure::Malformed => "malformed",
        }
    }

    fn from_io(error: &io::Error) -> Failure {
        match error.kind() {
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => Failure::Timeout,
            io::ErrorKind::ConnectionRefused | io::ErrorKind::ConnectionReset => Failure::Refused,
            io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData => Failure::Malformed,
            _ => Failure::Network,
        }
    }
}

/// What a server answered to one question.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The response code.
    pub rcode: ResponseCode,
    /// The AA bit.
    pub authoritative: bool,
    /// `true` when the answer had to be read over TCP.
    pub tcp: bool,
    /// The decoded message.
    pub message: Message,
}

impl Answer {
    /// The SOA serial of `zone` in the answer section.
    pub fn soa_serial(&self, zone: &Name) -> Option<u32> {
        self.message.answers.iter().find_map(|r| match &r.data {
            RData::SOA(soa) if r.name.eq_ignore_root_case(zone) => Some(soa.serial),
            _ => None,
        })
    }

    /// The NS targets of `zone` in the answer section: lower case, without the final dot, sorted.
    pub fn ns_names(&self, zone: &Name) -> Vec<String> {
        let mut names: Vec<String> = self
            .message
            .answers
            .iter()
            .filter_map(|r| match &r.data {
                RData::NS(ns) if r.name.eq_ignore_root_case(zone) => Some(dotless(&ns.0)),
                _ => None,
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// A name in ASCII (escaped where needed), lower case, without the final dot.
pub fn dotless(name: &Name) -> String {
    let mut text = name.to_lowercase().to_ascii();
    if text.len() > 1 && text.ends_with('.') {
        text.pop();
    }
    text
}

/// Asks `server` for the `kind` records of `zone`, waiting at most `timeout` for each transport.
pub fn ask(server: SocketAddr, zone: &Name, kind: RecordType, timeout: Duration) -> Result<Answer, Failure> {
    let mut request = Message::query();
    request.metadata.recursion_desired = false;
    request.add_query(Query::query(zone.clone(), kind));
    let mut edns = Edns::new();
    edns.set_max_payload(UDP_PAYLOAD);
    request.set_edns(edns);
    let bytes = request.to_vec().map_err(|_| Failure::Malformed)?;
    let id = request.metadata.id;
    let reply = udp_exchange(server, &bytes, id, timeout).map_err(|e| Failure::from_io(&e))?;
    let (reply, tcp) = if truncated(&reply) {
        (tcp_exchange(server, &bytes, timeout).map_err(|e| Failure::from_io(&e))?, true)
    } else {
        (reply, false)
    };
    let message = Message::from_vec(&reply).map_err(|_| Failure::Malformed)?;
    let same_question = message.queries.first().is_some_and(|q| q.name().eq_ignore_root_case(zone));
    if message.metadata.id != id || !same_question {
        return Err(Failure::Malformed);
    }
    Ok(Answer { rcode: message.metadata.response_code, authoritative: message.metadata.authoritative, tcp, message })
}

/// The TC bit, read from the raw header: a truncated answer may not decode as a whole.
fn truncated(reply: &[u8]) -> bool {
    reply.get(2).is_some_and(|flags| flags & 0x02 != 0)
}

/// Sends one datagram and returns the first reply that carries the question's ID.
fn udp_exchange(server: SocketAddr, request: &[u8], id: u16, timeout: Duration) -> io::Result<Vec<u8>> {
    let local: SocketAddr = if server.is_ipv4() { ([0, 0, 0, 0], 0).into() } else { ([0u16; 8], 0).into() };
    let socket = UdpSocket::bind(local)?;
    socket.connect(server)?;
    socket.send(request)?;
    let deadline = Instant::now() + timeout;
    let mut buffer = vec![0; 65_535];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        socket.set_read_timeout(Some(left))?;
        let length = socket.recv(&mut buffer)?;
        // A late answer to an earlier question, or noise: keep waiting for ours.
        if length >= 12 && buffer[..2] == id.to_be_bytes() {
            buffer.truncate(length);
            return Ok(buffer);
        }
    }
}

/// Sends the question over TCP, with its two-byte length prefix, and reads one answer.
fn tcp_exchange(server: SocketAddr, request: &[u8], timeout: Duration) -> io::Result<Vec<u8>> {
    let mut stream = TcpStream::connect_timeout(&server, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let length = u16::try_from(request.len()).map_err(|_| io::Error::from(io::ErrorKind::InvalidData))?;
    let mut framed = Vec::with_capacity(request.len() + 2);
    framed.extend_from_slice(&length.to_be_bytes());
    framed.extend_from_slice(request);
    stream.write_all(&framed)?;
    let mut prefix = [0; 2];
    stream.read_exact(&mut prefix)?;
    let mut reply = vec![0; usize::from(u16::from_be_bytes(prefix))];
    stream.read_exact(&mut reply)?;
    Ok(reply)
}
