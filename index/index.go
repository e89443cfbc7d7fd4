// Package index owns retrieval: the bleve mapping and analyzer, query building from user text,
// search, reranking, highlighting into Discord markdown, refusals, and the atomic replacement of
// the live index.
//
// bleve is imported here and nowhere else; no bleve type crosses this package's API. The package
// never logs: it returns errors wrapped as "index: …".
package index

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/summitbot/summitbot/corpus"
)

// Field names of an indexed passage.
const (
	FieldReport  = "report"  // Report ID, keyword-analysed
	FieldHeading = "heading" // section heading, AnalyzerName
	FieldText    = "text"    // the sentence, AnalyzerName
)

// ErrClosed is returned by Search after Close.
var ErrClosed = errors.New("index: closed")

// Index is the live, searchable index of a corpus. It is safe for concurrent use: searches run
// while Replace builds a new snapshot beside the live one and swaps it in atomically.
type Index struct {
	cur     atomic.Pointer[snapshot]
	replace sync.Mutex // one Replace at a time
}

// snapshot is one built index and everything derived from the same corpus. It is immutable once
// built; searches hold its read lock so that it closes only after the last one finishes (the same
// rule bleve's IndexAlias.Swap follows, extended to the vocabulary and corpus that must swap with
// the bleve index).
type snapshot struct {
	bleve    bleve.Index
	corpus   *corpus.Corpus
	analyzer analysis.Analyzer
	passages map[string]*entry // document ID → passage and its features
	sections map[sectionKey][]*entry
	vocab    map[string]int // analysed term → passages containing it (text, plus heading)
	entities corpus.Entities
	names    map[string]bool // analysed terms of the entities' words
	stats    Stats

	mu     sync.RWMutex
	closed bool
}

// sectionKey names one section of one report.
type sectionKey struct {
	report  string
	section int
}

// entry is an indexed passage with the features the reranker reads.
type entry struct {
	corpus.Passage
	features features
}

// Stats describes a built index.
type Stats struct {
	Reports   int           // reports indexed
	Sections  int           // sections indexed
	Passages  int           // passages (sentences) indexed
	Terms     int           // distinct analysed terms
	Built     time.Time     // when the build finished
	BuildTook time.Duration // wall time of the build
}

// New builds an index of c (in-memory scorch, BM25 scoring).
func New(c *corpus.Corpus) (*Index, error) {
	s, err := build(c)
	if err != nil {
		return nil, err
	}
	ix := &Index{}
	ix.cur.Store(s)
	return ix, nil
}

// Replace builds a new index of c beside the live one and swaps it in atomically: searches already
// running finish on the old index, later ones see the new one, and none fails. If the build fails,
// the live index is untouched. Calls are serialised. It returns the new index's Stats.
func (ix *Index) Replace(c *corpus.Corpus) (Stats, error) {
	ix.replace.Lock()
	defer ix.replace.Unlock()
	s, err := build(c)
	if err != nil {
		return Stats{}, err
	}
	old := ix.cur.Swap(s)
	if old != nil {
		old.close()
	}
	return s.stats, nil
}

// Close releases the index. Searches after Close return ErrClosed.
func (ix *Index) Close() error {
	if old := ix.cur.Swap(nil); old != nil {
		return old.close()
	}
	return nil
}

// Stats describes the live index.
func (ix *Index) Stats() Stats {
	if s := ix.cur.Load(); s != nil {
		return s.stats
	}
	return Stats{}
}

// Corpus is the corpus the live index was built from (nil after Close). Callers must not modify it.
func (ix *Index) Corpus() *corpus.Corpus {
	if s := ix.cur.Load(); s != nil {
		return s.corpus
	}
	return nil
}

// acquire returns the live snapshot read-locked; the caller must call release. It retries when a
// Replace closed the snapshot between loading and locking it.
func (ix *Index) acquire() (*snapshot, error) {
	for {
		s := ix.cur.Load()
		if s == nil {
			return nil, ErrClosed
		}
		s.mu.RLock()
		if !s.closed {
			return s, nil
		}
		s.mu.RUnlock()
	}
}

