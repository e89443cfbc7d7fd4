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
	store   *store     // the on-disk home (Options.Dir), or nil in memory
	topic   string     // Options.Topic
}

// snapshot is one built index and everything derived from the same corpus. It is immutable once
// built; searches hold its read lock so that it closes only after the last one finishes (the same
// rule bleve's IndexAlias.Swap follows, extended to the vocabulary and corpus that must swap with
// the bleve index).
type snapshot struct {
	bleve        bleve.Index
	corpus       *corpus.Corpus
	analyzer     analysis.Analyzer
	passages     map[string]*entry // document ID → passage and its features
	sections     map[sectionKey][]*entry
	vocab        map[string]int      // analysed term → passages containing it (text, plus heading)
	textDF       map[string]int      // analysed term → passages whose text contains it
	byLen        map[int][]vocabTerm // vocabulary by length in runes, for spelling correction
	entities     corpus.Entities     // set once entitiesDone is closed
	people       map[string]bool     // analysed terms of people's names; likewise
	names        map[string]bool     // analysed terms of all the entities' names; likewise
	compounds    map[string]bool     // the corpus's two-part hyphenated words, lower case
	roles        map[string][]role   // a person's last name, lower case → offices (roles.go); set with entities
	roleNames    map[string]string   // the same → the name as the report spells it
	entitiesDone chan struct{}
	topicShare   map[string]float64         // report ID → share of the topic's words it uses (nil: no topic)
	headingTerms map[string]bool            // analysed terms that occur in headings
	titleTerms   map[string]map[string]bool // report ID → analysed terms of its title and date
	titleVocab   map[string]bool            // analysed terms of every report's title and date
	topicNames   map[string]map[string]bool // report ID → analysed terms of its title and lede
	// referenceYears: report ID → years it mentions only after "since" (see detail.go)
	referenceYears map[string]map[string]bool
	stats          Stats

	mu     sync.RWMutex
	closed bool
}

// sectionKey names one section of one report.
type sectionKey struct {
	report  string
	section int
}

// entry is an indexed passage with the features the reranker reads, computed on first use (a
// search reads them for at most candidateHits passages; computing all at start would slow a warm
// start of a large corpus).
type entry struct {
	corpus.Passage
	once sync.Once
	feat features
}

// features of the passage's text (see extractFeatures).
func (e *entry) features() features {
	e.once.Do(func() { e.feat = extractFeatures(e.Text) })
	return e.feat
}

// Stats describes a built index.
type Stats struct {
	Reports   int           // reports indexed
	Sections  int           // sections indexed
	Passages  int           // passages (sentences) indexed
	Terms     int           // distinct analysed terms
	Built     time.Time     // when the index was built or opened
	BuildTook time.Duration // wall time to build it, or to open and check a persisted one
	Reused    bool          // a persisted index was reused (Options.Dir, same corpus)
	Dir       string        // the on-disk index in use, or "" in memory
}

// Options say where an index lives and how to report a build.
type Options struct {
	// Dir keeps the index on disk (scorch) and reuses it at the next start when the corpus's
	// content hash and the analyzer are unchanged. "" keeps the index in memory. See store for the
	// layout and the crash-safety rules.
	Dir string
	// Progress, if set, is called during a build after each batch with the passages indexed so
	// far and the total (for progress bars; it runs on the building goroutine).
	Progress func(done, total int)
	// Topic names what the bot is about in a few words ("Trump Putin summit Anchorage"). Reports
	// that use more of these words rank above reports that use fewer when a question does not
	// itself tell them apart (see topicWeight). "" gives every report the same standing.
	Topic string
}

// New builds an in-memory index of c (scorch, BM25 scoring). It is Open with no options.
func New(c *corpus.Corpus) (*Index, error) { return Open(c, Options{}) }

// Open returns an index of c. With opts.Dir it takes the directory's lock (failing at once if
// another process holds it), reuses the persisted index when it was built from the same corpus
// content, and otherwise builds a new one there.
func Open(c *corpus.Corpus, opts Options) (*Index, error) {
	ix := &Index{topic: opts.Topic}
	if opts.Dir != "" {
		st, err := openStore(opts.Dir)
		if err != nil {
			return nil, err
		}
		ix.store = st
		if s, err := st.reuse(c); err == nil && s != nil {
			s.setTopic(ix.topic)
			ix.cur.Store(s)
			st.prune(s.stats.Dir)
			return ix, nil
		}
	}
	s, err := ix.build(c, opts.Progress)
	if err != nil {
		ix.closeStore()
		return nil, err
	}
	ix.cur.Store(s)
	if ix.store != nil {
		ix.store.prune(s.stats.Dir)
	}
	return ix, nil
}

