# Builds schuldenlab as a release binary that needs no Swift toolchain (the Swift standard library and
# Foundation are linked in; only ncurses and zlib are needed), with its man page and shell completions, and
# installs or removes them.
#
#   make                                   build everything into .build/dist
#   make install [PREFIX=/usr/local] [DESTDIR=]
#   make uninstall [PREFIX=/usr/local] [DESTDIR=]
#   make deb                               a Debian package in .build/dist (scripts/build-deb)
#
# BUILD_PATH=DIR builds in DIR instead of .build (the tests do, while `swift test` holds .build).

PREFIX ?= /usr/local
DESTDIR ?=
BUILD_PATH ?= .build
SWIFT_BUILD := swift build -c release --static-swift-stdlib --scratch-path $(BUILD_PATH)
DIST := $(BUILD_PATH)/dist
BINARY := $(DIST)/schuldenlab

BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
INSTALLED = $(BINDIR)/schuldenlab \
	$(SHAREDIR)/man/man1/schuldenlab.1 \
	$(SHAREDIR)/bash-completion/completions/schuldenlab \
	$(SHAREDIR)/zsh/site-functions/_schuldenlab \
	$(SHAREDIR)/fish/vendor_completions.d/schuldenlab.fish \
	$(SHAREDIR)/doc/schuldenlab/README.md \
	$(SHAREDIR)/doc/schuldenlab/BENCHMARKS.md \
	$(SHAREDIR)/doc/schuldenlab/LICENSE \
	$(SHAREDIR)/doc/schuldenlab/CHANGELOG.md

.PHONY: all install uninstall deb clean

all: $(BINARY) $(DIST)/schuldenlab.1 $(DIST)/completions/schuldenlab.bash

$(BINARY): Package.swift $(shell find Sources Themes Schemas -type f)
	$(SWIFT_BUILD) --product schuldenlab
	mkdir -p $(DIST)
	cp "$$($(SWIFT_BUILD) --show-bin-path)/schuldenlab" $(BINARY)
	strip $(BINARY)

# The man page and the completions are made by the binary itself, from its own help and action table.
$(DIST)/schuldenlab.1: $(BINARY)
	$(BINARY) manual > $@

$(DIST)/completions/schuldenlab.bash: $(BINARY)
	mkdir -p $(DIST)/completions
	# bash sources a completion, it never runs it: without the hashbang (lintian: bash-completion-with-hashbang).
	$(BINARY) --generate-completion-script bash | sed '1{/^#!/d}' > $(DIST)/completions/schuldenlab.bash
	$(BINARY) --generate-completion-script zsh > $(DIST)/completions/_schuldenlab
	$(BINARY) --generate-completion-script fish > $(DIST)/completions/schuldenlab.fish

install: all
	install -D -m 755 $(BINARY) $(BINDIR)/schuldenlab
	install -D -m 644 $(DIST)/schuldenlab.1 $(SHAREDIR)/man/man1/schuldenlab.1
	install -D -m 644 $(DIST)/completions/schuldenlab.bash $(SHAREDIR)/bash-completion/completions/schuldenlab
	install -D -m 644 $(DIST)/completions/_schuldenlab $(SHAREDIR)/zsh/site-functions/_schuldenlab
	install -D -m 644 $(DIST)/completions/schuldenlab.fish $(SHAREDIR)/fish/vendor_completions.d/schuldenlab.fish
	install -D -m 644 README.md $(SHAREDIR)/doc/schuldenlab/README.md
	install -D -m 644 BENCHMARKS.md $(SHAREDIR)/doc/schuldenlab/BENCHMARKS.md
	install -D -m 644 LICENSE $(SHAREDIR)/doc/schuldenlab/LICENSE
	install -D -m 644 CHANGELOG.md $(SHAREDIR)/doc/schuldenlab/CHANGELOG.md
	for theme in Themes/*.json; do install -D -m 644 $$theme $(SHAREDIR)/schuldenlab/themes/$$(basename $$theme); done
	for schema in Schemas/*.json; do install -D -m 644 $$schema $(SHAREDIR)/schuldenlab/schemas/$$(basename $$schema); done

uninstall:
	rm -f $(INSTALLED)
	rm -rf $(SHAREDIR)/schuldenlab $(SHAREDIR)/doc/schuldenlab

deb: all
	DIST=$(DIST) scripts/build-deb

clean:
	rm -rf $(DIST)
