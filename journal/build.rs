fn main() {
    // Migrations are embedded with include_str!; rebuild when one is added or changed.
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=data");
}
