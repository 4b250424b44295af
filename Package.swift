// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "schuldenlab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "schuldenlab", targets: ["schuldenlab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "LabModel"),
        .executableTarget(
            name: "schuldenlab",
            dependencies: [
                "LabModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LabModelTests", dependencies: ["LabModel"]),
        .testTarget(name: "SchuldenlabCLITests", dependencies: ["LabModel", "schuldenlab"]),
    ],
    swiftLanguageModes: [.v6]
)
