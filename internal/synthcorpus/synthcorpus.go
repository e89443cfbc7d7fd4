// Package synthcorpus generates deterministic synthetic report corpora for scale benchmarks of
// indexing and search (1k, 10k, 100k passages and beyond).
//
// The synthetic reports use the same plain-text format as real ones (see corpus.Parse): YAML front
// matter with a title and a date, then short capitalised heading lines, each followed by body text
// of simple sentences. Words follow a Zipf distribution over a fixed vocabulary of about 20,000
// words (common English news words plus pseudo-words), sprinkled with pseudo-names of people and
// places, so term statistics and vocabulary growth resemble real text. Sentences hold no
// abbreviations and no full stop except at their end, so the parser splits them exactly as
// generated: Stats.Passages is the passage count a loader will see.
//
// Synthetic text never contains ExcludedWords (the names and terms of the real Anchorage report),
// while ordinary news words (talks, deal, officials, war, peace, agreement, ...) do occur, as they
// would in other coverage. The real report itself is embedded and emitted alongside, so a benchmark
// can check that answers about it still surface among the noise.
//
// Output depends only on Options: the same Options give byte-identical files.
package synthcorpus

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// RealReportName is the file name under which the embedded real report is emitted.
const RealReportName = "anchorage-summit-2025.txt"

// realReport is a byte-for-byte copy of corpus/reports/anchorage-summit-2025.txt.
//
//go:embed anchorage-summit-2025.txt
var realReport []byte

// realSections and realPassages are what corpus.Parse finds in realReport (a test checks them).
const (
	realSections = 7
	realPassages = 17
)

// Defaults for zero Options fields.
const (
	DefaultSentencesPerSection = 4
	DefaultSectionsPerReport   = 12
)

// Options controls Generate and Write. The zero value of each field but Passages means its default.
type Options struct {
	// Passages is the number of passages (sentences) of the whole corpus, the real report's
	// included: the synthetic reports hold the rest. Generate hits it exactly when it is at least
	// the real report's count, else it emits the real report alone.
	Passages int
	// Seed seeds the random source; the same Options always produce the same bytes.
	Seed int64
	// SentencesPerSection is the mean number of sentences per section (default 4); sections vary
	// by up to half of it either way.
	SentencesPerSection int
	// SectionsPerReport is the mean number of sections per report (default 12); reports vary by up
	// to a quarter of it either way, and the last report may be shorter.
	SectionsPerReport int
}

// Stats describes an emitted corpus, the real report included.
type Stats struct {
	Reports  int   // files emitted
	Sections int   // headed sections in all files
	Passages int   // sentences in all files, as corpus.Parse splits them
	Bytes    int64 // total size of all files
}

// String formats the stats on one line.
func (s Stats) String() string {
	return fmt.Sprintf("%d reports, %d sections, %d passages, %.1f MB", s.Reports, s.Sections,
		s.Passages, float64(s.Bytes)/1e6)
}

// Write generates the corpus for opt into dir (created if missing): the synthetic reports as
// synth-00001.txt, synth-00002.txt, ... and the real report as RealReportName. Files of those names
// are overwritten; other files in dir are left alone, so write each size into its own directory.
func Write(dir string, opt Options) (Stats, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, err
	}
	return Generate(opt, func(name string, data []byte) error {
		return os.WriteFile(filepath.Join(dir, name), data, 0o644)
	})
}

// Generate builds the corpus for opt and hands each file to emit in order: first the real report,
// then the synthetic reports. emit may keep data. Generate stops at the first error from emit and
// returns it with the stats of the files emitted before it.
func Generate(opt Options, emit func(name string, data []byte) error) (Stats, error) {
	if opt.Passages < 0 || opt.SentencesPerSection < 0 || opt.SectionsPerReport < 0 {
		return Stats{}, errors.New("synthcorpus: negative option")
	}
	if opt.SentencesPerSection == 0 {
		opt.SentencesPerSection = DefaultSentencesPerSection
	}
	if opt.SectionsPerReport == 0 {
		opt.SectionsPerReport = DefaultSectionsPerReport
	}
	var st Stats
	if err := emit(RealReportName, bytes.Clone(realReport)); err != nil {
		return st, err
	}
	st.Reports, st.Sections, st.Passages, st.Bytes = 1, realSections, realPassages, int64(len(realReport))

	g := newGenerator(opt)
	remaining := opt.Passages - realPassages
	for n := 1; remaining > 0; n++ {
		data, sections, passages := g.report(remaining)
		remaining -= passages
		if err := emit(fmt.Sprintf("synth-%05d.txt", n), data); err != nil {
			return st, err
		}
		st.Reports++
		st.Sections += sections
		st.Passages += passages
		st.Bytes += int64(len(data))
	}
	return st, nil
}

// generator holds the random state of one Generate call.
type generator struct {
	opt      Options
	r        *rand.Rand
	v        *vocab
	word     *rand.Zipf // rank in v.words
	content  *rand.Zipf // rank in v.words[v.nFunction:]
	first    *rand.Zipf
	last     *rand.Zipf
	place    *rand.Zipf
	headings map[string]bool // lower-cased headings of the current report
	buf      bytes.Buffer
}