// Replace builds a new index of c beside the live one and swaps it in atomically: searches already
// running finish on the old index, later ones see the new one, and none fails. If the build fails,
// the live index is untouched. Calls are serialised. progress may be nil (see Options.Progress).
// It returns the new index's Stats.
func (ix *Index) Replace(c *corpus.Corpus, progress func(done, total int)) (Stats, error) {
	ix.replace.Lock()
	defer ix.replace.Unlock()
	if ix.cur.Load() == nil {
		return Stats{}, ErrClosed
	}
	s, err := ix.build(c, progress)
	if err != nil {
		return Stats{}, err
	}
	old := ix.cur.Swap(s)
	if old != nil {
		old.close()
		if ix.store != nil {
			ix.store.prune(s.stats.Dir)
		}
	}
	return s.stats, nil
}

// build makes a new snapshot of c: on disk when the index has a store, else in memory.
func (ix *Index) build(c *corpus.Corpus, progress func(done, total int)) (*snapshot, error) {
	var s *snapshot
	var err error
	if ix.store != nil {
		s, err = ix.store.build(c, progress)
	} else {
		s, err = buildIn("", c, progress)
	}
	if err == nil {
		s.setTopic(ix.topic)
	}
	return s, err
}

func (ix *Index) closeStore() {
	if ix.store != nil {
		ix.store.close()
	}
}

// Close releases the index (and the directory lock). Searches after Close return ErrClosed.
func (ix *Index) Close() error {
	ix.replace.Lock()
	defer ix.replace.Unlock()
	var err error
	if old := ix.cur.Swap(nil); old != nil {
		err = old.close()
	}
	ix.closeStore()
	ix.store = nil
	return err
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
	report.DocValues = true // facets: which reports hold the topic's words
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

// buildIn indexes every passage of c into a new scorch index at path ("" in memory) and derives
// the vocabulary.
func buildIn(path string, c *corpus.Corpus, progress func(done, total int)) (*snapshot, error) {
	if c == nil || len(c.Reports) == 0 {
		return nil, errors.New("index: build: empty corpus")
	}
	start := time.Now()
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	s := newSnapshot(bi, c)
	if err := s.fill(c, progress); err != nil {
		bi.Close()
		return nil, err
	}
	if err := s.readVocabulary(); err != nil {
		bi.Close()
		return nil, err
	}
	s.stats.BuildTook = time.Since(start)
	return s, nil
}

// newSnapshot wraps an opened bleve index of c and registers c's passages, features and names.
// The vocabulary is read separately (readVocabulary) once the index holds the passages.
func newSnapshot(bi bleve.Index, c *corpus.Corpus) *snapshot {
	s := &snapshot{bleve: bi, corpus: c, analyzer: bi.Mapping().AnalyzerNamed(AnalyzerName),
		passages: map[string]*entry{}, sections: map[sectionKey][]*entry{}, vocab: map[string]int{}, textDF: map[string]int{},
		titleTerms: map[string]map[string]bool{}, topicNames: map[string]map[string]bool{},
		titleVocab: map[string]bool{}, referenceYears: map[string]map[string]bool{}, compounds: map[string]bool{}}
	for _, r := range c.Reports {
		s.referenceYears[r.ID] = referenceYears(r)
		s.titleTerms[r.ID], s.topicNames[r.ID] = map[string]bool{}, map[string]bool{}
		for _, tok := range s.analyzer.Analyze([]byte(r.Title + " " + r.Date)) {
			s.titleTerms[r.ID][string(tok.Term)] = true
			s.topicNames[r.ID][string(tok.Term)] = true
			s.titleVocab[string(tok.Term)] = true
		}
		// A news report's lede names its main actors ("Trump and Putin met in Anchorage").
		if len(r.Sections) > 0 && len(r.Sections[0].Sentences) > 0 {
			for _, tok := range s.analyzer.Analyze([]byte(r.Sections[0].Sentences[0])) {
				s.topicNames[r.ID][string(tok.Term)] = true
			}
		}
		for si, sec := range r.Sections {
			key := sectionKey{r.ID, si}
			for n, text := range sec.Sentences {
				p := corpus.Passage{Report: r.ID, ReportTitle: r.Title, Heading: sec.Heading,
					Section: si, Sentence: n + 1, Text: text}
				e := &entry{Passage: p}
				s.passages[p.ID()] = e
				s.sections[key] = append(s.sections[key], e)
				if strings.Contains(text, "-") { // the hyphenated words, for joinCompounds
					for _, w := range words(text) {
						if strings.Count(w, "-") == 1 && !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-") {
							s.compounds[strings.ToLower(w)] = true
						}
					}
				}
			}
		}
	}
	// Entities and the offices the report gives people take a while on a large corpus (0.6 s at
	// 100k passages): there they are found in the background and searches treat no word as a
	// name until they are ready (isName, isPerson); a small corpus gets them at once, so its
	// answers never depend on timing.
	s.entitiesDone = make(chan struct{})
	findEntities := func() {
		defer close(s.entitiesDone)
		s.entities = c.Entities()
		s.people, s.names = map[string]bool{}, map[string]bool{}
		for i, list := range [][]string{s.entities.People, s.entities.Others} {
			for _, e := range list {
				for _, tok := range s.analyzer.Analyze([]byte(e)) {
					s.names[string(tok.Term)] = true
					if i == 0 {
						s.people[string(tok.Term)] = true
					}
				}
			}
		}
		s.roles, s.roleNames = s.findRoles(s.people)
	}
	if len(s.passages) <= syncEntitiesPassages {
		findEntities()
	} else {
		go findEntities()
	}
	s.stats = Stats{Reports: len(c.Reports), Sections: c.Sections(), Passages: len(s.passages), Built: time.Now()}
	return s
}

