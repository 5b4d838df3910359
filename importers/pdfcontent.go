package importers

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// runEnd is the glyph that marks the end of a TJ text run. The layout reads
// it as a possible word break (see runBreakInWord).
const runEnd = "\n"

// pdfMatrix is a PDF transformation matrix [a b 0; c d 0; e f 1].
type pdfMatrix [3][3]float64

var pdfIdentity = pdfMatrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x pdfMatrix) mul(y pdfMatrix) pdfMatrix {
	var z pdfMatrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

func translate(tx, ty float64) pdfMatrix { return pdfMatrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// textState is the part of the PDF graphics state that places glyphs.
type textState struct {
	charSpace, scale, leading, size, rise float64
	font                                  *pageFont
	tm, tlm, ctm                          pdfMatrix
}

// glyphOrigin is where the next glyph goes, in page space (the text
// rendering matrix).
func (g *textState) glyphOrigin() pdfMatrix {
	return pdfMatrix{{g.size * g.scale, 0, 0}, {0, g.size, 0}, {0, g.rise, 1}}.mul(g.tm).mul(g.ctm)
}

// moveLine starts a new line at (tx, ty) from the start of the current one.
func (g *textState) moveLine(tx, ty float64) {
	g.tlm = translate(tx, ty).mul(g.tlm)
	g.tm = g.tlm
}

// pageFont is a page font with its decoder, looked up once per page: the
// library builds a font's decoder (its ToUnicode map) anew for every Tf.
type pageFont struct {
	enc    pdf.TextEncoding // nil: the bytes are the text
	name   string           // BaseFont without the subset prefix ("ABCDEF+")
	marks  bool             // whether runs in this font get a runEnd marker
	first  int              // the code of widths[0]
	widths []float64        // in thousandths of the font size
	// cid: a composite font with the Identity encoding, whose codes are
	// two bytes each and are its CIDs; cidWidths and defaultWidth (the
	// descendant font's W and DW) give their advances
	cid          bool
	cidWidths    map[int]float64
	defaultWidth float64
}

// width is the advance of one code, 0 where the font does not give it.
func (f *pageFont) width(code int) float64 {
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 0
}

func (f *pageFont) decode(raw string) string {
	if f.enc == nil {
		return raw
	}
	return f.enc.Decode(raw)
}

// contentGlyphs walks a page's content stream and returns its glyphs with
// their positions, widths, sizes and fonts.
//
// It replaces the library's Page.Content, which marks the end of every TJ run
// by decoding a newline byte through the current font. In the subset fonts
// that LibreOffice and Word write, code 0x0A is an ordinary glyph, so every
// run ended in a stray letter ("Logfileso", "datenschutz@example.deo"). Here
// the marker is written as runEnd itself, with no width and no advance.
// A font in which the byte decodes to nothing (two-byte CID fonts) gets no
// marker, as before: its glyph widths are unknown here, so a run end could
// not be told from a word break, and the layout goes by the gaps alone.
func contentGlyphs(p pdf.Page) []pdfGlyph {
	if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
		return nil
	}
	w := contentWalker{page: p, fonts: map[string]*pageFont{}}
	// Text shown before any Tf is kept as its bytes, as the library does.
	w.g = textState{scale: 1, ctm: pdfIdentity, font: &pageFont{}}
	pdf.Interpret(p.V.Key("Contents"), w.op)
	return w.glyphs
}

type contentWalker struct {
	page   pdf.Page
	fonts  map[string]*pageFont
	g      textState
	stack  []textState
	glyphs []pdfGlyph
}

func (w *contentWalker) font(name string) *pageFont {
	if f, ok := w.fonts[name]; ok {
		return f
	}
	pf := w.page.Font(name)
	f := &pageFont{enc: pf.Encoder(), name: pf.BaseFont(), first: pf.FirstChar(), widths: pf.Widths()}
	if n := pf.LastChar() - f.first + 1; n < len(f.widths) {
		f.widths = f.widths[:max(n, 0)]
	}
	if i := strings.Index(f.name, "+"); i >= 0 {
		f.name = f.name[i+1:]
	}
	if enc := pf.V.Key("Encoding").Name(); pf.V.Key("Subtype").Name() == "Type0" && (enc == "Identity-H" || enc == "Identity-V") {
		desc := pf.V.Key("DescendantFonts").Index(0)
		f.cid, f.cidWidths, f.defaultWidth = true, cidWidths(desc.Key("W")), 1000
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.defaultWidth = dw.Float64()
		}
	}
	mark := f.decode("\n")
	f.marks = mark != "" && mark != "\uFFFD"
	w.fonts[name] = f
	return f
}

// maxCIDWidths bounds the widths read from one font's W array: a damaged
// or hostile range ("0 4294967295 500") must not fill the memory.
const maxCIDWidths = 1 << 16

