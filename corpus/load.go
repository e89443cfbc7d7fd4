package corpus

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed reports
var embedded embed.FS

// Embedded is the default corpus: the report(s) in corpus/reports, compiled into the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "reports")
	if err != nil {
		panic(err) // the directory is part of the binary; this cannot happen
	}
	return sub
}

// IsReportFile reports whether a file name has a report extension: .txt, .md or .markdown
// (case-insensitive). Hidden files (".name") never count.
func IsReportFile(name string) bool {
	if strings.HasPrefix(path.Base(name), ".") {
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}

// Load parses every report file at the top level of fsys (see IsReportFile), in file-name order.
// A bad file does not stop the others: the corpus holds every report that parsed and problems holds
// one *FileError per file that did not. err is non-nil only when nothing could be loaded at all
// (the directory cannot be read, or it holds no report that parsed).
func Load(fsys fs.FS) (c *Corpus, problems []error, err error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	c = &Corpus{}
	ids := map[string]string{}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if e.Type().IsRegular() && IsReportFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		r, perr := readReport(fsys, name)
		if perr != nil {
			problems = append(problems, perr)
			continue
		}
		if other, dup := ids[r.ID]; dup {
			problems = append(problems, &FileError{File: name, Err: fmt.Errorf("report ID %q is already used by %s", r.ID, other)})
			continue
		}
		ids[r.ID] = name
		c.Reports = append(c.Reports, r)
	}
	if len(c.Reports) == 0 {
		if len(problems) > 0 {
			return nil, problems, fmt.Errorf("corpus: no report loaded (%d bad file(s))", len(problems))
		}
		return nil, nil, fmt.Errorf("corpus: %w", errNoReports)
	}
	return c, problems, nil
}

// LoadDir is Load on a directory of the file system.
func LoadDir(dir string) (*Corpus, []error, error) {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("corpus: %s does not exist", dir)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("corpus: %s is not a directory", dir)
	}
	return Load(os.DirFS(dir))
}

// readReport reads and parses one file, refusing oversized files before reading them whole.
func readReport(fsys fs.FS, name string) (*Report, error) {
	if info, err := fs.Stat(fsys, name); err == nil && info.Size() > MaxReportBytes {
		return nil, &FileError{File: name, Err: fmt.Errorf("file is %d bytes, over the %d-byte (10 MiB) limit", info.Size(), MaxReportBytes)}
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	return Parse(name, data)
}

// Fingerprint is a SHA-256 over the names and contents of the report files at the top level of
// fsys, in name order, as hex: it changes exactly when a report is added, removed, renamed or
// edited. Unreadable files count by name only, so a fingerprint can always be taken.
func Fingerprint(fsys fs.FS) (string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return "", fmt.Errorf("corpus: fingerprint: %w", err)
	}
	h := sha256.New()
	for _, e := range entries { // ReadDir sorts by name
		if !e.Type().IsRegular() || !IsReportFile(e.Name()) {
			continue
		}
		fmt.Fprintf(h, "%s\x00", e.Name())
		f, err := fsys.Open(e.Name())
		if err != nil {
			continue
		}
		n, _ := io.Copy(h, io.LimitReader(f, MaxReportBytes+1))
		f.Close()
		fmt.Fprintf(h, "\x00%d\x00", n)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