// syncEntitiesPassages is the largest corpus whose entities are found before the index opens.
const syncEntitiesPassages = 20000

// batchWorkers is how many batches are indexed at once.
const batchWorkers = 2

// batchSize is how many passages go into one bleve batch. Larger batches make fewer segments
// (faster searches: an in-memory index is never merged) but index more slowly.
const batchSize = 10000

// fill indexes the snapshot's passages in batches, reporting progress after each. Two batches are
// in flight at a time, so one is analysed while the other becomes a segment (bleve's Batch is safe
// for concurrent use).
func (s *snapshot) fill(c *corpus.Corpus, progress func(done, total int)) error {
	keyword := s.bleve.Mapping().AnalyzerNamed(keyword.Name)
	const termVectors = bindex.IndexField | bindex.IncludeTermVectors // locations for highlights
	total := len(s.passages)
	batches := make(chan *bleve.Batch)
	var (
		mu       sync.Mutex
		done     int
		firstErr error
		wg       sync.WaitGroup
	)
	for w := 0; w < batchWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				err := s.bleve.Batch(b)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("index: build: %w", err)
				}
				done += b.Size()
				if progress != nil && firstErr == nil {
					progress(done, total)
				}
				mu.Unlock()
			}
		}()
	}
	failed := func() bool { mu.Lock(); defer mu.Unlock(); return firstErr != nil }
	batch := s.bleve.NewBatch()
	var buildErr error
outer:
	for _, r := range c.Reports {
		for si, sec := range r.Sections {
			for n, text := range sec.Sentences {
				id := corpus.Passage{Report: r.ID, Section: si, Sentence: n + 1}.ID()
				// Documents are built directly rather than mapped from a struct by reflection:
				// the same fields newMapping describes, at about twice the speed. Each field
				// gets its own bytes: bleve's lowercase filter rewrites its input in place while
				// other documents are analysed concurrently.
				doc := document.NewDocument(id)
				doc.AddField(document.NewTextFieldCustom(FieldReport, nil, []byte(r.ID), bindex.IndexField|bindex.DocValues, keyword))
				doc.AddField(document.NewTextFieldCustom(FieldHeading, nil, []byte(sec.Heading), termVectors, s.analyzer))
				doc.AddField(document.NewTextFieldCustom(FieldText, nil, []byte(text), termVectors, s.analyzer))
				if err := batch.IndexAdvanced(doc); err != nil {
					buildErr = fmt.Errorf("index: build: %s: %w", id, err)
					break outer
				}
				if batch.Size() >= batchSize {
					if failed() {
						break outer
					}
					batches <- batch
					batch = s.bleve.NewBatch()
				}
			}
		}
	}
	if buildErr == nil && batch.Size() > 0 {
		batches <- batch
	}
	close(batches)
	wg.Wait()
	if buildErr != nil {
		return buildErr
	}
	return firstErr
}

// readVocabulary reads every analysed term and its document frequency from the index's term
// dictionaries (text and heading), so the corpus is analysed only once, by bleve.
func (s *snapshot) readVocabulary() error {
	s.headingTerms = map[string]bool{}
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
			if field == FieldHeading {
				s.headingTerms[e.Term] = true
			} else {
				s.textDF[e.Term] = int(e.Count)
			}
		}
		d.Close()
	}
	s.stats.Terms = len(s.vocab)
	s.byLen = map[int][]vocabTerm{}
	for t := range s.vocab {
		rs := []rune(t)
		s.byLen[len(rs)] = append(s.byLen[len(rs)], vocabTerm{t, rs, s.vocab[t]})
	}
	return nil
}

// spelling is how a text spells an analysed term ("ushakov" → "Ushakov" in "… Yury Ushakov, …"),
// or "" when the term is not in the text.
func (s *snapshot) spelling(text, term string) string {
	for _, tok := range s.analyzer.Analyze([]byte(text)) {
		if string(tok.Term) == term {
			w := text[tok.Start:tok.End]
			return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") // the name, not "Ukraine’s"
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
		<-s.entitiesDone
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
