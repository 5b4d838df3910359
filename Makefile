# dpodesk — see README.md. `make run` builds and opens the interface on the
# default workspace; `make test` runs vet, the unit tests and the end-to-end tests.

GO        ?= go
BIN       := bin/dpodesk
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
PKGS      := ./...

.PHONY: all build run test unit e2e vet bench demo lint fmt score fuzz clean

all: build

build:
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dpodesk

run: build
	./$(BIN)

# vet, unit tests (real Badger in temporary directories), then the end-to-end
# tests that drive the real binary, in tmux where a terminal is needed.
test: vet build
	$(GO) test -count=1 -timeout 30m $(PKGS)

vet:
	$(GO) vet $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem -timeout 30m ./model/ ./store/ ./importers/... ./tui/...

# a throw-away workspace with the demo organisation, opened in the interface
demo: build
	./$(BIN) --workspace demo demo || true
	./$(BIN) --workspace demo

# the quality gates CI runs before the tests: formatting, vet, staticcheck with
# staticcheck.conf, and a go.mod that `go mod tidy` would not change. Any
# finding fails the build.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint: vet
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) run $(STATICCHECK) $(PKGS)
	@$(GO) mod tidy -diff || { echo "go.mod is not tidy: run go mod tidy"; exit 1; }

fmt:
	gofmt -w $$(git ls-files '*.go')

# the importer against gold annotations: SET=seeds (the default), dev, tuned,
# kept, twenty, fictional or a hold-out's folder (evaltools/score.sh)
SET ?= seeds
score: build
	evaltools/score.sh $(SET)

clean:
	rm -rf bin
