//! Test harness: the simulator on loopback HTTPS, and the real binary run against it.
#![allow(dead_code)]

pub mod bench;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use dynsync::sim::{Background, DEMO, SimConfig};
use serde_json::Value;

pub struct Fake {
    pub sim: Background,
    pub ca: tempfile::NamedTempFile,
}

impl Fake {
    pub fn start(config: SimConfig) -> Fake {
        let sim = Background::start(config);
        let mut ca = tempfile::NamedTempFile::new().expect("temp file");
        ca.write_all(sim.ca_pem.as_bytes()).expect("write CA");
        Fake { sim, ca }
    }

    /// `dynsync validate` with every input pointing at the fake servers, given through the
    /// environment so that a test can override any of them with a flag (flags win).
    pub fn validate(&self) -> Run {
        let url = self.sim.url();
        Run::new(&["validate"])
            .env("DYNSYNC_CLIENT_ID", DEMO.client_id)
            .env("DYNSYNC_USERNAME", DEMO.username)
            .env("DYNSYNC_ORG_URL", &url)
            .env("DYNSYNC_AUTHORITY_HOST", &url)
            .env("DYNSYNC_CA_BUNDLE", self.ca.path().to_str().unwrap())
            .env("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)
            .env("DYNSYNC_PASSWORD", DEMO.password)
    }
}

pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

pub struct Done {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Done {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl Run {
    pub fn new(args: &[&str]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dynsync"));
        cmd.args(args);
        for (k, _) in std::env::vars() {
            if k.starts_with("DYNSYNC_") {
                cmd.env_remove(k);
            }
        }
        // English and UTF-8 whatever the machine's locale (a test sets them to test them).
        for k in ["LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG"] {
            cmd.env_remove(k);
        }
        cmd.env("NO_COLOR", "1");
        Run { cmd, stdin: None }
    }
    pub fn args(mut self, a: &[&str]) -> Run {
        self.cmd.args(a);
        self
    }
    pub fn env(mut self, k: &str, v: &str) -> Run {
        self.cmd.env(k, v);
        self
    }
    pub fn env_remove(mut self, k: &str) -> Run {
        self.cmd.env_remove(k);
        self
    }
    pub fn stdin(mut self, s: &str) -> Run {
        self.stdin = Some(s.as_bytes().to_vec());
        self
    }
    pub fn stdin_bytes(mut self, b: &[u8]) -> Run {
        self.stdin = Some(b.to_vec());
        self
    }
    pub fn run(mut self) -> Done {
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn dynsync");
        if let Some(s) = self.stdin.take() {
            // A child that stops reading early (input refused) closes the pipe: not an error here.
            let _ = child.stdin.take().unwrap().write_all(&s);
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().expect("wait");
        Done {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }
}

pub fn check<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id} in {doc}"))
}

pub fn status(doc: &Value, id: &str) -> String {
    check(doc, id)["status"].as_str().unwrap().to_string()
}
