// Command dpodesk is a terminal workbench for data protection officers: the record
// of processing activities, data subject requests with statutory deadlines,
// processors and their contracts, and policy import — one workspace per client.
// With a verb it runs the command line (package cli); without one it opens the
// terminal interface (package tui) on the workspace the picker chooses.
package main

import (
	"os"

	"github.com/dpodesk/dpodesk/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, cli.Options{Version: version, Interactive: runTUI, Serve: runServe}))
}