func (s *snapshot) release() { s.mu.RUnlock() }

// close waits for running searches, then closes the bleve index.
func (s *snapshot) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.bleve.Close()
}

// newMapping is the index mapping: one document type (a passage) with report, heading and text.
func newMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = AnalyzerName
	text.Store = false
	text.IncludeTermVectors = true // locations for highlighting and coverage
	text.IncludeInAll = false
	report := bleve.NewTextFieldMapping()
	report.Analyzer = keyword.Name
	report.Store = false
	report.IncludeInAll = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldReport, report)
	doc.AddFieldMappingsAt(FieldHeading, text)
	doc.AddFieldMappingsAt(FieldText, text)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = AnalyzerName
	m.ScoringModel = "bm25" // takes effect on scorch only (NOTES-bleve.md)
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}

// build indexes every passage of c into a new in-memory scorch index and derives the vocabulary.
func build(c *corpus.Corpus) (*snapshot, error) {
	if c == nil || len(c.Reports) == 0 {
		return nil, errors.New("index: build: empty corpus")
	}
	start := time.Now()
	m := newMapping()
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	s := &snapshot{bleve: bi, corpus: c, analyzer: m.AnalyzerNamed(AnalyzerName),
		passages: map[string]*entry{}, sections: map[sectionKey][]*entry{}, vocab: map[string]int{}}
	if err := s.fill(c); err != nil {
		bi.Close()
		return nil, err
	}
	s.entities = c.Entities()
	s.names = map[string]bool{}
	for _, list := range [][]string{s.entities.People, s.entities.Others} {
		for _, e := range list {
			for _, tok := range s.analyzer.Analyze([]byte(e)) {
				s.names[string(tok.Term)] = true
			}
		}
	}
	s.stats = Stats{Reports: len(c.Reports), Sections: c.Sections(), Passages: len(s.passages),
		Terms: len(s.vocab), Built: time.Now(), BuildTook: time.Since(start)}
	return s, nil
}

// batchSize is how many passages go into one bleve batch.
const batchSize = 500

func (s *snapshot) fill(c *corpus.Corpus) error {
	keyword := s.bleve.Mapping().AnalyzerNamed(keyword.Name)
	const termVectors = bindex.IndexField | bindex.IncludeTermVectors // locations for highlights
	batch := s.bleve.NewBatch()
	for _, r := range c.Reports {
		for si, sec := range r.Sections {
			key := sectionKey{r.ID, si}
			for n, text := range sec.Sentences {
				p := corpus.Passage{Report: r.ID, ReportTitle: r.Title, Heading: sec.Heading,
					Section: si, Sentence: n + 1, Text: text}
				e := &entry{Passage: p, features: extractFeatures(text)}
				id := p.ID()
				s.passages[id] = e
				s.sections[key] = append(s.sections[key], e)
				// Documents are built directly rather than mapped from a struct by reflection:
				// the same fields newMapping describes, at about twice the speed. Each field
				// gets its own bytes: bleve's lowercase filter rewrites its input in place while
				// other documents are analysed concurrently.
				doc := document.NewDocument(id)
				doc.AddField(document.NewTextFieldCustom(FieldReport, nil, []byte(r.ID), bindex.IndexField, keyword))
				doc.AddField(document.NewTextFieldCustom(FieldHeading, nil, []byte(sec.Heading), termVectors, s.analyzer))
				doc.AddField(document.NewTextFieldCustom(FieldText, nil, []byte(text), termVectors, s.analyzer))
				if err := batch.IndexAdvanced(doc); err != nil {
					return fmt.Errorf("index: build: %s: %w", id, err)
				}
				if batch.Size() >= batchSize {
					if err := s.bleve.Batch(batch); err != nil {
						return fmt.Errorf("index: build: %w", err)
					}
					batch.Reset()
				}
			}
		}
	}
	if batch.Size() > 0 {
		if err := s.bleve.Batch(batch); err != nil {
			return fmt.Errorf("index: build: %w", err)
		}
	}
	return s.readVocabulary()
}