// cidWidths reads a composite font's W array: "c [w1 w2 …]" gives the
// widths from CID c on, "c1 c2 w" one width for a range.
func cidWidths(arr pdf.Value) map[int]float64 {
	out := map[int]float64{}
	for i := 0; i+1 < arr.Len() && len(out) < maxCIDWidths; {
		first := int(arr.Index(i).Int64())
		if next := arr.Index(i + 1); next.Kind() == pdf.Array {
			for k := range min(next.Len(), maxCIDWidths) {
				out[first+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= arr.Len() {
			break
		}
		last, wd := int(arr.Index(i+1).Int64()), arr.Index(i+2).Float64()
		for c := first; c <= last && c-first < maxCIDWidths; c++ {
			out[c] = wd
		}
		i += 3
	}
	return out
}

// show places the glyphs of one string operand.
func (w *contentWalker) show(raw string) {
	g := &w.g
	if g.font.cid {
		w.showCID(raw)
		return
	}
	n := 0
	for _, ch := range g.font.decode(raw) {
		var w0 float64
		if n < len(raw) {
			w0 = g.font.width(int(raw[n]))
		}
		n++
		trm := g.glyphOrigin()
		w.glyphs = append(w.glyphs, pdfGlyph{
			X: trm[2][0], Y: trm[2][1], W: w0 / 1000 * trm[0][0], Size: trm[0][0], Font: g.font.name, S: string(ch),
		})
		g.tm = translate((w0/1000*g.size+g.charSpace)*g.scale, 0).mul(g.tm)
	}
}

// showCID places the glyphs of a string in a composite font with the
// Identity encoding: two bytes a code, each decoded on its own (a ligature
// decodes to two letters and is one glyph), with the advance the font gives
// it. Before, the codes' widths were unknown, and a producer that draws no
// space glyphs but sets each glyph where it goes (an online word processor's
// export) ran every line's words together.
func (w *contentWalker) showCID(raw string) {
	g := &w.g
	for i := 0; i+1 < len(raw); i += 2 {
		code := int(raw[i])<<8 | int(raw[i+1])
		w0, ok := g.font.cidWidths[code]
		if !ok {
			w0 = g.font.defaultWidth
		}
		trm := g.glyphOrigin()
		g.tm = translate((w0/1000*g.size+g.charSpace)*g.scale, 0).mul(g.tm)
		if s := g.font.decode(raw[i : i+2]); s != "" {
			// the advance with the character spacing, so that letters set
			// apart by tracking ("I M P R E S S U M") still touch
			adv := g.glyphOrigin()[2][0] - trm[2][0]
			w.glyphs = append(w.glyphs, pdfGlyph{
				X: trm[2][0], Y: trm[2][1], W: adv, Size: trm[0][0], Font: g.font.name, S: s, CID: true,
			})
		}
	}
}

// runEnd writes the end-of-run marker where the next glyph would go.
func (w *contentWalker) runEnd() {
	g := &w.g
	if !g.font.marks {
		return
	}
	trm := g.glyphOrigin()
	w.glyphs = append(w.glyphs, pdfGlyph{X: trm[2][0], Y: trm[2][1], Size: trm[0][0], Font: g.font.name, S: runEnd})
}

func popAll(stk *pdf.Stack) []pdf.Value {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func matrixArgs(args []pdf.Value) (m pdfMatrix, ok bool) {
	if len(args) != 6 {
		return m, false
	}
	for i := range 6 {
		m[i/2][i%2] = args[i].Float64()
	}
	m[2][2] = 1
	return m, true
}

// op interprets one operator. Operators with the wrong number of operands
// are skipped, as a viewer would, instead of failing the page.
func (w *contentWalker) op(stk *pdf.Stack, op string) {
	args := popAll(stk)
	g := &w.g
	switch op {
	case "cm":
		if m, ok := matrixArgs(args); ok {
			g.ctm = m.mul(g.ctm)
		}
	case "q":
		w.stack = append(w.stack, *g)
	case "Q":
		if n := len(w.stack); n > 0 {
			*g, w.stack = w.stack[n-1], w.stack[:n-1]
		}
	case "BT":
		g.tm, g.tlm = pdfIdentity, pdfIdentity
	case "T*":
		g.moveLine(0, -g.leading)
	case "Tc":
		if len(args) == 1 {
			g.charSpace = args[0].Float64()
		}
	case "TD", "Td":
		if len(args) != 2 {
			return
		}
		if op == "TD" {
			g.leading = -args[1].Float64()
		}
		g.moveLine(args[0].Float64(), args[1].Float64())
	case "Tf":
		if len(args) == 2 {
			g.font, g.size = w.font(args[0].Name()), args[1].Float64()
		}
	case "\"", "'", "Tj":
		w.showOp(op, args)
	case "TJ":
		if len(args) != 1 {
			return
		}
		v := args[0]
		for i := range v.Len() {
			x := v.Index(i)
			if x.Kind() == pdf.String {
				w.show(x.RawString())
			} else {
				g.tm = translate(-x.Float64()/1000*g.size*g.scale, 0).mul(g.tm)
			}
		}
		w.runEnd()
	case "TL":
		if len(args) == 1 {
			g.leading = args[0].Float64()
		}
	case "Tm":
		if m, ok := matrixArgs(args); ok {
			g.tm, g.tlm = m, m
		}
	case "Ts":
		if len(args) == 1 {
			g.rise = args[0].Float64()
		}
	case "Tz":
		if len(args) == 1 {
			g.scale = args[0].Float64() / 100
		}
	}
}

// showOp handles the three operators that show one string: Tj, and ' and "
// which first move to the next line (" also sets the spacing).
func (w *contentWalker) showOp(op string, args []pdf.Value) {
	g := &w.g
	if op == "\"" {
		if len(args) != 3 {
			return
		}
		g.charSpace = args[1].Float64()
		args = args[2:]
	}
	if len(args) != 1 {
		return
	}
	if op != "Tj" {
		g.moveLine(0, -g.leading)
	}
	w.show(args[0].RawString())
}
