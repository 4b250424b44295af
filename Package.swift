// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "schuldenlab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "schuldenlab", targets: ["schuldenlab"]),
        .executable(name: "schuldenlab-bench", targets: ["SchuldenlabBench"]),
        .executable(name: "schuldenlab-hostile", targets: ["SchuldenlabHostile"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "LabFoundation"),
        .target(name: "LabModel", dependencies: ["LabFoundation"]),
        .target(name: "LabKeys", dependencies: ["LabFoundation"]),
        .target(name: "LabSync", dependencies: ["LabFoundation", "LabModel"]),
        .target(name: "LabSheets", dependencies: ["LabFoundation", "LabModel", "CZlib"]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "LabViews", dependencies: ["LabFoundation", "LabModel", "LabKeys"], plugins: ["EmbedFiles"]),
        .executableTarget(name: "FileEmbedder"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["FileEmbedder"]),
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "LabProgram", dependencies: ["LabFoundation", "LabModel", "LabKeys", "LabViews", "LabSheets", "LabSync"]),
        .target(name: "LabTerminal", dependencies: ["LabFoundation", "LabProgram", "LabViews", "CNCurses"]),
        .executableTarget(
            name: "schuldenlab",
            dependencies: [
                "LabFoundation",
                "LabModel",
                "LabKeys",
                "LabViews",
                "LabProgram",
                "LabTerminal",
                "LabSheets",
                "LabSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(name: "SchuldenlabBench", dependencies: ["LabFoundation", "LabModel", "LabKeys", "LabViews", "LabProgram", "LabTerminal", "CNCurses"], path: "Sources/SchuldenlabBench"),
        .executableTarget(name: "SchuldenlabHostile", dependencies: ["LabFoundation", "LabModel"], path: "Sources/SchuldenlabHostile"),
        .testTarget(name: "LabFoundationTests", dependencies: ["LabFoundation"]),
        .testTarget(name: "LabModelTests", dependencies: ["LabModel"], exclude: ["Expected"]),
        .testTarget(name: "LabKeysTests", dependencies: ["LabKeys"]),
        .testTarget(name: "LabSheetsTests", dependencies: ["LabSheets", "LabModel"]),
        .testTarget(name: "LabViewsTests", dependencies: ["LabViews", "LabModel", "LabKeys"], exclude: ["Screens"]),
        .testTarget(name: "LabProgramTests", dependencies: ["LabProgram", "LabSync", "LabViews", "LabModel", "LabKeys"]),
        .testTarget(name: "SchuldenlabCLITests", dependencies: ["LabModel", "LabProgram", "LabSheets", "LabSync", "schuldenlab"]),
        .testTarget(name: "EndToEndTests", dependencies: ["schuldenlab"]),
    ],
    swiftLanguageModes: [.v6]
)
