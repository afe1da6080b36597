fn main() {
    std::process::exit(dynsync::cli::main());
}
