package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/gofrs/flock"

	"github.com/summitbot/summitbot/corpus"
)

// store is the on-disk home of a persisted index (Options.Dir):
//
//	DIR/.lock            held (flock) by the one process using DIR
//	DIR/current          the name of the index in use, replaced atomically (write + rename)
//	DIR/idx-<hash>-<t>/  a complete scorch index with meta.json
//	DIR/build-<t>/       a build in progress; removed at the next start
//
// A build writes a new build-* directory, closes it (bleve flushes it to disk), records
// meta.json, renames it to idx-* and only then points current at it. A crash or a failed build
// therefore never leaves current naming a broken or half-built index.
type store struct {
	dir  string
	lock *flock.Flock
}

// meta describes a persisted index.
type meta struct {
	ContentHash string    `json:"content_hash"` // corpus.ContentHash of the indexed corpus
	Schema      string    `json:"schema"`       // schemaVersion when it was built
	Passages    int       `json:"passages"`
	Built       time.Time `json:"built"`
}

// analyzerRevision must be raised whenever the analyzer's code changes how text becomes terms.
const analyzerRevision = 1

// schemaVersion changes whenever what is indexed could change: the mapping, the analyzer (its
// revision, stop lists and variants table). A persisted index with another schema is rebuilt.
var schemaVersion = func() string {
	h := sha256.New()
	fmt.Fprintf(h, "summitbot index schema\x00%s\x00%d\x00%q\x00%v\x00", AnalyzerName, analyzerRevision, stopExtra, stopKeep)
	h.Write(variantsData)
	h.Write(everydayData)
	if data, err := json.Marshal(newMapping()); err == nil {
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}()

// ErrLocked is wrapped by Open's error when Options.Dir is held by another process (a running bot).
var ErrLocked = errors.New("index directory locked")

// openStore creates dir if needed and takes its lock without waiting: a second process gets a
// clear error at once instead of hanging (bleve's own locks would block forever:
// NOTES-bleve.md). Leftovers of interrupted builds are removed.
func openStore(dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index: cannot use %s as the index directory: %w", dir, err)
	}
	lock := flock.New(filepath.Join(dir, ".lock"))
	ok, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("index: locking %s: %w", dir, err)
	}
	if !ok {
		return nil, fmt.Errorf("index: %s is in use by another summitbot process (it holds %s); stop that process or set another INDEX_DIR: %w", dir, lock.Path(), ErrLocked)
	}
	st := &store{dir: dir, lock: lock}
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			if e.IsDir() && strings.HasPrefix(e.Name(), "build-") {
				os.RemoveAll(filepath.Join(dir, e.Name()))
			}
		}
	}
	return st, nil
}

// close releases the lock.
func (st *store) close() { st.lock.Unlock() }

// current reads the index in use and its meta; ok is false when there is none or it is unusable.
func (st *store) current() (path string, m meta, ok bool) {
	name, err := os.ReadFile(filepath.Join(st.dir, "current"))
	if err != nil {
		return "", m, false
	}
	clean := strings.TrimSpace(string(name))
	if clean == "" || clean != filepath.Base(clean) || !strings.HasPrefix(clean, "idx-") {
		return "", m, false
	}
	path = filepath.Join(st.dir, clean)
	data, err := os.ReadFile(filepath.Join(path, "meta.json"))
	if err != nil || json.Unmarshal(data, &m) != nil {
		return "", m, false
	}
	return path, m, true
}

// reuse opens the current index if it was built from c's content with this schema; it returns
// nil (and no error) when a rebuild is needed.
func (st *store) reuse(c *corpus.Corpus) (*snapshot, error) {
	start := time.Now()
	path, m, ok := st.current()
	if !ok || m.Schema != schemaVersion || m.ContentHash != c.ContentHash() {
		return nil, nil
	}
	bi, err := bleve.Open(path)
	if err != nil {
		return nil, fmt.Errorf("index: reopening %s: %w", path, err)
	}
	s := newSnapshot(bi, c)
	if count, err := bi.DocCount(); err != nil || int(count) != len(s.passages) {
		bi.Close()
		return nil, fmt.Errorf("index: %s holds %d passages, the corpus %d", path, count, len(s.passages))
	}
	if err := s.readVocabulary(); err != nil {
		bi.Close()
		return nil, err
	}
	s.stats.BuildTook, s.stats.Reused, s.stats.Dir = time.Since(start), true, path
	return s, nil
}

// build indexes c into a new directory and makes it current; see store for the order of steps.
func (st *store) build(c *corpus.Corpus, progress func(done, total int)) (*snapshot, error) {
	start := time.Now()
	stamp := strconv.FormatInt(time.Now().UnixNano(), 36)
	tmp := filepath.Join(st.dir, "build-"+stamp)
	s, err := buildIn(tmp, c, progress)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	passages := len(s.passages)
	if err := s.bleve.Close(); err != nil { // flushes every segment to disk
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("index: build: %w", err)
	}
	hash := c.ContentHash()
	data, _ := json.MarshalIndent(meta{ContentHash: hash, Schema: schemaVersion, Passages: passages, Built: time.Now().UTC()}, "", "  ")
	final := filepath.Join(st.dir, "idx-"+hash[:12]+"-"+stamp)
	if err := writeFileSync(filepath.Join(tmp, "meta.json"), data); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, final); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("index: %w", err)
	}
	if err := writeFileSync(filepath.Join(st.dir, "current.tmp"), []byte(filepath.Base(final)+"\n")); err != nil {
		return nil, err
	}
	if err := os.Rename(filepath.Join(st.dir, "current.tmp"), filepath.Join(st.dir, "current")); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	syncDir(st.dir)
	bi, err := bleve.Open(final)
	if err != nil {
		return nil, fmt.Errorf("index: reopening %s: %w", final, err)
	}
	s.bleve = bi
	s.stats.BuildTook, s.stats.Dir = time.Since(start), final
	return s, nil
}

// prune removes every persisted index but keep (a path). Call it only once the snapshots using
// them are closed.
func (st *store) prune(keep string) {
	entries, err := os.ReadDir(st.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(st.dir, e.Name())
		if e.IsDir() && strings.HasPrefix(e.Name(), "idx-") && p != keep {
			os.RemoveAll(p)
		}
	}
}

// writeFileSync writes a file and flushes it to disk.
func writeFileSync(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		return fmt.Errorf("index: writing %s: %w", path, err)
	}
	return nil
}

// syncDir flushes a directory's entries (renames) to disk; errors are ignored where a file system
// cannot sync directories.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
