/// The program's version, shown by --version, info and the man page.
enum Version {
    static let current = "0.8.0"
}