func newGenerator(opt Options) *generator {
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x9e3779b97f4a7c15))
	v := theVocab
	return &generator{
		opt:      opt,
		r:        r,
		v:        v,
		word:     rand.NewZipf(r, 1.1, 2.7, uint64(len(v.words)-1)),
		content:  rand.NewZipf(r, 1.05, 4, uint64(len(v.words)-v.nFunction-1)),
		first:    rand.NewZipf(r, 1.2, 5, uint64(len(v.first)-1)),
		last:     rand.NewZipf(r, 1.15, 5, uint64(len(v.last)-1)),
		place:    rand.NewZipf(r, 1.2, 3, uint64(len(v.places)-1)),
		headings: map[string]bool{},
	}
}

// vary returns a random int in [mean-spread, mean+spread], at least 1.
func (g *generator) vary(mean, spread int) int {
	return max(1, mean-spread+g.r.IntN(2*spread+1))
}

// report renders one synthetic report of at most limit passages.
func (g *generator) report(limit int) (data []byte, sections, passages int) {
	b := &g.buf
	b.Reset()
	clear(g.headings)

	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(11*365))
	b.WriteString("---\ntitle: \"")
	g.title(b)
	b.WriteString("\"\ndate: ")
	b.WriteString(day.Format("2006-01-02"))
	b.WriteString("\n---\n")

	nsec := g.vary(g.opt.SectionsPerReport, g.opt.SectionsPerReport/4)
	for s := 0; s < nsec && passages < limit; s++ {
		g.heading(b)
		b.WriteByte('\n')
		k := min(g.vary(g.opt.SentencesPerSection, g.opt.SentencesPerSection/2), limit-passages)
		for i := range k {
			if i > 0 {
				// A new paragraph now and then; otherwise sentences share the line.
				if g.r.IntN(5) == 0 {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			g.sentence(b)
		}
		b.WriteString("\n\n")
		sections++
		passages += k
	}
	return bytes.Clone(b.Bytes()), sections, passages
}

// title writes a report title: a capitalised phrase naming a place now and then.
func (g *generator) title(b *bytes.Buffer) {
	n := 3 + g.r.IntN(5)
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		if g.r.IntN(6) == 0 {
			b.WriteString(g.v.places[g.place.Uint64()])
		} else {
			b.WriteString(capitalise(g.contentWord()))
		}
	}
}

// heading writes a heading of 2 to 7 capitalised words, unique (case-insensitively) in the report
// and short enough for the parser to take it as a heading.
func (g *generator) heading(b *bytes.Buffer) {
	var h strings.Builder
	for {
		h.Reset()
		n := 2 + g.r.IntN(6)
		for i := range n {
			if i > 0 {
				h.WriteByte(' ')
			}
			switch {
			case i > 0 && i < n-1 && g.r.IntN(5) == 0:
				h.WriteString(g.v.words[g.r.IntN(12)]) // a short function word: "the", "of", ...
			case g.r.IntN(8) == 0:
				h.WriteString(g.v.places[g.place.Uint64()])
			default:
				h.WriteString(capitalise(g.contentWord()))
			}
		}
		key := strings.ToLower(h.String())
		if len(key) <= 100 && !g.headings[key] {
			g.headings[key] = true
			b.WriteString(h.String())
			return
		}
	}
}

func (g *generator) contentWord() string {
	return g.v.words[g.v.nFunction+int(g.content.Uint64())]
}

// sentence writes one sentence of 8 to 30 words: capitalised, with an occasional comma clause,
// ending in '.' or now and then '?'. Its last word is never an abbreviation or a single letter, so
// the parser splits after it.
func (g *generator) sentence(b *bytes.Buffer) {
	n := 8 + g.r.IntN(12) + g.r.IntN(12) // 8..30, peaked in the middle
	question := g.r.IntN(25) == 0
	comma := -1
	if n >= 12 && g.r.IntN(3) == 0 {
		comma = 3 + g.r.IntN(n-6)
	}
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case i == 0 && question:
			b.WriteString(questionWords[g.r.IntN(len(questionWords))])
		case i == comma+1 && comma >= 0:
			b.WriteString(connectives[g.r.IntN(len(connectives))])
		case g.r.IntN(18) == 0:
			g.name(b)
		case g.r.IntN(120) == 0 && i > 0 && i < n-1:
			fmt.Fprintf(b, "%d", 2+g.r.IntN(998))
		default:
			w := g.v.words[g.word.Uint64()]
			for i == n-1 && len(w) < 2 {
				w = g.v.words[g.word.Uint64()]
			}
			if i == 0 {
				w = capitalise(w)
			}
			b.WriteString(w)
		}
		if i == comma {
			b.WriteByte(',')
		}
	}
	if question {
		b.WriteByte('?')
	} else {
		b.WriteByte('.')
	}
}

// name writes a proper noun: a person (given and family name, or family name alone) or a place.
func (g *generator) name(b *bytes.Buffer) {
	switch g.r.IntN(10) {
	case 0, 1, 2, 3:
		b.WriteString(g.v.places[g.place.Uint64()])
	case 4, 5:
		b.WriteString(g.v.last[g.last.Uint64()])
	default:
		b.WriteString(g.v.first[g.first.Uint64()])
		b.WriteByte(' ')
		b.WriteString(g.v.last[g.last.Uint64()])
	}
}