// readVocabulary reads every analysed term and its document frequency from the index's term
// dictionaries (text and heading), so the corpus is analysed only once, by bleve.
func (s *snapshot) readVocabulary() error {
	for _, field := range []string{FieldText, FieldHeading} {
		d, err := s.bleve.FieldDict(field)
		if err != nil {
			return fmt.Errorf("index: vocabulary: %w", err)
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return fmt.Errorf("index: vocabulary: %w", err)
			}
			if e == nil {
				break
			}
			s.vocab[e.Term] = min(s.vocab[e.Term]+int(e.Count), len(s.passages))
		}
		d.Close()
	}
	return nil
}

// spelling is how a text spells an analysed term ("ushakov" → "Ushakov" in "… Yury Ushakov, …"),
// or "" when the term is not in the text.
func (s *snapshot) spelling(text, term string) string {
	for _, tok := range s.analyzer.Analyze([]byte(text)) {
		if string(tok.Term) == term {
			return text[tok.Start:tok.End]
		}
	}
	return ""
}

// Heading is one section heading in corpus order, for listings and autocomplete.
type Heading struct {
	Report      string // Report.ID
	ReportTitle string
	Heading     string
	Section     int // 0-based index of the section in its report
	Sentences   int // sentences in the section
}

// Headings lists every section heading of the live corpus, in corpus order.
func (ix *Index) Headings() []Heading {
	c := ix.Corpus()
	if c == nil {
		return nil
	}
	var out []Heading
	for _, r := range c.Reports {
		for si, s := range r.Sections {
			out = append(out, Heading{Report: r.ID, ReportTitle: r.Title, Heading: s.Heading, Section: si, Sentences: len(s.Sentences)})
		}
	}
	return out
}

// Entities are the live corpus's people and other proper nouns, most frequent first (for
// autocomplete). Callers must not modify the slices.
func (ix *Index) Entities() corpus.Entities {
	if s := ix.cur.Load(); s != nil {
		return s.entities
	}
	return corpus.Entities{}
}

// SectionAt returns section number i (0-based) of the report with the given ID; ok is false when
// there is no such report or section (for example after a refresh removed it).
func (ix *Index) SectionAt(report string, i int) (SectionText, bool) {
	c := ix.Corpus()
	if c == nil {
		return SectionText{}, false
	}
	r := c.Report(report)
	if r == nil || i < 0 || i >= len(r.Sections) {
		return SectionText{}, false
	}
	s := r.Sections[i]
	return SectionText{Heading: Heading{Report: r.ID, ReportTitle: r.Title, Heading: s.Heading, Section: i,
		Sentences: len(s.Sentences)}, Text: s.Text()}, true
}

// SectionText is one whole section, as the /section command shows it.
type SectionText struct {
	Heading
	Text string // the section's sentences joined by spaces
}

// Section finds a section by heading: an exact match (case-insensitive) first, else the heading
// that contains the text, else the one whose words best overlap it. ok is false when nothing
// matches at all. With several reports, the first in corpus order wins a tie.
func (ix *Index) Section(heading string) (SectionText, bool) {
	c := ix.Corpus()
	if c == nil {
		return SectionText{}, false
	}
	want := strings.ToLower(strings.Join(strings.Fields(heading), " "))
	if want == "" {
		return SectionText{}, false
	}
	type cand struct {
		r     *corpus.Report
		i     int
		s     corpus.Section
		score int
	}
	var all []cand
	for _, r := range c.Reports {
		for si, s := range r.Sections {
			h := strings.ToLower(s.Heading)
			score := 0
			switch {
			case h == want:
				score = 1000
			case strings.Contains(h, want):
				score = 500
			default:
				for _, w := range strings.Fields(want) {
					if len(w) > 2 && strings.Contains(h, w) {
						score += 10
					}
				}
			}
			if score > 0 {
				all = append(all, cand{r, si, s, score})
			}
		}
	}
	if len(all) == 0 {
		return SectionText{}, false
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	b := all[0]
	return SectionText{Heading: Heading{Report: b.r.ID, ReportTitle: b.r.Title, Heading: b.s.Heading,
		Section: b.i, Sentences: len(b.s.Sentences)}, Text: b.s.Text()}, true
}
