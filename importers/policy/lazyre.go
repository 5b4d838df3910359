package policy

import "github.com/dpodesk/dpodesk/internal/lazyre"

// lazyRE is an expression compiled on first use (internal/lazyre), for the
// extractor's two hundred expressions.
type lazyRE = lazyre.RE

func lazy(pattern string) *lazyRE { return lazyre.New(pattern) }
