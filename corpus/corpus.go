// Package corpus owns the report: the Report, Section and Passage types, parsing of plain-text and
// Markdown reports, loading a directory of them, and the embedded default report.
//
// It knows nothing of search or Discord and never logs: problems come back as errors that name the
// file and, where there is one, the line.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// OverviewHeading is the heading given to text that comes before a report's first heading.
const OverviewHeading = "Overview"

// MaxReportBytes is the largest report file accepted: 10 MiB.
const MaxReportBytes = 10 << 20

// Report is one parsed report file: its metadata and its sections in file order.
type Report struct {
	// ID is the file name without directory or extension ("anchorage-summit-2025"); unique in a
	// Corpus and stable across reloads, so it names the report in index document IDs.
	ID string
	// Title comes from the YAML front matter, else from the file name.
	Title string
	// Date is the front matter's date as written (often YYYY-MM-DD), or "".
	Date string
	// Source is the front matter's source URL, or "".
	Source string
	// Sections are the headed sections in file order; never empty for a loaded report.
	Sections []Section
}

// Section is one headed part of a report.
type Section struct {
	// Heading is the section's heading line, trimmed ("Summit Delegations").
	Heading string
	// Line is the 1-based line of the heading in the file (of the first text line for Overview).
	Line int
	// Sentences are the section's body split at sentence boundaries, in order, each trimmed.
	Sentences []string
}

// Text is the whole body of the section: its sentences joined by single spaces.
func (s Section) Text() string { return strings.Join(s.Sentences, " ") }

// Passage is the unit that is indexed and quoted: one sentence of one section of one report.
type Passage struct {
	Report      string // Report.ID
	ReportTitle string // Report.Title
	Heading     string // Section.Heading
	Section     int    // 0-based index of the section in its report
	Sentence    int    // 1-based number of the sentence in its section
	Text        string // the sentence, exactly as in the report (whitespace folded)
}

// ID is the passage's stable document ID: "report#section.sentence", e.g. "anchorage#6.2".
func (p Passage) ID() string {
	return p.Report + "#" + strconv.Itoa(p.Section) + "." + strconv.Itoa(p.Sentence)
}

// Passages lists every sentence of the report as a Passage, in report order.
func (r *Report) Passages() []Passage {
	var out []Passage
	for si, s := range r.Sections {
		for n, text := range s.Sentences {
			out = append(out, Passage{Report: r.ID, ReportTitle: r.Title, Heading: s.Heading,
				Section: si, Sentence: n + 1, Text: text})
		}
	}
	return out
}

// Corpus is the set of loaded reports, in file-name order.
type Corpus struct {
	Reports []*Report
}

// Passages lists every passage of every report, in corpus order.
func (c *Corpus) Passages() []Passage {
	var out []Passage
	for _, r := range c.Reports {
		out = append(out, r.Passages()...)
	}
	return out
}

// Sections counts the sections of all reports.
func (c *Corpus) Sections() int {
	n := 0
	for _, r := range c.Reports {
		n += len(r.Sections)
	}
	return n
}

// Report finds a report by ID, or nil.
func (c *Corpus) Report(id string) *Report {
	for _, r := range c.Reports {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// FileError is a problem with one report file: the file name, the 1-based line (0 when the problem
// concerns the whole file) and what is wrong.
type FileError struct {
	File string
	Line int
	Err  error
}

// Error formats as "file:line: problem" (or "file: problem" without a line), like a compiler.
func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying problem.
func (e *FileError) Unwrap() error { return e.Err }

// ContentHash is a SHA-256 (hex) over everything the index is built from: each report's ID,
// title, date and source, and each section's heading and sentences, in order. Two corpora with the
// same hash index identically, however their files were laid out.
func (c *Corpus) ContentHash() string {
	h := sha256.New()
	for _, r := range c.Reports {
		fmt.Fprintf(h, "report\x00%s\x00%s\x00%s\x00%s\x00", r.ID, r.Title, r.Date, r.Source)
		for _, s := range r.Sections {
			fmt.Fprintf(h, "section\x00%s\x00%d\x00", s.Heading, len(s.Sentences))
			for _, t := range s.Sentences {
				io.WriteString(h, t)
				h.Write([]byte{0})
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
